package capture

import (
	"bytes"
	"io"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// readHostile reads the hostile capture kind of size n with cfg, checking
// after every packet that the bytes held stay within the budget and that
// every frame is counted once. It returns the stats and the peer packets
// by stream.
func readHostile(t *testing.T, kind string, n int, cfg Config) (Stats, map[int]int) {
	t.Helper()
	var file bytes.Buffer
	if err := scenarios.WriteHostile(&file, kind, n); err != nil {
		t.Fatal(err)
	}
	r, err := NewReader(&file, kind, cfg)
	if err != nil {
		t.Fatal(err)
	}
	byStream := map[int]int{}
	budget := cfg.limits().peerMemory
	for {
		m, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if m.Transport == TCP {
			byStream[m.Stream]++
		}
		if held := r.peers.held(); held > budget {
			t.Fatalf("frame %d: %d bytes held, over the budget of %d", m.Frame, held, budget)
		}
	}
	st := r.Stats()
	if sum := st.ICQFrames + st.PeerFrames + st.Skipped + st.Malformed + st.Fragments + st.Unsupported; sum != st.Frames {
		t.Errorf("%d frames read, %d counted: %+v", st.Frames, sum, st)
	}
	if r.peers.held() != 0 {
		t.Errorf("%d bytes still counted held at the end", r.peers.held())
	}
	return st, byStream
}

var hostilePeerPort = []uint16{scenarios.HostilePeerPort}

// TestPeerMemoryBudget: connections each holding a partial packet of 1,400
// bytes, under a budget of 64 KiB: the streams that held bytes first are
// given up (their partial packets handed out), and counted.
func TestPeerMemoryBudget(t *testing.T) {
	const n = 200
	st, byStream := readHostile(t, "partial", n, Config{PeerPorts: hostilePeerPort, PeerMemory: 64 << 10})
	if st.PeerPackets != n || len(byStream) != n {
		t.Errorf("%d peer packets in %d streams, want one in each of %d", st.PeerPackets, len(byStream), n)
	}
	// About 45 partial packets fit in 64 KiB; each stream past them
	// gives up one that came before.
	if ev := st.Evicted.PeerMemory; ev < n-50 || ev >= n {
		t.Errorf("%d streams given up for the budget, want about %d", ev, n-45)
	}
	if st.Evicted.PeerStreams != 0 || st.Evicted.Pending != 0 {
		t.Errorf("other caps counted: %+v", st.Evicted)
	}
}

// TestPeerStreamCap: at the cap on streams, the least recently heard one
// is retired; each retirement is counted.
func TestPeerStreamCap(t *testing.T) {
	const n, limit = 100, 10
	st, byStream := readHostile(t, "declared", n, Config{PeerPorts: hostilePeerPort, MaxPeerStreams: limit})
	if got := st.Evicted.PeerStreams; got != n-limit {
		t.Errorf("%d streams retired by the cap, want %d", got, n-limit)
	}
	if st.PeerPackets != n || len(byStream) != n {
		t.Errorf("%d peer packets in %d streams, want one in each of %d", st.PeerPackets, len(byStream), n)
	}
}

// TestPendingCap: connections not recognised (no peer port) are noted at
// their SYN; at the cap, the least recently heard is forgotten, counted.
func TestPendingCap(t *testing.T) {
	const n, limit = 100, 10
	st, _ := readHostile(t, "hole", n, Config{MaxPending: limit})
	if got := st.Evicted.Pending; got != n-limit {
		t.Errorf("%d pending connections forgotten by the cap, want %d", got, n-limit)
	}
	if st.Skipped != 2*n {
		t.Errorf("%d frames not ICQ, want %d", st.Skipped, 2*n)
	}
}

// TestDefaultLimitsEvictNothing: the defaults hold the small hostile
// captures whole.
func TestDefaultLimitsEvictNothing(t *testing.T) {
	for _, kind := range []string{"declared", "partial", "hole", "reuse"} {
		st, _ := readHostile(t, kind, 100, Config{PeerPorts: hostilePeerPort})
		if st.Evicted != (Evictions{}) {
			t.Errorf("%s: %+v", kind, st.Evicted)
		}
	}
}

// TestConnectionReuse: a SYN on the 4-tuple of a stream still known ends
// that stream and starts a new one when its ISN differs (RFC 793's reuse
// from TIME_WAIT); a retransmitted SYN does not. The new stream's packets
// are whole: nothing lost, nothing skipped. (A first connection seen
// mid-connection skips its packet: nothing says where one starts.)
func TestConnectionReuse(t *testing.T) {
	client := netip.MustParseAddrPort("10.0.0.1:1041")
	server := netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), scenarios.HostilePeerPort)
	pkt := []byte{4, 0, 0xFF, 3, 0, 0} // LENGTH 4 and a body
	tests := []struct {
		name        string
		first       uint32 // ISN of the first connection
		firstSYN    bool   // the first connection's SYN is captured
		second      uint32 // ISN of the second SYN
		wantStreams []int  // stream of each packet
	}{
		{"ISN behind", 5_000_000, true, 1000, []int{1, 2}},
		{"ISN ahead", 5_000_000, true, 9_900_000, []int{1, 2}},
		{"ISN across the wrap", 1<<32 - 10, true, 20, []int{1, 2}},
		{"first seen mid-connection", 5_000_000, false, 1000, []int{1, 2}},
		{"SYN retransmitted", 5_000_000, true, 5_000_000, []int{1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var frames []pcaptest.Frame
			add := func(tcp pcaptest.TCP, data []byte) {
				frames = append(frames, pcaptest.Frame{Time: pcaptest.At(time.Duration(len(frames)) * time.Millisecond),
					Data: pcaptest.TCPFrame(client, server, tcp, data)})
			}
			if tt.firstSYN {
				add(pcaptest.TCP{Seq: tt.first, SYN: true}, nil)
			}
			add(pcaptest.TCP{Seq: tt.first + 1, ACK: true}, pkt)
			add(pcaptest.TCP{Seq: tt.second, SYN: true}, nil)
			next := tt.first + 1 + uint32(len(pkt)) // a retransmitted SYN's connection goes on
			if tt.second != tt.first {
				next = tt.second + 1
			}
			add(pcaptest.TCP{Seq: next, ACK: true}, pkt)
			r, err := NewReader(bytes.NewReader(pcaptest.Pcap(layers.LinkTypeEthernet, frames...)), tt.name,
				Config{PeerPorts: hostilePeerPort})
			if err != nil {
				t.Fatal(err)
			}
			var streams []int
			for m, err := range r.All() {
				if err != nil {
					t.Fatal(err)
				}
				if m.Frame == uint64(len(frames)) && (m.Gap != 0 || m.Skipped != 0 || len(m.Payload) != len(pkt)) {
					t.Errorf("frame %d: gap %d, skipped %d, %d bytes", m.Frame, m.Gap, m.Skipped, len(m.Payload))
				}
				streams = append(streams, m.Stream)
			}
			if !slices.Equal(streams, tt.wantStreams) {
				t.Errorf("packets in streams %v, want %v", streams, tt.wantStreams)
			}
		})
	}
}
