package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/scenarios"
)

// The caps' flags reach the reader, the analyzer and the checker; what a
// cap retired is said on stderr and in the capture report.
func TestCapsReported(t *testing.T) {
	var sources, peers bytes.Buffer
	if err := scenarios.WriteHostile(&sources, "sources", 10); err != nil {
		t.Fatal(err)
	}
	if err := scenarios.WriteHostile(&peers, "declared", 10); err != nil {
		t.Fatal(err)
	}
	sourcesFile := writeTemp(t, "sources.pcap", sources.Bytes())
	peersFile := writeTemp(t, "peers.pcap", peers.Bytes())
	tests := []struct {
		args    []string
		stderr  string
		evicted map[string]uint64
	}{
		{[]string{"-q", "-z", "capture", "-T", "json", "-r", sourcesFile, "--max-sessions", "3", "--max-pairing", "4"},
			"7 sessions retired early by the session cap (--max-sessions 3)",
			// 10 LOGINs: 6 past the 4 awaiting an ACK, 9 past the 1 request awaiting a reply
			map[string]uint64{"sessions": 7, "pairing": 15}},
		{[]string{"check", "-r", sourcesFile, "--max-sessions", "3"},
			"7 sessions retired early by the session cap (--max-sessions 3)", nil},
		{[]string{"-q", "-z", "capture", "-T", "json", "-r", peersFile, "--peer-port", "6000", "--max-peer-streams", "4"},
			"6 peer streams retired early by the stream cap (--max-peer-streams 4)",
			map[string]uint64{"peer_streams": 6, "stream_records": 6}},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		run(tt.args, strings.NewReader(""), &stdout, &stderr)
		if !strings.Contains(stderr.String(), "icqdump: "+tt.stderr+"\n") {
			t.Errorf("%q: stderr %q, want the line %q", tt.args, stderr.String(), tt.stderr)
		}
		if tt.evicted == nil {
			continue
		}
		var line struct {
			Capture struct {
				Evicted map[string]uint64 `json:"evicted"`
			} `json:"capture"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &line); err != nil {
			t.Fatalf("%q: %v in %q", tt.args, err, stdout.String())
		}
		if got := line.Capture.Evicted; len(got) != len(tt.evicted) {
			t.Errorf("%q: evicted %v, want %v", tt.args, got, tt.evicted)
		} else {
			for k, v := range tt.evicted {
				if got[k] != v {
					t.Errorf("%q: evicted %v, want %v", tt.args, got, tt.evicted)
				}
			}
		}
	}
}

// A cap of 0 is a usage error.
func TestCapsValidated(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-r", "x.pcap", "--max-sessions", "0"}, nil, &stdout, &stderr); code != exitUsage ||
		!strings.Contains(stderr.String(), "--max-sessions 0") {
		t.Errorf("exit %d, stderr %q", code, stderr.String())
	}
}
