package dissect

import (
	"fmt"
	"slices"
	"testing"
)

// badCases: broken input, each kind of damage once.
var badCases = []decodeCase{{
	name:    "empty payload",
	dir:     ClientToServer,
	payload: "",
	issues:  []string{"error empty: empty payload"},
}, {
	name:    "empty peer packet",
	dir:     PeerToPeer,
	payload: "",
	issues:  []string{"error empty: empty payload"},
}, {
	name:    "1-byte payload",
	dir:     ServerToClient,
	payload: "02", // half a VERSION
	values:  []string{"VERSION@0+1=partial(02)"},
	issues:  []string{"error truncated VERSION: packet ends in VERSION at offset 0: 2 bytes needed, 1 left"},
}, {
	name:    "1-byte peer packet",
	dir:     PeerToPeer,
	payload: "1A", // half a LENGTH
	values:  []string{"LENGTH@0+1=partial(1A)"},
	issues:  []string{"error truncated LENGTH: packet ends in LENGTH at offset 0: 2 bytes needed, 1 left"},
}, {
	name: "header cut in COMMAND",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E", // COMMAND, 1 of 2 bytes
	version: 2,
	values:  []string{"VERSION@0+2=2", "COMMAND@2+1=partial(0E)"},
	issues:  []string{"error truncated COMMAND: packet ends in COMMAND at offset 2: 2 bytes needed, 1 left"},
}, {
	name: "header cut before SEQ_NUM",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"5A 00", // COMMAND LOGIN_REPLY
	command: "LOGIN_REPLY", // known from COMMAND on
	values:  []string{"VERSION@0+2=2", "COMMAND@2+2=90(LOGIN_REPLY)", "SEQ_NUM@4+0=partial()"},
	issues:  []string{"error truncated SEQ_NUM: packet ends before SEQ_NUM at offset 4: 2 bytes needed"},
}, {
	name: "header cut in UIN",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"10 00" + // SEQ_NUM 16
		"4E 61", // UIN, 2 of 4 bytes
	command: "SEND_MESSAGE",
	values:  []string{"VERSION@0+2=2", "COMMAND@2+2=270(SEND_MESSAGE)", "SEQ_NUM@4+2=16", "UIN@6+2=partial(4E 61)"},
	issues:  []string{"error truncated UIN: packet ends in UIN at offset 6: 4 bytes needed, 2 left"},
}, {
	name: "string LENGTH past the end",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"0E 01" + // COMMAND SEND_MESSAGE
		"10 00" + // SEQ_NUM 16
		"4E 61 BC 00" + // UIN 12345678
		"15 EC 65 01" + // RECEIVER_UIN 23456789
		"01 00" + // MESSAGE_TYPE normal
		"20 00 'Hi' 00", // MESSAGE: LENGTH 32, but 3 bytes follow
	command: "SEND_MESSAGE",
	values: c2s(0x010E, "SEND_MESSAGE", 16, 12345678,
		"RECEIVER_UIN@10+4=23456789", "MESSAGE_TYPE@14+2=1(normal)", "MESSAGE@16+5=partial(48 69 00)"),
	issues: []string{"error length-overrun MESSAGE: MESSAGE LENGTH 32 runs 29 bytes past the end of the packet"},
}, {
	name: "string LENGTH 0, decoding goes on",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"24 04" + // COMMAND SEARCH_USER
		"07 00" + // SEQ_NUM 7
		"4E 61 BC 00" + // UIN 12345678
		"08 00" + // SEARCH_SEQ_NUM 8
		"00 00" + // NICK_NAME: LENGTH 0, no NUL
		"03 00 'Bo' 00" + // FIRST_NAME
		"01 00 00" + // LAST_NAME empty
		"01 00 00", // E_MAIL empty
	command: "SEARCH_USER",
	values: c2s(0x0424, "SEARCH_USER", 7, 12345678,
		"SEARCH_SEQ_NUM@10+2=8", `NICK_NAME@12+2=""`, `FIRST_NAME@14+5="Bo"`,
		`LAST_NAME@19+3=""`, `E_MAIL@22+3=""`),
	issues: []string{"error zero-length NICK_NAME: NICK_NAME LENGTH is 0: a string counts its NUL, so it is at least 1"},
}, {
	name: "missing NUL",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"DC 00" + // COMMAND RECEIVE_MESSAGE
		"05 00" + // SEQ_NUM 5
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"CE 07 08 1A 0B 2A" + // YEAR, MONTH, DAY, HOUR, MINUTE
		"01 00" + // TYPE normal
		"03 00 'Hi!'", // MESSAGE: LENGTH 3, no NUL
	command: "RECEIVE_MESSAGE",
	values: s2c(0x00DC, "RECEIVE_MESSAGE", 5, "REMOTE_UIN@6+4=23456789", "YEAR@10+2=1998",
		"MONTH@12+1=8", "DAY@13+1=26", "HOUR@14+1=11", "MINUTE@15+1=42", "TYPE@16+2=1(normal)",
		`MESSAGE@18+5="Hi!"`),
	issues: []string{"error missing-nul MESSAGE: MESSAGE is not NUL-terminated: its last byte is 21, not 00"},
}, {
	name: "bytes after the last field",
	dir:  ClientToServer,
	payload: "02 00" + // VERSION
		"2E 04" + // COMMAND KEEP_ALIVE
		"1E 00" + // SEQ_NUM 30
		"4E 61 BC 00" + // UIN 12345678
		"AB CD", // nothing in the layout
	command: "KEEP_ALIVE",
	values:  c2s(0x042E, "KEEP_ALIVE", 30, 12345678, "TRAILING@10+2=AB CD"),
	issues:  []string{"warning trailing TRAILING: 2 bytes after the last field"},
}, {
	name: "1 byte after the last field",
	dir:  ServerToClient,
	payload: "02 00" + // VERSION
		"78 00" + // COMMAND USER_OFFLINE
		"03 00" + // SEQ_NUM 3
		"15 EC 65 01" + // REMOTE_UIN 23456789
		"00", // nothing in the layout
	command: "USER_OFFLINE",
	values:  s2c(0x0078, "USER_OFFLINE", 3, "REMOTE_UIN@6+4=23456789", "TRAILING@10+1=00"),
	issues:  []string{"warning trailing TRAILING: 1 byte after the last field"},
}, {
	name:    "CONTACT_LIST of 65535 in 3 bytes",
	dir:     ClientToServer,
	command: "CONTACT_LIST",
	payload: "02 00" + // VERSION
		"06 04" + // COMMAND CONTACT_LIST
		"05 00" + // SEQ_NUM 5
		"4E 61 BC 00" + // UIN 12345678
		"FF FF" + // NUM_CONTACTS 65535
		"01 02 03", // UIN[0], 3 of 4 bytes
	values: c2s(0x0406, "CONTACT_LIST", 5, 12345678, "NUM_CONTACTS@10+2=65535", "UIN[0]@12+3=partial(01 02 03)"),
	issues: []string{"error truncated UIN[0]: packet ends in UIN[0] at offset 12: 4 bytes needed, 3 left"},
}, {
	name: "peer LENGTH disagrees",
	dir:  PeerToPeer,
	payload: "20 00" + // LENGTH 32, but 26 bytes follow
		"FF" + // INIT_IDENT
		"02 00 00 00 00 00 00 00" + // X1, X2
		"4E 61 BC 00" + // MY_UIN
		"C0 A8 01 02 0A 00 00 02" + // MY_IP, MY_IP_REAL
		"04" + // X3
		"D2 04 00 00", // MY_PORT
	command: "CHANNEL_INIT",
	values: []string{"LENGTH@0+2=32", "INIT_IDENT@2+1=255", "X1@3+4=02 00 00 00(peer v2)", "X2@7+4=00 00 00 00",
		"MY_UIN@11+4=12345678", "MY_IP@15+4=192.168.1.2", "MY_IP_REAL@19+4=10.0.0.2",
		"X3@23+1=04", "MY_PORT@24+4=1234"},
	issues: []string{
		"warning fixed-differs LENGTH: LENGTH is 20 00; the spec says 1A 00",
		"error peer-length LENGTH: LENGTH is 32, but the packet after it has 26 bytes",
	},
}, {
	name: "CHANNEL_INIT cut in MY_IP",
	dir:  PeerToPeer,
	payload: "1A 00" + // LENGTH 26
		"FF" + // INIT_IDENT
		"02 00 00 00 00 00 00 00" + // X1, X2
		"4E 61 BC 00" + // MY_UIN
		"C0 A8", // MY_IP, 2 of 4 bytes
	command: "CHANNEL_INIT",
	values: []string{"LENGTH@0+2=26", "INIT_IDENT@2+1=255", "X1@3+4=02 00 00 00(peer v2)", "X2@7+4=00 00 00 00",
		"MY_UIN@11+4=12345678", "MY_IP@15+2=partial(C0 A8)"},
	issues: []string{
		"error truncated MY_IP: packet ends in MY_IP at offset 15: 4 bytes needed, 2 left",
		"error peer-length LENGTH: LENGTH is 26, but the packet after it has 15 bytes",
	},
}, {
	name: "peer VERSION 4 is not misread",
	dir:  PeerToPeer,
	payload: "0C 00" + // LENGTH 12
		"4E 61 BC 00" + // UIN 12345678
		"04 00" + // VERSION 4
		"EE 07 00 00 4E 61", // not laid out
	values:  []string{"LENGTH@0+2=12", "UIN@2+4=12345678", "VERSION@6+2=4", "PARAMETERS@8+6=EE 07 00 00 4E 61"},
	version: 4,
	issues: []string{"warning other-version VERSION: VERSION 4 is not decoded here " +
		"(UDP: versions 2 to 5, v4 from clients only; peer: 2 and 3); the rest is shown raw"},
}}

