// Package wireshark writes a Wireshark dissector in Lua for ICQ v2, v3 and
// v5, generated from the tables of package dissect and the names of package
// catalog: the same fields, under the same names, as icqdump's -Y and -e.
// The decoder itself (dissector.lua) is a port of dissect's decode.go and
// decode5.go that walks the generated tables (v5's decryption with
// dissect's own table); it runs in Lua 5.2 (Wireshark 3.x and 4.x).
package wireshark

import (
	_ "embed"
	"fmt"
	"io"
	"strings"

	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
)

//go:embed dissector.lua
var decoder string

// Write writes the plugin: a header naming the icqdump that wrote it
// (writtenBy, as --version says it), the tables, and the decoder. ports are the server's UDP ports,
// peerPorts TCP ports whose connections are peer streams (as --peer-port).
func Write(w io.Writer, writtenBy string, ports, peerPorts []uint16) error {
	g := &generator{cat: catalog.All(), rows: map[*dissect.Field]int{}, enums: map[*dissect.Enum]int{}}
	g.header(writtenBy)
	g.protoFields()
	g.experts()
	g.tables(ports, peerPorts)
	g.b.WriteString(decoder)
	_, err := io.WriteString(w, g.b.String())
	return err
}

type generator struct {
	b       strings.Builder
	cat     *catalog.Catalog
	fieldID map[*catalog.Field]int
	rows    map[*dissect.Field]int
	enums   map[*dissect.Enum]int
}

func (g *generator) printf(format string, args ...any) { fmt.Fprintf(&g.b, format, args...) }

func (g *generator) header(writtenBy string) {
	g.printf(`-- icqv2.lua: an ICQ v2 dissector for Wireshark, written by %s
-- (icqdump wireshark-plugin). Generated from icqdump's tables: do not edit;
-- write it again with a newer icqdump instead.
--
-- It decodes ICQ v2 and v5 (client packets decrypted, checkcodes verified;
-- v3's and v4's headers) on UDP (the server ports) and the peer-to-peer protocol of
-- v2 and v6 on TCP (a heuristic dissector; packets reassembled on their 2-byte
-- LENGTH), every field under the name icqdump's -Y and -e use, and the
-- decoder's issues as expert info (icq.issue.severity, icq.issue.rule).
-- Install: copy it into Wireshark's personal Lua plugins folder (Help >
-- About Wireshark > Folders), or load it with tshark -X lua_script:icqv2.lua.

local icqv2 = Proto("icqv2", "ICQ version 2 (icqdump)")
local F_COMMAND, F_SEVERITY, F_RULE, EXPERTS, UDP, UDP5, V3, V4, CRYPT4, CRYPT5, PEER6, PEER, RAW, SERVER_PORTS, PEER_PORTS

`, writtenBy)
}

// protoFields declares a ProtoField per catalogue field of the tables.
func (g *generator) protoFields() {
	g.fieldID = map[*catalog.Field]int{}
	g.printf("local VS = {}\n")
	g.printf("local F = {}\n")
	var list []string
	for _, f := range g.cat.Fields {
		if len(f.Tables) == 0 {
			continue
		}
		id := len(g.fieldID) + 1
		g.fieldID[f] = id
		g.printf("F[%d] = %s\n", id, g.protoField(f))
		list = append(list, fmt.Sprintf("F[%d]", id))
	}
	sev := g.cat.Lookup("icq.issue.severity")
	g.printf("F_COMMAND = ProtoField.string(\"icq.command\", \"Command\", nil, %s)\n", luaQuote(g.cat.Lookup("icq.command").Desc))
	g.printf("F_SEVERITY = ProtoField.uint8(\"icq.issue.severity\", \"Severity\", base.DEC, %s, nil, %s)\n", g.enum(sev.Names), luaQuote(sev.Desc))
	g.printf("F_RULE = ProtoField.string(\"icq.issue.rule\", \"Rule\", nil, %s)\n", luaQuote(g.cat.Lookup("icq.issue.rule").Desc))
	g.printf("icqv2.fields = { %s, F_COMMAND, F_SEVERITY, F_RULE }\n\n", strings.Join(list, ", "))
}

