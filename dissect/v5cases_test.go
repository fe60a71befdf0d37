package dissect

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// The v5 decode cases: every command of the facts sheet §4, from commented
// hex. A client packet's hex is its plaintext (encrypted before decoding);
// UIN 123402, SESSION_ID 0x47DF098C throughout.

// h5c writes a v5 client header: VERSION, ZERO, UIN, SESSION_ID, COMMAND,
// SEQ_NUM1, SEQ_NUM2 and a CHECKCODE of 0 (the encryption fills it in).
func h5c(code, seq1, seq2 uint16) string {
	return fmt.Sprintf("05 00  00 00 00 00  0A E2 01 00  8C 09 DF 47  %02X %02X  %02X %02X  %02X %02X  00 00 00 00 ",
		code&0xFF, code>>8, seq1&0xFF, seq1>>8, seq2&0xFF, seq2>>8)
}

// h5s writes a v5 server header: VERSION, ZERO, SESSION_ID, COMMAND,
// SEQ_NUM1, SEQ_NUM2, UIN and CHECKCODE 0.
func h5s(code, seq1, seq2 uint16) string {
	return fmt.Sprintf("05 00  00  8C 09 DF 47  %02X %02X  %02X %02X  %02X %02X  0A E2 01 00  00 00 00 00 ",
		code&0xFF, code>>8, seq1&0xFF, seq1>>8, seq2&0xFF, seq2>>8)
}

// c5 lists a v5 client header's values, then the parameters'. The
// checkcode depends on the encryption and is checked by the decoder.
func c5(code uint16, name string, seq1, seq2 uint16, params ...string) []string {
	return append([]string{"VERSION@0+2=5", "ZERO@2+4=0", "UIN@6+4=123402", "SESSION_ID@10+4=1205799308",
		"COMMAND@14+2=" + numName(code, name), fmt.Sprintf("SEQ_NUM1@16+2=%d", seq1), fmt.Sprintf("SEQ_NUM2@18+2=%d", seq2),
		"CHECKCODE@20+4=*"}, params...)
}

// s5 lists a v5 server header's values, then the parameters'.
func s5(code uint16, name string, seq1, seq2 uint16, params ...string) []string {
	return append([]string{"VERSION@0+2=5", "ZERO@2+1=0", "SESSION_ID@3+4=1205799308",
		"COMMAND@7+2=" + numName(code, name), fmt.Sprintf("SEQ_NUM1@9+2=%d", seq1), fmt.Sprintf("SEQ_NUM2@11+2=%d", seq2),
		"UIN@13+4=123402", "CHECKCODE@17+4=0"}, params...)
}

func cmd5(name string, code, seq1, seq2 uint16, params string, values ...string) decodeCase {
	return decodeCase{name: name, dir: ClientToServer, payload: h5c(code, seq1, seq2) + params, command: name,
		version: 5, encrypt: true, values: c5(code, name, seq1, seq2, values...)}
}

func srv5(name string, code, seq1, seq2 uint16, params string, values ...string) decodeCase {
	return decodeCase{name: name, dir: ServerToClient, payload: h5s(code, seq1, seq2) + params, command: name,
		version: 5, values: s5(code, name, seq1, seq2, values...)}
}

// with adds the issues a case expects.
func (c decodeCase) with(issues ...string) decodeCase {
	c.issues = issues
	return c
}

func TestDecodeClient5(t *testing.T) { runCases(t, client5Cases) }
func TestDecodeServer5(t *testing.T) { runCases(t, server5Cases) }
func TestDecodeMeta5(t *testing.T)   { runCases(t, meta5Cases) }

