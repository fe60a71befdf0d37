package dissect

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// decodeCase is one payload, written as commented hex, and what the decoder
// must make of it: the command's name, every value (NAME@offset+length=
// value, see describeValue) and every issue ("severity kind FIELD: message").
type decodeCase struct {
	name    string
	dir     Direction
	payload string
	command string
	version uint16 // 0: 2 if a command was read
	values  []string
	issues  []string
	encrypt bool // payload is a v5 client packet's (or a v6 peer packet's) plaintext: encrypt it first
}

func (c *decodeCase) run(t *testing.T) {
	t.Helper()
	var p Packet
	b := payload(t, c.payload)
	if c.encrypt {
		b = encryptForTest(b)
	}
	decodeAny(&p, b, c.dir)
	checkCoverage(t, &p)
	checkHeader(t, &p)
	if got := p.CommandName(); got != c.command {
		t.Errorf("CommandName() = %q, want %q", got, c.command)
	}
	want := c.version // 2 by default where a command was read
	if want == 0 && c.command != "" {
		want = 2
	}
	if p.Version != want {
		t.Errorf("Version = %d, want %d", p.Version, want)
	}
	got := describeValues(&p)
	if c.encrypt {
		for i, v := range got {
			if strings.HasPrefix(v, "CHECKCODE@") {
				got[i] = v[:strings.IndexByte(v, '=')+1] + "*" // it depends on the random offsets
			}
		}
	}
	if !slices.Equal(got, c.values) {
		t.Errorf("values:\n got  %s\n want %s", strings.Join(got, "\n      "), strings.Join(c.values, "\n      "))
	}
	if got := describeIssues(&p); !slices.Equal(got, c.issues) {
		t.Errorf("issues:\n got  %q\n want %q", got, c.issues)
	}
}

// allCases is every table of cases, for the fuzz targets' seeds.
func allCases(tb testing.TB) [][]decodeCase {
	return [][]decodeCase{clientCases, statusCases(tb), undescribedCases(tb), serverCases, peerCases,
		badCases, otherVersionCases(tb), client5Cases, server5Cases, meta5Cases, peer6Cases, peer4Cases}
}

func runCases(t *testing.T, cases []decodeCase) {
	for _, c := range cases {
		t.Run(c.name, c.run)
	}
}

// c2s lists a client header's values, then the parameters' values.
func c2s(code uint16, name string, seq uint16, uin uint32, params ...string) []string {
	return append([]string{"VERSION@0+2=2", "COMMAND@2+2=" + numName(code, name),
		fmt.Sprintf("SEQ_NUM@4+2=%d", seq), fmt.Sprintf("UIN@6+4=%d", uin)}, params...)
}

// s2c lists a server header's values, then the parameters' values.
func s2c(code uint16, name string, seq uint16, params ...string) []string {
	return append([]string{"VERSION@0+2=2", "COMMAND@2+2=" + numName(code, name),
		fmt.Sprintf("SEQ_NUM@4+2=%d", seq)}, params...)
}

func numName(n uint16, name string) string {
	if name == "" {
		return strconv.Itoa(int(n))
	}
	return strconv.Itoa(int(n)) + "(" + name + ")"
}