func (g *generator) protoField(f *catalog.Field) string {
	name, title, desc := luaQuote(f.Name), luaQuote(f.Title), luaQuote(f.Desc)
	switch f.Type {
	case catalog.Uint8, catalog.Uint16, catalog.Uint32:
		base := "base.DEC"
		if f.Hex() {
			base = "base.HEX"
		}
		return fmt.Sprintf("ProtoField.%s(%s, %s, %s, %s, nil, %s)", strings.ToLower(strings.TrimPrefix(f.Type.String(), "FT_")),
			name, title, base, g.enum(f.Names), desc)
	case catalog.IPv4:
		return fmt.Sprintf("ProtoField.ipv4(%s, %s, %s)", name, title, desc)
	case catalog.String:
		return fmt.Sprintf("ProtoField.string(%s, %s, nil, %s)", name, title, desc)
	}
	return fmt.Sprintf("ProtoField.bytes(%s, %s, base.NONE, %s)", name, title, desc)
}

// enum writes a value-string table once and names it.
func (g *generator) enum(e *dissect.Enum) string {
	if e == nil {
		return "nil"
	}
	id, ok := g.enums[e]
	if !ok {
		id = len(g.enums) + 1
		g.enums[e] = id
		var pairs []string
		seen := map[uint32]bool{}
		for _, v := range e.Values {
			if !seen[v.Value] { // the first name of a value is shown
				seen[v.Value] = true
				pairs = append(pairs, fmt.Sprintf("[%d] = %s", v.Value, luaQuote(v.Name)))
			}
		}
		g.printf("VS[%d] = { %s }\n", id, strings.Join(pairs, ", "))
	}
	return fmt.Sprintf("VS[%d]", id)
}

// issueKinds are every kind of issue the decoder reports.
var issueKinds = []dissect.IssueKind{dissect.IssueEmpty, dissect.IssueTruncated, dissect.IssueLengthOverrun,
	dissect.IssueZeroLength, dissect.IssueMissingNUL, dissect.IssueTrailing, dissect.IssueOtherVersion,
	dissect.IssueUnknownCommand, dissect.IssueUndescribed, dissect.IssueFixedDiffers, dissect.IssueTypicalDiffers,
	dissect.IssueUnnamedValue, dissect.IssuePeerLength, dissect.IssueCheckcode, dissect.IssueUnknownSubcommand,
	dissect.IssueHeaderOnly, dissect.IssueNotDecrypted}

// experts declares an expert info per kind of issue and severity.
func (g *generator) experts() {
	g.printf("EXPERTS = {}\nlocal experts = {}\n")
	sevs := []struct {
		s    dissect.Severity
		lua  string
		name string
	}{{dissect.Note, "NOTE", "note"}, {dissect.Warning, "WARN", "warning"}, {dissect.Error, "ERROR", "error"}}
	for _, k := range issueKinds {
		g.printf("EXPERTS[%q] = {}\n", k.String())
		for _, s := range sevs {
			g.printf("EXPERTS[%q][%d] = ProtoExpert.new(\"icqv2.issue.%s.%s\", \"ICQ %s %s\", expert.group.PROTOCOL, expert.severity.%s)\n",
				k.String(), s.s, k.String(), s.name, k.String(), s.name, s.lua)
			g.printf("experts[#experts + 1] = EXPERTS[%q][%d]\n", k.String(), s.s)
		}
	}
	g.printf("icqv2.experts = experts\n\n")
}

