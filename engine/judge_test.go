package engine

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/dissect"
)

// Check judges what it reads through the same flow as Decode: the display
// filter drops the findings of the frames it leaves out, and the status
// follows what is left (the mICQ session has errors in frames 1-56).
func TestCheckStatusFollowsTheFilter(t *testing.T) {
	for _, tt := range []struct {
		display  string
		want     Status
		findings string
	}{
		{"", Found, `"findings":23,`},
		{"frame.number > 1000", OK, `"findings":0,`},
	} {
		c := NewConfig()
		c.Reads = []string{"../testdata/micq-0.2.5-session.pcap"}
		if err := c.ValidateInput(); err != nil {
			t.Fatal(err)
		}
		if tt.display != "" {
			if err := c.Filter.SetDisplay(tt.display); err != nil {
				t.Fatal(err)
			}
		}
		j := &Judge{Options: check.DefaultOptions, Format: "json", FailOn: dissect.Error, MinPackets: 1}
		var out, stderr bytes.Buffer
		if got := Check(context.Background(), &c, j, nil, &out, &stderr); got != tt.want {
			t.Errorf("-Y %q: status %d, want %d; stderr %q", tt.display, got, tt.want, stderr.String())
		}
		if !strings.Contains(out.String(), tt.findings) {
			t.Errorf("-Y %q: the summary has no %s:\n%s", tt.display, tt.findings, out.String())
		}
	}
}
