package gen

import (
	"io"
	"testing"
	"time"
)

// BenchmarkGenerate measures a whole run written as pcap to io.Discard; it
// reports frames per second.
func BenchmarkGenerate(b *testing.B) {
	cfg := Config{Clients: 2000, Duration: 20 * time.Minute, Seed: 1}
	b.ReportAllocs()
	var frames uint64
	for b.Loop() {
		st, err := Write(io.Discard, cfg, Pcap)
		if err != nil {
			b.Fatal(err)
		}
		frames += st.Frames
	}
	b.ReportMetric(float64(frames)/b.Elapsed().Seconds(), "frames/s")
}