func TestDecodeBadInput(t *testing.T) { runCases(t, badCases) }

// otherVersionCases: VERSION 1, 3, 4 and 5 are shown as what they are,
// their bytes raw, never as a version 2 command.
func otherVersionCases(tb testing.TB) []decodeCase {
	var cases []decodeCase
	for _, v := range []struct {
		dir          Direction
		version, hex string
	}{
		{ClientToServer, "01 00", "E8 03 01 00 4E 61 BC 00"},       // a version 1 LOGIN
		{ServerToClient, "04 00", "0A 00 01 00 00 00"},             // version 4 from a server: no source lays it out
		{ClientToServer, "06 00", "00 00 4E 61 BC 00 E8 03 01 00"}, // a version no client spoke
	} {
		n := int(payload(tb, v.version)[0])
		cases = append(cases, decodeCase{
			name:    "VERSION " + v.version,
			dir:     v.dir,
			payload: v.version + v.hex, // VERSION, then what that version lays out
			version: uint16(n),
			values:  []string{fmt.Sprintf("VERSION@0+2=%d", n), fmt.Sprintf("PARAMETERS@2+%d=%s", len(payload(tb, v.hex)), v.hex)},
			issues: []string{fmt.Sprintf("warning other-version VERSION: VERSION %d is not decoded here "+
				"(UDP: versions 2 to 5, v4 from clients only; peer: 2 and 3); the rest is shown raw", n)},
		})
	}
	return append(cases, shortVersionCases...)
}