// clientCases: one or more payloads of every client command.
var clientCases = []decodeCase{{
	name: "ACK",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0A 00" + // COMMAND ACK
		"01 00" + // SEQ_NUM 1: the server's packet acknowledged
		"4E 61 BC 00", // UIN 12345678
	command: "ACK",
	values:  c2s(0x000A, "ACK", 1, 12345678),
}, {
	name: "SEND_MESSAGE normal",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"17 00" + // SEQ_NUM 23
		"4E 61 BC 00" + // UIN 12345678
		"15 EC 65 01" + // RECEIVER_UIN 23456789
		"01 00" + // MESSAGE_TYPE normal
		"06 00 'Hello' 00", // MESSAGE: LENGTH 6, text, NUL
	command: "SEND_MESSAGE",
	values: c2s(0x010E, "SEND_MESSAGE", 23, 12345678,
		"RECEIVER_UIN@10+4=23456789",
		"MESSAGE_TYPE@14+2=1(normal)",
		`MESSAGE@16+8="Hello"`),
}, {
	name: "SEND_MESSAGE URL split at FE",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"10 00" + // SEQ_NUM 16
		"4E 61 BC 00" + // UIN 12345678
		"15 EC 65 01" + // RECEIVER_UIN 23456789
		"04 00" + // MESSAGE_TYPE url
		"2B 00" + // LENGTH 43
		"'An example URL' FE" + // description, FE
		"'http://www.example.invalid/' 00", // url, NUL
	command: "SEND_MESSAGE",
	values: c2s(0x010E, "SEND_MESSAGE", 16, 12345678,
		"RECEIVER_UIN@10+4=23456789",
		"MESSAGE_TYPE@14+2=4(url)",
		`MESSAGE@16+45=description:"An example URL" url:"http://www.example.invalid/"`),
}, {
	name: "SEND_MESSAGE you-were-added in 5 parts",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"11 00" + // SEQ_NUM 17
		"4E 61 BC 00" + // UIN 12345678
		"15 EC 65 01" + // RECEIVER_UIN 23456789
		"0C 00" + // MESSAGE_TYPE you-were-added
		"18 00" + // LENGTH 24
		"'nick' FE 'first' FE 'last' FE" + // nick, first, last
		"'a@b.c' FE '1' 00", // e-mail, authorize, NUL
	command: "SEND_MESSAGE",
	values: c2s(0x010E, "SEND_MESSAGE", 17, 12345678,
		"RECEIVER_UIN@10+4=23456789",
		"MESSAGE_TYPE@14+2=12(you-were-added)",
		`MESSAGE@16+26=nick:"nick" first:"first" last:"last" e-mail:"a@b.c" authorize:"1"`),
}, {
	name: "SEND_MESSAGE Windows-1252 text, CR/LF kept",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"18 00" + // SEQ_NUM 24
		"4E 61 BC 00" + // UIN 12345678
		"15 EC 65 01" + // RECEIVER_UIN 23456789
		"01 00" + // MESSAGE_TYPE normal
		"1A 00" + // LENGTH 26
		"'Hej Bj' F6 'rn!' 0D 0A" + // Hej Björn! CR LF
		"'Hur m' E5 'r du? ' 80 00", // Hur mår du? €, NUL
	command: "SEND_MESSAGE",
	values: c2s(0x010E, "SEND_MESSAGE", 24, 12345678,
		"RECEIVER_UIN@10+4=23456789",
		"MESSAGE_TYPE@14+2=1(normal)",
		`MESSAGE@16+28="Hej Björn!\r\nHur mår du? €"`),
}, {
	name: "LOGIN with the spec's typical values",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"E8 03" + // COMMAND LOGIN
		"01 00" + // SEQ_NUM 1
		"4E 61 BC 00" + // UIN 12345678
		"D2 04 00 00" + // PORT 1234
		"07 00 'secret' 00" + // PASSWORD
		"78 00 00 00" + // X1
		"C0 A8 01 02" + // USER_IP 192.168.1.2
		"04" + // X2
		"00 00 00 00" + // STATUS online
		"02 00 00 00" + // X3
		"02 00" + // LOGIN_SEQ_NUM
		"00 00 00 00" + // X4
		"18 00 78 00", // X5
	command: "LOGIN",
	values: c2s(0x03E8, "LOGIN", 1, 12345678,
		"PORT@10+4=1234",
		`PASSWORD@14+9="secret"`,
		"X1@23+4=78 00 00 00",
		"USER_IP@27+4=192.168.1.2",
		"X2@31+1=04",
		"STATUS@32+4=0(online)",
		"X3@36+4=02 00 00 00",
		"LOGIN_SEQ_NUM@40+2=2",
		"X4@42+4=00 00 00 00",
		"X5@46+4=18 00 78 00"),
}, {
	name: "LOGIN from mICQ 0.2.5: other X values are notes",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"E8 03" + // COMMAND LOGIN
		"01 00" + // SEQ_NUM 1
		"4E 61 BC 00" + // UIN 12345678
		"9A 2B 01 00" + // PORT 76698 (mICQ's)
		"07 00 'secret' 00" + // PASSWORD
		"72 00 04 00" + // X1, not 78 00 00 00
		"7F 00 00 01" + // USER_IP 127.0.0.1
		"06" + // X2, not 04
		"00 00 00 00" + // STATUS online
		"03 00 00 00" + // X3, not 02 00 00 00
		"02 00" + // LOGIN_SEQ_NUM
		"00 00 00 00" + // X4
		"04 00 72 00", // X5, not 18 00 78 00
	command: "LOGIN",
	values: c2s(0x03E8, "LOGIN", 1, 12345678,
		"PORT@10+4=76698",
		`PASSWORD@14+9="secret"`,
		"X1@23+4=72 00 04 00",
		"USER_IP@27+4=127.0.0.1",
		"X2@31+1=06",
		"STATUS@32+4=0(online)",
		"X3@36+4=03 00 00 00",
		"LOGIN_SEQ_NUM@40+2=2",
		"X4@42+4=00 00 00 00",
		"X5@46+4=04 00 72 00"),
	issues: []string{
		"note typical-differs X1: X1 is 72 00 04 00; the spec's typical value is 78 00 00 00",
		"note typical-differs X2: X2 is 06; the spec's typical value is 04",
		"note typical-differs X3: X3 is 03 00 00 00; the spec's typical value is 02 00 00 00",
		"note typical-differs X5: X5 is 04 00 72 00; the spec's typical value is 18 00 78 00",
	},
}, {
	name: "CONTACT_LIST",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"06 04" + // COMMAND CONTACT_LIST
		"05 00" + // SEQ_NUM 5
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // NUM_CONTACTS 2
		"15 EC 65 01" + // UIN[0] 23456789
		"D2 76 0F 02", // UIN[1] 34567890
	command: "CONTACT_LIST",
	values: c2s(0x0406, "CONTACT_LIST", 5, 12345678,
		"NUM_CONTACTS@10+2=2",
		"UIN[0]@12+4=23456789",
		"UIN[1]@16+4=34567890"),
}, {
	name: "CONTACT_LIST from mICQ 0.2.5, one byte short",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"06 04" + // COMMAND CONTACT_LIST
		"05 00" + // SEQ_NUM 5
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // NUM_CONTACTS 2 (written over UIN[0]'s first byte)
		"EC 65 01 D2" + // UIN[0], shifted
		"76 0F 02", // UIN[1], 3 of 4 bytes
	command: "CONTACT_LIST",
	values: c2s(0x0406, "CONTACT_LIST", 5, 12345678,
		"NUM_CONTACTS@10+2=2",
		"UIN[0]@12+4=3523306988",
		"UIN[1]@16+3=partial(76 0F 02)"),
	issues: []string{"error truncated UIN[1]: packet ends in UIN[1] at offset 16: 4 bytes needed, 3 left"},
}, {
	name: "SEARCH_UIN",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"1A 04" + // COMMAND SEARCH_UIN
		"07 00" + // SEQ_NUM 7
		"4E 61 BC 00" + // UIN 12345678
		"08 00" + // SEARCH_SEQ_NUM 8
		"15 EC 65 01", // SEARCHED_UIN 23456789
	command: "SEARCH_UIN",
	values: c2s(0x041A, "SEARCH_UIN", 7, 12345678,
		"SEARCH_SEQ_NUM@10+2=8",
		"SEARCHED_UIN@12+4=23456789"),
}, {
	name: "SEARCH_USER",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"24 04" + // COMMAND SEARCH_USER
		"07 00" + // SEQ_NUM 7
		"4E 61 BC 00" + // UIN 12345678
		"08 00" + // SEARCH_SEQ_NUM 8
		"01 00 00" + // NICK_NAME empty
		"06 00 'Bj' F6 'rn' 00" + // FIRST_NAME Björn
		"01 00 00" + // LAST_NAME empty
		"01 00 00", // E_MAIL empty
	command: "SEARCH_USER",
	values: c2s(0x0424, "SEARCH_USER", 7, 12345678,
		"SEARCH_SEQ_NUM@10+2=8",
		`NICK_NAME@12+3=""`,
		`FIRST_NAME@15+8="Björn"`,
		`LAST_NAME@23+3=""`,
		`E_MAIL@26+3=""`),
}, {
	name: "KEEP_ALIVE",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"2E 04" + // COMMAND KEEP_ALIVE
		"1E 00" + // SEQ_NUM 30
		"4E 61 BC 00", // UIN 12345678
	command: "KEEP_ALIVE",
	values:  c2s(0x042E, "KEEP_ALIVE", 30, 12345678),
}, {
	name: "SEND_TEXT_CODE B_USER_DISCONNECTED",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"38 04" + // COMMAND SEND_TEXT_CODE
		"22 00" + // SEQ_NUM 34
		"4E 61 BC 00" + // UIN 12345678
		"14 00 'B_USER_DISCONNECTED' 00" + // TEXT_CODE
		"05 00", // X1
	command: "SEND_TEXT_CODE",
	values: c2s(0x0438, "SEND_TEXT_CODE", 34, 12345678,
		`TEXT_CODE@10+22="B_USER_DISCONNECTED"`,
		"X1@32+2=05 00"),
}, {
	name: "LOGIN_1",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"4C 04" + // COMMAND LOGIN_1
		"03 00" + // SEQ_NUM 3
		"4E 61 BC 00", // UIN 12345678
	command: "LOGIN_1",
	values:  c2s(0x044C, "LOGIN_1", 3, 12345678),
}, {
	name: "INFO_REQ",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"60 04" + // COMMAND INFO_REQ
		"0C 00" + // SEQ_NUM 12
		"4E 61 BC 00" + // UIN 12345678
		"0D 00" + // INFO_SEQ_NUM 13
		"15 EC 65 01", // QUERY_UIN 23456789
	command: "INFO_REQ",
	values: c2s(0x0460, "INFO_REQ", 12, 12345678,
		"INFO_SEQ_NUM@10+2=13",
		"QUERY_UIN@12+4=23456789"),
}, {
	name: "EXT_INFO_REQ",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"6A 04" + // COMMAND EXT_INFO_REQ
		"0E 00" + // SEQ_NUM 14
		"4E 61 BC 00" + // UIN 12345678
		"0F 00" + // INFO_SEQ_NUM 15
		"15 EC 65 01", // QUERY_UIN 23456789
	command: "EXT_INFO_REQ",
	values: c2s(0x046A, "EXT_INFO_REQ", 14, 12345678,
		"INFO_SEQ_NUM@10+2=15",
		"QUERY_UIN@12+4=23456789"),
}, {
	name: "CHANGE_PASSWORD",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"9C 04" + // COMMAND CHANGE_PASSWORD
		"09 00" + // SEQ_NUM 9
		"4E 61 BC 00" + // UIN 12345678
		"0A 00" + // PASSWORD_SEQ_NUM 10
		"07 00 'n3wpwd' 00", // NEW_PASSWORD
	command: "CHANGE_PASSWORD",
	values: c2s(0x049C, "CHANGE_PASSWORD", 9, 12345678,
		"PASSWORD_SEQ_NUM@10+2=10",
		`NEW_PASSWORD@12+9="n3wpwd"`),
}, {
	name: "LOGIN_2",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"28 05" + // COMMAND LOGIN_2
		"04 00" + // SEQ_NUM 4
		"4E 61 BC 00" + // UIN 12345678
		"00", // X1
	command: "LOGIN_2",
	values:  c2s(0x0528, "LOGIN_2", 4, 12345678, "X1@10+1=00"),
}, {
	name: "unlisted code from mICQ 0.2.5",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"AE 06" + // COMMAND 0x06AE, not in the spec
		"04 00" + // SEQ_NUM 4
		"4E 61 BC 00" + // UIN 12345678
		"01 D2 76 0F 02", // parameters
	command: "UNKNOWN(0x06AE)",
	values:  c2s(0x06AE, "", 4, 12345678, "PARAMETERS@10+5=01 D2 76 0F 02"),
	issues:  []string{"warning unknown-command: command code 0x06AE is not in the v2 spec; parameters shown raw"},
}}