// tables writes the layouts the decoder walks: every row once, then the
// tables that list them.
func (g *generator) tables(ports, peerPorts []uint16) {
	g.printf("local R = {}\n")
	for _, t := range []*dissect.Table{dissect.Client, dissect.Server, dissect.Peer} {
		g.layout(t.Header)
		for _, c := range t.Commands {
			g.layout(c.Params)
		}
	}
	for _, t := range []*dissect.Table{dissect.Client5, dissect.Server5, dissect.MetaUser, dissect.MetaUserReply, dissect.V3, dissect.V4} {
		g.layout(t.Header)
		for _, c := range t.Commands {
			g.layout(c.Params)
		}
	}
	g.layout(dissect.PeerInit6.Params)
	g.layout(dissect.PeerInitAck6.Params)
	for _, c := range dissect.Peer6.Commands {
		g.layout(c.Params)
	}
	g.layout(dissect.PeerInit.Params)
	g.layout(dissect.PeerShared())
	g.layout(dissect.RawFields())
	g.printf("UDP = { c2s = %s, s2c = %s }\n", g.table(dissect.Client), g.table(dissect.Server))
	g.printf("UDP5 = { c2s = %s, s2c = %s }\n", g.table(dissect.Client5), g.table(dissect.Server5))
	g.printf("V3 = %s\nV4 = %s\n", g.rowList(dissect.V3.Header), g.rowList(dissect.V4.Header))
	g.crypt5()
	c4 := dissect.Crypt4Constants()
	g.printf("CRYPT4 = { header = %d, check_at = %d, key_factor = %d,\n\ttable = { %s } }\n",
		c4.Header, c4.CheckAt, c4.KeyFactor, byteList(c4.Table))
	c6 := dissect.Crypt6()
	g.printf("PEER6 = {\n\tinit = %s,\n\tinit_ack = %s,\n\tcmds = %s,\n", g.command(dissect.PeerInit6),
		g.command(dissect.PeerInitAck6), g.commands(dissect.Peer6))
	init6, _ := dissect.PeerInit6.Params[0].Expected() // the handshake's LENGTH, 2C 00
	g.printf("\tinit_length = %d,\n", 2+(int(init6[0])|int(init6[1])<<8))
	g.printf("\tkey_factor = %d, table_used = %d, check_min = %d, command_at = %d,\n\ttable = { %s } }\n",
		c6.KeyFactor, c6.TableUsed, c6.CheckMin, c6.CommandAt, byteList(c6.Table[:]))
	raw := dissect.RawFields()
	g.printf("RAW = { parameters = R[%d], trailing = R[%d] }\n", g.rows[&raw[0]], g.rows[&raw[1]])
	var versions []string
	for _, v := range dissect.PeerVersion.Values {
		versions = append(versions, fmt.Sprintf("[%d] = true", v.Value))
	}
	shared := dissect.PeerShared()
	g.printf("PEER = {\n\tinit = %s,\n\tcmds = %s,\n\tshared = %s,\n\tversions = { %s },\n",
		g.command(dissect.PeerInit), g.commands(dissect.Peer), g.rowList(shared), strings.Join(versions, ", "))
	g.printf("\tversion_at = %d, command_at = %d,\n", offsetOf(shared, dissect.FVersion), offsetOf(shared, dissect.FMsgCommand))
	want, _ := dissect.PeerInit.Params[0].Expected() // CHANNEL_INIT's LENGTH, 1A 00
	g.printf("\tinit_min = %d, message_min = %d, max_packet = %d, init_length = %d,\n}\n",
		dissect.PeerMinBody(dissect.PeerInit), dissect.PeerMinBody(dissect.Peer.Commands[0]), dissect.PeerMaxPacket,
		int(want[0])|int(want[1])<<8)
	g.printf("SERVER_PORTS = %s\nPEER_PORTS = %s\n\n", portSet(ports), portSet(peerPorts))
}

func portSet(ports []uint16) string {
	var ps []string
	for _, p := range ports {
		ps = append(ps, fmt.Sprintf("[%d] = true", p))
	}
	return "{ " + strings.Join(ps, ", ") + " }"
}

// offsetOf is where the row h of a fixed-width layout starts.
func offsetOf(fs []dissect.Field, h dissect.FieldID) int {
	at := 0
	for i := range fs {
		if fs[i].ID() == h {
			return at
		}
		at += fs[i].Width
	}
	panic("wireshark: no " + h.String())
}