// shortVersionCases: v3, v4 and v5 packets too short for their headers are
// never read as v2; an encrypted one shows its clear fields and the rest raw.
var shortVersionCases = []decodeCase{{
	name: "VERSION 03 00, cut in the header", dir: ServerToClient, version: 3, command: "UNKNOWN(0x000A)",
	payload: "03 00  0A 00  01 00  00 00", // VERSION, COMMAND, SEQ_NUM1, SEQ_NUM2
	values:  []string{"VERSION@0+2=3", "COMMAND@2+2=10", "SEQ_NUM1@4+2=1", "SEQ_NUM2@6+2=0", "UIN@8+0=partial()"},
	issues:  []string{"error truncated UIN: packet ends before UIN at offset 8: 4 bytes needed"},
}, {
	name: "VERSION 04 00, too short to decrypt", dir: ClientToServer, version: 4,
	payload: "04 00  00 00 4E 61 BC 00 E8 03 01 00",
	values:  []string{"VERSION@0+2=4", "PARAMETERS@2+10=00 00 4E 61 BC 00 E8 03 01 00"},
	issues: []string{"error not-decrypted: packet of 12 bytes ends before its checkcode, the key (20 bytes needed): " +
		"the rest is shown as on the wire, encrypted"},
}, {
	name: "VERSION 05 00, too short to decrypt", dir: ClientToServer, version: 5,
	payload: "05 00  00 00 00 00  4E 61 BC 00  78 56 34 12", // VERSION, ZERO, UIN in clear; SESSION_ID encrypted
	values:  []string{"VERSION@0+2=5", "ZERO@2+4=0", "UIN@6+4=12345678", "PARAMETERS@10+4=78 56 34 12"},
	issues: []string{"error not-decrypted: packet of 14 bytes ends before its checkcode, the key (24 bytes needed): " +
		"the rest is shown as on the wire, encrypted"},
}}