var client5Cases = []decodeCase{
	cmd5("CMD_ACK", 0x000A, 1, 0, "78 56 34 12", /* RANDOM */
		"RANDOM@24+4=305419896"),
	cmd5("CMD_SEND_MESSAGE", 0x010E, 100, 5,
		"23 7A 08 00"+ // TO_UIN 555555
			"01 00"+ // MSG_TYPE text
			"0D 00 'Hello, world' 00",
		"TO_UIN@24+4=555555",
		"MSG_TYPE@28+2=1(text)",
		"MESSAGE@30+15=\"Hello, world\""), // MESSAGE
	cmd5("CMD_TCP_REQUEST", 0x015E, 101, 6,
		"23 7A 08 00"+ // TARGET_UIN 555555
			"C0 A8 01 02"+ // OWN_IP 192.168.1.2
			"D2 04 00 00"+ // OWN_PORT 1234
			"04"+ // MODE direct
			"D2 04 00 00 D2 04 00 00"+ // PORT, PORT2
			"02 00",
		"TARGET_UIN@24+4=555555",
		"OWN_IP@28+4=192.168.1.2",
		"OWN_PORT@32+4=1234",
		"MODE@36+1=4(direct)",
		"PORT@37+4=1234",
		"PORT2@41+4=1234",
		"X1@45+2=2"), // X1
	cmd5("CMD_LOGIN", 0x03E8, 3948, 1,
		"00 E8 56 36"+ // TIME 1998-12-... (0x3656E800)
			"D2 04 00 00"+ // TCP_PORT 1234
			"07 00 'secret' 00"+ // PASSWORD
			"D5 00 00 00"+ // X1 (mICQ's 0xD5)
			"C0 A8 01 02"+ // INTERNAL_IP
			"04"+ // MODE direct
			"00 00 00 00"+ // STATUS online
			"06 00 00 00"+ // TCP_VERSION 6, X2
			"02 00 3F 01 50 00 00 00 03 00 00 00 AC FA 5B 38 00 00 00 00 00 00 00 00",
		"TIME@24+4=911665152",
		"TCP_PORT@28+4=1234",
		"PASSWORD@32+9=\"secret\"",
		"X1@41+4=213",
		"INTERNAL_IP@45+4=192.168.1.2",
		"MODE@49+1=4(direct)",
		"STATUS@50+4=0(online)",
		"TCP_VERSION@54+2=6",
		"X2@56+2=0",
		"TRAILER@58+24=02 00 3F 01 50 00 00 00 03 00 00 00 AC FA 5B 38 00 00 00 00 00 00 00 00"), // ICQ 99b trailer
	cmd5("CMD_CHECK_CREDENTIALS", 0x03F2, 3940, 1, "0A E2 01 00  07 00 'secret' 00  01 00 00 00",
		"CHECK_UIN@24+4=123402",
		"PASSWORD@28+9=\"secret\"",
		"CLIENT_VERSION@37+4=1"),
	cmd5("CMD_REG_NEW_USER", 0x03FC, 3941, 1, "07 00 'secret' 00  A0 00 00 00 61 24 00 00 00 00 A0 00 00 00 00 00",
		"PASSWORD@24+9=\"secret\"",
		"X1@33+16=A0 00 00 00 61 24 00 00 00 00 A0 00 00 00 00 00"),
	cmd5("CMD_CONTACT_LIST", 0x0406, 3950, 3, "02  23 7A 08 00  B1 68 DE 3A", /* COUNT 2, UINs */
		"COUNT@24+1=2",
		"UIN[0]@25+4=555555",
		"UIN[1]@29+4=987654321"),
	cmd5("CMD_SEARCH_UIN", 0x041A, 3951, 4, "23 7A 08 00",
		"SEARCH_UIN@24+4=555555"),
	cmd5("CMD_SEARCH_USER", 0x0424, 3952, 5, "05 00 'nick' 00  01 00 00  01 00 00  09 00 'a@b.c.de' 00",
		"NICK@24+7=\"nick\"",
		"FIRST@31+3=\"\"",
		"LAST@34+3=\"\"",
		"EMAIL@37+11=\"a@b.c.de\""),
	cmd5("CMD_KEEP_ALIVE", 0x042E, 3953, 0, "11 22 33 44",
		"RANDOM@24+4=1144201745"),
	cmd5("CMD_SEND_TEXT_CODE", 0x0438, 3954, 0, "14 00 'B_USER_DISCONNECTED' 00  05 00",
		"TEXT_CODE@24+22=\"B_USER_DISCONNECTED\"",
		"X1@46+2=5"),
	cmd5("CMD_ACK_MESSAGES", 0x0442, 3955, 6, "11 22 33 44",
		"RANDOM@24+4=1144201745"),
	cmd5("CMD_LOGIN_1", 0x044C, 3956, 7, "11 22 33 44",
		"RANDOM@24+4=1144201745"),
	cmd5("CMD_MSG_TO_NEW_USER", 0x0456, 3957, 8, "23 7A 08 00  08 00  01 00 00", /* MSG_AUTH, empty */
		"TO_UIN@24+4=555555",
		"MSG_TYPE@28+2=8(auth granted)",
		"MESSAGE@30+3=\"\""),
	cmd5("CMD_INFO_REQ", 0x0460, 3958, 9, "23 7A 08 00",
		"QUERY_UIN@24+4=555555"),
	cmd5("CMD_EXT_INFO_REQ", 0x046A, 3959, 10, "23 7A 08 00",
		"QUERY_UIN@24+4=555555"),
	{name: "CMD_CHANGE_PW: no v5 layout", dir: ClientToServer, encrypt: true, version: 5, command: "CMD_CHANGE_PW",
		payload: h5c(0x049C, 3960, 11) + "07 00 'secret' 00",
		values:  c5(0x049C, "CMD_CHANGE_PW", 3960, 11, "PARAMETERS@24+9=07 00 73 65 63 72 65 74 00"),
		issues:  []string{"note undescribed: the v5 facts sheet names command 0x049C but does not lay out its parameters"}},
	cmd5("CMD_NEW_USER_INFO", 0x04A6, 3961, 12, "05 00 'nick' 00  01 00 00  01 00 00  01 00 00  01 01 01",
		"NICK@24+7=\"nick\"",
		"FIRST@31+3=\"\"",
		"LAST@34+3=\"\"",
		"EMAIL@37+3=\"\"",
		"X1@40+1=1",
		"X2@41+1=1",
		"X3@42+1=1"),
	cmd5("CMD_UPDATE_EXT_INFO", 0x04B0, 3962, 13,
		"07 00 'Berlin' 00  31 00  01"+ // CITY, COUNTRY 49, TIMEZONE
			"01 00 00  1E 00  02"+ // STATE, AGE 30, SEX male
			"01 00 00  01 00 00  06 00 'hello' 00  39 30 00 00",
		"CITY@24+9=\"Berlin\"",
		"COUNTRY@33+2=49",
		"TIMEZONE@35+1=1",
		"STATE@36+3=\"\"",
		"AGE@39+2=30",
		"SEX@41+1=2(male)",
		"PHONE@42+3=\"\"",
		"HOMEPAGE@45+3=\"\"",
		"ABOUT@48+8=\"hello\"",
		"ZIP@56+4=12345"), // PHONE, HOMEPAGE, ABOUT, ZIP 12345
	cmd5("CMD_QUERY_SERVERS", 0x04BA, 3963, 14, "11 22 33 44", /* licq's padding: no packet is only a header */
		"TRAILING@24+4=11 22 33 44").
		with("note trailing TRAILING: 4 bytes after the last field"),
	cmd5("CMD_QUERY_ADDONS", 0x04C4, 3964, 15, "11 22 33 44",
		"TRAILING@24+4=11 22 33 44").with("note trailing TRAILING: 4 bytes after the last field"),
	cmd5("CMD_STATUS_CHANGE", 0x04D8, 3965, 16, "01 00 01 00", /* away, web-aware */
		"STATUS@24+4=65537(away, web-aware)"),
	cmd5("CMD_NEW_USER_1", 0x04EC, 3949, 2, "50 C5 2C E2",
		"COOKIE@24+4=3794584912"),
	cmd5("CMD_UPDATE_INFO", 0x050A, 3966, 17, "05 00 'nick' 00  01 00 00  01 00 00  01 00 00",
		"NICK@24+7=\"nick\"",
		"FIRST@31+3=\"\"",
		"LAST@34+3=\"\"",
		"EMAIL@37+3=\"\""),
	cmd5("CMD_AUTH_UPDATE", 0x0514, 3967, 18, "01 00 00 00",
		"AUTHORIZE@24+4=1"),
	cmd5("CMD_KEEP_ALIVE2", 0x051E, 3968, 19, "11 22 33 44",
		"RANDOM@24+4=1144201745"),
	{name: "CMD_LOGIN_2: no v5 layout", dir: ClientToServer, encrypt: true, version: 5, command: "CMD_LOGIN_2",
		payload: h5c(0x0528, 3969, 20) + "00",
		values:  c5(0x0528, "CMD_LOGIN_2", 3969, 20, "PARAMETERS@24+1=00"),
		issues:  []string{"note undescribed: the v5 facts sheet names command 0x0528 but does not lay out its parameters"}},
	cmd5("CMD_ADD_TO_LIST", 0x053C, 3970, 21, "23 7A 08 00",
		"ADD_UIN@24+4=555555"),
	cmd5("CMD_RAND_SET", 0x0564, 3971, 22, "03 00 00 00",
		"GROUP@24+4=3(games)"),
	cmd5("CMD_RAND_SEARCH", 0x056E, 3972, 23, "01 00 00 00",
		"GROUP@24+4=1(general)"),
	cmd5("CMD_INVIS_LIST", 0x06A4, 3973, 24, "01  23 7A 08 00",
		"COUNT@24+1=1",
		"UIN[0]@25+4=555555"),
	cmd5("CMD_VIS_LIST", 0x06AE, 3974, 25, "00", /* an empty list */
		"COUNT@24+1=0"),
	cmd5("CMD_UPDATE_LIST", 0x06B8, 3975, 26, "23 7A 08 00  01  01",
		"LIST_UIN@24+4=555555",
		"LIST@28+1=1",
		"ACTION@29+1=1"),
	{name: "unknown command", dir: ClientToServer, encrypt: true, version: 5, command: "UNKNOWN(0x05C8)",
		payload: h5c(0x05C8, 3976, 27) + "AA BB",
		values:  c5(0x05C8, "", 3976, 27, "PARAMETERS@24+2=AA BB"),
		issues:  []string{"warning unknown-command: command code 0x05C8 is not in the v5 facts sheet; parameters shown raw"}},
}

