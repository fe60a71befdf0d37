package check

import (
	"errors"
	"slices"
	"testing"

	"github.com/icqdump/icqdump/capture"
)

// TestCaptureFindings: frames the reader could not decode and a damaged
// file are findings whatever --role says, naming no frame.
func TestCaptureFindings(t *testing.T) {
	tests := []struct {
		stats capture.Stats
		err   error
		want  []string
	}{
		{capture.Stats{Frames: 10}, nil, nil},
		{capture.Stats{Frames: 56, Unsupported: 56}, nil, []string{"CAPTURE-LINK-UNSUPPORTED"}},
		{capture.Stats{Frames: 9, Malformed: 2}, nil, []string{"CAPTURE-FRAME-MALFORMED"}},
		{capture.Stats{Frames: 9}, errors.New("f.pcap: file ends inside frame 10"), []string{"CAPTURE-FILE-DAMAGED"}},
	}
	for _, role := range []Role{All, Client, Server} {
		for _, tt := range tests {
			var got []string
			c := New(Options{Role: role}, func(f *Finding) {
				if len(f.Frames) != 0 || f.Message == "" {
					t.Errorf("%+v", f)
				}
				got = append(got, f.Rule.ID)
			})
			c.Capture(tt.stats, []string{"link type 147 (UnknownLinkType(147))"}, tt.err)
			if !slices.Equal(got, tt.want) {
				t.Errorf("role %d, %+v: findings %v, want %v", role, tt.stats, got, tt.want)
			}
		}
	}
}
