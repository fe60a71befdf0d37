package analyze

import (
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

var (
	base    = time.Date(1998, 8, 26, 12, 0, 0, 0, time.UTC)
	server  = netip.MustParseAddrPort("10.0.0.1:4000")
	clientA = netip.MustParseAddrPort("10.0.0.2:1024")
	clientB = netip.MustParseAddrPort("10.0.0.3:1025")
)

// feed builds packets with the encoder, feeds them to an analyzer and keeps
// what it releases. The same buffers are reused for every packet, as the
// capture reader does, so a test also shows that held packets are copies.
type feed struct {
	t        *testing.T
	a        *Analyzer
	frame    uint64
	payload  []byte
	pkt      dissect.Packet
	released []Released
	packets  []string // the released packets' payloads, as they were when released
	messages []Message
}

func newFeed(t *testing.T, keep bool) *feed {
	f := &feed{t: t}
	f.a = New(Config{KeepPackets: keep, Release: f.onRelease, Message: f.onMessage, KeepEnded: true})
	return f
}

func (f *feed) onRelease(r *Released) {
	c := *r
	meta := *r.Meta
	c.Meta, c.Packet = &meta, nil
	f.released = append(f.released, c)
	if r.Packet != nil {
		f.packets = append(f.packets, string(r.Packet.Payload))
	}
}

func (f *feed) onMessage(m *Message) {
	c := *m
	c.Text = append([]byte(nil), m.Text...)
	f.messages = append(f.messages, c)
}

// udp feeds one UDP packet sent at base+at between client and server.
func (f *feed) udp(at time.Duration, dir dissect.Direction, client netip.AddrPort, cmd *dissect.Command, vals dissect.Fields) uint64 {
	f.t.Helper()
	b, err := dissect.EncodeUDP(f.payload[:0], dir, cmd, vals)
	if err != nil {
		f.t.Fatal(err)
	}
	f.payload = b
	src, dst := client, server
	if dir == dissect.ServerToClient {
		src, dst = server, client
	}
	f.frame++
	dissect.Decode(&f.pkt, b, dir)
	m := capture.Packet{Frame: f.frame, Time: base.Add(at), Src: src, Dst: dst, Transport: capture.UDP,
		Dir: dir, Payload: b, FrameLen: len(b) + 42}
	f.a.Add(&m, &f.pkt)
	clear(f.payload[:cap(f.payload)]) // the reader would overwrite it
	return f.frame
}

// c sends a client packet from clientA with UIN 1001.
func (f *feed) c(at time.Duration, cmd *dissect.Command, seq int, vals dissect.Fields) uint64 {
	f.t.Helper()
	return f.udp(at, dissect.ClientToServer, clientA, cmd, with(vals, dissect.FSeqNum, seq, dissect.FUIN, 1001))
}

// s sends a server packet to clientA.
func (f *feed) s(at time.Duration, cmd *dissect.Command, seq int, vals dissect.Fields) uint64 {
	f.t.Helper()
	return f.udp(at, dissect.ServerToClient, clientA, cmd, with(vals, dissect.FSeqNum, seq))
}

// peer feeds one peer packet of stream 1 from src to dst.
func (f *feed) peer(at time.Duration, src, dst netip.AddrPort, cmd *dissect.Command, vals dissect.Fields) uint64 {
	f.t.Helper()
	b, err := dissect.EncodePeer(f.payload[:0], cmd, vals)
	if err != nil {
		f.t.Fatal(err)
	}
	f.payload = b
	f.frame++
	dissect.DecodePeer(&f.pkt, b)
	m := capture.Packet{Frame: f.frame, Time: base.Add(at), Src: src, Dst: dst, Transport: capture.TCP,
		Dir: dissect.PeerToPeer, Stream: 1, Payload: b, FrameLen: len(b) + 54}
	f.a.Add(&m, &f.pkt)
	clear(f.payload[:cap(f.payload)])
	return f.frame
}

func with(vals dissect.Fields, kv ...any) dissect.Fields {
	out := dissect.Fields{}
	for k, v := range vals {
		out[k] = v
	}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(dissect.FieldID)] = kv[i+1]
	}
	return out
}

func (f *feed) finish() []SessionSummary {
	f.a.Finish()
	return f.a.Sessions()
}

// xref returns what was released for frame.
func (f *feed) get(frame uint64) Released {
	f.t.Helper()
	for _, r := range f.released {
		if r.Meta.Frame == frame {
			return r
		}
	}
	f.t.Fatalf("frame %d was not released", frame)
	return Released{}
}

func (f *feed) xref(frame uint64) Xref {
	f.t.Helper()
	return f.get(frame).Xref
}

// checkOrder fails unless every frame was released once, in order.
func (f *feed) checkOrder() {
	f.t.Helper()
	if uint64(len(f.released)) != f.frame {
		f.t.Fatalf("released %d packets, fed %d", len(f.released), f.frame)
	}
	for i, r := range f.released {
		if r.Meta.Frame != uint64(i+1) {
			f.t.Fatalf("release %d is frame %d", i+1, r.Meta.Frame)
		}
	}
}