func TestDecodeOtherVersions(t *testing.T) { runCases(t, otherVersionCases(t)) }

// TestDecodePrefixes cuts every sample packet at every length: the values
// before the cut are kept as they were, the field the cut falls in is
// partial, and one error names it (plus the LENGTH mismatch of a peer packet).
func TestDecodePrefixes(t *testing.T) {
	for _, s := range samples(t) {
		var full, p Packet
		decodeAny(&full, s.pkt, s.dir)
		for n := range len(s.pkt) {
			if s.cmd == PeerInit && n == 2 {
				continue // a bare LENGTH could start any peer packet: it is read as a message's
			}
			decodeAny(&p, s.pkt[:n], s.dir)
			checkCoverage(t, &p)
			if msg := prefixMismatch(&full, &p, n); msg != "" {
				t.Fatalf("%s cut at %d: %s\nvalues %q\nissues %q", s.name, n, msg, describeValues(&p), describeIssues(&p))
			}
		}
	}
}

func prefixMismatch(full, p *Packet, n int) string {
	if n == 0 {
		if len(p.Issues) != 1 || p.Issues[0].Kind != IssueEmpty {
			return "want one empty-payload issue"
		}
		return ""
	}
	k := 0 // the full packet's value in which byte n lies
	for full.Values[k].Offset+full.Values[k].Length <= n {
		k++
	}
	if len(p.Values) != k+1 {
		return fmt.Sprintf("%d values, want %d", len(p.Values), k+1)
	}
	for i := range k {
		a, b := &full.Values[i], &p.Values[i]
		if a.Field.Name != b.Field.Name || a.Index != b.Index || a.Offset != b.Offset ||
			a.Length != b.Length || a.Num != b.Num || b.Partial {
			return fmt.Sprintf("value %d changed: %s", i, describeValue(p, b))
		}
	}
	cut, want := &p.Values[k], &full.Values[k]
	if !cut.Partial || cut.Field.Name != want.Field.Name || cut.Index != want.Index {
		return fmt.Sprintf("last value %s, want a partial %s", describeValue(p, cut), want.Field.Name)
	}
	wantKinds := []IssueKind{IssueTruncated}
	if want.Field.Kind == KindString && cut.Length > 1 {
		wantKinds[0] = IssueLengthOverrun // the cut falls in the text, after LENGTH
	}
	if p.Dir == PeerToPeer && n > 1 {
		wantKinds = append(wantKinds, IssuePeerLength)
	}
	if len(p.Issues) != len(wantKinds) {
		return fmt.Sprintf("want issues %v", wantKinds)
	}
	for i, k := range wantKinds {
		if p.Issues[i].Kind != k || p.Issues[i].Severity != Error {
			return fmt.Sprintf("issue %d is not an error %v", i, k)
		}
	}
	if is := &p.Issues[0]; is.Field == nil || is.Field.Name != want.Field.Name || is.Index != want.Index {
		return "the issue does not name the cut field"
	}
	return ""
}

func TestDecodeDirections(t *testing.T) {
	init := payload(t, "1A 00 FF 02 00 00 00 00 00 00 00 4E 61 BC 00 C0 A8 01 02 0A 00 00 02 04 D2 04 00 00")
	var a, b Packet
	Decode(&a, init, PeerToPeer)
	DecodePeer(&b, init)
	if a.CommandName() != "CHANNEL_INIT" || fmt.Sprint(describeValues(&a)) != fmt.Sprint(describeValues(&b)) {
		t.Errorf("Decode(PeerToPeer) = %q, DecodePeer = %q", describeValues(&a), describeValues(&b))
	}
	defer func() {
		if recover() == nil {
			t.Error("Decode with no direction did not panic")
		}
	}()
	Decode(&a, init, 0)
}

func TestClone(t *testing.T) {
	var p Packet
	Decode(&p, payload(t, "02 00 D8 04 06 00 4E 61 BC 00 05 00 00 00"), ClientToServer)
	c := p.Clone()
	want := describeValues(c)
	Decode(&p, payload(t, "02 00 0A 00 01 00"), ServerToClient)
	if got := describeValues(c); !slices.Equal(got, want) || c.CommandName() != "STATUS_CHANGE" || len(c.Issues) != 1 {
		t.Errorf("the clone changed with the packet: %q", got)
	}
}
