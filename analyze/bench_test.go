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