func TestDecodeClient(t *testing.T) { runCases(t, clientCases) }

// statusCases: STATUS_CHANGE with each documented STATUS, and one more.
func statusCases(tb testing.TB) []decodeCase {
	var cases []decodeCase
	for _, s := range []struct{ hex, value string }{
		{"00 00 00 00", "0(online)"},
		{"01 00 00 00", "1(away)"},
		{"11 00 00 00", "17(dnd)"},
		{"00 01 00 00", "256(invisible)"},
		{"05 00 00 00", "5"},
	} {
		c := decodeCase{
			name: "STATUS " + s.hex,
			dir:  ClientToServer,
			payload: "02 00" + // VERSION
				"D8 04" + // COMMAND STATUS_CHANGE
				"06 00" + // SEQ_NUM 6
				"4E 61 BC 00" + // UIN 12345678
				s.hex, // STATUS
			command: "STATUS_CHANGE",
			values:  c2s(0x04D8, "STATUS_CHANGE", 6, 12345678, "STATUS@10+4="+s.value),
		}
		if s.value == "5" {
			c.issues = []string{"note unnamed-value STATUS: STATUS 0x00000005 is not a documented value"}
		}
		cases = append(cases, c)
	}
	return cases
}

func TestDecodeStatusChange(t *testing.T) { runCases(t, statusCases(t)) }

