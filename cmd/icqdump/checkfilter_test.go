package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// check -Y reports exactly the findings whose first frame the filter
// selects, and its summary counts only those.
func TestCheckJudgesWhatMatches(t *testing.T) {
	const micq = "../../testdata/micq-0.2.5-session.pcap"
	all := checkFindings(t, "check", "-r", micq, "-T", "json")
	some := checkFindings(t, "check", "-r", micq, "-T", "json", "-Y", "frame.number > 20 && icqv2.command != STATUS_CHANGE")
	var want []uint64
	for _, f := range all.frames {
		if f > 20 && !strings.Contains(all.byFrame[f], "STATUS") {
			want = append(want, f)
		}
	}
	if len(want) == 0 || len(want) == len(all.frames) || !equalFrames(some.frames, want) {
		t.Errorf("-Y reported frames %v, want %v (of %v)", some.frames, want, all.frames)
	}
	if some.total != len(some.frames) {
		t.Errorf("the summary counts %d findings, %d were reported", some.total, len(some.frames))
	}
}

type findingsOut struct {
	frames  []uint64
	byFrame map[uint64]string
	total   int
}

func checkFindings(t *testing.T, args ...string) findingsOut {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, nil, &stdout, &stderr); code != exitOK && code != exitCheckFound {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	out := findingsOut{byFrame: map[uint64]string{}}
	for _, l := range lines(stdout.Bytes()) {
		var x struct {
			Rule    string   `json:"rule"`
			Frames  []uint64 `json:"frames"`
			Summary *struct {
				Findings int `json:"findings"`
			} `json:"summary"`
		}
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatal(err)
		}
		if x.Summary != nil {
			out.total = x.Summary.Findings
			continue
		}
		out.frames = append(out.frames, x.Frames[0])
		out.byFrame[x.Frames[0]] += x.Rule
	}
	return out
}

func equalFrames(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