var server5Cases = []decodeCase{
	srv5("SRV_ACK", 0x000A, 100, 5, "",
		"BODY@21+0="),
	srv5("SRV_ACK", 0x000A, 3949, 2, "0A  50 C5 2C E2  01 00", /* iserverd's answer to CMD_NEW_USER_1 */
		"BODY@21+7=0A 50 C5 2C E2 01 00"),
	srv5("SRV_SILENT_TOO_LONG", 0x001E, 3, 0, "D0 07 00 00 46 00",
		"BODY@21+6=D0 07 00 00 46 00"),
	srv5("SRV_GO_AWAY", 0x0028, 4, 0, ""),
	srv5("SRV_NEW_UIN", 0x0046, 5, 0, "50 C5 2C E2",
		"COOKIE@21+4=3794584912"),
	srv5("SRV_LOGIN_REPLY", 0x005A, 0, 1,
		"8C 00  00 00  6E 00  78 00  0A 00  05 00"+ // X1, X2, PING_INTERVAL 110, TIMEOUT 120, X3, RETRIES 5
			"C0 A8 01 02"+ // CLIENT_IP
			"9B C1 CD 80",
		"X1@21+2=140",
		"X2@23+2=0",
		"PING_INTERVAL@25+2=110",
		"TIMEOUT@27+2=120",
		"X3@29+2=10",
		"RETRIES@31+2=5",
		"CLIENT_IP@33+4=192.168.1.2",
		"X4@37+4=2160968091"), // X4
	srv5("SRV_BAD_PASS", 0x0064, 1, 1, ""),
	srv5("SRV_USER_ONLINE", 0x006E, 6, 0,
		"23 7A 08 00  0A 00 00 05  D2 04 00 00  C0 A8 01 07"+ // REMOTE_UIN, IP 10.0.0.5, TCP_PORT, REAL_IP
			"04  00 00 01 00  06 00 00 00"+ // MODE direct, STATUS online web-aware, TCP_VERSION 6
			"78 56 34 12  50 00 00 00  03 00 00 00  AC FA 5B 38  00 00 00 00  00 00 00 00",
		"REMOTE_UIN@21+4=555555",
		"IP@25+4=10.0.0.5",
		"TCP_PORT@29+4=1234",
		"REAL_IP@33+4=192.168.1.7",
		"MODE@37+1=4(direct)",
		"STATUS@38+4=65536(online, web-aware)",
		"TCP_VERSION@42+4=6",
		"DC_COOKIE@46+4=305419896",
		"WEB_PORT@50+4=80",
		"CLIENT_FEATURES@54+4=3",
		"INFO_TIME@58+4=945552044",
		"MORE_TIME@62+4=0",
		"STATUS_TIME@66+4=0"),
	srv5("SRV_USER_OFFLINE", 0x0078, 7, 0, "23 7A 08 00",
		"REMOTE_UIN@21+4=555555"),
	{name: "SRV_QUERY: no layout", dir: ServerToClient, version: 5, command: "SRV_QUERY",
		payload: h5s(0x0082, 8, 0) + "01 02",
		values:  s5(0x0082, "SRV_QUERY", 8, 0, "PARAMETERS@21+2=01 02"),
		issues:  []string{"note undescribed: the v5 facts sheet names command 0x0082 but does not lay out its parameters"}},
	srv5("SRV_USER_FOUND", 0x008C, 9, 4, "23 7A 08 00  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  01  01",
		"FOUND_UIN@21+4=555555",
		"NICK@25+7=\"nick\"",
		"FIRST@32+3=\"\"",
		"LAST@35+3=\"\"",
		"EMAIL@38+3=\"\"",
		"AUTH@41+1=1",
		"SEARCH_STATUS@42+1=1"),
	srv5("SRV_END_OF_SEARCH", 0x00A0, 10, 4, "00",
		"MORE@21+1=0"),
	{name: "SRV_NEW_USER: no layout", dir: ServerToClient, version: 5, command: "SRV_NEW_USER",
		payload: h5s(0x00B4, 11, 0) + "",
		values:  s5(0x00B4, "SRV_NEW_USER", 11, 0, "PARAMETERS@21+0="),
		issues:  []string{"note undescribed: the v5 facts sheet names command 0x00B4 but does not lay out its parameters"}},
	srv5("SRV_UPDATE_EXT", 0x00C8, 12, 13, ""),
	srv5("SRV_UPDATE_EXT_FAIL", 0x00D2, 13, 13, ""),
	srv5("SRV_RECV_MESSAGE", 0x00DC, 14, 0,
		"23 7A 08 00  CE 07  0C 1F 17 3B"+ // FROM_UIN, 1998-12-31 23:59
			"04 00  0E 00 'site' FE 'http://x' 00",
		"FROM_UIN@21+4=555555",
		"YEAR@25+2=1998",
		"MONTH@27+1=12",
		"DAY@28+1=31",
		"HOUR@29+1=23",
		"MINUTE@30+1=59",
		"MSG_TYPE@31+2=4(url)",
		"MESSAGE@33+16=description:\"site\" url:\"http://x\""), // MSG_TYPE url, MESSAGE
	srv5("SRV_X2", 0x00E6, 15, 0, ""),
	srv5("SRV_NOT_CONNECTED", 0x00F0, 16, 0, ""),
	srv5("SRV_TRY_AGAIN", 0x00FA, 17, 1, ""),
	srv5("SRV_SYS_DELIVERED_MESS", 0x0104, 18, 0, "23 7A 08 00  01 00  05 00 'caf' E9 00", /* é in Windows-1252 */
		"FROM_UIN@21+4=555555",
		"MSG_TYPE@25+2=1(text)",
		"MESSAGE@27+7=\"café\""),
	srv5("SRV_INFO_REPLY", 0x0118, 19, 9, "23 7A 08 00  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  00",
		"REMOTE_UIN@21+4=555555",
		"NICK@25+7=\"nick\"",
		"FIRST@32+3=\"\"",
		"LAST@35+3=\"\"",
		"EMAIL@38+3=\"\"",
		"AUTH@41+1=0"),
	srv5("SRV_EXT_INFO_REPLY", 0x0122, 20, 10,
		"23 7A 08 00  07 00 'Berlin' 00  31 00  FE  01 00 00  FF FF  02  01 00 00  01 00 00  06 00 'hello' 00",
		"REMOTE_UIN@21+4=555555",
		"CITY@25+9=\"Berlin\"",
		"COUNTRY@34+2=49",
		"COUNTRY_STATUS@36+1=254",
		"STATE@37+3=\"\"",
		"AGE@40+2=65535(not entered)",
		"SEX@42+1=2(male)",
		"PHONE@43+3=\"\"",
		"HOMEPAGE@46+3=\"\"",
		"ABOUT@49+8=\"hello\""),
	srv5("SRV_INFO_FAIL", 0x012C, 21, 9, "23 7A 08 00",
		"REMOTE_UIN@21+4=555555"),
	srv5("SRV_TCP_REQUEST", 0x015E, 22, 0, "23 7A 08 00  0A 00 00 05  D2 04  00 00  06  D3 04  00 00  00 00  00 00  06 00",
		"REMOTE_UIN@21+4=555555",
		"IP@25+4=10.0.0.5",
		"PORT@29+2=1234",
		"X1@31+2=0",
		"X2@33+1=6",
		"PORT2@34+2=1235",
		"X3@36+2=0",
		"X4@38+2=0",
		"X5@40+2=0",
		"TCP_VERSION@42+2=6"),
	srv5("SRV_STATUS_UPDATE", 0x01A4, 23, 0, "23 7A 08 00  13 00 00 00", /* dnd */
		"REMOTE_UIN@21+4=555555",
		"STATUS@25+4=19(dnd)"),
	{name: "SRV_SYSTEM_MESSAGE: no layout", dir: ServerToClient, version: 5, command: "SRV_SYSTEM_MESSAGE",
		payload: h5s(0x01C2, 24, 0) + "AA",
		values:  s5(0x01C2, "SRV_SYSTEM_MESSAGE", 24, 0, "PARAMETERS@21+1=AA"),
		issues:  []string{"note undescribed: the v5 facts sheet names command 0x01C2 but does not lay out its parameters"}},
	srv5("SRV_UPDATE_SUCCESS", 0x01E0, 25, 17, ""),
	srv5("SRV_UPDATE_FAIL", 0x01EA, 26, 17, ""),
	srv5("SRV_AUTH_UPDATE", 0x01F4, 27, 18, ""),
	srv5("SRV_AUTH_UPDATED", 0x01FE, 28, 18, ""),
	srv5("SRV_MULTI_PACKET", 0x0212, 29, 0,
		"02"+ // COUNT
			"19 00"+h5s(0x0078, 29, 0)+"23 7A 08 00"+ // SIZE 25: SRV_USER_OFFLINE
			"15 00"+h5s(0x021C, 30, 0),
		"COUNT@21+1=2",
		"PACKET[0]@22+27=25",
		"PACKET[1]@49+23=21"), // SIZE 21: SRV_X1
	srv5("SRV_X1", 0x021C, 31, 0, "0A E2 01 00",
		"BODY@21+4=0A E2 01 00"),
	srv5("SRV_RAND_USER", 0x024E, 32, 23,
		"23 7A 08 00  0A 00 00 05  D2 04 00 00  C0 A8 01 07  04  00 00 00 00  06 00"+
			"00 00 00 00 00 00 00 00 00 00 00 00 00 00",
		"FOUND_UIN@21+4=555555",
		"IP@25+4=10.0.0.5",
		"PORT@29+4=1234",
		"REAL_IP@33+4=192.168.1.7",
		"MODE@37+1=4(direct)",
		"STATUS@38+4=0(online)",
		"TCP_VERSION@42+2=6",
		"X1@44+14=00 00 00 00 00 00 00 00 00 00 00 00 00 00"),
	srv5("SRV_LOGIN_ERR", 0x0370, 0, 1, "0B 00 'go away!!!' 00  00 00 00 00",
		"MESSAGE@21+13=\"go away!!!\"",
		"X1@34+4=0"),
	{name: "v3 header inside a v5 session (SRV_BAD_PASS from iserverd)", dir: ServerToClient, version: 3,
		payload: "03 00  64 00  01 00  01 00  0A E2 01 00  00 00 00 00  00 00", command: "UNKNOWN(0x0064)",
		values: []string{"VERSION@0+2=3", "COMMAND@2+2=100", "SEQ_NUM1@4+2=1", "SEQ_NUM2@6+2=1", "UIN@8+4=123402",
			"CHECKCODE@12+4=0", "PARAMETERS@16+2=00 00"},
		issues: []string{"note header-only: version 3: only the header is decoded; the parameters are shown raw"}},
}