// undescribedCases: every command the spec lists but does not lay out, with
// codes and names copied from the spec, not from the tables.
func undescribedCases(tb testing.TB) []decodeCase {
	var cases []decodeCase
	for _, u := range []struct {
		dir        Direction
		code, name string
	}{
		{ClientToServer, "0A 05", "UPDATE_INFO"},
		{ClientToServer, "B0 04", "UPDATE_EXT_INFO"},
		{ClientToServer, "3C 05", "ADD_TO_LIST"},
		{ClientToServer, "56 04", "REQ_ADD_TO_LIST/MSG_TO_NEW_USER"},
		{ClientToServer, "BA 04", "QUERY_SERVERS"},
		{ClientToServer, "C4 04", "QUERY_ADDONS"},
		{ClientToServer, "EC 04", "NEW_USER_1"},
		{ClientToServer, "FC 03", "NEW_USER_REG"},
		{ClientToServer, "A6 04", "NEW_USER_INFO"},
		{ClientToServer, "42 04", "CMD_X1"},
		{ServerToClient, "1C 02", "REPLY_X1"},
		{ServerToClient, "E6 00", "REPLY_X2"},
		{ServerToClient, "E0 01", "UPDATE_REPLY"},
		{ServerToClient, "C8 00", "UPDATE_EXT_REPLY"},
		{ServerToClient, "46 00", "NEW_USER_UIN"},
		{ServerToClient, "B4 00", "NEW_USER_REPLY"},
		{ServerToClient, "82 00", "QUERY_REPLY"},
		{ServerToClient, "C2 01", "SYSTEM_MESSAGE"},
	} {
		b := payload(tb, u.code)
		code := uint16(b[0]) | uint16(b[1])<<8
		c := decodeCase{
			name: u.name,
			dir:  u.dir,
			payload: "02 00" + // VERSION
				u.code + // COMMAND
				"20 00", // SEQ_NUM 32
			command: u.name,
			issues: []string{fmt.Sprintf("note undescribed: the v2 spec names command 0x%04X "+
				"but does not lay out its parameters", code)},
		}
		if u.dir == ClientToServer {
			c.payload += "4E 61 BC 00" + // UIN 12345678
				"01 02 03" // parameters
			c.values = c2s(code, u.name, 32, 12345678, "PARAMETERS@10+3=01 02 03")
		} else {
			c.payload += "01 02 03" // parameters
			c.values = s2c(code, u.name, 32, "PARAMETERS@6+3=01 02 03")
		}
		cases = append(cases, c)
	}
	return cases
}

func TestDecodeUndescribed(t *testing.T) { runCases(t, undescribedCases(t)) }

