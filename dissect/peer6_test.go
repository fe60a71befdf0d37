package dissect

import (
	"encoding/binary"
	"fmt"
	"testing"
)

// Peer v6 cases, from commented hex; a message's hex is its plaintext
// (checkcode 0), encrypted before decoding.
var peer6Cases = []decodeCase{{
	name: "HANDSHAKE_V6", dir: PeerToPeer, version: 6, command: "HANDSHAKE_V6",
	payload: "2C 00  FF  06 00  27 00" + // LENGTH 44, INIT_IDENT, TCP_VERSION 6, X1
		"23 7A 08 00  00 00  D2 04 00 00" + // DEST_UIN 555555, X2, PORT 1234
		"0A E2 01 00  C0 A8 01 02  C0 A8 01 02  04" + // SRC_UIN 123402, IP, REAL_IP, MODE direct
		"D2 04 00 00  78 56 34 12  50 00 00 00  03 00 00 00", // PORT2, SESSION, X3, X4
	values: []string{"LENGTH@0+2=44", "INIT_IDENT@2+1=255", "TCP_VERSION@3+2=6", "X1@5+2=39", "DEST_UIN@7+4=555555",
		"X2@11+2=0", "PORT@13+4=1234", "SRC_UIN@17+4=123402", "IP@21+4=192.168.1.2", "REAL_IP@25+4=192.168.1.2",
		"MODE@29+1=4(direct)", "PORT2@30+4=1234", "SESSION@34+4=305419896", "X3@38+4=80", "X4@42+4=3"},
}, {
	name: "HANDSHAKE_ACK", dir: PeerToPeer, version: 6, command: "HANDSHAKE_ACK",
	payload: "04 00  01 00 00 00",
	values:  []string{"LENGTH@0+2=4", "ACK@2+4=1"},
}, {
	name: "MESSAGE_V6", dir: PeerToPeer, version: 6, command: "MESSAGE_V6", encrypt: true,
	payload: "29 00  00 00 00 00  EE 07  0E 00  FE FF" + // LENGTH 41, CHECKCODE, COMMAND, X1, SEQUENCE 0xFFFE
		"00 00 00 00 00 00 00 00 00 00 00 00" + // X2
		"01 00  00 00  10 00" + // MSG_TYPE text, STATUS, FLAGS normal
		"03 00 'hi' 00  00 00 00 00  FF FF FF 00", // MESSAGE, FG black, BG white
	values: []string{"LENGTH@0+2=41", "CHECKCODE@2+4=*", "COMMAND@6+2=2030(MESSAGE_V6)", "X1@8+2=14", "SEQUENCE@10+2=65534",
		"X2@12+12=00 00 00 00 00 00 00 00 00 00 00 00", "MSG_TYPE@24+2=1(text)", "STATUS@26+2=0(accepted)",
		"FLAGS@28+2=16", `MESSAGE@30+5="hi"`, "EXTRA@35+8=00 00 00 00 FF FF FF 00"},
}, {
	name: "ACK_V6", dir: PeerToPeer, version: 6, command: "ACK_V6", encrypt: true,
	payload: "2A 00  00 00 00 00  DA 07  0E 00  FE FF  00 00 00 00 00 00 00 00 00 00 00 00" +
		"01 00  04 00  00 00  04 00 'bye' 00  00 00 00 00  FF FF FF 00", // text, away, "bye"
	values: []string{"LENGTH@0+2=42", "CHECKCODE@2+4=*", "COMMAND@6+2=2010(ACK_V6)", "X1@8+2=14", "SEQUENCE@10+2=65534",
		"X2@12+12=00 00 00 00 00 00 00 00 00 00 00 00", "MSG_TYPE@24+2=1(text)", "STATUS@26+2=4(away)",
		"FLAGS@28+2=0", `MESSAGE@30+6="bye"`, "EXTRA@36+8=00 00 00 00 FF FF FF 00"},
}, {
	name: "CANCEL_V6", dir: PeerToPeer, version: 6, command: "CANCEL_V6", encrypt: true,
	payload: "1F 00  00 00 00 00  D0 07  0E 00  FD FF  00 00 00 00 00 00 00 00 00 00 00 00" +
		"02 00  00 00  00 00  01 00 00", // chat request, empty
	values: []string{"LENGTH@0+2=31", "CHECKCODE@2+4=*", "COMMAND@6+2=2000(CANCEL_V6)", "X1@8+2=14", "SEQUENCE@10+2=65533",
		"X2@12+12=00 00 00 00 00 00 00 00 00 00 00 00", "MSG_TYPE@24+2=2(chat request)", "STATUS@26+2=0(accepted)",
		"FLAGS@28+2=0", `MESSAGE@30+3=""`, "EXTRA@33+0="},
}}

func TestDecodePeer6(t *testing.T) { runCases(t, peer6Cases) }

// peer4Cases: the v4 message, acknowledgement and cancel (ICQ 98a).
var peer4Cases = []decodeCase{
	message4Case("MESSAGE_V4", 0x07EE, "01 00", "03 00 'hi' 00", `MSG_TYPE@20+2=1(text)`, `MESSAGE@22+5="hi"`, 0),
	message4Case("ACK_V4", 0x07DA, "01 00", "01 00 00", `MSG_TYPE@20+2=1(text)`, `MESSAGE@22+3=""`, -2),
	message4Case("CANCEL_V4", 0x07D0, "02 00", "01 00 00", `MSG_TYPE@20+2=2(chat request)`, `MESSAGE@22+3=""`, -2),
}

