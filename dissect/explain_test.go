package dissect

import (
	"testing"
)

// explainCases are packets that depart from the document in the ways real
// implementations are known for, each with the explanation it must get.
var explainCases = []struct {
	name string
	dir  Direction
	ctx  Context
	hex  string
	want string // the explanation's message; "" for none
}{
	{"count big-endian", ClientToServer, Context{},
		"02 00 06 04 05 00 4E 61 BC 00" + // CONTACT_LIST, SEQ_NUM 5, UIN 12345678
			"00 02" + // NUM_CONTACTS 2, big-endian
			"15 EC 65 01 D2 76 0F 02", // UIN 23456789, 34567890
		"reads cleanly with NUM_CONTACTS big-endian: NUM_CONTACTS=2 UIN=23456789,34567890"},
	{"count 1 byte", ClientToServer, Context{},
		"02 00 06 04 05 00 4E 61 BC 00" + // CONTACT_LIST
			"02" + // NUM_CONTACTS 2, one byte
			"15 EC 65 01 D2 76 0F 02", // UIN 23456789, 34567890
		"reads cleanly with NUM_CONTACTS 1 byte wide: NUM_CONTACTS=2 UIN=23456789,34567890"},
	{"string LENGTH big-endian", ClientToServer, Context{},
		"02 00 9C 04 06 00 4E 61 BC 00" + // CHANGE_PASSWORD
			"01 00" + // PASSWORD_SEQ_NUM 1
			"00 07 'secret' 00", // NEW_PASSWORD, LENGTH 7 big-endian
		`reads cleanly with NEW_PASSWORD's LENGTH big-endian: NEW_PASSWORD="secret"`},
	{"parameter UIN big-endian", ClientToServer, Context{UINs: []uint32{12345678, 23456789}},
		"02 00 0E 01 07 00 4E 61 BC 00" + // SEND_MESSAGE
			"01 65 EC 15" + // RECEIVER_UIN 23456789, big-endian
			"01 00 03 00 'hi' 00", // MESSAGE_TYPE 1, MESSAGE "hi"
		"reads cleanly with RECEIVER_UIN big-endian: RECEIVER_UIN=23456789"},
	{"header UIN big-endian", ClientToServer, Context{UINs: []uint32{12345678}},
		"02 00 2E 04 07 00 00 BC 61 4E", // KEEP_ALIVE, UIN 12345678 big-endian
		"reads cleanly with UIN big-endian: UIN=12345678"},
	{"SEQ_NUM big-endian", ClientToServer, Context{Seqs: []uint16{7}},
		"02 00 2E 04 00 07 4E 61 BC 00", // KEEP_ALIVE, SEQ_NUM 7 big-endian
		"reads cleanly with SEQ_NUM big-endian: SEQ_NUM=7"},
	{"parameter sequence number big-endian", ClientToServer, Context{Seqs: []uint16{8, 2}},
		"02 00 60 04 08 00 4E 61 BC 00" + // INFO_REQ, SEQ_NUM 8
			"00 02" + // INFO_SEQ_NUM 2, big-endian
			"15 EC 65 01", // QUERY_UIN 23456789
		"reads cleanly with INFO_SEQ_NUM big-endian: INFO_SEQ_NUM=2"},
	{"PORT big-endian", ServerToClient, Context{},
		"02 00 6E 00 03 00" + // USER_ONLINE
			"15 EC 65 01 C0 A8 01 02" + // REMOTE_UIN 23456789, REMOTE_IP 192.168.1.2
			"00 00 04 D2" + // REMOTE_PORT 1234, big-endian
			"C0 A8 01 02 04 00 00 00 00 02 00 00 00", // REMOTE_REAL_IP, X1, STATUS online, X2
		"reads cleanly with REMOTE_PORT big-endian: REMOTE_PORT=1234"},
	{"LOGIN in another order", ClientToServer, Context{},
		"02 00 E8 03 01 00 4E 61 BC 00" + // LOGIN
			"D2 04 00 00 05 00 'pass' 00" + // PORT 1234, PASSWORD
			"C0 A8 01 02 00 00 00 00 01 00" + // USER_IP, STATUS, LOGIN_SEQ_NUM before the X fields
			"78 00 00 00 04 02 00 00 00 00 00 00 00 18 00 78 00", // X1 to X5
		"reads cleanly with USER_IP, STATUS, LOGIN_SEQ_NUM before the X fields: USER_IP=192.168.1.2 STATUS=0 LOGIN_SEQ_NUM=1"},
	{"2-byte PORT", ClientToServer, Context{Ports: []uint16{1032, 4000}},
		"02 00 E8 03 01 00 4E 61 BC 00" + // LOGIN
			"D2 04 05 00 'pass' 00" + // PORT 1234 in 2 bytes, PASSWORD
			"78 00 00 00 C0 A8 01 02 04 00 00 00 00" + // X1, USER_IP, X2, STATUS
			"02 00 00 00 01 00 00 00 00 00 18 00 78 00", // X3, LOGIN_SEQ_NUM, X4, X5
		`reads cleanly with PORT 2 bytes wide: PORT=1234 PASSWORD="pass" USER_IP=192.168.1.2 STATUS=0 LOGIN_SEQ_NUM=1`},
	{"2-byte STATUS", ClientToServer, Context{},
		"02 00 D8 04 09 00 4E 61 BC 00" + // STATUS_CHANGE
			"01 00", // STATUS away, 2 bytes
		"reads cleanly with STATUS 2 bytes wide: STATUS=1"},
	{"v5 code in a v2 header", ServerToClient, Context{},
		"02 00 04 01 04 00" + // SRV_SYS_DELIVERED_MESS, a v5 code
			"15 EC 65 01 01 00 03 00 'hi' 00", // FROM_UIN, MSG_TYPE, MESSAGE
		`reads cleanly as v5's SRV_SYS_DELIVERED_MESS (code 0x0104, in a v2 header): FROM_UIN=23456789 MSG_TYPE=1 MESSAGE="hi"`},
	{"ASCII number", ClientToServer, Context{},
		"02 00 60 04 08 00 4E 61 BC 00" + // INFO_REQ
			"02 00 '23456789' 00", // INFO_SEQ_NUM, QUERY_UIN as text
		"reads cleanly with QUERY_UIN as ASCII digits: QUERY_UIN=23456789"},
	{"nothing fits", ClientToServer, Context{},
		"02 00 06 04 05 00 4E 61 BC 00 07 00 15 EC 65 01", // 7 contacts announced, 1 sent
		""},
	{"clean", ClientToServer, Context{UINs: []uint32{12345678}},
		"02 00 06 04 05 00 4E 61 BC 00 01 00 15 EC 65 01",
		""},
}

func TestExplain(t *testing.T) {
	for _, c := range explainCases {
		t.Run(c.name, func(t *testing.T) {
			var p Packet
			Decode(&p, payload(t, c.hex), c.dir)
			before := len(p.Issues)
			Explain(&p, &c.ctx)
			got := ""
			if p.HasExplanation() {
				got = p.Explanation.Message(p.Payload)
			}
			if got != c.want {
				t.Fatalf("explanation\n got %q\nwant %q\nissues: %v", got, c.want, issueTexts(&p))
			}
			if c.want != "" && len(p.Issues) != before+1 {
				t.Errorf("%d issues after Explain, want the document's %d and the explanation", len(p.Issues), before)
			}
		})
	}
}

func issueTexts(p *Packet) []string {
	var out []string
	for i := range p.Issues {
		out = append(out, p.IssueMessage(&p.Issues[i]))
	}
	return out
}

// TestExplainCleanDoesNotAllocate: Explain on packets that decode cleanly,
// with a context, looks and leaves: no allocation, no explanation. (The
// samples whose ports exceed 65535 are not clean: they are searched.)
func TestExplainCleanDoesNotAllocate(t *testing.T) {
	ctx := &Context{UINs: []uint32{12345678, 23456789}, Ports: []uint16{1032, 4000}, Seqs: []uint16{5}}
	clean := 0
	for _, s := range samples(t) {
		var p Packet
		if decodeAny(&p, s.pkt, s.dir); troubled(&p, ctx) {
			continue
		}
		clean++
		allocs := testing.AllocsPerRun(50, func() {
			decodeAny(&p, s.pkt, s.dir)
			Explain(&p, ctx)
		})
		if allocs != 0 || p.HasExplanation() {
			t.Errorf("%s: %v allocations, explanation %q", s.name, allocs, p.Explanation.Message(p.Payload))
		}
	}
	if clean < 20 {
		t.Errorf("only %d clean samples", clean)
	}
}

// BenchmarkDecodeExplain is BenchmarkDecode with the analyzer's call to
// Explain after each decode, on clean packets.
func BenchmarkDecodeExplain(b *testing.B) {
	ctx := &Context{UINs: []uint32{12345678, 23456789}, Ports: []uint16{1032, 4000}, Seqs: []uint16{5}}
	for _, s := range samples(b) {
		b.Run(s.name, func(b *testing.B) {
			var p Packet
			b.ReportAllocs()
			for b.Loop() {
				decodeAny(&p, s.pkt, s.dir)
				Explain(&p, ctx)
			}
		})
	}
}

// FuzzExplain: whatever the bytes, Explain and DecodeAs neither panic nor
// keep an explanation whose message cannot be written, and the document's
// decode stays as it was.
func FuzzExplain(f *testing.F) {
	for _, c := range explainCases {
		f.Add(payload(f, c.hex), c.dir == ClientToServer)
	}
	ctx := &Context{UINs: []uint32{12345678, 23456789}, Ports: []uint16{1032, 4000}, Seqs: []uint16{2, 5, 7}}
	f.Fuzz(func(t *testing.T, b []byte, toServer bool) {
		dir := ServerToClient
		if toServer {
			dir = ClientToServer
		}
		var p, doc Packet
		Decode(&p, b, dir)
		Decode(&doc, b, dir)
		Explain(&p, ctx)
		if p.HasExplanation() {
			if msg := p.Explanation.Message(p.Payload); msg == "" {
				t.Fatal("empty explanation")
			}
			if len(p.Values) != len(doc.Values) || len(p.Issues) != len(doc.Issues)+1 {
				t.Fatalf("the document's decode changed: %d values, %d issues; was %d, %d", len(p.Values), len(p.Issues), len(doc.Values), len(doc.Issues))
			}
		}
		DecodeAs(&p, b, dir, ReadBigEndian)
	})
}
