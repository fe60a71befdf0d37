package analyze

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
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
	bye := dissect.Fields{dissect.FTextCode: disconnected}
	tests := []struct {
		name  string
		feed  func(l *lineLog)
		want  string
		facts SessionFacts // of the latest packet released
	}{
		{"after B_USER_DISCONNECTED, a packet carries the line on", func(l *lineLog) {
			l.c(0, dissect.CmdLogin, 1, nil)
			l.c(sec(1), dissect.CmdSendTextCode, 2, bye)
			l.c(sec(2), dissect.CmdKeepAlive, 3, nil)
		}, "1:L1 2:L1 3:L1 end L1 end of capture", SessionFacts{Line: 1, UIN: 1001, SawLogin: true}},
		{"after B_USER_DISCONNECTED, a LOGIN starts a line", func(l *lineLog) {
			l.c(0, dissect.CmdLogin, 1, nil)
			l.c(sec(1), dissect.CmdSendTextCode, 2, bye)
			l.c(sec(2), dissect.CmdLogin, 1, nil)
		}, "1:L1 2:L1 3:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1001, SawLogin: true}},
		{"after a silence, the server carries the line on", func(l *lineLog) {
			l.c(0, dissect.CmdLogin, 1, nil)
			l.s(sec(200), dissect.SrvUserOnline, 0, nil)
		}, "1:L1 2:L1 end L1 end of capture", SessionFacts{Line: 1, UIN: 1001, SawLogin: true}},
		{"after a silence, another UIN starts a line", func(l *lineLog) {
			l.c(0, dissect.CmdLogin, 1, nil)
			l.udp(sec(200), dissect.ClientToServer, clientA, dissect.CmdKeepAlive, dissect.Fields{dissect.FSeqNum: 2, dissect.FUIN: 1002})
		}, "1:L1 2:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1002}},
		{"a line without LOGIN is not carried on", func(l *lineLog) {
			l.c(0, dissect.CmdKeepAlive, 1, nil)
			l.c(sec(200), dissect.CmdKeepAlive, 2, nil)
		}, "1:L1 2:L2 end L1 end of capture end L2 end of capture", SessionFacts{Line: 2, UIN: 1001}},
		{"a line silent for lineSpan ends while the capture goes on", func(l *lineLog) {
			l.c(0, dissect.CmdLogin, 1, nil)
			l.c(lineSpan+sec(1), dissect.CmdKeepAlive, 2, nil)
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
// retires, after its packets; the lines waiting after a silence and the
// live sessions are bounded by the same cap together.
func TestLineCap(t *testing.T) {
	l := newLineLog(t, Config{MaxSessions: 1})
	l.c(0, dissect.CmdLogin, 1, nil)
	l.udp(time.Second, dissect.ClientToServer, clientB, dissect.CmdLogin, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1002})
	l.a.Finish()
	want := "1:L1 end L1 session cap 2:L2 end L2 end of capture"
	if got := strings.Join(l.log, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}

	a := New(Config{MaxSessions: 3, LineEnded: func(*LineEnded) {}})
	a.live = 1
	for i := range 5 {
		a.now = int64(i)
		a.endLine(&session{SessionSummary: SessionSummary{ID: i + 1}, last: int64(i)}, EndSilence)
		if len(a.waiting) > 2 {
			t.Fatalf("%d lines wait beside a live session, past the cap of 3", len(a.waiting))
		}
	}
}

// TestLineHeap: the lines waiting after a silence come out oldest last packet
// first, whatever the order they went in.
func TestLineHeap(t *testing.T) {
	lasts := []int64{5, 1, 9, 3, 3, 7, 0, 8}
	var h lineHeap
	for _, at := range lasts {
		h.push(waitingLine{last: at})
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

// v5 feeds client A's v5 packet: encrypted, with the header given and a
// u32 parameter.
func (f *feed) v5(session uint32, code, seq, seq2 uint16) uint64 {
	f.t.Helper()
	b := []byte{5, 0, 0, 0, 0, 0, 0xE9, 0x03, 0, 0, byte(session), byte(session >> 8), byte(session >> 16), byte(session >> 24),
		byte(code), byte(code >> 8), byte(seq), byte(seq >> 8), byte(seq2), byte(seq2 >> 8), 0, 0, 0, 0, 1, 0, 0, 0}
	dissect.Encrypt5(b, 0x18, 0xB4)
	f.frame++
	dissect.Decode(&f.pkt, b, dissect.ClientToServer)
	m := capture.Packet{Frame: f.frame, Time: base.Add(time.Duration(f.frame) * time.Second), Src: clientA, Dst: server,
		Transport: capture.UDP, Dir: dissect.ClientToServer, Payload: b, FrameLen: len(b) + 42}
	f.a.Add(&m, &f.pkt)
	return f.frame
}

// TestV5Numbering: the analyzer follows a line's SESSION_ID (set by its
// first packet and by a login with a new one) and the client's SEQ_NUM2 (one
// up per request, not judged on a keep-alive carrying 0), and says how each
// packet departs from them.
func TestV5Numbering(t *testing.T) {
	const (
		keepAlive  = 0x042E
		keepAlive2 = 0x051E
		login      = 0x03E8
	)
	f := newFeed(t, false)
	steps := []struct {
		session   uint32
		code, seq uint16
		seq2      uint16
		want      V5Facts
	}{
		{0xA, keepAlive2, 1, 2, V5Facts{}},
		{0xA, keepAlive2, 2, 5, V5Facts{Seq2Frame: 1, NextSeq2: 3, Seq2Known: true}},
		{0xB, keepAlive2, 3, 6, V5Facts{SessionFrame: 1, Session: 0xA, Seq2Known: true}},
		{0xB, login, 4, 9, V5Facts{}}, // a login with a new SESSION_ID starts a session, and the numbering, again
		{0xB, keepAlive, 5, 0, V5Facts{Seq2Known: true}},
		{0xB, keepAlive2, 6, 11, V5Facts{Seq2Frame: 4, NextSeq2: 10, Seq2Known: true}},
	}
	for _, s := range steps {
		f.v5(s.session, s.code, s.seq, s.seq2)
	}
	f.a.Finish()
	for i, s := range steps {
		if got := f.get(uint64(i + 1)).V5; got != s.want {
			t.Errorf("frame %d: %+v, want %+v", i+1, got, s.want)
		}
	}
}
