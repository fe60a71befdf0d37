package report

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
)

// The acks table's cells, appended without fmt, read as they did when each
// was a string joined from parts.
func TestAckCells(t *testing.T) {
	ms := time.Millisecond
	for _, tt := range []struct {
		name string
		got  []byte
		want string
	}{
		{"unacked none", appendUnacked(nil, &analyze.DirSummary{}), "0"},
		{"unacked listed", appendUnacked(nil, &analyze.DirSummary{Unacked: 2, UnackedFrames: []uint64{38, 1041}}), "2 (#38 #1041)"},
		{"unacked beyond the list", appendUnacked(nil, &analyze.DirSummary{Unacked: 9, UnackedFrames: []uint64{7}}), "9 (#7 ...)"},
		{"unacked none listed", appendUnacked(nil, &analyze.DirSummary{Unacked: 3}), "3 (...)"},
		{"no retransmission", appendRetransmitted(nil, analyze.Stats{}), "0"},
		{"retransmissions", appendRetransmitted(nil, analyze.Stats{Count: 4, Min: 9950 * ms, Mean: 10 * time.Second, Max: 21 * time.Second}), "4 (9.9/10.0/21.0)"},
		{"no ACK delay", appendAckDelay(nil, analyze.Stats{}), "-"},
		{"ACK delays", appendAckDelay(nil, analyze.Stats{Count: 2, Min: 1500 * time.Microsecond, Median: 2 * ms, Max: 1234567 * time.Microsecond}), "1.500/2.000/1234.567"},
		{"no anomaly", appendAnomalies(nil, 1, &analyze.DirSummary{}), "none"},
		{"every anomaly", appendAnomalies(nil, 0, &analyze.DirSummary{WrongStart: true, FirstSeq: 7, Jumps: 2, Reuses: 3}), "starts at 7, not 1, 2 not previous+1, 3 reused"},
		{"reuses only", appendAnomalies([]byte("x|"), 1, &analyze.DirSummary{Reuses: 1}), "x|1 reused"},
	} {
		if string(tt.got) != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

// With sessions before acks, the acks table's rows are made in the sessions
// table's pass: the two read exactly as each does alone (its golden).
func TestSessionsThenAcks(t *testing.T) {
	s := NewSummaries([]string{"sessions", "acks"}, Lines)
	defer s.Close()
	a, st := analyzeScenario(t, s)
	var out bytes.Buffer
	if err := s.Write(&out, a.Commands(), st); err != nil {
		t.Fatal(err)
	}
	var want []byte
	for _, name := range []string{"sessions", "acks"} {
		b, err := os.ReadFile(filepath.Join(reportsDir, "analyzer-sessions."+name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, b...)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("sessions then acks:\n%s\nwant the two goldens:\n%s", out.Bytes(), want)
	}
}
