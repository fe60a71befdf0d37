package analyze

import (
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// FuzzAnalyzer feeds any sequence of packets, in any direction, from a few
// clients and peers, with time that may jump or step back, under a cap of
// three sessions. Whatever comes, every packet is released once, in frame
// order, every packet that needed an ACK is counted acknowledged or not,
// and every line of sessions ends once, after its last packet.
//
// Input: records of [kind][time step][length][payload...]; kind picks the
// direction, the client and the stream.
func FuzzAnalyzer(f *testing.F) {
	enc := func(dir dissect.Direction, cmd *dissect.Command, seq int, vals dissect.Fields) []byte {
		v := dissect.Fields{dissect.FSeqNum: seq}
		if dir == dissect.ClientToServer {
			v[dissect.FUIN] = 1001
		}
		for k, x := range vals {
			v[k] = x
		}
		p, err := dissect.EncodeUDP(nil, dir, cmd, v)
		if err != nil {
			f.Fatal(err)
		}
		return p
	}
	rec := func(kind, step byte, payload []byte) []byte {
		return append([]byte{kind, step, byte(len(payload))}, payload...)
	}
	var seed []byte
	seed = append(seed, rec(0, 0, enc(dissect.ClientToServer, dissect.CmdLogin, 1, dissect.Fields{dissect.FLoginSeqNum: 3}))...)
	seed = append(seed, rec(1, 1, enc(dissect.ServerToClient, dissect.SrvAck, 1, nil))...)
	seed = append(seed, rec(1, 1, enc(dissect.ServerToClient, dissect.SrvLoginReply, 0, dissect.Fields{dissect.FLoginSeqNum: 3}))...)
	seed = append(seed, rec(0, 200, enc(dissect.ClientToServer, dissect.CmdAck, 0, nil))...)
	seed = append(seed, rec(1, 1, enc(dissect.ServerToClient, dissect.SrvAck, 0, nil))...)
	seed = append(seed, rec(0, 255, enc(dissect.ClientToServer, dissect.CmdKeepAlive, 2, nil))...)
	msg, _ := dissect.EncodePeer(nil, dissect.PeerMessage, dissect.Fields{dissect.FUIN: 1001, dissect.FCmdType: 0x10})
	ack, _ := dissect.EncodePeer(nil, dissect.PeerAck, dissect.Fields{dissect.FUIN: 2002})
	seed = append(seed, rec(4, 1, msg)...)
	seed = append(seed, rec(5, 1, ack)...)
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		var frames []uint64
		lines := map[int]bool{} // seen; true once ended
		a := New(Config{KeepPackets: true, KeepEnded: true, MaxSessions: 3, Release: func(r *Released) {
			frames = append(frames, r.Meta.Frame)
			if r.Packet == nil || r.Packet.Payload == nil && r.Meta.Payload != nil {
				t.Fatalf("frame %d released without its packet", r.Meta.Frame)
			}
			if r.Meta.Transport == capture.UDP {
				if lines[r.Facts.Line] {
					t.Fatalf("frame %d released after the end of its line %d", r.Meta.Frame, r.Facts.Line)
				}
				lines[r.Facts.Line] = false
			}
		}, LineEnded: func(e *LineEnded) {
			if ended, seen := lines[e.Line]; ended || !seen {
				t.Fatalf("line %d ended again, or before its packets (seen %v)", e.Line, seen)
			}
			lines[e.Line] = true
		}, Message: func(*Message) {}, Annotate: func(dst []byte, _ *capture.Packet, p *dissect.Packet) []byte {
			return append(dst, p.CommandName()...)
		}})
		var pkt dissect.Packet
		now := base
		var frame uint64
		for len(data) >= 3 {
			kind, step, n := data[0], data[1], int(data[2])
			data = data[3:]
			n = min(n, len(data))
			payload := append([]byte(nil), data[:n]...)
			data = data[n:]
			now = now.Add(time.Duration(int8(step)) * time.Second)
			frame++
			m := fuzzMeta(kind, frame, now, payload)
			if m.Transport == capture.TCP {
				dissect.DecodePeer(&pkt, payload)
			} else {
				dissect.Decode(&pkt, payload, m.Dir)
			}
			a.Add(&m, &pkt)
		}
		a.Finish()
		for i, fr := range frames {
			if fr != uint64(i+1) {
				t.Fatalf("release %d is frame %d", i+1, fr)
			}
		}
		if uint64(len(frames)) != frame {
			t.Fatalf("%d of %d packets released", len(frames), frame)
		}
		for line, ended := range lines {
			if !ended {
				t.Fatalf("line %d never ended", line)
			}
		}
		for _, s := range a.Sessions() {
			if s.End == EndCap {
				continue // summed up when retired, before the Window settled its packets
			}
			for d, ds := range s.Dir {
				if ds.NeedAck != ds.Acked+ds.Unacked {
					t.Errorf("session %d dir %d: %d need an ACK, %d acked, %d not", s.ID, d, ds.NeedAck, ds.Acked, ds.Unacked)
				}
			}
		}
	})
}

// fuzzMeta describes packet number frame: kind's low bits pick client to
// server, server to client or peer; the next bits the client or stream.
func fuzzMeta(kind byte, frame uint64, at time.Time, payload []byte) capture.Packet {
	client := netip.AddrPortFrom(clientA.Addr(), 1024+uint16(kind>>2&3))
	m := capture.Packet{Frame: frame, Time: at, Transport: capture.UDP, Payload: payload, FrameLen: len(payload) + 42}
	switch kind & 3 {
	case 0:
		m.Dir, m.Src, m.Dst = dissect.ClientToServer, client, server
	case 1:
		m.Dir, m.Src, m.Dst = dissect.ServerToClient, server, client
	default:
		peerB := netip.AddrPortFrom(clientB.Addr(), 3000)
		m.Dir, m.Transport, m.Stream = dissect.PeerToPeer, capture.TCP, 1+int(kind>>2&1)
		m.Src, m.Dst = client, peerB
		if kind&1 != 0 {
			m.Src, m.Dst = peerB, client
		}
	}
	return m
}