// message4Case builds a v4 case: UIN 123402, the given type and message
// (shift: the message's length less 5), from 192.168.1.2 port 1234, direct.
func message4Case(name string, code uint16, msgType, msg, typeValue, msgValue string, shift int) decodeCase {
	n := 46 + shift
	at := func(off int) int { return off + shift }
	return decodeCase{name: name, dir: PeerToPeer, version: 4, command: name, encrypt: true,
		payload: fmt.Sprintf("%02X 00  0A E2 01 00  04 00  00 00 00 00  %02X %02X  00 00", n, code&0xFF, code>>8) + // LENGTH, UIN, VERSION, CHECKCODE, COMMAND, X1
			"0A E2 01 00  " + msgType + "  " + msg + // UIN_2, MSG_TYPE, MESSAGE
			"C0 A8 01 02  C0 A8 01 02  D2 04 00 00  04  00 00  10 00  FE FF FF FF", // IP, REAL_IP, PORT, MODE, STATUS, FLAGS, SEQUENCE
		values: []string{fmt.Sprintf("LENGTH@0+2=%d", n), "UIN@2+4=123402", "VERSION@6+2=4", "CHECKCODE@8+4=*",
			fmt.Sprintf("COMMAND@12+2=%d(%s)", code, name), "X1@14+2=00 00", "UIN_2@16+4=123402", typeValue, msgValue,
			fmt.Sprintf("IP@%d+4=192.168.1.2", at(27)), fmt.Sprintf("REAL_IP@%d+4=192.168.1.2", at(31)),
			fmt.Sprintf("PORT@%d+4=1234", at(35)), fmt.Sprintf("MODE@%d+1=4(direct)", at(39)),
			fmt.Sprintf("STATUS@%d+2=0(accepted)", at(40)), fmt.Sprintf("FLAGS@%d+2=16", at(42)),
			fmt.Sprintf("SEQUENCE@%d+4=4294967294", at(44))}}
}

func TestDecodePeer4(t *testing.T) { runCases(t, peer4Cases) }

// TestPeer4Crypt: a v4 message decrypts to its plaintext with a valid
// checkcode for every sampled offset; the first 6 bytes stay in clear.
func TestPeer4Crypt(t *testing.T) {
	plain := payload(t, peer4Cases[0].payload)
	for m1 := peerCheckMin; m1 < len(plain)-2; m1++ {
		wire := append([]byte(nil), plain...)
		Encrypt4Peer(wire, m1, 7)
		if string(wire[:8]) != string(plain[:8]) {
			t.Fatalf("the clear bytes changed: % X", wire[:8])
		}
		got, ok := Decrypt4Peer(nil, wire)
		if !ok || string(got[12:]) != string(plain[12:]) {
			t.Fatalf("m1 %d: ok %v\n% X\n% X", m1, ok, got, plain)
		}
	}
}

// TestPeer6Crypt: a v6 message decrypts to its plaintext with a valid
// checkcode for every sampled offset and table entry; a changed byte is
// caught (or decrypts to other bytes), and -x knows which bytes were encrypted.
func TestPeer6Crypt(t *testing.T) {
	plain := payload(t, peer6Cases[2].payload)
	for m1 := peerCheckMin; m1 < len(plain)-2; m1++ {
		for _, x2 := range []int{0, 100, peerTableUsed - 1} {
			wire := append([]byte(nil), plain...)
			Encrypt6(wire, m1, x2)
			got, ok := Decrypt6(nil, wire)
			if !ok || string(got[6:]) != string(plain[6:]) {
				t.Fatalf("m1 %d x2 %d: ok %v\n% X\n% X", m1, x2, ok, got, plain)
			}
			if binary.LittleEndian.Uint32(got[2:]) != binary.LittleEndian.Uint32(wire[2:]) {
				t.Fatalf("the checkcode is not kept in clear")
			}
		}
	}
	var p Packet
	DecodePeer(&p, encryptForTest(plain))
	if p.Wire == nil || p.ByteState(5) != Clear || p.ByteState(6) != Encrypted || p.ByteState(len(plain)-1) != Clear {
		t.Errorf("byte states: wire %v, %v %v %v", p.Wire != nil, p.ByteState(5), p.ByteState(6), p.ByteState(len(plain)-1))
	}
}

func FuzzCrypt6(f *testing.F) {
	f.Add(payload(f, peer6Cases[2].payload), 10, 5)
	f.Fuzz(func(t *testing.T, plain []byte, m1, x2 int) {
		if len(plain) < 2+peerCheckMin+1 {
			return
		}
		binary.LittleEndian.PutUint16(plain, uint16(len(plain)-2))
		m1 = peerCheckMin + abs(m1)%(min(len(plain)-2, 255)-peerCheckMin)
		x2 = abs(x2) % peerTableUsed
		wire := append([]byte(nil), plain...)
		Encrypt6(wire, m1, x2)
		got, ok := Decrypt6(nil, wire)
		if !ok || string(got[6:]) != string(plain[6:]) {
			t.Fatalf("decrypt(encrypt(p)) != p: ok %v\n% X\n% X", ok, got, plain)
		}
	})
}