// serverCases: one or more payloads of every server command.
var serverCases = []decodeCase{{
	name: "ACK",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"0A 00" + // COMMAND ACK
		"01 00", // SEQ_NUM 1: the client's packet acknowledged
	command: "ACK",
	values:  s2c(0x000A, "ACK", 1),
}, {
	name: "LOGIN_REPLY",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"5A 00" + // COMMAND LOGIN_REPLY
		"01 00" + // SEQ_NUM 1
		"4E 61 BC 00" + // USER_UIN 12345678
		"7F 00 00 01" + // USER_IP 127.0.0.1
		"02 00" + // LOGIN_SEQ_NUM 2
		"01 00 01 00" + // X1
		"18 00 16 00" + // X2, xx=18
		"8C 00 00 00" + // X3
		"78 00 05 00" + // X4
		"0A 00 05 00 01 00", // X5
	command: "LOGIN_REPLY",
	values: s2c(0x005A, "LOGIN_REPLY", 1,
		"USER_UIN@6+4=12345678",
		"USER_IP@10+4=127.0.0.1",
		"LOGIN_SEQ_NUM@14+2=2",
		"X1@16+4=01 00 01 00",
		"X2@20+4=18 00 16 00",
		"X3@24+4=8C 00 00 00",
		"X4@28+4=78 00 05 00",
		"X5@32+6=0A 00 05 00 01 00"),
}, {
	name: "LOGIN_REPLY X2 only partly fixed",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"5A 00" + // COMMAND LOGIN_REPLY
		"01 00" + // SEQ_NUM 1
		"4E 61 BC 00" + // USER_UIN 12345678
		"7F 00 00 01" + // USER_IP 127.0.0.1
		"02 00" + // LOGIN_SEQ_NUM 2
		"01 00 01 00" + // X1
		"19 00 17 00" + // X2: xx=19 is fine, 17 is not 16
		"8C 00 00 00" + // X3
		"78 00 05 00" + // X4
		"0A 00 05 00 01 00", // X5
	command: "LOGIN_REPLY",
	values: s2c(0x005A, "LOGIN_REPLY", 1,
		"USER_UIN@6+4=12345678",
		"USER_IP@10+4=127.0.0.1",
		"LOGIN_SEQ_NUM@14+2=2",
		"X1@16+4=01 00 01 00",
		"X2@20+4=19 00 17 00",
		"X3@24+4=8C 00 00 00",
		"X4@28+4=78 00 05 00",
		"X5@32+6=0A 00 05 00 01 00"),
	issues: []string{"note typical-differs X2: X2 is 19 00 17 00; the spec's typical value is xx 00 16 00"},
}, {
	name: "USER_ONLINE",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"6E 00" + // COMMAND USER_ONLINE
		"02 00" + // SEQ_NUM 2
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"C0 A8 01 02" + // REMOTE_IP 192.168.1.2
		"D2 04 00 00" + // REMOTE_PORT 1234
		"0A 00 00 02" + // REMOTE_REAL_IP 10.0.0.2
		"04" + // X1
		"01 00 00 00" + // STATUS away
		"02 00 00 00", // X2
	command: "USER_ONLINE",
	values: s2c(0x006E, "USER_ONLINE", 2,
		"REMOTE_UIN@6+4=23456789",
		"REMOTE_IP@10+4=192.168.1.2",
		"REMOTE_PORT@14+4=1234",
		"REMOTE_REAL_IP@18+4=10.0.0.2",
		"X1@22+1=04",
		"STATUS@23+4=1(away)",
		"X2@27+4=02 00 00 00"),
}, {
	name: "USER_OFFLINE",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"78 00" + // COMMAND USER_OFFLINE
		"03 00" + // SEQ_NUM 3
		"15 EC 65 01", // REMOTE_UIN 23456789
	command: "USER_OFFLINE",
	values:  s2c(0x0078, "USER_OFFLINE", 3, "REMOTE_UIN@6+4=23456789"),
}, {
	name: "USER_FOUND",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"8C 00" + // COMMAND USER_FOUND
		"04 00" + // SEQ_NUM 4
		"08 00" + // SEARCH_SEQ_NUM 8
		"15 EC 65 01" + // FOUND_UIN 23456789
		"06 00 'buddy' 00" + // NICK_NAME
		"05 00 'Bert' 00" + // FIRST_NAME
		"05 00 'Budd' 00" + // LAST_NAME
		"16 00 'buddy@example.invalid' 00" + // E_MAIL
		"01", // AUTHORIZE anyone may add
	command: "USER_FOUND",
	values: s2c(0x008C, "USER_FOUND", 4,
		"SEARCH_SEQ_NUM@6+2=8",
		"FOUND_UIN@8+4=23456789",
		`NICK_NAME@12+8="buddy"`,
		`FIRST_NAME@20+7="Bert"`,
		`LAST_NAME@27+7="Budd"`,
		`E_MAIL@34+24="buddy@example.invalid"`,
		"AUTHORIZE@58+1=1(anyone may add)"),
}, {
	name: "RECEIVE_MESSAGE",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"DC 00" + // COMMAND RECEIVE_MESSAGE
		"05 00" + // SEQ_NUM 5
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"CE 07" + // YEAR 1998
		"08" + // MONTH 8
		"1A" + // DAY 26
		"0B" + // HOUR 11
		"2A" + // MINUTE 42
		"01 00" + // TYPE normal
		"04 00 'Hi!' 00", // MESSAGE
	command: "RECEIVE_MESSAGE",
	values: s2c(0x00DC, "RECEIVE_MESSAGE", 5,
		"REMOTE_UIN@6+4=23456789",
		"YEAR@10+2=1998",
		"MONTH@12+1=8",
		"DAY@13+1=26",
		"HOUR@14+1=11",
		"MINUTE@15+1=42",
		"TYPE@16+2=1(normal)",
		`MESSAGE@18+6="Hi!"`),
}, {
	name: "RECEIVE_MESSAGE URL",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"DC 00" + // COMMAND RECEIVE_MESSAGE
		"05 00" + // SEQ_NUM 5
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"CE 07 08 1A 0B 2A" + // YEAR, MONTH, DAY, HOUR, MINUTE
		"04 00" + // TYPE url
		"0A 00 'Look' FE 'x.se' 00", // MESSAGE: description FE url
	command: "RECEIVE_MESSAGE",
	values: s2c(0x00DC, "RECEIVE_MESSAGE", 5,
		"REMOTE_UIN@6+4=23456789",
		"YEAR@10+2=1998",
		"MONTH@12+1=8",
		"DAY@13+1=26",
		"HOUR@14+1=11",
		"MINUTE@15+1=42",
		"TYPE@16+2=4(url)",
		`MESSAGE@18+12=description:"Look" url:"x.se"`),
}, {
	name: "END_OF_SEARCH",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"A0 00" + // COMMAND END_OF_SEARCH
		"06 00" + // SEQ_NUM 6
		"08 00" + // SEARCH_SEQ_NUM 8
		"01", // MORE_FOUND
	command: "END_OF_SEARCH",
	values: s2c(0x00A0, "END_OF_SEARCH", 6,
		"SEARCH_SEQ_NUM@6+2=8",
		"MORE_FOUND@8+1=1(more than 40, not sent)"),
}, {
	name: "INFO_REPLY",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"18 01" + // COMMAND INFO_REPLY
		"07 00" + // SEQ_NUM 7
		"0D 00" + // INFO_SEQ_NUM 13
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"06 00 'buddy' 00" + // NICK_NAME
		"05 00 'Bert' 00" + // FIRST_NAME
		"01 00 00" + // LAST_NAME empty
		"01 00 00" + // E_MAIL empty
		"00", // AUTHORIZE must authorize
	command: "INFO_REPLY",
	values: s2c(0x0118, "INFO_REPLY", 7,
		"INFO_SEQ_NUM@6+2=13",
		"REMOTE_UIN@8+4=23456789",
		`NICK_NAME@12+8="buddy"`,
		`FIRST_NAME@20+7="Bert"`,
		`LAST_NAME@27+3=""`,
		`E_MAIL@30+3=""`,
		"AUTHORIZE@33+1=0(must authorize)"),
}, {
	name: "EXT_INFO_REPLY entered",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"22 01" + // COMMAND EXT_INFO_REPLY
		"08 00" + // SEQ_NUM 8
		"0F 00" + // INFO_SEQ_NUM 15
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"0A 00 'Stockholm' 00" + // CITY
		"2E 00" + // COUNTRY_CODE 46, Sweden
		"FE" + // COUNTRY_STATUS entered
		"01 00 00" + // STATE empty
		"19 00" + // AGE 25
		"02" + // SEX male
		"01 00 00" + // PHONE empty
		"01 00 00" + // HOME_PAGE empty
		"0A 00 'Line 1' 0D 0A 'x' 00", // ABOUT, two lines
	command: "EXT_INFO_REPLY",
	values: s2c(0x0122, "EXT_INFO_REPLY", 8,
		"INFO_SEQ_NUM@6+2=15",
		"REMOTE_UIN@8+4=23456789",
		`CITY@12+12="Stockholm"`,
		"COUNTRY_CODE@24+2=46",
		"COUNTRY_STATUS@26+1=254(entered)",
		`STATE@27+3=""`,
		"AGE@30+2=25",
		"SEX@32+1=2(male)",
		`PHONE@33+3=""`,
		`HOME_PAGE@36+3=""`,
		`ABOUT@39+12="Line 1\r\nx"`),
}, {
	name: "EXT_INFO_REPLY not entered",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"22 01" + // COMMAND EXT_INFO_REPLY
		"08 00" + // SEQ_NUM 8
		"0F 00" + // INFO_SEQ_NUM 15
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"01 00 00" + // CITY empty
		"FF FF" + // COUNTRY_CODE not entered
		"9C" + // COUNTRY_STATUS not entered
		"01 00 00" + // STATE empty
		"FF FF" + // AGE not entered
		"00" + // SEX not specified
		"01 00 00" + // PHONE empty
		"01 00 00" + // HOME_PAGE empty
		"01 00 00", // ABOUT empty
	command: "EXT_INFO_REPLY",
	values: s2c(0x0122, "EXT_INFO_REPLY", 8,
		"INFO_SEQ_NUM@6+2=15",
		"REMOTE_UIN@8+4=23456789",
		`CITY@12+3=""`,
		"COUNTRY_CODE@15+2=65535(not entered)",
		"COUNTRY_STATUS@17+1=156(not entered)",
		`STATE@18+3=""`,
		"AGE@21+2=65535(not entered)",
		"SEX@23+1=0(not specified)",
		`PHONE@24+3=""`,
		`HOME_PAGE@27+3=""`,
		`ABOUT@30+3=""`),
}, {
	name: "EXT_INFO_REPLY undocumented COUNTRY_STATUS and SEX",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"22 01" + // COMMAND EXT_INFO_REPLY
		"08 00" + // SEQ_NUM 8
		"0F 00" + // INFO_SEQ_NUM 15
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"01 00 00" + // CITY empty
		"01 00" + // COUNTRY_CODE 1, USA
		"05" + // COUNTRY_STATUS, neither FE nor 9C
		"03 00 'CA' 00" + // STATE
		"63 00" + // AGE 99
		"01" + // SEX female
		"01 00 00" + // PHONE empty
		"01 00 00" + // HOME_PAGE empty
		"01 00 00", // ABOUT empty
	command: "EXT_INFO_REPLY",
	values: s2c(0x0122, "EXT_INFO_REPLY", 8,
		"INFO_SEQ_NUM@6+2=15",
		"REMOTE_UIN@8+4=23456789",
		`CITY@12+3=""`,
		"COUNTRY_CODE@15+2=1",
		"COUNTRY_STATUS@17+1=5",
		`STATE@18+5="CA"`,
		"AGE@23+2=99",
		"SEX@25+1=1(female)",
		`PHONE@26+3=""`,
		`HOME_PAGE@29+3=""`,
		`ABOUT@32+3=""`),
	issues: []string{"note unnamed-value COUNTRY_STATUS: COUNTRY_STATUS 0x05 is not a documented value"},
}, {
	name: "STATUS_UPDATE",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"A4 01" + // COMMAND STATUS_UPDATE
		"09 00" + // SEQ_NUM 9
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"11 00 00 00", // STATUS dnd
	command: "STATUS_UPDATE",
	values: s2c(0x01A4, "STATUS_UPDATE", 9,
		"REMOTE_UIN@6+4=23456789",
		"STATUS@10+4=17(dnd)"),
}}

