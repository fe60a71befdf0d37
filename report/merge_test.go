package report

import (
	"bytes"
	"testing"
)

// Tables measured by each capture's worker (Measure) are drawn as the
// tables measured at the end: the same bytes, the file column as wide as
// its longest name.
func TestMeasuredMergedTables(t *testing.T) {
	merged := func(measure bool) []byte {
		var parts []Part
		for _, file := range []string{"a.pcap", "a-much-longer-name.pcap"} {
			s := NewSummaries([]string{"sessions", "acks", "peers"}, Lines)
			defer s.Close()
			a, st := analyzeScenario(t, s)
			if measure {
				s.Measure(file)
			}
			parts = append(parts, Part{File: file, Summaries: s, Commands: a.Commands(), Stats: st})
		}
		var out bytes.Buffer
		if err := WriteMerged(&out, parts); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	got, want := merged(true), merged(false)
	if !bytes.Equal(got, want) {
		t.Errorf("measured by each capture:\n%s\nmeasured at the end:\n%s", got, want)
	}
	if !bytes.Contains(got, []byte("\n a-much-longer-name.pcap | ")) {
		t.Errorf("no row of the second capture:\n%s", got)
	}
}
