package capture

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// fuzzSeeds are the real captures and one built capture of each kind the
// reader knows: every link type, fragments, pcapng, big-endian, gzip.
func fuzzSeeds(tb testing.TB) [][]byte {
	files, err := filepath.Glob("../testdata/*.pcap")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no seed captures: %v", err)
	}
	var seeds [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	ip := pcaptest.UDPPacket(client, server, ackC2S)
	ip6 := pcaptest.UDPPacket(server6, client6, ackS2C)
	var fragments [][]byte
	for _, p := range pcaptest.UDPFragments(client6, server6, longMessage, 64, 7) {
		fragments = append(fragments, pcaptest.Ethernet(p, 7))
	}
	for _, p := range pcaptest.UDPFragments(client, server, longMessage, 64, 8) {
		fragments = append(fragments, pcaptest.Ethernet(p))
	}
	mixed := pcaptest.Pcapng(
		pcaptest.Frame{Link: layers.LinkTypeLinuxSLL, Data: pcaptest.SLL(ip)},
		pcaptest.Frame{Link: layers.LinkTypeLinuxSLL2, Data: pcaptest.SLL2(ip6)},
		pcaptest.Frame{Link: layers.LinkTypeLoop, Data: pcaptest.Null(ip6, 24, binary.BigEndian)},
		pcaptest.Frame{Link: layers.LinkTypeRaw, Data: ip},
		pcaptest.Frame{Data: pcaptest.Ethernet(ip6, 100, 7)},
	)
	return append(seeds,
		pcaptest.Pcap(layers.LinkTypeEthernet, frames(fragments...)...),
		pcaptest.PcapBigEndian(layers.LinkTypeNull, true, frames(pcaptest.Null(ip, 2, binary.BigEndian))...),
		mixed,
		pcaptest.Gzip(mixed),
	)
}

// FuzzReader reads arbitrary bytes as a capture: the reader must not panic
// or loop, must keep its counts, must stay at its end once there, and must
// hand OnICQFrame a frame read at most once.
func FuzzReader(f *testing.F) {
	for _, seed := range fuzzSeeds(f) {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), "fuzz", Config{})
		if err != nil {
			return
		}
		handed := map[uint64]bool{}
		r.OnICQFrame(func(fr *Frame) {
			if handed[fr.Number] || fr.Number == 0 || fr.Number > r.Stats().Frames {
				t.Fatalf("frame %d handed again, or not read (%d read)", fr.Number, r.Stats().Frames)
			}
			handed[fr.Number] = true
		})
		for {
			p, err := r.Next()
			if err != nil {
				if again, _ := r.Next(); again != nil {
					t.Fatalf("Next after %v returned a packet", err)
				}
				break
			}
			checkFrameOf(t, p, r.Stats().Frames)
		}
		checkBuckets(t, r.Stats())
		if s := r.Stats(); s.UDPPackets != s.ICQFrames {
			t.Errorf("%d UDP packets from %d ICQ frames", s.UDPPackets, s.ICQFrames)
		}
	})
}

// checkFrameOf holds a packet to the frame it names: a datagram comes out
// with the frame that brought it; a peer packet names a frame already read,
// which is earlier when a flush (a hole given up, the end of the capture)
// hands on bytes that waited (peerTCP.completion).
func checkFrameOf(t *testing.T, p *Packet, read uint64) {
	t.Helper()
	if p.Transport == TCP {
		if p.Frame == 0 || p.Frame > read {
			t.Fatalf("peer packet of frame %d handed out after frame %d", p.Frame, read)
		}
		return
	}
	if p.Frame != read {
		t.Fatalf("packet of frame %d handed out after frame %d", p.Frame, read)
	}
}

// TestFuzzSeedsRead checks that the seeds themselves are read to their end,
// so that the fuzzer starts from captures that reach every decoder.
func TestFuzzSeedsRead(t *testing.T) {
	for i, seed := range fuzzSeeds(t) {
		r, err := NewReader(bytes.NewReader(seed), "seed", Config{})
		if err != nil {
			t.Fatalf("seed %d: %v", i, err)
		}
		for _, err := range r.All() {
			if err != nil {
				t.Fatalf("seed %d: %v", i, err)
			}
		}
		if s := r.Stats(); s.UDPPackets == 0 || s.Malformed != 0 {
			t.Errorf("seed %d: %+v, want ICQ packets and nothing malformed", i, s)
		}
	}
}
