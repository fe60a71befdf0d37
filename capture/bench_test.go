package capture

import (
	"os"
	"testing"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// endless is a capture without end: a file header, then the same records
// again and again, so that one reader serves any number of packets.
type endless struct {
	head, records []byte
	off           int
}

func (e *endless) Read(p []byte) (int, error) {
	if len(e.head) > 0 {
		n := copy(p, e.head)
		e.head = e.head[n:]
		return n, nil
	}
	n := copy(p, e.records[e.off:])
	e.off = (e.off + n) % len(e.records)
	return n, nil
}

// endlessCaptures are the captures the benchmark and the allocation test
// read: every frame in them is an ICQ datagram.
func endlessCaptures(tb testing.TB) map[string]func() *endless {
	micq, err := os.ReadFile("../testdata/micq-0.2.5-session.pcap")
	if err != nil {
		tb.Fatal(err)
	}
	var fs []pcaptest.Frame
	for range 50 {
		fs = append(fs, frames(
			pcaptest.UDPFrame(client, server, longMessage),
			pcaptest.UDPFrame(server, client, ackS2C),
		)...)
	}
	ngHead := pcaptest.Pcapng()
	ng := pcaptest.Pcapng(fs...)
	const pcapHead = 24
	return map[string]func() *endless{
		"pcap-micq":       func() *endless { return &endless{head: micq[:pcapHead], records: micq[pcapHead:]} },
		"pcapng-ethernet": func() *endless { return &endless{head: ngHead, records: ng[len(ngHead):]} },
	}
}

// BenchmarkRead reads ICQ datagrams from a file: record, link, IP and UDP
// headers, direction. One op is one packet.
func BenchmarkRead(b *testing.B) {
	for name, capture := range endlessCaptures(b) {
		b.Run(name, func(b *testing.B) {
			r, err := NewReader(capture(), name, Config{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			packets := 0
			for b.Loop() {
				if _, err := r.Next(); err != nil {
					b.Fatal(err)
				}
				packets++
			}
			b.ReportMetric(float64(packets)/b.Elapsed().Seconds(), "packets/s")
		})
	}
}

// TestNextDoesNotAllocate checks the plain path: reading a packet allocates
// nothing once the reader's buffers exist, with an OnICQFrame hook (-w) or
// without.
func TestNextDoesNotAllocate(t *testing.T) {
	for name, capture := range endlessCaptures(t) {
		for _, hook := range []func(*Frame){nil, func(*Frame) {}} {
			checkNoAllocs(t, name, capture(), hook)
		}
	}
}

func checkNoAllocs(t *testing.T, name string, capture *endless, hook func(*Frame)) {
	t.Helper()
	r, err := NewReader(capture, name, Config{})
	if err != nil {
		t.Fatal(err)
	}
	r.OnICQFrame(hook)
	if allocs := testing.AllocsPerRun(1000, func() {
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
	}); allocs != 0 {
		t.Errorf("%s, hook %t: %v allocations per packet, want 0", name, hook != nil, allocs)
	}
}
