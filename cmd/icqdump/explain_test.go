package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// The addresses of the explanation captures: Anna's client, the server,
// and Björn's client, who connects to Anna from his outgoing port 40000.
var (
	annaClient = netip.MustParseAddrPort("192.0.2.10:1032")
	icqServer  = netip.MustParseAddrPort("203.0.113.4:4000")
	annaListen = netip.MustParseAddrPort("192.0.2.10:1033")
	bjornOut   = netip.MustParseAddrPort("192.0.2.20:40000")
)

// xframe is one packet of an explanation capture, at a time from its start.
type xframe struct {
	at  time.Duration
	dir string // c2s, s2c, or p2p (Björn to Anna, TCP)
	hex string
}

// annaLogin is a LOGIN by the document: UIN 12345678, PORT 1033, SEQ_NUM 1.
var annaLogin = xframe{0, "c2s", "02 00 E8 03 01 00 4E 61 BC 00" + // LOGIN, SEQ_NUM 1, UIN 12345678
	"09 04 00 00 05 00 'pass' 00" + // PORT 1033, PASSWORD
	"78 00 00 00 C0 00 02 0A 04 00 00 00 00" + // X1, USER_IP 192.0.2.10, X2, STATUS online
	"02 00 00 00 01 00 00 00 00 00 18 00 78 00"} // X3, LOGIN_SEQ_NUM 1, X4, X5