func TestDecodeServer(t *testing.T) { runCases(t, serverCases) }

// peerTail is what follows MESSAGE in the test peer messages.
const peerTail = "0A 00 00 02" + // MY_IP_REAL 10.0.0.2
	"C0 A8 01 02" + // MY_IP 192.168.1.2
	"D2 04 00 00" + // PORT 1234
	"04" + // X2
	"00 00" // X3

// peerTailAt is peerTail's values, from offset off.
func peerTailAt(off int) []string {
	return []string{fmt.Sprintf("MY_IP_REAL@%d+4=10.0.0.2", off), fmt.Sprintf("MY_IP@%d+4=192.168.1.2", off+4),
		fmt.Sprintf("PORT@%d+4=1234", off+8), fmt.Sprintf("X2@%d+1=04", off+12), fmt.Sprintf("X3@%d+2=00 00", off+13)}
}

// flat joins values and lists of values into one list.
func flat(items ...any) []string {
	var out []string
	for _, it := range items {
		switch v := it.(type) {
		case string:
			out = append(out, v)
		case []string:
			out = append(out, v...)
		}
	}
	return out
}

// peerStart is a test peer message's first values: LENGTH, UIN, VERSION and
// MSG_COMMAND, then the rest.
func peerStart(length, version uint16, code uint16, name string, rest ...any) []string {
	return flat(fmt.Sprintf("LENGTH@0+2=%d", length), "UIN@2+4=12345678",
		fmt.Sprintf("VERSION@6+2=%d(peer v%d)", version, version), "MSG_COMMAND@8+2="+numName(code, name),
		flat(rest...))
}

