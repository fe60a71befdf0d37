package dissect

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatalf("bad hex %q: %v", s, err)
	}
	return b
}

func TestPeerStart(t *testing.T) {
	tests := []struct {
		name, hex string
		want      Plausibility
	}{
		{"nothing yet", "", NeedMore},
		{"half a LENGTH", "1A", NeedMore},
		{"LENGTH only", "1A 00", NeedMore},
		{"init so far", "1A 00 FF 02", NeedMore},
		// LENGTH 26, INIT_IDENT FF, version 2 as 4 bytes
		{"CHANNEL_INIT v2", "1A 00 FF 02 00 00 00", Plausible},
		{"CHANNEL_INIT v3", "1A 00 FF 03 00 00 00", Plausible},
		// LENGTH 26 is too short for a message, so 7 bytes decide
		{"init of version 4", "1A 00 FF 04 00 00 00", Implausible},
		{"a start that could be an init or a message", "30 00 FF 04 00 00 00", NeedMore},
		{"init shorter than its layout", "19 00 FF 02 00 00 00", Implausible},
		// LENGTH 40, UIN 12345678, VERSION 2, MSG_COMMAND EE 07
		{"CHANNEL_MESSAGE", "28 00 4E 61 BC 00 02 00 EE 07", Plausible},
		{"CHANNEL_ACK v3", "28 00 4E 61 BC 00 03 00 DA 07", Plausible},
		{"CHANNEL_CANCEL", "28 00 4E 61 BC 00 02 00 D0 07", Plausible},
		{"message so far", "28 00 4E 61 BC 00 02 00 EE", NeedMore},
		{"unknown MSG_COMMAND", "28 00 4E 61 BC 00 02 00 34 12", Implausible},
		{"unknown VERSION", "28 00 4E 61 BC 00 05 00", Implausible},
		{"message shorter than its layout", "27 00 4E 61 BC 00 02 00 EE 07", Implausible},
		// A UIN whose first byte is FF: a message, not an init.
		{"UIN starting FF", "28 00 FF 61 BC 00 02 00 EE 07", Plausible},
		{"largest LENGTH under the cap", "FE FF FF 02 00 00 00", Plausible},
		{"LENGTH over the cap", "FF FF FF 02 00 00 00", Implausible},
		{"text", "68 65 6C 6C 6F 20 77 6F 72 6C 64", Implausible},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PeerStart(unhex(t, tt.hex)); got != tt.want {
				t.Errorf("PeerStart(%s) = %d, want %d", tt.hex, got, tt.want)
			}
		})
	}
}

// Packets used below.
const (
	// CHANNEL_INIT v2: LENGTH 26, FF, 02 00 00 00, X2, MY_UIN, MY_IP, MY_IP_REAL, 04, MY_PORT
	initV2 = "1A 00 FF 02 00 00 00 00 00 00 00 4E 61 BC 00 0A 00 00 01 0A 00 00 01 04 D2 04 00 00"
	// CHANNEL_MESSAGE: LENGTH 40, UIN, VERSION 02 00, MSG_COMMAND EE 07, then
	// X1, UIN_2, TYPE, MESSAGE "" (01 00 00), MY_IP_REAL, MY_IP, PORT, X2, X3, CMD_TYPE, X4
	msgEE = "28 00 4E 61 BC 00 02 00 EE 07" + rest32
	// CHANNEL_ACK: the same with MSG_COMMAND DA 07
	ackDA  = "28 00 4E 61 BC 00 02 00 DA 07" + rest32
	rest32 = " 00 00 4E 61 BC 00 01 00 01 00 00 0A 00 00 01 0A 00 00 01 D2 04 00 00 04 00 00 10 00 00 00 00 00"
)

// step is one call on a Framer: "start", "lost N", "end", or hex to push.
type framed struct {
	hex           string
	gap, skipped  int
	endOfPushedAt int
}