// explainCases: for each kind of departure, a capture whose last packet
// (frame) departs, the explanation it gets in -V and JSON (with the value
// meant, -1 for none), and the rule check names it by.
var explainCases = []struct {
	name   string
	frames []xframe
	frame  int
	want   string
	meant  int64
	rule   string
}{
	{"NUM_CONTACTS big-endian", []xframe{annaLogin, {0, "c2s", "02 00 06 04 02 00 4E 61 BC 00" + // CONTACT_LIST
		"00 02" + // NUM_CONTACTS 2, big-endian
		"15 EC 65 01 D2 76 0F 02"}}, // UIN 23456789, 34567890
		2, "reads cleanly with NUM_CONTACTS big-endian: NUM_CONTACTS=2 UIN=23456789,34567890", 2, "ICQ-INT-ENDIAN"},
	{"NUM_CONTACTS 1 byte wide", []xframe{annaLogin, {0, "c2s", "02 00 06 04 02 00 4E 61 BC 00" + // CONTACT_LIST
		"02" + // NUM_CONTACTS 2, 1 byte
		"15 EC 65 01 D2 76 0F 02"}}, // UIN 23456789, 34567890
		2, "reads cleanly with NUM_CONTACTS 1 byte wide: NUM_CONTACTS=2 UIN=23456789,34567890", 2, "ICQ-FIELD-WIDTH"},
	{"string LENGTH big-endian", []xframe{annaLogin, {0, "c2s", "02 00 9C 04 02 00 4E 61 BC 00" + // CHANGE_PASSWORD
		"01 00" + // PASSWORD_SEQ_NUM 1
		"00 07 'secret' 00"}}, // NEW_PASSWORD, LENGTH 7 big-endian
		2, `reads cleanly with NEW_PASSWORD's LENGTH big-endian: NEW_PASSWORD="secret"`, 7, "ICQ-INT-ENDIAN"},
	{"RECEIVER_UIN big-endian", []xframe{annaLogin,
		{0, "c2s", "02 00 06 04 02 00 4E 61 BC 00 01 00 15 EC 65 01"}, // CONTACT_LIST: 23456789
		{0, "c2s", "02 00 0E 01 03 00 4E 61 BC 00" + // SEND_MESSAGE
			"01 65 EC 15" + // RECEIVER_UIN 23456789, big-endian
			"01 00 03 00 'hi' 00"}}, // MESSAGE_TYPE 1, MESSAGE "hi"
		3, "reads cleanly with RECEIVER_UIN big-endian: RECEIVER_UIN=23456789", 23456789, "ICQ-INT-ENDIAN"},
	{"header UIN big-endian", []xframe{annaLogin, {0, "c2s", "02 00 2E 04 02 00" + // KEEP_ALIVE, SEQ_NUM 2
		"00 BC 61 4E"}}, // UIN 12345678, big-endian
		2, "reads cleanly with UIN big-endian: UIN=12345678", 12345678, "ICQ-INT-ENDIAN"},
	{"SEQ_NUM big-endian", []xframe{annaLogin, {0, "c2s", "02 00 2E 04" + // KEEP_ALIVE
		"00 02" + // SEQ_NUM 2, big-endian
		"4E 61 BC 00"}}, // UIN
		2, "reads cleanly with SEQ_NUM big-endian: SEQ_NUM=2", 2, "ICQ-SEQ-ENDIAN"},
	{"INFO_SEQ_NUM big-endian", []xframe{annaLogin,
		{0, "c2s", "02 00 60 04 02 00 4E 61 BC 00 05 00 15 EC 65 01"}, // INFO_REQ, INFO_SEQ_NUM 5, QUERY_UIN 23456789
		{0, "s2c", "02 00 18 01 00 00" + // INFO_REPLY, SEQ_NUM 0
			"00 05" + // INFO_SEQ_NUM 5, big-endian
			"15 EC 65 01 04 00 'Bjo' 00 01 00 00 01 00 00 01 00 00 01"}}, // REMOTE_UIN, NICK_NAME, empty names and e-mail, AUTHORIZE
		3, "reads cleanly with INFO_SEQ_NUM big-endian: INFO_SEQ_NUM=5", 5, "ICQ-INT-ENDIAN"},
	{"REMOTE_PORT big-endian", []xframe{annaLogin, {0, "s2c", "02 00 6E 00 00 00" + // USER_ONLINE
		"15 EC 65 01 C0 00 02 14" + // REMOTE_UIN 23456789, REMOTE_IP 192.0.2.20
		"00 00 04 1F" + // REMOTE_PORT 1055, big-endian
		"C0 00 02 14 04 00 00 00 00 02 00 00 00"}}, // REMOTE_REAL_IP, X1, STATUS online, X2
		2, "reads cleanly with REMOTE_PORT big-endian: REMOTE_PORT=1055", 1055, "ICQ-INT-ENDIAN"},
	{"LOGIN in another order", []xframe{{0, "c2s", "02 00 E8 03 01 00 4E 61 BC 00" + // LOGIN
		"09 04 00 00 05 00 'pass' 00" + // PORT 1033, PASSWORD
		"C0 00 02 0A 00 00 00 00 01 00" + // USER_IP, STATUS, LOGIN_SEQ_NUM before the X fields
		"78 00 00 00 04 02 00 00 00 00 00 00 00 18 00 78 00"}}, // X1 to X5
		1, "reads cleanly with USER_IP, STATUS, LOGIN_SEQ_NUM before the X fields: USER_IP=192.0.2.10 STATUS=0 LOGIN_SEQ_NUM=1", -1, "ICQ-FIELD-ORDER"},
	{"PORT 2 bytes wide", []xframe{{0, "c2s", "02 00 E8 03 01 00 4E 61 BC 00" + // LOGIN
		"09 04 05 00 'pass' 00" + // PORT 1033 in 2 bytes, PASSWORD
		"78 00 00 00 C0 00 02 0A 04 00 00 00 00" + // X1, USER_IP, X2, STATUS
		"02 00 00 00 01 00 00 00 00 00 18 00 78 00"}}, // X3, LOGIN_SEQ_NUM, X4, X5
		1, `reads cleanly with PORT 2 bytes wide: PORT=1033 PASSWORD="pass" USER_IP=192.0.2.10 STATUS=0 LOGIN_SEQ_NUM=1`, 1033, "ICQ-FIELD-WIDTH"},
	{"STATUS 2 bytes wide", []xframe{annaLogin, {0, "c2s", "02 00 D8 04 02 00 4E 61 BC 00" + // STATUS_CHANGE
		"01 00"}}, // STATUS away, 2 bytes
		2, "reads cleanly with STATUS 2 bytes wide: STATUS=1", 1, "ICQ-FIELD-WIDTH"},
	{"v5 code in a v2 header", []xframe{annaLogin, {0, "s2c", "02 00 04 01 00 00" + // code 0x0104: v5's SRV_SYS_DELIVERED_MESS
		"15 EC 65 01 01 00 03 00 'hi' 00"}}, // FROM_UIN 23456789, MSG_TYPE 1, MESSAGE "hi"
		2, `reads cleanly as v5's SRV_SYS_DELIVERED_MESS (code 0x0104, in a v2 header): FROM_UIN=23456789 MSG_TYPE=1 MESSAGE="hi"`, -1, "ICQ-CMD-OTHER-VERSION"},
	{"QUERY_UIN as ASCII digits", []xframe{annaLogin, {0, "c2s", "02 00 60 04 02 00 4E 61 BC 00" + // INFO_REQ
		"05 00 '23456789' 00"}}, // INFO_SEQ_NUM 5, QUERY_UIN as text
		2, "reads cleanly with QUERY_UIN as ASCII digits: QUERY_UIN=23456789", 23456789, "ICQ-INT-ASCII"},
	{"CHANNEL_INIT's MY_PORT the outgoing port", []xframe{annaLogin,
		{0, "s2c", "02 00 6E 00 00 00 15 EC 65 01 C0 00 02 14" + // USER_ONLINE: Björn, 192.0.2.20
			"1F 04 00 00 C0 00 02 14 04 00 00 00 00 02 00 00 00"}, // REMOTE_PORT 1055 (he listens there), ...
		{0, "p2p", "1A 00 FF 02 00 00 00 00 00 00 00" + // CHANNEL_INIT: LENGTH, INIT_IDENT, X1, X2
			"15 EC 65 01 C0 00 02 14 C0 00 02 14 04" + // MY_UIN 23456789, MY_IP, MY_IP_REAL, X3
			"40 9C 00 00"}}, // MY_PORT 40000: the port he connects from
		3, "MY_PORT 40000 is the port this connection was opened from; the sender's listening port, announced in LOGIN or USER_ONLINE, is 1055", 1055, "ICQ-PEER-INIT-PORT"},
}