// meta5Cases: every subcommand; a 99b form laid out as its 99a form is
// derived from it (twins).
var meta5Cases = append(meta5Forms, twins(meta5Forms, map[uint16]uint16{
	0x04B0: 0x04B1, 0x04CE: 0x04CF, 0x0514: 0x0515, 0x051E: 0x051F, 0x0528: 0x0529, 0x0190: 0x01A4, 0x019A: 0x01AE})...)

// twins derives, from each case whose SUBCMD is a key of codes, the case of
// the subcommand with the same layout: the code and its name swapped.
func twins(cases []decodeCase, codes map[uint16]uint16) []decodeCase {
	var out []decodeCase
	for _, c := range cases {
		for from, to := range codes {
			if !strings.Contains(c.values[8], fmt.Sprintf("=%d(", from)) {
				continue
			}
			n := len(h5c(0, 0, 0)) // SUBCMD comes first after the header
			if c.dir == ServerToClient {
				n = len(h5s(0, 0, 0))
			}
			t := c
			t.name = c.name + " twin"
			t.payload = c.payload[:n] + strings.Replace(c.payload[n:], fmt.Sprintf("%02X %02X", from&0xFF, from>>8),
				fmt.Sprintf("%02X %02X", to&0xFF, to>>8), 1)
			t.values = append([]string(nil), c.values...)
			table := MetaUser
			if c.dir == ServerToClient {
				table = MetaUserReply
			}
			t.values[8] = strings.Replace(c.values[8], fmt.Sprintf("=%d(%s)", from, table.Lookup(from).Name),
				fmt.Sprintf("=%d(%s)", to, table.Lookup(to).Name), 1)
			out = append(out, t)
		}
	}
	return out
}

