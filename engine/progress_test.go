package engine

import (
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for _, tt := range []struct {
		read, size int64
		frames     uint64
		took       float64
		want       string
	}{
		{0, 100, 0, 1, "  0% of f.pcap"},
		{25, 100, 5000, 2, " 25% of f.pcap, 2500 frames/s, 6s left"},
		{100, 100, 10000, 4, "100% of f.pcap, 2500 frames/s, 0s left"},
	} {
		if got := progressLine("f.pcap", tt.read, tt.size, tt.frames, secs(tt.took)); got != tt.want {
			t.Errorf("progressLine(%d/%d) = %q, want %q", tt.read, tt.size, got, tt.want)
		}
	}
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }
