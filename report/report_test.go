package report

import (
	"bytes"
	"encoding/json"
	"io"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

var modes = []struct {
	name string
	mode Mode
}{{"line", Lines}, {"tree", Tree}, {"hex", Hex}, {"json", JSON}}

// record decodes a packet encoded from the tables, as the server sends it.
func record(t testing.TB, dir dissect.Direction, cmd *dissect.Command, vals dissect.Fields) *Record {
	t.Helper()
	payload, err := dissect.EncodeUDP(nil, dir, cmd, vals)
	if err != nil {
		t.Fatal(err)
	}
	client, server := netip.MustParseAddrPort("192.0.2.10:1032"), netip.MustParseAddrPort("203.0.113.4:4000")
	m := &capture.Packet{Frame: 7, Time: time.Date(1998, 8, 26, 12, 0, 0, 1500, time.UTC), Src: client, Dst: server,
		Transport: capture.UDP, Dir: dir, Payload: payload, FrameLen: 42 + len(payload)}
	if dir == dissect.ServerToClient {
		m.Src, m.Dst = server, client
	}
	p := &dissect.Packet{}
	dissect.Decode(p, payload, dir)
	return &Record{Meta: m, Packet: p}
}

func render(t testing.TB, mode Mode, recs ...*Record) string {
	t.Helper()
	var out bytes.Buffer
	pr, err := New(mode, &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := pr.Print(r); err != nil {
			t.Fatal(err)
		}
	}
	return out.String()
}

func TestXrefInEveryMode(t *testing.T) {
	ack := record(t, dissect.ServerToClient, dissect.SrvAck, dissect.Fields{dissect.FSeqNum: 5})
	ack.Xref = analyze.Xref{AcksFrame: 5, AckDelayMs: 0.4004, RetransmissionOf: 3, Retransmission: 2}
	reply := record(t, dissect.ServerToClient, dissect.SrvLoginReply, nil)
	reply.Xref = analyze.Xref{AckedIn: 9, ReplyTo: 1}
	want := map[Mode][]string{
		Lines: {"ACK seq=5 [ack of frame 5, 0.4 ms] [retransmission 2 of frame 3]\n", "[acked in frame 9] [reply to frame 1]\n"},
		Tree:  {"\n    [ack of frame 5, 0.4 ms]\n    [retransmission 2 of frame 3]\n", "\n    [acked in frame 9]\n    [reply to frame 1]\n"},
		Hex:   {"\n  [ack of frame 5, 0.4 ms]\n  [retransmission 2 of frame 3]\n", "\n  [acked in frame 9]\n  [reply to frame 1]\n"},
		JSON: {`"seq":5,"acks_frame":5,"ack_delay_ms":0.4,"retransmission_of":3,"retransmission":2,"fields"`,
			`"acked_in":9,"reply_to":1,"fields"`},
	}
	for _, m := range modes {
		got := render(t, m.mode, ack, reply)
		for _, w := range want[m.mode] {
			if !strings.Contains(got, w) {
				t.Errorf("%s output lacks %q:\n%s", m.name, w, got)
			}
		}
	}
}

func TestStreamOnlyWhenSet(t *testing.T) {
	r := record(t, dissect.ClientToServer, dissect.CmdKeepAlive, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1})
	if got := render(t, JSON, r); strings.Contains(got, "stream") {
		t.Errorf("UDP packet has a stream: %s", got)
	}
	r.Meta.Stream = 3
	if got := render(t, JSON, r); !strings.Contains(got, `"transport":"udp","stream":3,`) {
		t.Errorf("no stream: %s", got)
	}
	if got := render(t, Tree, r); !strings.Contains(got, ", udp stream 3, c2s\n") {
		t.Errorf("no stream in the tree: %s", got)
	}
}

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hej Björn!", `"Hej Björn!"`},
		{"a\r\nb\tc", `"a\r\nb\tc"`},
		{`say "hi" \`, `"say \"hi\" \\"`},
		{"\x00\x03\x7f", `"\x00\x03\x7f"`},
		{"\ufffd", `"\ufffd"`},             // an undefined Windows-1252 byte, decoded
		{"\xff", `"\xff"`},                 // not UTF-8 at all
		{"\u0085\u00a0", `"\u0085\u00a0"`}, // unprintable runes
		{"–“”€", `"–“”€"`},
	}
	for _, tt := range tests {
		if got := string(appendQuoted(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("appendQuoted(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, in := range []string{"Hej Björn!", "a\r\nb\tc\x00\x01\x1f\x7f", `"\`, "\xff\xfe", "\u2028\u2029", "\ufffd", "</script>"} {
		out := appendJSONString(nil, []byte(in))
		var got string
		if err := json.Unmarshal(out, &got); err != nil {
			t.Errorf("%q: %s is not JSON: %v", in, out, err)
			continue
		}
		if want := strings.ToValidUTF8(in, "\ufffd"); got != want && !(in == "\xff\xfe" && got == "\ufffd\ufffd") {
			t.Errorf("%q came back as %q", in, got)
		}
	}
}

func TestAppendMs(t *testing.T) {
	for ms, want := range map[float64]string{0.4: "0.4", 12: "12", 0.0004: "0", 1.23456: "1.235", 100.5: "100.5"} {
		if got := string(appendMs(nil, ms)); got != want {
			t.Errorf("appendMs(%v) = %s, want %s", ms, got, want)
		}
	}
}