var meta5Forms = []decodeCase{
	cmd5("CMD_META_USER", 0x064A, 3980, 30, "E8 03"+strings12+"39 30 00 00  31 00  02  00",
		at(24, []string{"SUBCMD+2=1000(META_SET_BASIC)", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL1", "EMAIL2", "EMAIL3", "CITY", "STATE", "PHONE", "FAX", "STREET", "CELLULAR"), []string{"ZIP+4=12345", "COUNTRY+2=49", "TIMEZONE+1=2", "HIDE_EMAIL+1=0"})...),
	cmd5("CMD_META_USER", 0x064A, 3981, 31, "E9 03"+strings12+"06 00 '12345' 00  31 00  02  00",
		at(24, []string{"SUBCMD+2=1001(META_SET_BASIC2)", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL1", "EMAIL2", "EMAIL3", "CITY", "STATE", "PHONE", "FAX", "STREET", "CELLULAR"), []string{"ZIP+8=\"12345\"", "COUNTRY+2=49", "TIMEZONE+1=2", "HIDE_EMAIL+1=0"})...),
	cmd5("CMD_META_USER", 0x064A, 3982, 32, "F2 03"+strings5+"39 30 00 00  31 00"+strings3+"05 00  01 00 00",
		at(24, []string{"SUBCMD+2=1010(META_SET_WORK)", "WCITY+9=\"Berlin\""}, empty("WSTATE", "WPHONE", "WFAX", "WADDRESS"), []string{"WZIP+4=12345", "WCOUNTRY+2=49"}, empty("COMPANY", "DEPARTMENT", "POSITION"), []string{"OCCUPATION+2=5"}, empty("WHOMEPAGE"))...),
	cmd5("CMD_META_USER", 0x064A, 3983, 33, "F3 03"+strings5+"06 00 '12345' 00  31 00"+strings3+"05 00  01 00 00",
		at(24, []string{"SUBCMD+2=1011(META_SET_WORK2)", "WCITY+9=\"Berlin\""}, empty("WSTATE", "WPHONE", "WFAX", "WADDRESS"), []string{"WZIP+8=\"12345\"", "WCOUNTRY+2=49"}, empty("COMPANY", "DEPARTMENT", "POSITION"), []string{"OCCUPATION+2=5"}, empty("WHOMEPAGE"))...),
	cmd5("CMD_META_USER", 0x064A, 3984, 34, "FC 03  1E 00  02  01 00 00  4A  0C 1F  0C 00 00",
		at(24, []string{"SUBCMD+2=1020(META_SET_MORE)", "AGE+2=30", "GENDER+1=2(male)"}, empty("HOMEPAGE"), []string{"BIRTH_YEAR+1=74", "BIRTH_MONTH+1=12", "BIRTH_DAY+1=31", "LANG1+1=12", "LANG2+1=0", "LANG3+1=0"})...),
	cmd5("CMD_META_USER", 0x064A, 3985, 35, "FD 03  1E 00  02  01 00 00  CE 07  0C 1F  0C 00 00",
		at(24, []string{"SUBCMD+2=1021(META_SET_MORE2)", "AGE+2=30", "GENDER+1=2(male)"}, empty("HOMEPAGE"), []string{"BIRTH_YEAR+2=1998", "BIRTH_MONTH+1=12", "BIRTH_DAY+1=31", "LANG1+1=12", "LANG2+1=0", "LANG3+1=0"})...),
	cmd5("CMD_META_USER", 0x064A, 3986, 36, "06 04  06 00 'hello' 00",
		at(24, []string{"SUBCMD+2=1030(META_SET_ABOUT)", "ABOUT+8=\"hello\""})...),
	cmd5("CMD_META_USER", 0x064A, 3987, 37, "10 04  01"+strings.Repeat("64 00  05 00 'golf' 00  ", 1)+strings.Repeat("00 00  01 00 00  ", 3),
		at(24, []string{"SUBCMD+2=1040(META_SET_INTERESTS)", "COUNT+1=1", "CATEGORY1+2=100", "KEYWORDS1+7=\"golf\"", "CATEGORY2+2=0"}, empty("KEYWORDS2"), []string{"CATEGORY3+2=0"}, empty("KEYWORDS3"), []string{"CATEGORY4+2=0"}, empty("KEYWORDS4"))...),
	cmd5("CMD_META_USER", 0x064A, 3988, 38, "1A 04  00"+strings.Repeat("00 00  01 00 00  ", 3)+"00"+strings.Repeat("00 00  01 00 00  ", 3),
		at(24, []string{"SUBCMD+2=1050(META_SET_AFFILIATIONS)", "PAST_COUNT+1=0", "PAST_CATEGORY1+2=0"}, empty("PAST_KEYWORDS1"), []string{"PAST_CATEGORY2+2=0"}, empty("PAST_KEYWORDS2"), []string{"PAST_CATEGORY3+2=0"}, empty("PAST_KEYWORDS3"), []string{"AFFIL_COUNT+1=0", "AFFIL_CATEGORY1+2=0"}, empty("AFFIL_KEYWORDS1"), []string{"AFFIL_CATEGORY2+2=0"}, empty("AFFIL_KEYWORDS2"), []string{"AFFIL_CATEGORY3+2=0"}, empty("AFFIL_KEYWORDS3"))...),
	cmd5("CMD_META_USER", 0x064A, 3989, 39, "24 04  01 00 01",
		at(24, []string{"SUBCMD+2=1060(META_SET_SECURITY)", "AUTH+1=1", "WEBAWARE+1=0", "HIDEIP+1=1"})...),
	cmd5("CMD_META_USER", 0x064A, 3990, 40, "2E 04  07 00 'secret' 00",
		at(24, []string{"SUBCMD+2=1070(META_SET_PASS)", "PASSWORD+9=\"secret\""})...),
	cmd5("CMD_META_USER", 0x064A, 3991, 41, "42 04  01  64 00  05 00 'golf' 00",
		at(24, []string{"SUBCMD+2=1090(META_SET_HPCAT)", "ENABLED+1=1", "CATEGORY+2=100", "DESCRIPTION+7=\"golf\""})...),
	cmd5("CMD_META_USER", 0x064A, 3992, 42, "B0 04  23 7A 08 00",
		at(24, []string{"SUBCMD+2=1200(META_USER_FULLINFO)", "QUERY_UIN+4=555555"})...),
	cmd5("CMD_META_USER", 0x064A, 3994, 44, "BA 04  23 7A 08 00",
		at(24, []string{"SUBCMD+2=1210(META_USER_INFO)", "QUERY_UIN+4=555555"})...),
	cmd5("CMD_META_USER", 0x064A, 3995, 45, "C4 04  0A E2 01 00  07 00 'secret' 00",
		at(24, []string{"SUBCMD+2=1220(META_USER_UNREGISTER)", "QUERY_UIN+4=123402", "PASSWORD+9=\"secret\""})...),
	cmd5("CMD_META_USER", 0x064A, 3996, 46, "CE 04  0A E2 01 00",
		at(24, []string{"SUBCMD+2=1230(META_USER_LOGININFO)", "QUERY_UIN+4=123402"})...),
	cmd5("CMD_META_USER", 0x064A, 3998, 48, "14 05  01 00 00  01 00 00  05 00 'nick' 00",
		at(24, []string{"SUBCMD+2=1300(META_SEARCH_NAME)"}, empty("FIRST", "LAST"), []string{"NICK+7=\"nick\""})...),
	cmd5("CMD_META_USER", 0x064A, 4000, 50, "1E 05  23 7A 08 00",
		at(24, []string{"SUBCMD+2=1310(META_SEARCH_UIN)", "SEARCH_UIN+4=555555"})...),
	cmd5("CMD_META_USER", 0x064A, 4002, 52, "28 05  09 00 'a@b.c.de' 00",
		at(24, []string{"SUBCMD+2=1320(META_SEARCH_EMAIL)", "EMAIL+11=\"a@b.c.de\""})...),
	cmd5("CMD_META_USER", 0x064A, 4004, 54, "32 05"+strings4+"12 00  1E 00  01  0C"+strings2+"31 00"+strings3+"00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 01",
		at(24, []string{"SUBCMD+2=1330(META_SEARCH_WHITE)", "FIRST+7=\"nick\""}, empty("LAST", "NICK", "EMAIL"), []string{"MIN_AGE+2=18", "MAX_AGE+2=30", "GENDER+1=1(female)", "LANGUAGE+1=12"}, empty("CITY", "STATE"), []string{"COUNTRY+2=49"}, empty("COMPANY", "DEPARTMENT", "POSITION"), []string{"TAIL+17=00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 01"})...),
	cmd5("CMD_META_USER", 0x064A, 4005, 55, "33 05"+strings4+"12 00  1E 00  01  0C"+strings2+"31 00"+strings3+"00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 01",
		at(24, []string{"SUBCMD+2=1331(META_SEARCH_WHITE2)", "FIRST+7=\"nick\""}, empty("LAST", "NICK", "EMAIL"), []string{"MIN_AGE+2=18", "MAX_AGE+2=30", "GENDER+1=1(female)", "LANGUAGE+1=12"}, empty("CITY", "STATE"), []string{"COUNTRY+2=49"}, empty("COMPANY", "DEPARTMENT", "POSITION"), []string{"TAIL+22=00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 00 00 01 00 00 01"})...),
	cmd5("CMD_META_USER", 0x064A, 4006, 56, "B8 06  01 02 03 04",
		at(24, []string{"SUBCMD+2=1720(META_USAGE_STATS)", "PARAMETERS+4=01 02 03 04"})...).
		with("note undescribed: the v5 facts sheet names command 0x06B8 but does not lay out its parameters"),
	cmd5("CMD_META_USER", 0x064A, 4007, 57, "D0 07",
		at(24, []string{"SUBCMD+2=2000(META_LOGIN)", "PARAMETERS+0="})...).
		with("note undescribed: the v5 facts sheet names command 0x07D0 but does not lay out its parameters"),
	cmd5("CMD_META_USER", 0x064A, 4008, 58, "99 09  01 02", /* an unknown subcommand */
		at(24, []string{"SUBCMD+2=2457", "PARAMETERS+2=01 02"})...).
		with("warning unknown-subcommand: subcommand 0x0999 is not in the v5 facts sheet; its data shown raw"),
	srv5("SRV_META_USER", 0x03DE, 40, 30, "64 00  0A",
		at(21, []string{"SUBCMD+2=100(META_SET_BASIC_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 41, 32, "6E 00  0A",
		at(21, []string{"SUBCMD+2=110(META_SET_WORK_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 42, 34, "78 00  0A",
		at(21, []string{"SUBCMD+2=120(META_SET_MORE_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 43, 36, "82 00  0A",
		at(21, []string{"SUBCMD+2=130(META_SET_ABOUT_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 44, 37, "8C 00  0A",
		at(21, []string{"SUBCMD+2=140(META_SET_INTERESTS_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 45, 38, "96 00  0A",
		at(21, []string{"SUBCMD+2=150(META_SET_AFFILIATIONS_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 46, 39, "A0 00  0A",
		at(21, []string{"SUBCMD+2=160(META_SET_SECURE_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 47, 40, "AA 00  32", /* failure: no data */
		at(21, []string{"SUBCMD+2=170(META_SET_PASS_ACK)", "RESULT+1=50(failure)"})...),
	srv5("SRV_META_USER", 0x03DE, 48, 45, "B4 00  0A",
		at(21, []string{"SUBCMD+2=180(META_UNREG_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 49, 41, "BE 00  0A",
		at(21, []string{"SUBCMD+2=190(META_SET_HPCAT_ACK)", "RESULT+1=10(success)"})...),
	srv5("SRV_META_USER", 0x03DE, 50, 43, "C8 00  0A"+strings12+"06 00 '12345' 00  31 00  02  01 00 00",
		at(21, []string{"SUBCMD+2=200(META_INFO_GENERAL)", "RESULT+1=10(success)", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL1", "EMAIL2", "EMAIL3", "CITY", "STATE", "PHONE", "FAX", "STREET", "CELLULAR"), []string{"ZIP+8=\"12345\"", "COUNTRY+2=49", "TIMEZONE+1=2", "FLAGS+3=01 00 00"})...),
	srv5("SRV_META_USER", 0x03DE, 51, 43, "D2 00  0A"+strings5+"06 00 '12345' 00  31 00"+strings3+"05 00  01 00 00",
		at(21, []string{"SUBCMD+2=210(META_INFO_WORK)", "RESULT+1=10(success)", "WCITY+9=\"Berlin\""}, empty("WSTATE", "WPHONE", "WFAX", "WADDRESS"), []string{"WZIP+8=\"12345\"", "WCOUNTRY+2=49"}, empty("COMPANY", "DEPARTMENT", "POSITION"), []string{"OCCUPATION+2=5"}, empty("WHOMEPAGE"))...),
	srv5("SRV_META_USER", 0x03DE, 52, 43, "DC 00  0A  1E 00  02  01 00 00  CE 07  0C 1F  0C 00 00",
		at(21, []string{"SUBCMD+2=220(META_INFO_MORE)", "RESULT+1=10(success)", "AGE+2=30", "GENDER+1=2(male)"}, empty("HOMEPAGE"), []string{"BIRTH_YEAR+2=1998", "BIRTH_MONTH+1=12", "BIRTH_DAY+1=31", "LANG1+1=12", "LANG2+1=0", "LANG3+1=0"})...),
	srv5("SRV_META_USER", 0x03DE, 53, 43, "E6 00  0A  06 00 'hello' 00",
		at(21, []string{"SUBCMD+2=230(META_INFO_ABOUT)", "RESULT+1=10(success)", "ABOUT+8=\"hello\""})...),
	srv5("SRV_META_USER", 0x03DE, 54, 43, "F0 00  0A  01  64 00  05 00 'golf' 00",
		at(21, []string{"SUBCMD+2=240(META_INFO_INTERESTS)", "RESULT+1=10(success)", "COUNT+1=1", "INTERESTS+9=64 00 05 00 67 6F 6C 66 00"})...),
	srv5("SRV_META_USER", 0x03DE, 55, 43, "FA 00  0A  00 00 00 01 00 00 00",
		at(21, []string{"SUBCMD+2=250(META_INFO_AFFILIATIONS)", "RESULT+1=10(success)", "AFFILIATIONS+7=00 00 00 01 00 00 00"})...),
	srv5("SRV_META_USER", 0x03DE, 56, 44, "04 01  0A  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  01 02 00",
		at(21, []string{"SUBCMD+2=260(META_INFO_BASIC)", "RESULT+1=10(success)", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL"), []string{"AUTH+1=1", "GENDER+1=2(male)", "X1+1=0"})...),
	srv5("SRV_META_USER", 0x03DE, 57, 43, "0E 01  0A  00",
		at(21, []string{"SUBCMD+2=270(META_INFO_HPCAT)", "RESULT+1=10(success)", "ENABLED+1=0", "CATEGORY+0="})...),
	srv5("SRV_META_USER", 0x03DE, 58, 50, "90 01  0A  14 00  23 7A 08 00  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  01  01 00",
		at(21, []string{"SUBCMD+2=400(META_USER_FOUND)", "RESULT+1=10(success)", "LEN+2=20", "FOUND_UIN+4=555555", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL"), []string{"AUTH+1=1", "X1+2=01 00"})...),
	srv5("SRV_META_USER", 0x03DE, 59, 50, "9A 01  0A  14 00  23 7A 08 00  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  01  01 00  00 00 00 00",
		at(21, []string{"SUBCMD+2=410(META_USER_LAST_FOUND)", "RESULT+1=10(success)", "LEN+2=20", "FOUND_UIN+4=555555", "NICK+7=\"nick\""}, empty("FIRST", "LAST", "EMAIL"), []string{"AUTH+1=1", "X1+2=01 00", "USERS_LEFT+4=0"})...),
}

// at gives values written as NAME+length=value their offsets, from off on:
// at(24, []string{"A+2=1"}, empty("B")) is "A@24+2=1", "B@26+3=\"\"".
func at(off int, groups ...[]string) []string {
	var out []string
	for _, g := range groups {
		for _, v := range g {
			name, rest, _ := strings.Cut(v, "+")
			n, _ := strconv.Atoi(rest[:strings.IndexByte(rest, '=')])
			out = append(out, fmt.Sprintf("%s@%d+%s", name, off, rest))
			off += n
		}
	}
	return out
}

// empty is a run of empty strings (LENGTH 1 and a NUL).
func empty(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + `+3=""`
	}
	return out
}

// Strings for the meta layouts: runs of empty LNTS, the first one a nick.
var (
	strings2  = "  01 00 00  01 00 00  "
	strings3  = "  01 00 00  01 00 00  01 00 00  "
	strings4  = "  05 00 'nick' 00  01 00 00  01 00 00  01 00 00  "
	strings5  = "  07 00 'Berlin' 00  01 00 00  01 00 00  01 00 00  01 00 00  "
	strings12 = strings4 + strings4[len("  05 00 'nick' 00"):] + "01 00 00  01 00 00  01 00 00  01 00 00  01 00 00  "
)
