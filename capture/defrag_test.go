package capture

import (
	"bytes"
	"encoding/hex"
	"net/netip"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// longMessage is a client's SEND_MESSAGE (version 2, command 0x010e, seq 5,
// UIN 12345678) to UIN 87654321, type 1, with a 200-byte text: 227 bytes of
// UDP datagram, four fragments of at most 64 bytes.
var longMessage = cat(
	[]byte{0x02, 0x00, 0x0e, 0x01, 0x05, 0x00, 0x4e, 0x61, 0xbc, 0x00},
	[]byte{0xb1, 0x7f, 0x39, 0x05, 0x01, 0x00, 0xc9, 0x00},
	bytes.Repeat([]byte("x"), 200), []byte{0},
)

// other stands for a frame between fragments: the server's ACK to another
// client, so that a reassembler that kept pointers into the frame buffer
// would see other addresses and bytes.
const other = -1

func TestFragments(t *testing.T) {
	otherClient := netip.MustParseAddrPort("172.16.0.9:2000")
	otherClient6 := netip.MustParseAddrPort("[2001:db8::99]:2000")
	tests := []struct {
		name  string
		v6    bool
		order []int // fragments by index, or other
		want  []uint64
		stats Stats
	}{
		{"in order", false, []int{0, 1, 2, 3}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"reversed", false, []int{3, 2, 1, 0}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"shuffled", false, []int{2, 0, 3, 1}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"duplicate", false, []int{0, 1, 1, 2, 3}, []uint64{5},
			Stats{Frames: 5, ICQFrames: 1, Fragments: 4, UDPPackets: 1, Reassembled: 1}},
		{"interleaved", false, []int{1, other, 0, other, 3, 2}, []uint64{2, 4, 6},
			Stats{Frames: 6, ICQFrames: 3, Fragments: 3, UDPPackets: 3, Reassembled: 1}},
		{"missing", false, []int{0, 1, 3}, nil,
			Stats{Frames: 3, Fragments: 3, Incomplete: 1}},
		{"ipv6 in order", true, []int{0, 1, 2, 3}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"ipv6 reversed", true, []int{3, 2, 1, 0}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"ipv6 shuffled", true, []int{2, 0, 3, 1}, []uint64{4},
			Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{"ipv6 interleaved", true, []int{0, other, 1, other, 3, 2}, []uint64{2, 4, 6},
			Stats{Frames: 6, ICQFrames: 3, Fragments: 3, UDPPackets: 3, Reassembled: 1}},
		{"ipv6 missing", true, []int{3, 2, 0}, nil,
			Stats{Frames: 3, Fragments: 3, Incomplete: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, s, o := client, server, otherClient
			if tc.v6 {
				c, s, o = client6, server6, otherClient6
			}
			pieces := pcaptest.UDPFragments(c, s, longMessage, 64, 7)
			if len(pieces) != 4 {
				t.Fatalf("%d fragments, want 4", len(pieces))
			}
			var data [][]byte
			var want []got
			for i, k := range tc.order {
				if k == other {
					data = append(data, pcaptest.UDPFrame(s, o, ackS2C))
					want = append(want, got{uint64(i + 1), s, o, dissect.ServerToClient, hex.EncodeToString(ackS2C), false})
					continue
				}
				// Every other fragment has an 802.1Q tag, so that its bytes
				// lie 4 bytes off those of the frame before.
				data = append(data, pcaptest.Ethernet(pieces[k], []uint16{7}[:i%2]...))
			}
			if tc.want != nil {
				last := tc.want[len(tc.want)-1]
				want = append(want, got{last, c, s, dissect.ClientToServer, hex.EncodeToString(longMessage), false})
			}
			expect(t, pcaptest.Pcap(layers.LinkTypeEthernet, frames(data...)...), want, tc.stats)
		})
	}
}

// TestFragmentTimeout checks that the reassembler goes by capture time: an
// IPv4 fragment that waited more than 30 s is dropped, one that waited 29 s
// is not. (The capture is from 1998: the wall clock would drop neither.)
func TestFragmentTimeout(t *testing.T) {
	pieces := pcaptest.UDPFragments(client, server, longMessage, 64, 7)
	message := []got{{4, client, server, dissect.ClientToServer, hex.EncodeToString(longMessage), false}}
	for _, tc := range []struct {
		wait  time.Duration
		want  []got
		stats Stats
	}{
		{29 * time.Second, message, Stats{Frames: 4, ICQFrames: 1, Fragments: 3, UDPPackets: 1, Reassembled: 1}},
		{31 * time.Second, nil, Stats{Frames: 4, Fragments: 4, Incomplete: 2}},
	} {
		t.Run(tc.wait.String(), func(t *testing.T) {
			var fs []pcaptest.Frame
			for i, p := range pieces {
				at := pcaptest.Base
				if i > 0 {
					at = at.Add(tc.wait)
				}
				fs = append(fs, pcaptest.Frame{Time: at, Data: pcaptest.Ethernet(p)})
			}
			expect(t, pcaptest.Pcap(layers.LinkTypeEthernet, fs...), tc.want, tc.stats)
		})
	}
}

// TestBadFragments checks fragments that cannot be reassembled, and a
// reassembled datagram that is not ICQ.
func TestBadFragments(t *testing.T) {
	by64 := pcaptest.UDPFragments(client, server, longMessage, 64, 7)
	by48 := pcaptest.UDPFragments(client, server, longMessage, 48, 7)
	dnsPieces := pcaptest.UDPFragments(client, dns, longMessage, 64, 8)
	cut := pcaptest.Ethernet(by64[1])
	tests := []struct {
		name   string
		frames []pcaptest.Frame
		stats  Stats
	}{
		{"overlap", frames(pcaptest.Ethernet(by64[0]), pcaptest.Ethernet(by48[1])),
			Stats{Frames: 2, Fragments: 1, Malformed: 1, Incomplete: 1}},
		{"cut by the snap length", []pcaptest.Frame{
			{Time: pcaptest.Base, Data: cut[:len(cut)-10], OrigLen: len(cut)}},
			Stats{Frames: 1, Malformed: 1}},
		{"not ICQ", frames(pcaptest.Ethernet(dnsPieces[1]), pcaptest.Ethernet(dnsPieces[0]),
			pcaptest.Ethernet(dnsPieces[3]), pcaptest.Ethernet(dnsPieces[2])),
			Stats{Frames: 4, Fragments: 3, Skipped: 1, Reassembled: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			expect(t, pcaptest.Pcap(layers.LinkTypeEthernet, tc.frames...), nil, tc.stats)
		})
	}
}

// TestFragmentMemoryBound feeds the reassembler fragments of datagrams that
// never complete, all at the same capture time, so that no timeout frees
// them: past maxHeldBytes it drops them all.
func TestFragmentMemoryBound(t *testing.T) {
	var stats Stats
	var f reassembler
	f.init(&stats, DefaultFragmentMemory)
	const size = 60000 // payload bytes of each fragment
	perFragment := size + fragOverhead
	fit := DefaultFragmentMemory / perFragment
	for id := range fit + 10 {
		ip := &layers.IPv4{Version: 4, IHL: 5, Length: 20 + size, Id: uint16(id), Flags: layers.IPv4MoreFragments,
			Protocol: layers.IPProtocolUDP, SrcIP: client.Addr().AsSlice(), DstIP: server.Addr().AsSlice()}
		ip.Payload = make([]byte, size)
		if out, err := f.add4(ip, pcaptest.Base, &Frame{}); out != nil || err != nil {
			t.Fatalf("fragment %d: %v, %v; want it held", id, out, err)
		}
		if f.held > DefaultFragmentMemory {
			t.Fatalf("fragment %d: %d bytes held, more than %d", id, f.held, DefaultFragmentMemory)
		}
	}
	if stats.Incomplete != uint64(fit) || f.evicted != uint64(fit) || f.held != 10*perFragment {
		t.Errorf("%d datagrams dropped (%d by the cap), %d bytes held; want %d and %d", stats.Incomplete, f.evicted, f.held, fit, 10*perFragment)
	}
	f.dropAll()
	if stats.Incomplete != uint64(fit+10) {
		t.Errorf("%d datagrams dropped in all, want %d", stats.Incomplete, fit+10)
	}
}
