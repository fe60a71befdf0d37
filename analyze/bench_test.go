package analyze

import (
	"encoding/binary"
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// BenchmarkAdd feeds a steady exchange: a client packet, the server's ACK,
// a server packet, the client's ACK, in 16 sessions. Once the tables and
// the hold-back have grown, Add allocates nothing.
func BenchmarkAdd(b *testing.B) {
	for _, bc := range []struct {
		name string
		cfg  Config
	}{
		{"quiet", Config{}},
		{"printing", Config{KeepPackets: true, Release: func(*Released) {}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a := New(bc.cfg)
			enc := func(dir dissect.Direction, cmd *dissect.Command, vals dissect.Fields) []byte {
				p, err := dissect.EncodeUDP(nil, dir, cmd, vals)
				if err != nil {
					b.Fatal(err)
				}
				return p
			}
			steps := []struct {
				dir     dissect.Direction
				payload []byte
			}{
				{dissect.ClientToServer, enc(dissect.ClientToServer, dissect.CmdStatusChange, dissect.Fields{dissect.FUIN: 1001, dissect.FStatus: 1})},
				{dissect.ServerToClient, enc(dissect.ServerToClient, dissect.SrvAck, nil)},
				{dissect.ServerToClient, enc(dissect.ServerToClient, dissect.SrvStatusUpdate, dissect.Fields{dissect.FStatus: 1, dissect.FRemoteUIN: 2002})},
				{dissect.ClientToServer, enc(dissect.ClientToServer, dissect.CmdAck, dissect.Fields{dissect.FUIN: 1001})},
			}
			var pkt dissect.Packet
			m := capture.Packet{Transport: capture.UDP}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				round, step := i/len(steps), i%len(steps)
				st := steps[step]
				client := clientA
				if round%16 != 0 {
					client = netipPort(clientA, uint16(1024+round%16))
				}
				binary.LittleEndian.PutUint16(st.payload[4:], uint16(round/16+1))
				m.Frame, m.Time, m.Dir, m.Payload = uint64(i+1), base.Add(time.Duration(i)*time.Millisecond), st.dir, st.payload
				m.Src, m.Dst = client, server
				if st.dir == dissect.ServerToClient {
					m.Src, m.Dst = server, client
				}
				dissect.Decode(&pkt, st.payload, st.dir)
				a.Add(&m, &pkt)
			}
		})
	}
}

func netipPort(ap netip.AddrPort, port uint16) netip.AddrPort {
	return netip.AddrPortFrom(ap.Addr(), port)
}

// BenchmarkHeld feeds client packets that are never acknowledged: each
// waits for its ACK, so the hold-back keeps MaxHeld copies and releases
// the oldest as every new one comes. Once its slots have grown, holding
// copies a packet into a slot's buffers and allocates nothing.
func BenchmarkHeld(b *testing.B) {
	a := New(Config{KeepPackets: true, Release: func(*Released) {}})
	payload, err := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdSendMessage,
		dissect.Fields{dissect.FUIN: 1001, dissect.FReceiverUIN: 2002, dissect.FMessageType: 1, dissect.FMessage: "a held message"})
	if err != nil {
		b.Fatal(err)
	}
	var pkt dissect.Packet
	m := capture.Packet{Transport: capture.UDP, Dir: dissect.ClientToServer, Src: clientA, Dst: server, Payload: payload}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		binary.LittleEndian.PutUint16(payload[4:], uint16(i+1))
		m.Frame, m.Time = uint64(i+1), base.Add(time.Duration(i)*time.Microsecond)
		dissect.Decode(&pkt, payload, dissect.ClientToServer)
		a.Add(&m, &pkt)
	}
}

// BenchmarkSources is bench/hostile.sh's sources capture: every packet a
// LOGIN from an address of its own, so that each makes a session and, past
// the session cap, retires one. One op is one packet.
func BenchmarkSources(b *testing.B) {
	for _, bc := range []struct {
		name string
		cfg  Config
	}{
		{"quiet", Config{}},
		{"summaries", Config{Ended: func(*SessionSummary) {}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			a := New(bc.cfg)
			login, err := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdLogin,
				dissect.Fields{dissect.FUIN: 1001, dissect.FPort: 6000})
			if err != nil {
				b.Fatal(err)
			}
			var pkt dissect.Packet
			m := capture.Packet{Transport: capture.UDP, Dir: dissect.ClientToServer, Payload: login, Dst: server}
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				binary.LittleEndian.PutUint32(login[6:], uint32(1000+i))
				m.Frame, m.Time = uint64(i+1), base.Add(time.Duration(i)*time.Microsecond)
				m.Src = netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}), 1024)
				dissect.Decode(&pkt, login, dissect.ClientToServer)
				a.Add(&m, &pkt)
			}
		})
	}
}