// peerCases: CHANNEL_INIT v2 and v3, each message, an unknown one.
var peerCases = []decodeCase{{
	name: "CHANNEL_INIT v2",
	dir:  PeerToPeer,
	payload: "1A 00" + // LENGTH 26
		"FF" + // INIT_IDENT
		"02 00 00 00" + // X1: peer version 2
		"00 00 00 00" + // X2
		"4E 61 BC 00" + // MY_UIN 12345678
		"C0 A8 01 02" + // MY_IP 192.168.1.2
		"0A 00 00 02" + // MY_IP_REAL 10.0.0.2
		"04" + // X3
		"D2 04 00 00", // MY_PORT 1234
	command: "CHANNEL_INIT",
	values: []string{
		"LENGTH@0+2=26", "INIT_IDENT@2+1=255", "X1@3+4=02 00 00 00(peer v2)", "X2@7+4=00 00 00 00",
		"MY_UIN@11+4=12345678", "MY_IP@15+4=192.168.1.2", "MY_IP_REAL@19+4=10.0.0.2",
		"X3@23+1=04", "MY_PORT@24+4=1234",
	},
}, {
	name: "CHANNEL_INIT v3",
	dir:  PeerToPeer,
	payload: "1A 00" + // LENGTH 26
		"FF" + // INIT_IDENT
		"03 00 00 00" + // X1: peer version 3
		"00 00 00 00" + // X2
		"4E 61 BC 00" + // MY_UIN 12345678
		"C0 A8 01 02" + // MY_IP 192.168.1.2
		"0A 00 00 02" + // MY_IP_REAL 10.0.0.2
		"04" + // X3
		"D2 04 00 00", // MY_PORT 1234
	command: "CHANNEL_INIT",
	version: 3,
	values: []string{
		"LENGTH@0+2=26", "INIT_IDENT@2+1=255", "X1@3+4=03 00 00 00(peer v3)", "X2@7+4=00 00 00 00",
		"MY_UIN@11+4=12345678", "MY_IP@15+4=192.168.1.2", "MY_IP_REAL@19+4=10.0.0.2",
		"X3@23+1=04", "MY_PORT@24+4=1234",
	},
}, {
	name: "CHANNEL_MESSAGE real message",
	dir:  PeerToPeer,
	payload: "2D 00" + // LENGTH 45
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // VERSION
		"EE 07" + // MSG_COMMAND CHANNEL_MESSAGE
		"00 00" + // X1
		"4E 61 BC 00" + // UIN_2 12345678
		"01 00" + // TYPE normal
		"06 00 'Hello' 00" + // MESSAGE
		peerTail + // MY_IP_REAL, MY_IP, PORT, X2, X3
		"10 00" + // CMD_TYPE real message
		"EC FF FF FF", // X4
	command: "CHANNEL_MESSAGE",
	values: peerStart(45, 2, 0x07EE, "CHANNEL_MESSAGE",
		"X1@10+2=00 00", "UIN_2@12+4=12345678", "TYPE@16+2=1(normal)", `MESSAGE@18+8="Hello"`,
		peerTailAt(26), "CMD_TYPE@41+2=16(real message)", "X4@43+4=EC FF FF FF"),
}, {
	name: "CHANNEL_MESSAGE auto reply",
	dir:  PeerToPeer,
	payload: "28 00" + // LENGTH 40
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // VERSION
		"EE 07" + // MSG_COMMAND CHANNEL_MESSAGE
		"00 00" + // X1
		"4E 61 BC 00" + // UIN_2 12345678
		"01 00" + // TYPE normal
		"01 00 00" + // MESSAGE empty
		peerTail + // MY_IP_REAL, MY_IP, PORT, X2, X3
		"00 00" + // CMD_TYPE auto reply
		"00 FF FF FF", // X4
	command: "CHANNEL_MESSAGE",
	values: peerStart(40, 2, 0x07EE, "CHANNEL_MESSAGE",
		"X1@10+2=00 00", "UIN_2@12+4=12345678", "TYPE@16+2=1(normal)", `MESSAGE@18+3=""`,
		peerTailAt(21), "CMD_TYPE@36+2=0(auto reply)", "X4@38+4=00 FF FF FF"),
}, {
	name: "CHANNEL_ACK with an away message",
	dir:  PeerToPeer,
	payload: "2C 00" + // LENGTH 44
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // VERSION
		"DA 07" + // MSG_COMMAND CHANNEL_ACK
		"00 00" + // X1
		"4E 61 BC 00" + // UIN_2 12345678
		"01 00" + // TYPE normal
		"05 00 'Away' 00" + // MESSAGE
		peerTail + // MY_IP_REAL, MY_IP, PORT, X2, X3
		"00 00" + // CMD_TYPE auto reply
		"00 FF FF FF", // X4
	command: "CHANNEL_ACK",
	values: peerStart(44, 2, 0x07DA, "CHANNEL_ACK",
		"X1@10+2=00 00", "UIN_2@12+4=12345678", "TYPE@16+2=1(normal)", `MESSAGE@18+7="Away"`,
		peerTailAt(25), "CMD_TYPE@40+2=0(auto reply)", "X4@42+4=00 FF FF FF"),
}, {
	name: "CHANNEL_CANCEL, UIN starting with FF",
	dir:  PeerToPeer,
	payload: "28 00" + // LENGTH 40
		"FF 61 BC 00" + // UIN 12345855: FF here is not CHANNEL_INIT
		"02 00" + // VERSION
		"D0 07" + // MSG_COMMAND CHANNEL_CANCEL
		"00 00" + // X1
		"FF 61 BC 00" + // UIN_2
		"01 00" + // TYPE normal
		"01 00 00" + // MESSAGE empty
		peerTail + // MY_IP_REAL, MY_IP, PORT, X2, X3
		"10 00" + // CMD_TYPE real message
		"01 FF FF FF", // X4
	command: "CHANNEL_CANCEL",
	values: flat("LENGTH@0+2=40", "UIN@2+4=12345855", "VERSION@6+2=2(peer v2)",
		"MSG_COMMAND@8+2=2000(CHANNEL_CANCEL)",
		"X1@10+2=00 00", "UIN_2@12+4=12345855", "TYPE@16+2=1(normal)", `MESSAGE@18+3=""`,
		peerTailAt(21), "CMD_TYPE@36+2=16(real message)", "X4@38+4=01 FF FF FF"),
}, {
	name: "unknown MSG_COMMAND",
	dir:  PeerToPeer,
	payload: "0B 00" + // LENGTH 11
		"4E 61 BC 00" + // UIN 12345678
		"02 00" + // VERSION
		"E8 03" + // MSG_COMMAND 0x03E8, not a peer command
		"01 02 03", // parameters
	command: "UNKNOWN(0x03E8)",
	values:  peerStart(11, 2, 0x03E8, "", "PARAMETERS@10+3=01 02 03"),
	issues:  []string{"warning unknown-command: command code 0x03E8 is not in the v2 spec; parameters shown raw"},
}, {
	name: "version 3 message with bytes after X4",
	dir:  PeerToPeer,
	payload: "2F 00" + // LENGTH 47
		"4E 61 BC 00" + // UIN 12345678
		"03 00" + // VERSION 3
		"EE 07" + // MSG_COMMAND CHANNEL_MESSAGE
		"00 00" + // X1
		"4E 61 BC 00" + // UIN_2 12345678
		"01 00" + // TYPE normal
		"06 00 'Hello' 00" + // MESSAGE
		peerTail + // MY_IP_REAL, MY_IP, PORT, X2, X3
		"10 00" + // CMD_TYPE real message
		"EC FF FF FF" + // X4
		"AA BB", // what version 3 adds
	command: "CHANNEL_MESSAGE",
	version: 3,
	values: peerStart(47, 3, 0x07EE, "CHANNEL_MESSAGE",
		"X1@10+2=00 00", "UIN_2@12+4=12345678", "TYPE@16+2=1(normal)", `MESSAGE@18+8="Hello"`,
		peerTailAt(26), "CMD_TYPE@41+2=16(real message)", "X4@43+4=EC FF FF FF",
		"TRAILING@47+2=AA BB"),
	issues: []string{"note trailing TRAILING: 2 bytes after the last field"},
}}