func runFramer(t testing.TB, steps []string) []framed {
	var f Framer
	var out []framed
	var fr Frame
	for _, s := range steps {
		switch {
		case s == "start":
			f.Start()
		case s == "end":
			f.End()
		case strings.HasPrefix(s, "lost "):
			var n int
			fmt.Sscanf(s, "lost %d", &n)
			f.Lost(n)
		default:
			f.Push(unhex(t, s))
		}
		for f.Next(&fr) {
			out = append(out, framed{SpacedHex(fr.Packet), fr.Gap, fr.Skipped, fr.End})
		}
	}
	return out
}

func TestFramer(t *testing.T) {
	norm := func(s string) string { return SpacedHex(unhex(t, s)) }
	tests := []struct {
		name  string
		steps []string
		want  []framed
	}{
		{"two packets in one segment",
			[]string{"start", initV2 + msgEE},
			[]framed{{norm(initV2), 0, 0, 28}, {norm(msgEE), 0, 0, 70}}},
		{"LENGTH in a segment of its own",
			[]string{"start", "28 00", msgEE[6:]},
			[]framed{{norm(msgEE), 0, 0, 40}}},
		{"one packet over many segments",
			[]string{"start", "28", "00 4E 61", "BC 00 02 00 EE 07", rest32},
			[]framed{{norm(msgEE), 0, 0, 32}}},
		{"the end of a packet, then a packet and the head of the next",
			[]string{"start", initV2 + "28 00 4E", msgEE[9:] + ackDA[:5]},
			[]framed{{norm(initV2), 0, 0, 28}, {norm(msgEE), 0, 0, 39}}},
		{"mid-connection: the tail of a packet, then packets",
			// 6 bytes of a message's end, then an ack
			[]string{"10 00 00 00 2A 00" + ackDA},
			[]framed{{norm(ackDA), 0, 6, 48}}},
		{"mid-connection: a start split before it can be judged",
			[]string{"01 02 03 28 00 4E", "61 BC 00 02", "00 DA 07" + rest32},
			[]framed{{norm(ackDA), 0, 3, 35}}},
		{"a false start kept while undecided is dropped",
			// 28 00 .. 02 00 looks like a start until MSG_COMMAND 34 12
			[]string{"28 00 00 00 00 00 02 00", "34 12" + msgEE},
			[]framed{{norm(msgEE), 0, 10, 44}}},
		{"loss inside a packet: its head, then the gap and the skip",
			// 10 bytes of a message, 10 lost, its last 22 bytes, an ack
			[]string{"start", msgEE[:30], "lost 10", msgEE[60:] + ackDA},
			[]framed{{norm(msgEE[:30]), 0, 0, 10}, {norm(ackDA), 10, 22, 64}}},
		{"loss at a packet boundary",
			[]string{"start", msgEE, "lost 42", ackDA},
			[]framed{{norm(msgEE), 0, 0, 42}, {norm(ackDA), 42, 0, 42}}},
		{"unknown MSG_COMMAND and a short packet are framed by LENGTH",
			// LENGTH 10, UIN, VERSION, MSG_COMMAND 34 12, 2 bytes; LENGTH 1, 1 byte
			[]string{"start", "0A 00 4E 61 BC 00 02 00 34 12 00 00 01 00 07"},
			[]framed{{"0A 00 4E 61 BC 00 02 00 34 12 00 00", 0, 0, 12}, {"01 00 07", 0, 0, 15}}},
		{"LENGTH over the cap loses the framing",
			[]string{"start", "FF FF 00" + msgEE},
			[]framed{{norm(msgEE), 0, 3, 45}}},
		{"a packet cut by the end",
			[]string{"start", msgEE[:21], "end"},
			[]framed{{norm(msgEE[:21]), 0, 0, 7}}},
		{"half a LENGTH at the end",
			[]string{"start", msgEE + "28", "end"},
			[]framed{{norm(msgEE), 0, 0, 42}, {"28", 0, 0, 43}}},
		{"unframed bytes at the end are counted on an empty packet",
			// 28 00 4E 61 might start a message, but the stream ends
			[]string{"01 28 00 4E 61", "end"},
			[]framed{{"", 0, 5, 5}}},
		{"a loss while looking for a start",
			[]string{"01 28 00 4E 61", "lost 3", ackDA},
			[]framed{{norm(ackDA), 3, 5, 42}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runFramer(t, tt.steps)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

// TestFramerReleasesLargeBuffers: an idle stream does not keep the memory
// of a large packet.
func TestFramerReleasesLargeBuffers(t *testing.T) {
	var f Framer
	var fr Frame
	f.Start()
	big := make([]byte, 2+50000)
	big[0], big[1] = 0x50, 0xC3 // LENGTH 50000
	f.Push(big[:1000])
	for f.Next(&fr) {
	}
	f.Push(big[1000:])
	if !f.Next(&fr) || len(fr.Packet) != len(big) {
		t.Fatalf("want the %d-byte packet, got %d bytes", len(big), len(fr.Packet))
	}
	if f.Next(&fr) || cap(f.buf) != 0 {
		t.Errorf("after the packet: buffer of %d bytes kept", cap(f.buf))
	}
}

// TestDecodeFramed decodes what the framer cut from a stream of every peer
// packet kind, as icqdump does.
func TestDecodeFramed(t *testing.T) {
	var stream []byte
	// add appends a packet, with extra bytes after its layout counted in LENGTH.
	add := func(cmd *Command, vals Fields, extra ...byte) {
		pkt, err := EncodePeer(nil, cmd, vals)
		if err != nil {
			t.Fatal(err)
		}
		pkt = append(pkt, extra...)
		binary.LittleEndian.PutUint16(pkt, uint16(len(pkt)-2))
		stream = append(stream, pkt...)
	}
	msg := func(version uint32, text string) Fields {
		return Fields{FUIN: 12345678, FVersion: version, FUIN2: 12345678, FType: 1, FMessage: text, FCmdType: 0x10}
	}
	message := Peer.Lookup(0x07EE)
	add(PeerInit, Fields{FMyUIN: 12345678, FMyPort: 1234})
	add(PeerInit, Fields{FX1: []byte{3, 0, 0, 0}, FMyUIN: 12345678, FMyPort: 1234})
	add(message, msg(2, "hello"))
	add(Peer.Lookup(0x07DA), msg(3, ""))
	add(Peer.Lookup(0x07D0), msg(2, "bye"))
	add(message, msg(3, "x"), 0xAA, 0xBB)
	unknown := msg(2, "?")
	unknown[FMsgCommand] = 0x1234
	add(message, unknown)

	want := []string{
		"CHANNEL_INIT v2",
		"CHANNEL_INIT v3",
		"CHANNEL_MESSAGE v2",
		"CHANNEL_ACK v3",
		"CHANNEL_CANCEL v2",
		"CHANNEL_MESSAGE v3 [note: 2 bytes after the last field]",
		"UNKNOWN(0x1234) v2 [warning: command code 0x1234 is not in the v2 spec; parameters shown raw]",
	}
	var f Framer
	var fr Frame
	var p Packet
	var got []string
	f.Start()
	f.Push(stream)
	for f.Next(&fr) {
		DecodePeer(&p, fr.Packet)
		s := fmt.Sprintf("%s v%d", p.CommandName(), p.Version)
		for i := range p.Issues {
			s += fmt.Sprintf(" [%s: %s]", p.Issues[i].Severity, p.Issues[i].Message(p.Payload))
		}
		got = append(got, s)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestNoteStream(t *testing.T) {
	var p Packet
	DecodePeer(&p, unhex(t, initV2))
	p.NoteStream(12, 3)
	var got []string
	for i := range p.Issues {
		got = append(got, p.Issues[i].Severity.String()+": "+p.Issues[i].Message(p.Payload))
	}
	want := "warning: the stream lost 12 bytes before this packet|warning: skipped 3 bytes to find the start of this packet"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// frameChunks frames stream pushed in chunks whose sizes come from cuts,
// with an optional loss of lost bytes after the first chunk, and decodes
// every packet.
func frameChunks(stream, cuts []byte, start bool, lost int) (out []Frame) {
	var f Framer
	var fr Frame
	var p Packet
	take := func() {
		for f.Next(&fr) {
			DecodePeer(&p, fr.Packet)
			p.NoteStream(fr.Gap, fr.Skipped)
			for i := range p.Issues {
				_ = p.Issues[i].Message(p.Payload)
			}
			fr.Packet = bytes.Clone(fr.Packet)
			out = append(out, fr)
		}
	}
	if start {
		f.Start()
	}
	for i := 0; len(stream) > 0; i++ {
		n := len(stream)
		if len(cuts) > 0 {
			n = min(n, 1+int(cuts[i%len(cuts)]))
		}
		f.Push(stream[:n])
		stream = stream[n:]
		take()
		if i == 0 && lost > 0 {
			f.Lost(lost)
			take()
		}
	}
	f.End()
	take()
	return out
}

func FuzzFrame(f *testing.F) {
	var seed []byte
	for _, s := range []string{initV2, msgEE, "28 00", ackDA[5:], "FF FF 00 01", msgEE[:20]} {
		seed = append(seed, unhex(f, s)...)
	}
	f.Add(seed, []byte{1, 0, 40}, true)
	f.Add(seed[7:], []byte{9}, false)
	f.Add([]byte{0x01, 0x00, 0x00}, []byte{}, true)
	f.Fuzz(func(t *testing.T, stream, cuts []byte, start bool) {
		whole := frameChunks(stream, nil, start, 0)
		chunked := frameChunks(stream, cuts, start, 0)
		if !sameFrames(whole, chunked) {
			t.Fatalf("framing depends on segmentation:\nwhole   %v\nchunked %v", whole, chunked)
		}
		n := 0
		for _, fr := range whole {
			if len(fr.Packet) > PeerMaxPacket {
				t.Fatalf("packet of %d bytes", len(fr.Packet))
			}
			n += len(fr.Packet) + fr.Skipped
		}
		if n != len(stream) {
			t.Fatalf("%d bytes handed out or skipped, %d pushed", n, len(stream))
		}
		n, gap := 0, 0
		for _, fr := range frameChunks(stream, cuts, start, 7) {
			n += len(fr.Packet) + fr.Skipped
			gap += fr.Gap
		}
		if n != len(stream) || gap != 7 && len(stream) > 0 {
			t.Fatalf("with a loss of 7: %d bytes handed out or skipped of %d, gap %d", n, len(stream), gap)
		}
	})
}

func sameFrames(a, b []Frame) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i].Packet, b[i].Packet) || a[i].Gap != b[i].Gap || a[i].Skipped != b[i].Skipped {
			return false
		}
	}
	return true
}

// TestFramerHoldsOnlyBytesThatCame: a packet start declaring the largest
// LENGTH costs the bytes that came, not the 64 KiB it declares.
func TestFramerHoldsOnlyBytesThatCame(t *testing.T) {
	for _, length := range []string{"0200", "F0FF", "FDFF"} {
		t.Run(length, func(t *testing.T) {
			head := unhex(t, length+"FF0300000000")
			allocs := testing.AllocsPerRun(100, func() {
				var f Framer
				var fr Frame
				f.Start()
				f.Push(head)
				for f.Next(&fr) {
				}
				if f.Held() > 64 {
					t.Fatalf("LENGTH %s: %d bytes held for %d that came", length, f.Held(), len(head))
				}
			})
			if allocs > 1 {
				t.Errorf("LENGTH %s: %v allocations", length, allocs)
			}
		})
	}
}
