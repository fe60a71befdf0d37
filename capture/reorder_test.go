package capture_test

import (
	"bytes"
	"fmt"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// piece is bytes of a peer connection, sent by side from (0 opened the
// connection) at offset at of its stream, or its FIN; or, from side -1, an
// ICQ datagram to the server.
type piece struct {
	from int
	at   int
	data []byte
	fin  bool
}

// reorderConn cuts the streams of a peer connection into pieces: each
// packet is cut after the given sizes (the rest goes in a last piece).
type reorderConn struct {
	streams [2][]byte
	pieces  []piece
}

func (c *reorderConn) send(from int, pkt []byte, sizes ...int) {
	for _, n := range append(sizes, len(pkt)) {
		n = min(n, len(pkt))
		c.pieces = append(c.pieces, piece{from: from, at: len(c.streams[from]), data: pkt[:n]})
		c.streams[from] = append(c.streams[from], pkt[:n]...)
		pkt = pkt[n:]
	}
}

func (c *reorderConn) close(from int) {
	c.pieces = append(c.pieces, piece{from: from, at: len(c.streams[from]), fin: true})
}

// datagram sends an ICQ datagram to the server: it shows where the peer
// packets come in the order of the capture.
func (c *reorderConn) datagram() { c.pieces = append(c.pieces, piece{from: -1}) }

// capture writes the connection: handshake, the pieces in the order given
// by order (indexes into pieces; nil is as sent), the FINs not sent. Eleven
// minutes of silence come before the piece written silence-th, counting
// from 1.
func (c *reorderConn) capture(order []int, silence int) []byte {
	ends := [2]netip.AddrPort{netip.MustParseAddrPort("192.0.2.10:1041"), netip.MustParseAddrPort("198.51.100.7:1029")}
	isn := [2]uint32{4000000000, 70000} // the opener's sequence numbers wrap
	var fs []pcaptest.Frame
	at := time.Duration(0)
	put := func(from int, off int, data []byte, flags pcaptest.TCP) {
		flags.Seq, flags.Ack = isn[from]+1+uint32(off), isn[1-from]+1+uint32(len(c.streams[1-from]))
		flags.ACK = !flags.SYN || from == 1
		fs = append(fs, pcaptest.Frame{Time: pcaptest.At(at), Data: pcaptest.TCPFrame(ends[from], ends[1-from], flags, data)})
		at += time.Millisecond
	}
	put(0, -1, nil, pcaptest.TCP{SYN: true})
	put(1, -1, nil, pcaptest.TCP{SYN: true})
	put(0, 0, nil, pcaptest.TCP{})
	if order == nil {
		for i := range c.pieces {
			order = append(order, i)
		}
	}
	closed := [2]bool{}
	for k, i := range order {
		if k+1 == silence {
			at += 11 * time.Minute
		}
		switch p := c.pieces[i]; {
		case p.from < 0:
			icq := []byte{0x02, 0x00, 0x0a, 0x00, 0x01, 0x00, 0x4e, 0x61, 0xbc, 0x00} // ACK, SEQ_NUM 1
			fs = append(fs, pcaptest.Frame{Time: pcaptest.At(at), Data: pcaptest.UDPFrame(ends[0], netip.MustParseAddrPort("10.0.0.1:4000"), icq)})
		case p.fin:
			put(p.from, p.at, nil, pcaptest.TCP{FIN: true})
			closed[p.from] = true
		default:
			put(p.from, p.at, p.data, pcaptest.TCP{PSH: true})
		}
	}
	for from, done := range closed {
		if !done {
			put(from, len(c.streams[from]), nil, pcaptest.TCP{FIN: true})
		}
	}
	return pcaptest.Pcap(layers.LinkTypeEthernet, fs...)
}

// peerStreams reads a capture with nothing learned, as a caller that only
// has the content test does, and returns the peer packets of each
// direction joined, and a line per packet: a peer packet's stream, gap and
// skip, or "udp".
func peerStreams(t *testing.T, file []byte) (streams map[string][]byte, lines []string) {
	t.Helper()
	r, err := capture.NewReader(bytes.NewReader(file), "reorder", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	streams = map[string][]byte{}
	var p dissect.Packet
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		if m.Transport == capture.UDP {
			lines = append(lines, "udp")
			continue
		}
		dissect.DecodePeer(&p, m.Payload)
		dir := m.Src.String() + ">" + m.Dst.String()
		streams[dir] = append(streams[dir], m.Payload...)
		lines = append(lines, fmt.Sprintf("s%d %s %s gap=%d skipped=%d", m.Stream, dir, p.CommandName(), m.Gap, m.Skipped))
	}
	return streams, lines
}

// TestPeerReorderedAsInOrder: a peer connection whose segments the network
// reordered decodes exactly as the same connection in order, whatever
// segment comes first, before the connection is recognised, after, or
// after a silence that closed its stream. In order, every byte sent comes
// back in packets, unless a silence cuts one. Nothing is learned: the
// streams are found by the content test.
func TestPeerReorderedAsInOrder(t *testing.T) {
	anna := netip.MustParseAddrPort("192.0.2.10:1033")
	bjorn := netip.MustParseAddrPort("198.51.100.7:1029")
	init := peerPacket(t, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 1234567, dissect.FMyIP: anna.Addr(), dissect.FMyPort: anna.Port()})
	msg := peerPacket(t, dissect.PeerMessage, dissect.Fields{dissect.FUIN: 1234567, dissect.FUIN2: 1234567,
		dissect.FType: 1, dissect.FMessage: "Hej Björn!", dissect.FMyIP: anna.Addr(), dissect.FPort: anna.Port(), dissect.FCmdType: 0x10})
	ack := peerPacket(t, dissect.PeerAck, dissect.Fields{dissect.FUIN: 7654321, dissect.FUIN2: 7654321,
		dissect.FType: 1, dissect.FMessage: "", dissect.FMyIP: bjorn.Addr(), dissect.FPort: bjorn.Port()})

	tests := []struct {
		name    string
		conn    func(c *reorderConn)
		order   []int
		silence int
		want    []string // read in order, when that does not give back all that was sent
	}{
		{"the opener's body before its LENGTH", func(c *reorderConn) {
			c.send(0, init, 2)
			c.send(1, ack)
		}, []int{1, 0, 2}, 0, nil},
		{"the opener's body before its LENGTH, in one piece with the next packet's LENGTH", func(c *reorderConn) {
			c.send(0, slices.Concat(init, msg), 2)
		}, []int{1, 0}, 0, nil},
		{"LENGTHs apart, each body first (icqgen --split --reorder)", func(c *reorderConn) {
			c.send(0, init, 2)
			c.send(0, msg, 2)
			c.send(1, ack, 2)
		}, []int{1, 0, 3, 2, 5, 4}, 0, nil},
		{"the opener's second piece first, then the rest", func(c *reorderConn) {
			c.send(0, slices.Concat(init, msg), 2, 12, 30)
		}, []int{1, 0, 3, 2}, 0, nil},
		{"the answer's body before its LENGTH", func(c *reorderConn) {
			c.send(0, init)
			c.send(0, msg)
			c.send(1, ack, 2)
		}, []int{0, 1, 3, 2}, 0, nil},
		{"the opener's FIN before its first LENGTH, its last packet cut short", func(c *reorderConn) {
			c.send(0, slices.Concat(init, msg[:20]), 2)
			c.close(0)
			c.datagram()
		}, []int{1, 2, 0, 3}, 0, nil},
		{"the body before its LENGTH after a long silence", func(c *reorderConn) {
			c.send(0, init)
			c.send(0, msg, 2)
			c.send(1, ack)
		}, []int{0, 2, 1, 3}, 2, nil},
		{"both directions after a long silence", func(c *reorderConn) {
			c.send(0, init)
			c.send(1, ack, 2)
			c.send(0, msg, 2)
		}, []int{0, 2, 1, 4, 3}, 2, nil},
		{"a packet cut by a long silence, the next body before its LENGTH", func(c *reorderConn) {
			c.send(0, init)
			c.send(0, msg, 20)
			c.send(0, ack, 2)
		}, []int{0, 1, 2, 4, 3}, 3, []string{
			"s1 192.0.2.10:1041>198.51.100.7:1029 CHANNEL_INIT gap=0 skipped=0",
			"s1 192.0.2.10:1041>198.51.100.7:1029 CHANNEL_MESSAGE gap=0 skipped=0", // cut by the silence
			fmt.Sprintf("s2 192.0.2.10:1041>198.51.100.7:1029 CHANNEL_ACK gap=0 skipped=%d", len(msg)-20),
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c reorderConn
			tt.conn(&c)
			inOrder, inOrderLines := peerStreams(t, c.capture(nil, tt.silence))
			if tt.want != nil && !slices.Equal(inOrderLines, tt.want) {
				t.Fatalf("in order:\n%q\nwant:\n%q", inOrderLines, tt.want)
			}
			for from, sent := range c.streams {
				dir := [2]string{"192.0.2.10:1041>198.51.100.7:1029", "198.51.100.7:1029>192.0.2.10:1041"}[from]
				if tt.want == nil && !bytes.Equal(inOrder[dir], sent) {
					t.Fatalf("in order, %s: read % x, sent % x", dir, inOrder[dir], sent)
				}
			}
			reordered, lines := peerStreams(t, c.capture(tt.order, tt.silence))
			if !slices.Equal(lines, inOrderLines) || len(reordered) != len(inOrder) {
				t.Errorf("reordered:\n%q\nin order:\n%q", lines, inOrderLines)
			}
			for dir, want := range inOrder {
				if !bytes.Equal(reordered[dir], want) {
					t.Errorf("%s: reordered % x\nin order % x", dir, reordered[dir], want)
				}
			}
		})
	}
}

func peerPacket(t *testing.T, cmd *dissect.Command, f dissect.Fields) []byte {
	t.Helper()
	b, err := dissect.EncodePeer(nil, cmd, f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