func TestDecodePeer(t *testing.T) { runCases(t, peerCases) }

func TestNamesAndLookups(t *testing.T) {
	for k := IssueEmpty; k <= IssueResync; k++ {
		if k.String() == "unknown" || (&Issue{Kind: k}).Message(nil) == "" {
			t.Errorf("IssueKind %d has no name or message", k)
		}
	}
	if IssueKind(0).String() != "unknown" || Severity(9).String() != "unknown" || Direction(9).String() != "unknown" {
		t.Error("an undefined enum value has a name")
	}
	if got := fmt.Sprint(KindU16, KindString, Kind(99)); got != "2 bytes LENGTH + text + NUL Kind(99)" {
		t.Errorf("Kind names = %q", got)
	}
	both := Client.Lookup(0x0456)
	for _, name := range []string{"REQ_ADD_TO_LIST", "msg_to_new_user", "REQ_ADD_TO_LIST/MSG_TO_NEW_USER"} {
		if Client.ByName(name) != both {
			t.Errorf("ByName(%q) is not 56 04", name)
		}
	}
	if both.Display() != "REQ_ADD_TO_LIST/MSG_TO_NEW_USER" || len(both.Names()) != 2 || both.Dir != ClientToServer {
		t.Errorf("56 04 is %q %q %v", both.Display(), both.Names(), both.Dir)
	}
	if Server.ByName("LOGIN") != nil || Peer.Lookup(0x07EE).Dir != PeerToPeer || ForDirection(PeerToPeer) != nil {
		t.Error("a lookup crosses tables")
	}
	if Client.MustByName("msg_to_new_user") != both {
		t.Error("MustByName does not find what ByName finds")
	}
	defer func() {
		if msg := fmt.Sprint(recover()); msg != "dissect: no s2c command LOGIN" {
			t.Errorf("MustByName of a missing command panics with %q", msg)
		}
	}()
	Server.MustByName("LOGIN")
}