// writeXCapture writes the frames of an explanation case as a pcap file.
func writeXCapture(t *testing.T, frames []xframe) string {
	t.Helper()
	var fs []pcaptest.Frame
	for i, f := range frames {
		payload, err := pcaptest.Hex(f.hex)
		if err != nil {
			t.Fatal(err)
		}
		at := pcaptest.Base.Add(f.at + time.Duration(i)*100*time.Millisecond)
		var data []byte
		switch f.dir {
		case "c2s":
			data = pcaptest.UDPFrame(annaClient, icqServer, payload)
		case "s2c":
			data = pcaptest.UDPFrame(icqServer, annaClient, payload)
		default:
			data = pcaptest.TCPFrame(bjornOut, annaListen, pcaptest.TCP{Seq: 1000, Ack: 5000, ACK: true, PSH: true}, payload)
		}
		fs = append(fs, pcaptest.Frame{Time: at, Data: data})
	}
	return writeTemp(t, "explain.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, fs...))
}

type jsonExplanation struct {
	Reading string `json:"reading"`
	Field   string `json:"field"`
	Meant   *int64 `json:"meant"`
	Message string `json:"message"`
}

// jsonPackets parses icqdump -T json: the explanation of each frame.
func explanations(t *testing.T, out []byte) map[uint64]*jsonExplanation {
	t.Helper()
	got := map[uint64]*jsonExplanation{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Frame       uint64           `json:"frame"`
			Explanation *jsonExplanation `json:"explanation"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("%v: %s", err, sc.Bytes())
		}
		got[line.Frame] = line.Explanation
	}
	return got
}

// TestExplanations: each departure gets its explanation in the line, -V,
// -x and JSON,
// with the value meant, and check names it by its rule.
func TestExplanations(t *testing.T) {
	for _, c := range explainCases {
		t.Run(c.name, func(t *testing.T) {
			file := writeXCapture(t, c.frames)
			peer := []string{"--peer-port", "1033"}
			for _, mode := range [][]string{nil, {"-V"}, {"-x"}} {
				out := string(runOK(t, slices.Concat([]string{"-r", file}, peer, mode)...))
				if !strings.Contains(out, "[!warning: "+c.want+"]") {
					t.Errorf("icqdump %v lacks the explanation %q:\n%s", mode, c.want, out)
				}
			}
			expl := explanations(t, runOK(t, append([]string{"-T", "json", "-r", file}, peer...)...))
			for frame, e := range expl {
				switch {
				case frame != uint64(c.frame) && e != nil:
					t.Errorf("frame %d explained too: %q", frame, e.Message)
				case frame != uint64(c.frame):
				case e == nil || e.Message != c.want:
					t.Errorf("JSON explanation of frame %d: %+v, want %q", frame, e, c.want)
				case c.meant >= 0 && (e.Meant == nil || *e.Meant != c.meant):
					t.Errorf("JSON meant %v, want %d", e.Meant, c.meant)
				}
			}
			findings := checkFindings(t, append([]string{"-r", file}, peer...)...)
			if !hasFinding(findings, c.rule, uint64(c.frame)) {
				t.Errorf("check: no %s for frame %d:\n%+v", c.rule, c.frame, findings)
			}
			for _, symptom := range symptoms {
				if hasFinding(findings, symptom, uint64(c.frame)) {
					t.Errorf("check names the symptom %s for frame %d, not only the departure %s", symptom, c.frame, c.rule)
				}
			}
		})
	}
}

// symptoms are the rules a departure broke by the document's reading; an
// explained packet is judged by its departure alone.
var symptoms = []string{"ICQ-TRUNCATED", "ICQ-STR-LENGTH-NUL", "ICQ-TRAILING", "ICQ-CMD-UNKNOWN",
	"ICQ-UNKNOWN-FIELD", "ICQ-STATUS-VALUE", "ICQ-FIXED-FIELD"}

// checkFindings runs icqdump check -T json, whatever its verdict.
func checkFindings(t *testing.T, args ...string) []checkLine {
	t.Helper()
	_, out, stderr := runCheckArgs(append(args, "-T", "json")...)
	if stderr != "" {
		t.Fatalf("stderr:\n%s", stderr)
	}
	var lines []checkLine
	for _, s := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var l checkLine
		if err := json.Unmarshal([]byte(s), &l); err != nil {
			t.Fatalf("%v\n%s", err, s)
		}
		lines = append(lines, l)
	}
	return lines
}

func hasFinding(lines []checkLine, rule string, frame uint64) bool {
	for _, l := range lines {
		if l.Rule == rule && len(l.Frames) > 0 && l.Frames[0] == frame {
			return true
		}
	}
	return false
}

// TestMissingRetransmission: a SEND_MESSAGE the server never acknowledges,
// which the client never sends again while the capture goes on 15 s.
func TestMissingRetransmission(t *testing.T) {
	file := writeXCapture(t, []xframe{annaLogin,
		{0, "s2c", "02 00 0A 00 01 00"},                                             // ACK of the LOGIN
		{0, "c2s", "02 00 0E 01 02 00 4E 61 BC 00 15 EC 65 01 01 00 03 00 'hi' 00"}, // SEND_MESSAGE, SEQ_NUM 2: no ACK
		{15 * time.Second, "c2s", "02 00 2E 04 03 00 4E 61 BC 00"},                  // KEEP_ALIVE 15 s on
		{15 * time.Second, "s2c", "02 00 0A 00 03 00"}})                             // its ACK
	findings := checkFindings(t, "-r", file)
	if !hasFinding(findings, "ICQ-RETRANS-MISSING", 3) || !hasFinding(findings, "ICQ-ACK-MISSING", 3) {
		t.Errorf("want ICQ-RETRANS-MISSING and ICQ-ACK-MISSING for frame 3:\n%+v", findings)
	}
}

// explainedInGoldens are the packets of the golden captures that depart
// from the document in a way a reading explains: mICQ 0.2.5 sends v5's
// CMD_VIS_LIST (0x06AE) in a v2 header.
var explainedInGoldens = map[string][]uint64{"micq-0.2.5-session": {6}}

// TestGoldensNeedNoExplanation: the packets of every golden capture that
// decode cleanly, or depart in ways no reading fits, get no explanation;
// the search invents none.
func TestGoldensNeedNoExplanation(t *testing.T) {
	for _, c := range goldenCaptures(t) {
		expl := explanations(t, runOK(t, append([]string{"-T", "json", "-r", c.file}, c.args...)...))
		var got []uint64
		for frame, e := range expl {
			if e != nil {
				got = append(got, frame)
			}
		}
		slices.Sort(got)
		if !slices.Equal(got, explainedInGoldens[c.name]) {
			t.Errorf("%s: frames %v explained, want %v", c.name, got, explainedInGoldens[c.name])
		}
	}
}

// TestDecodeAsBigEndian: a client that writes every integer big-endian
// (VERSION 00 02) reads as it meant with --decode-as big-endian, and as
// another version without it.
func TestDecodeAsBigEndian(t *testing.T) {
	file := writeXCapture(t, []xframe{
		{0, "c2s", "00 02 04 2E 00 02 00 BC 61 4E"}, // KEEP_ALIVE, SEQ_NUM 2, UIN 12345678, all big-endian
		{0, "c2s", "00 02 04 06 00 03 00 BC 61 4E" + // CONTACT_LIST, SEQ_NUM 3
			"00 02 01 65 EC 15 02 0F 76 D2"}, // NUM_CONTACTS 2, UIN 23456789, 34567890
	})
	got := string(runOK(t, "-r", file, "--decode-as", "big-endian"))
	for _, want := range []string{"KEEP_ALIVE seq=2 uin=12345678\n", "CONTACT_LIST seq=3 uin=12345678 NUM_CONTACTS=2 UIN=23456789,34567890\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("--decode-as big-endian lacks %q:\n%s", want, got)
		}
	}
	if js := string(runOK(t, "-r", file, "--decode-as", "big-endian", "-T", "json")); strings.Count(js, `"decoded_as":"big-endian"`) != 2 {
		t.Errorf("JSON lacks decoded_as on each packet:\n%s", js)
	}
	if doc := string(runOK(t, "-r", file)); !strings.Contains(doc, "VERSION 512 is not decoded here") {
		t.Errorf("without --decode-as, VERSION 00 02 is version 512:\n%s", doc)
	}
	if findings := checkFindings(t, "-r", file, "--decode-as", "big-endian"); hasFinding(findings, "ICQ-HDR-VERSION", 1) {
		t.Errorf("check --decode-as big-endian still finds VERSION 512:\n%+v", findings)
	}
	var stderr bytes.Buffer
	if code := run([]string{"-r", file, "--decode-as", "sideways"}, nil, io.Discard, &stderr); code != exitUsage || !strings.Contains(stderr.String(), "big-endian") {
		t.Errorf("--decode-as sideways: exit %d, %q; want a usage error naming the readings", code, stderr.String())
	}
}