func (g *generator) layout(fs []dissect.Field) {
	for i := range fs {
		g.row(&fs[i])
	}
}

var kindNames = map[dissect.Kind]string{dissect.KindU8: "u8", dissect.KindU16: "u16", dissect.KindU32: "u32",
	dissect.KindIP: "ip", dissect.KindBytes: "bytes", dissect.KindString: "string", dissect.KindRest: "rest", dissect.KindBlock: "block"}

// row writes one row of a layout with the ProtoFields of its names, the
// first the catalogue's first name for it.
func (g *generator) row(f *dissect.Field) {
	if _, done := g.rows[f]; done {
		return
	}
	id := len(g.rows) + 1
	g.rows[f] = id
	var pfs []string
	number := false
	for _, cf := range g.cat.Names(f) {
		pfs = append(pfs, fmt.Sprintf("F[%d]", g.fieldID[cf]))
		number = cf.Type.Integer()
	}
	g.printf("R[%d] = { name = %s, kind = %q, width = %d, number = %v, unknown = %v, fields = { %s }",
		id, luaQuote(f.Name), kindNames[f.Kind], f.Width, number, f.Unknown(), strings.Join(pfs, ", "))
	if want, mask := f.Expected(); len(want) > 0 {
		g.printf(", want = { %s }, mask = { %s }", byteList(want), byteList(mask))
	}
	if f.Names != nil {
		g.printf(", names = %s, note_other = %v", g.enum(f.Names), f.Names.NoteOther)
	}
	if f.CountBy != "" {
		g.printf(", count = %s", luaQuote(f.CountBy))
	}
	g.printf(" }\n")
}

func byteList(b []byte) string {
	s := make([]string, len(b))
	for i, x := range b {
		s[i] = fmt.Sprint(x)
	}
	return strings.Join(s, ", ")
}

func (g *generator) rowList(fs []dissect.Field) string {
	s := make([]string, len(fs))
	for i := range fs {
		s[i] = fmt.Sprintf("R[%d]", g.rows[&fs[i]])
	}
	return "{ " + strings.Join(s, ", ") + " }"
}

func (g *generator) command(c *dissect.Command) string {
	subs := ""
	if c.Subs != nil {
		subs = ", subs = " + g.commands(c.Subs)
		if r := rowNamed(c.Params, dissect.FResult); r != nil {
			// a reply's data follows only a RESULT of the expected value
			want, _ := r.Expected()
			subs += fmt.Sprintf(", sub_if = { name = %s, value = %d }", luaQuote(r.Name), want[0])
		}
	}
	return fmt.Sprintf("{ name = %s, described = %v, params = %s%s }", luaQuote(c.Name), c.Described, g.rowList(c.Params), subs)
}

func rowNamed(fs []dissect.Field, h dissect.FieldID) *dissect.Field {
	for i := range fs {
		if fs[i].ID() == h {
			return &fs[i]
		}
	}
	return nil
}

// crypt5 writes the constants of v5 client encryption, from dissect's.
func (g *generator) crypt5() {
	c := dissect.Crypt5()
	g.printf("CRYPT5 = { header = %d, crypt_from = %d, check_at = %d, key_factor = %d,\n\ttable = { %s } }\n",
		c.Header, c.CryptFrom, c.CheckAt, c.KeyFactor, byteList(c.Table[:]))
}

func (g *generator) commands(t *dissect.Table) string {
	var s []string
	for _, c := range t.Commands {
		s = append(s, fmt.Sprintf("\t\t[%d] = %s,\n", c.Code, g.command(c)))
	}
	return "{\n" + strings.Join(s, "") + "\t}"
}

func (g *generator) table(t *dissect.Table) string {
	return fmt.Sprintf("{\n\theader = %s,\n\tcmds = %s,\n}", g.rowList(t.Header), g.commands(t))
}

// luaQuote writes s as a Lua string literal: ASCII as is, the rest and the
// control characters as decimal escapes, which every Lua reads.
func luaQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7F:
			fmt.Fprintf(&b, "\\%03d", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