// fixedSize are packets of commands without text: printing them must not
// allocate.
func fixedSize(t testing.TB) []*Record {
	return []*Record{
		record(t, dissect.ClientToServer, dissect.CmdAck, dissect.Fields{dissect.FSeqNum: 5, dissect.FUIN: 1234567}),
		record(t, dissect.ServerToClient, dissect.SrvAck, dissect.Fields{dissect.FSeqNum: 5}),
		record(t, dissect.ClientToServer, dissect.CmdStatusChange, dissect.Fields{dissect.FSeqNum: 6, dissect.FUIN: 1234567, dissect.FStatus: 1}),
		record(t, dissect.ServerToClient, dissect.SrvLoginReply, dissect.Fields{dissect.FSeqNum: 0, dissect.FUserUIN: 1234567,
			dissect.FUserIP: netip.MustParseAddr("192.0.2.10"), dissect.FX2: []byte{0x18, 0, 0x16, 0}}),
		record(t, dissect.ServerToClient, dissect.SrvUserOnline, dissect.Fields{dissect.FSeqNum: 1, dissect.FRemoteUIN: 7654321,
			dissect.FRemoteIP: netip.MustParseAddr("198.51.100.7"), dissect.FRemoteRealIP: netip.MustParseAddr("10.0.0.7")}),
	}
}

// withText are packets with text: after the first, their printing reuses
// the buffers too.
func withText(t testing.TB) []*Record {
	return []*Record{
		record(t, dissect.ClientToServer, dissect.CmdSendMessage, dissect.Fields{dissect.FSeqNum: 7, dissect.FUIN: 1234567,
			dissect.FReceiverUIN: 7654321, dissect.FMessageType: 4, dissect.FMessage: "Min sida – “fika”þhttp://www.example.org/"}),
		record(t, dissect.ServerToClient, dissect.SrvExtInfoReply, dissect.Fields{dissect.FSeqNum: 3, dissect.FCity: "Göteborg", dissect.FCountryStatus: 0xFE,
			dissect.FAge: 27, dissect.FAbout: "Fotograf.\r\nGillar kaffe."}),
	}
}

func TestPrintDoesNotAllocate(t *testing.T) {
	recs := append(fixedSize(t), withText(t)...)
	for _, m := range modes {
		pr, _ := New(m.mode, io.Discard)
		for _, r := range recs {
			pr.Print(r) // grow the buffers once
		}
		allocs := testing.AllocsPerRun(100, func() {
			for _, r := range recs {
				pr.Print(r)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: %.1f allocations per run of %d packets", m.name, allocs, len(recs))
		}
	}
}

// BenchmarkPrint prints a mix of packets without issues: ACKs, a status,
// a login reply, a presence notice, a URL message and a user's details.
func BenchmarkPrint(b *testing.B) {
	recs := append(fixedSize(b), withText(b)...)
	for _, m := range modes {
		b.Run(m.name, func(b *testing.B) {
			pr, _ := New(m.mode, io.Discard)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				pr.Print(recs[i%len(recs)])
			}
		})
	}
}

// Bytes that no value covers are shown and marked in the hex dump. The
// decoder covers every byte; a packet with values taken out stands for a
// decoder that would not.
func TestHexMarksUncoveredBytes(t *testing.T) {
	r := record(t, dissect.ServerToClient, dissect.SrvUserOffline, dissect.Fields{dissect.FSeqNum: 2, dissect.FRemoteUIN: 7654321})
	p := r.Packet
	p.Values = append(p.Values[:1], p.Values[2]) // COMMAND (2 bytes) and REMOTE_UIN (4 bytes) go
	got := render(t, Hex, r)
	for _, want := range []string{
		"\n  0002  78 00                                            x.                (not in any field: 2 bytes)\n",
		"\n  0006  b1 cb 74 00                                      ..t.              (not in any field: 4 bytes)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in\n%s", want, got)
		}
	}
}

// FuzzPrint feeds any payload, in either direction, to every printer: none
// panics, the line mode writes one line, JSON one valid object per line.
func FuzzPrint(f *testing.F) {
	for _, r := range append(fixedSize(f), withText(f)...) {
		f.Add(r.Packet.Payload, r.Meta.Dir == dissect.ServerToClient)
	}
	f.Add([]byte{}, false)
	f.Add([]byte{0x05, 0x00, 0x01}, true)
	f.Fuzz(func(t *testing.T, payload []byte, fromServer bool) {
		dir := dissect.ClientToServer
		if fromServer {
			dir = dissect.ServerToClient
		}
		r := &Record{Meta: &capture.Packet{Frame: 1, Transport: capture.UDP, Dir: dir, Payload: payload},
			Packet: &dissect.Packet{}, Xref: analyze.Xref{AcksFrame: 1, AckDelayMs: 0.25}}
		dissect.Decode(r.Packet, payload, dir)
		if line := render(t, Lines, r); strings.Count(line, "\n") != 1 {
			t.Errorf("line mode wrote %q", line)
		}
		js := render(t, JSON, r)
		if strings.Count(js, "\n") != 1 || !json.Valid([]byte(js)) {
			t.Errorf("not one JSON line: %q", js)
		}
		render(t, Tree, r)
		render(t, Hex, r)
	})
}
