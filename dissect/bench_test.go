package dissect

import "testing"

// benchPackets is a sample of every described command, and packets that
// take the other paths: undescribed, unknown, truncated, another version.
func benchPackets(tb testing.TB) []sample {
	out := samples(tb)
	for _, o := range []struct{ name, hex string }{
		{"c2s/UPDATE_INFO", "02 00 0A 05 20 00 4E 61 BC 00 01 02 03"},
		{"c2s/UNKNOWN", "02 00 AE 06 04 00 4E 61 BC 00 01 D2 76 0F 02"},
		{"c2s/CONTACT_LIST_short", "02 00 06 04 05 00 4E 61 BC 00 02 00 EC 65 01 D2 76 0F 02"},
		{"c2s/VERSION_5", "05 00 00 00 00 00 4E 61 BC 00 78 56 34 12"},
	} {
		out = append(out, sample{name: o.name, dir: ClientToServer, pkt: payload(tb, o.hex)})
	}
	return append(out,
		sample{name: "c2s/v5_NEW_USER_1_decrypted", dir: ClientToServer, pkt: mustHex(tb, katWire)},
		sample{name: "c2s/v5_META_USER_319_bytes", dir: ClientToServer, pkt: mustHex(tb, vectorB)},
		sample{name: "s2c/v5_MULTI_PACKET", dir: ServerToClient, pkt: payload(tb, caseNamed(tb, server5Cases, "SRV_MULTI_PACKET").payload)},
		sample{name: "p2p/v6_MESSAGE_decrypted", dir: PeerToPeer, pkt: encryptForTest(payload(tb, peer6Cases[2].payload))})
}

func caseNamed(tb testing.TB, cases []decodeCase, name string) *decodeCase {
	for i := range cases {
		if cases[i].name == name {
			return &cases[i]
		}
	}
	tb.Fatalf("no case %s", name)
	return nil
}

func BenchmarkDecode(b *testing.B) {
	for _, s := range benchPackets(b) {
		b.Run(s.name, func(b *testing.B) {
			var p Packet
			b.ReportAllocs()
			b.SetBytes(int64(len(s.pkt)))
			for b.Loop() {
				decodeAny(&p, s.pkt, s.dir)
			}
		})
	}
}

// TestDecodeDoesNotAllocate: decoding into a reused Packet, and reading it
// the way renderers do, allocates nothing, whatever the command.
func TestDecodeDoesNotAllocate(t *testing.T) {
	for _, s := range benchPackets(t) {
		var p Packet
		buf := make([]byte, 0, 64)
		allocs := testing.AllocsPerRun(50, func() {
			decodeAny(&p, s.pkt, s.dir)
			for i := range p.Values {
				p.ValueName(&p.Values[i])
				p.PartNames(&p.Values[i])
			}
			p.Params()
			buf = p.AppendCommandName(buf[:0])
			p.Worst()
			p.Value(FStatus)
		})
		if allocs != 0 {
			t.Errorf("%s: %v allocations per decode", s.name, allocs)
		}
	}
}

// BenchmarkFramer cuts a peer stream into packets, without the TCP
// reassembly: whole packets in a segment, and packets split across
// segments (LENGTH alone, then the rest). One op is one packet.
func BenchmarkFramer(b *testing.B) {
	msg, err := EncodePeer(nil, Peer.ByName("CHANNEL_MESSAGE"), Fields{FUIN: 1001, FUIN2: 1001, FType: 1,
		FMessage: "see you at eight", FCmdType: 0x10, FX4: []byte{0xfe, 0xff, 0xff, 0xff}})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		cuts []int // where the segments of a packet end
	}{
		{"whole", []int{len(msg)}},
		{"split", []int{2, len(msg)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var f Framer
			var fr Frame
			f.Start()
			b.ReportAllocs()
			b.SetBytes(int64(len(msg)))
			for b.Loop() {
				from := 0
				for _, to := range bc.cuts {
					f.Push(msg[from:to])
					for f.Next(&fr) {
					}
					from = to
				}
			}
			if len(fr.Packet) != len(msg) {
				b.Fatalf("framed %d bytes, want %d", len(fr.Packet), len(msg))
			}
		})
	}
}
