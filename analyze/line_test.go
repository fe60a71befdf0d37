package analyze

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// lineLog feeds client A's packets and writes down, in the order they come,
// each release ("3:L1", frame 3 of line 1) and each line's end ("end L1
// silence").
type lineLog struct {
	*feed
	log  []string
	last SessionFacts // of the latest packet released
}

func newLineLog(t *testing.T, cfg Config) *lineLog {
	l := &lineLog{feed: &feed{t: t}}
	cfg.Release = func(r *Released) {
		l.log = append(l.log, fmt.Sprintf("%d:L%d", r.Meta.Frame, r.Facts.Line))
		l.last = r.Facts
	}
	cfg.LineEnded = func(e *LineEnded) { l.log = append(l.log, fmt.Sprintf("end L%d %v", e.Line, e.End)) }
	l.a = New(cfg)
	return l
}

// TestLines: a session the analyzer starts after a disconnect or a silence
// carries the line of the one before when it goes on without a LOGIN and
// with the same UIN; a line ends after its packets are out, when it fell
// silent for lineSpan, or at the end of the capture.
func TestLines(t *testing.T) {
	sec := func(n int) time.Duration { return time.Duration(n) * time.Second }
	bye := dissect.Fields{"TEXT_CODE": disconnected}
	tests := []struct {
		name  string
		feed  func(l *lineLog)
		want  string
		facts SessionFacts // of the latest packet released
	}{
		{"after B_USER_DISCONNECTED, a packet carries the line on", func(l *lineLog) {
			l.c(0, "LOGIN", 1, nil)
			l.c(sec(1), "SEND_TEXT_CODE", 2, bye)
			l.c(sec(2), "KEEP_ALIVE", 3, nil)
		}, "1:L1 2:L1 3:L1 end L1 end of capture", SessionFacts{Line: 1, UIN: 1001, SawLogin: true}},
		{"after B_USER_DISCONNECTED, a LOGIN starts a line", func(l *lineLog) {
			l.c(0, "LOGIN", 1, nil)
			l.c(sec(1), "SEND_TEXT_CODE", 2, bye)
			l.c(sec(2), "LOGIN", 1, nil)
		}, "1:L1 2:L1 3:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1001, SawLogin: true}},
		{"after a silence, the server carries the line on", func(l *lineLog) {
			l.c(0, "LOGIN", 1, nil)
			l.s(sec(200), "USER_ONLINE", 0, nil)
		}, "1:L1 2:L1 end L1 end of capture", SessionFacts{Line: 1, UIN: 1001, SawLogin: true}},
		{"after a silence, another UIN starts a line", func(l *lineLog) {
			l.c(0, "LOGIN", 1, nil)
			l.udp(sec(200), dissect.ClientToServer, clientA, "KEEP_ALIVE", dissect.Fields{"SEQ_NUM": 2, "UIN": 1002})
		}, "1:L1 2:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1002}},
		{"a line without LOGIN is not carried on", func(l *lineLog) {
			l.c(0, "KEEP_ALIVE", 1, nil)
			l.c(sec(200), "KEEP_ALIVE", 2, nil)
		}, "1:L1 2:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1001}},
		{"a line silent for lineSpan ends while the capture goes on", func(l *lineLog) {
			l.c(0, "LOGIN", 1, nil)
			l.c(lineSpan+sec(1), "KEEP_ALIVE", 2, nil)
		}, "1:L1 end L1 silence 2:L2 end L2 end of capture", SessionFacts{Line: 2, UIN: 1001}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newLineLog(t, Config{})
			tt.feed(l)
			l.a.Finish()
			if got := strings.Join(l.log, " "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if l.last != tt.facts {
				t.Errorf("facts %+v, want %+v", l.last, tt.facts)
			}
		})
	}
}

// TestLineCap: the cap on sessions ends the line of the session it
// retires, after its packets; the lines waiting after a silence are
// bounded by the same cap.
func TestLineCap(t *testing.T) {
	l := newLineLog(t, Config{MaxSessions: 1})
	l.c(0, "LOGIN", 1, nil)
	l.udp(time.Second, dissect.ClientToServer, clientB, "LOGIN", dissect.Fields{"SEQ_NUM": 1, "UIN": 1002})
	l.a.Finish()
	want := "1:L1 end L1 session cap 2:L2 end L2 end of capture"
	if got := strings.Join(l.log, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	a := New(Config{MaxSessions: 2, LineEnded: func(*LineEnded) {}})
	for i := range 5 {
		a.now = int64(i)
		a.endLine(&session{SessionSummary: SessionSummary{ID: i + 1}, last: int64(i)}, EndSilence)
		if len(a.waiting) > 2 {
			t.Fatalf("%d lines wait, past the cap of 2", len(a.waiting))
		}
	}
}

// TestLineHeap: the sessions that fell silent come out oldest last packet
// first, whatever the order they went in.
func TestLineHeap(t *testing.T) {
	lasts := []int64{5, 1, 9, 3, 3, 7, 0, 8}
	var h lineHeap
	for _, at := range lasts {
		h.push(&session{last: at})
	}
	var got []int64
	for len(h) > 0 {
		got = append(got, h.pop().last)
	}
	want := slices.Sorted(slices.Values(lasts))
	if !slices.Equal(got, want) {
		t.Errorf("popped %v, want %v", got, want)
	}
}
