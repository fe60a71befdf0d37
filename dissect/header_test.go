package dissect

import (
	"bytes"
	"slices"
	"testing"
)

// A packet's Header has the header fields it was long enough for, whatever
// the version; HeadWhole only once the whole header is read.
func TestHeaderFields(t *testing.T) {
	const v2 = HeadVersion | HeadCode | HeadSeq
	const v5 = v2 | HeadSeq2 | HeadUIN | HeadSession | HeadCheckcode | HeadWhole
	for _, c := range []struct {
		name    string
		dir     Direction
		payload string
		want    Header // Command is checked by name
		command string
	}{
		{"v2 VERSION only", ClientToServer, "02 00", Header{Version: 2, Read: HeadVersion}, ""},
		{"v2 cut in COMMAND", ClientToServer, "02 00  0A", Header{Version: 2, Read: HeadVersion}, ""},
		{"v2 cut in SEQ_NUM", ClientToServer, "02 00  0A 00  05", Header{Version: 2, Code: 0x0A, Read: HeadVersion | HeadCode}, "ACK"},
		{"v2 cut in UIN", ClientToServer, "02 00  0A 00  05 00  D2 04",
			Header{Version: 2, Code: 0x0A, Seq: 5, Read: v2}, "ACK"},
		{"v2 client ACK", ClientToServer, "02 00  0A 00  05 00  D2 04 00 00",
			Header{Version: 2, Code: 0x0A, Seq: 5, UIN: 1234, Read: v2 | HeadUIN | HeadWhole}, "ACK"},
		{"v2 server ACK: no UIN", ServerToClient, "02 00  0A 00  05 00",
			Header{Version: 2, Code: 0x0A, Seq: 5, Read: v2 | HeadWhole}, "ACK"},
		{"v2 unknown code", ServerToClient, "02 00  FE FF  05 00",
			Header{Version: 2, Code: 0xFFFE, Seq: 5, Read: v2 | HeadWhole}, "UNKNOWN(0xFFFE)"},
		{"v5 server: the receiver's UIN", ServerToClient, h5s(0x000A, 100, 5),
			Header{Version: 5, Code: 0x0A, Seq: 100, Seq2: 5, UIN: 123402, Session: 0x47DF098C, Read: v5}, "SRV_ACK"},
		{"v3 header, cut in CHECKCODE", ServerToClient, "03 00  0A 00  07 00  08 00  0A E2 01 00  00 00",
			Header{Version: 3, Code: 0x0A, Seq: 7, Seq2: 8, UIN: 123402, Read: v2 | HeadSeq2 | HeadUIN}, "UNKNOWN(0x000A)"}, // v3 has no command tables
		{"v4 server, shown raw", ServerToClient, "04 00  0A 00", Header{Version: 4, Read: HeadVersion}, ""},
		{"CHANNEL_INIT X1 0: no version", PeerToPeer,
			"1A 00  FF  00 00 00 00  00 00 00 00  4E 61 BC 00  C0 A8 01 02  0A 00 00 02  04  D2 04 00 00",
			Header{}, "CHANNEL_INIT"},
		{"peer message", PeerToPeer, "2D 00  4E 61 BC 00  02 00  EE 07",
			Header{Version: 2, Code: 0x07EE, Read: HeadVersion | HeadCode}, "CHANNEL_MESSAGE"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var p Packet
			decodeAny(&p, payload(t, c.payload), c.dir)
			got := p.Header
			got.Command = nil
			if got != c.want {
				t.Errorf("Header %+v\nwant   %+v", got, c.want)
			}
			if name := p.CommandName(); name != c.command {
				t.Errorf("CommandName %q, want %q", name, c.command)
			}
		})
	}
}

// CopyInto leaves a copy that the next decoding into the source does not
// touch, and, once the copy's buffers have grown, allocates nothing.
func TestCopyInto(t *testing.T) {
	var src, dst Packet
	Decode(&src, mustHex(t, katWire), ClientToServer) // decrypted: Payload and Wire differ
	src.CopyInto(&dst)
	want := describeValues(&src)
	wantHead, wantPlain, wantWire := src.Header, bytes.Clone(src.Payload), bytes.Clone(src.Wire)

	Decode(&src, payload(t, "02 00  0A 00  05 00  D2 04 00 00"), ClientToServer)
	if got := describeValues(&dst); !slices.Equal(got, want) {
		t.Errorf("values after the source moved on:\n got  %q\n want %q", got, want)
	}
	if dst.Header != wantHead || !bytes.Equal(dst.Payload, wantPlain) || !bytes.Equal(dst.Wire, wantWire) {
		t.Errorf("copy changed: %+v payload %x wire %x", dst.Header, dst.Payload, dst.Wire)
	}
	if dst.Dir != ClientToServer || dst.Layout != Client5 || len(dst.Issues) != 0 {
		t.Errorf("Dir %v Layout %p Issues %q", dst.Dir, dst.Layout, describeIssues(&dst))
	}

	Decode(&src, mustHex(t, katWire), ClientToServer)
	if n := testing.AllocsPerRun(100, func() { src.CopyInto(&dst) }); n != 0 {
		t.Errorf("CopyInto allocates %.0f times into a grown packet", n)
	}
	// Decrypting into a copy must not write into the source's buffers.
	Decode(&dst, encryptForTest(payload(t, h5c(0x000A, 9, 9)+"01 02 03 04")), ClientToServer)
	if dst.Seq != 9 || !bytes.Equal(src.Payload, wantPlain) || !bytes.Equal(src.Wire, wantWire) {
		t.Errorf("decoding into the copy changed the source: %x", src.Payload)
	}
}
