// Package catalog names every field icqdump can show, in Wireshark's style:
// the frame and address fields, every header and parameter field of the
// layout tables of package dissect, the analyzer's cross references and the
// decoder's issues. The display filters (-Y), the field columns (-T fields
// -e) and the field list (-G fields) all read fields through it.
//
// Names follow one scheme, derived from the tables:
//
//   - a table's header field is PROTO.FIELD (icqv2.command, icqv2.uin);
//   - a parameter is PROTO.COMMAND.FIELD (icqv2.login.password);
//   - a field every command of a table starts with is named as a header
//     field, without the command (icqv2.peer.msg_command, icqv2.peer.message:
//     the peer messages share one layout);
//
// with PROTO the protocol's abbreviation and its table's (icqv2, icqv2.peer)
// and names in lower case. Fields of the same name in several tables (the
// client's and the server's COMMAND) are one field. A protocol version's
// tables join the catalogue with Register; nothing else names them.
package catalog

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/icqdump/icqdump/dissect"
)

// Type is a field's type, as Wireshark names it.
type Type uint8

const (
	Uint8 Type = iota + 1
	Uint16
	Uint32
	FrameNum
	IPv4
	IPv6
	String
	Bytes
	RelativeTime
	Double
)

var typeNames = [...]string{Uint8: "FT_UINT8", Uint16: "FT_UINT16", Uint32: "FT_UINT32",
	FrameNum: "FT_FRAMENUM", IPv4: "FT_IPv4", IPv6: "FT_IPv6", String: "FT_STRING",
	Bytes: "FT_BYTES", RelativeTime: "FT_RELATIVE_TIME", Double: "FT_DOUBLE"}

// String returns Wireshark's name of the type: FT_UINT32.
func (t Type) String() string { return typeNames[t] }

// Integer reports whether values of the type are whole numbers.
func (t Type) Integer() bool { return t <= FrameNum }

// Field is one name of the catalogue.
type Field struct {
	Name   string // icqv2.login.password
	Title  string // the short name Wireshark shows in the tree: PASSWORD
	Type   Type
	Desc   string
	Parent string        // the protocol's abbreviation: frame, ip, icqv2
	Names  *dissect.Enum // value names, or nil
	// Tables are the table rows the field reads; empty for the fields that
	// are not in the tables.
	Tables []*dissect.Field
	src    source
	code   bool // a command code: COMMAND, MSG_COMMAND
}

// Analyzer reports whether the field's values come from the analyzer (the
// cross references): they are known only once the analyzer has released
// the packet.
func (f *Field) Analyzer() bool { return f.src >= srcAckedIn && f.src <= srcReplyTo }

// Hex reports whether the field's numbers are shown in hexadecimal, as the
// spec writes them: command codes, STATUS, bytes read as a number, and the
// numbers the tables show in hex (v5's SESSION_ID, CHECKCODE).
func (f *Field) Hex() bool {
	return f.Type.Integer() && len(f.Tables) > 0 &&
		(f.code || f.Names == dissect.Status || f.Names == dissect.Status5 ||
			f.Tables[0].Kind == dissect.KindBytes || f.Tables[0].Hex)
}

// Base is the field's display base as -G fields prints it.
func (f *Field) Base() string {
	switch {
	case f.Type == FrameNum || f.Type == IPv4 || f.Type == IPv6 || f.Type == Bytes || f.Type == RelativeTime:
		return ""
	case f.Type == String:
		return "BASE_NONE"
	case f.Hex():
		return "BASE_HEX"
	}
	return "BASE_DEC"
}

// Protocol is a protocol whose fields the catalogue holds.
type Protocol struct {
	Abbrev string // icqv2
	Name   string // ICQ version 2
}

// Catalog is every field, in the order -G fields lists them.
type Catalog struct {
	Protocols []Protocol
	Fields    []*Field
	byName    map[string]*Field
	// commandNames are the commands' names as icq.command gives them.
	commandNames map[*dissect.Command][]byte
}

// Lookup returns the field called name, or nil.
func (c *Catalog) Lookup(name string) *Field { return c.byName[name] }

func (c *Catalog) add(f *Field) *Field {
	if old := c.byName[f.Name]; old != nil {
		if old.Type != f.Type && old.Type.Integer() && f.Type.Integer() {
			// one name for rows of several widths (v5's ZERO: u32 from
			// the client, u8 from the server): the widest holds them all
			old.Type = max(old.Type, f.Type)
		}
		if old.Type != f.Type && !(old.Type.Integer() && f.Type.Integer()) {
			panic(fmt.Sprintf("catalog: %s declared as %v and %v", f.Name, old.Type, f.Type))
		}
		old.Tables = append(old.Tables, f.Tables...)
		old.code = old.code || f.code
		old.Names = mergeEnums(old.Names, f.Names)
		return old
	}
	c.Fields = append(c.Fields, f)
	c.byName[f.Name] = f
	return f
}

func mergeEnums(a, b *dissect.Enum) *dissect.Enum {
	switch {
	case a == nil:
		return b
	case b == nil || a == b:
		return a
	}
	m := &dissect.Enum{Name: a.Name, Values: slices.Clone(a.Values), NoteOther: a.NoteOther}
	for _, v := range b.Values {
		if !slices.Contains(m.Values, v) {
			m.Values = append(m.Values, v)
		}
	}
	return m
}

// Tables is one protocol version's layout tables, as Register takes them.
type Tables struct {
	Protocol Protocol
	// Sub names each table's part of the protocol: "" for the server
	// protocol, "peer" for the peer protocol (icqv2.peer.*).
	Parts []Part
}

// Part is a set of tables under one prefix.
type Part struct {
	Sub    string
	Tables []*dissect.Table
	// Extra are further layouts whose rows name fields of the part: a peer
	// message of an unknown MSG_COMMAND, whose start is read with a layout
	// of its own.
	Extra [][]dissect.Field
}

var registered []Tables

// Register adds a protocol version's tables to the catalogue: icqdump's own
// register in this package's init, a new version's alongside them.
func Register(t Tables) { registered = append(registered, t) }

// All is the catalogue of every registered protocol, built on first use.
func All() *Catalog { return all() }

var all = sync.OnceValue(func() *Catalog { return build(registered) })

func build(protos []Tables) *Catalog {
	c := &Catalog{byName: map[string]*Field{}, commandNames: map[*dissect.Command][]byte{}}
	c.Protocols = append(c.Protocols, baseProtocols...)
	for _, f := range baseFields() {
		c.add(f)
	}
	for _, p := range protos {
		c.Protocols = append(c.Protocols, p.Protocol)
		for _, part := range p.Parts {
			prefix := p.Protocol.Abbrev
			if part.Sub != "" {
				prefix += "." + part.Sub
			}
			for _, t := range part.Tables {
				c.addTable(p.Protocol.Abbrev, prefix, t)
			}
			for _, fs := range part.Extra {
				c.addLayout(p.Protocol.Abbrev, prefix, fs)
			}
			c.addAcrossCommands(p.Protocol.Abbrev, prefix, part.Tables)
		}
	}
	return c
}

// addTable names a table's header, its shared start and its parameters.
func (c *Catalog) addTable(parent, prefix string, t *dissect.Table) {
	for _, f := range c.addLayout(parent, prefix, t.Header) {
		c.nameCodes(f, t)
	}
	shared := sharedStart(t)
	for _, cmd := range t.Commands {
		c.commandNames[cmd] = []byte(cmd.Name)
		for i := range cmd.Params {
			row := &cmd.Params[i]
			name := prefix + "." + lower(cmd.Name) + "." + lower(row.Name)
			if i < shared {
				name = prefix + "." + lower(row.Name)
			}
			c.nameCodes(c.add(tableField(parent, name, row)), t)
		}
	}
}

// nameCodes gives a command code field (COMMAND, MSG_COMMAND: the names
// the decoder reads the command from) the names of t's commands.
func (c *Catalog) nameCodes(f *Field, t *dissect.Table) {
	if f.Title == dissect.FCommand.String() || f.Title == dissect.FMsgCommand.String() {
		f.Names = mergeEnums(f.Names, commandNames(t))
		f.code = true
	}
}

// addAcrossCommands names PREFIX.FIELD a parameter in every command that
// has it (icqv2.status, icqv2.remote_uin, icqv2.message), when the rows of
// that name agree on their type and the name is not a header field's; the
// spec's *Unknown fields (X1, X2...) differ from command to command and
// have no such name.
func (c *Catalog) addAcrossCommands(parent, prefix string, tables []*dissect.Table) {
	header := map[string]bool{}
	var names []string
	rows := map[string][]*dissect.Field{}
	for _, t := range tables {
		for i := range t.Header {
			header[t.Header[i].Name] = true
		}
		for _, cmd := range t.Commands {
			for i := range cmd.Params {
				row := &cmd.Params[i]
				if row.Unknown() {
					continue
				}
				if rows[row.Name] == nil {
					names = append(names, row.Name)
				}
				rows[row.Name] = append(rows[row.Name], row)
			}
		}
	}
	for _, name := range names {
		full := prefix + "." + lower(name)
		if header[name] || !sameType(parent, rows[name]) {
			continue
		}
		if old := c.byName[full]; old != nil && old.Type != tableField(parent, full, rows[name][0]).Type {
			continue
		}
		for _, row := range rows[name] {
			if f := c.byName[full]; f == nil || !f.reads(row) {
				c.add(tableField(parent, full, row))
			}
		}
	}
}

func sameType(parent string, rows []*dissect.Field) bool {
	t := tableField(parent, "", rows[0]).Type
	for _, row := range rows[1:] {
		if tableField(parent, "", row).Type != t {
			return false
		}
	}
	return true
}

// addLayout names the rows of a layout PREFIX.FIELD.
func (c *Catalog) addLayout(parent, prefix string, fs []dissect.Field) []*Field {
	var out []*Field
	for i := range fs {
		out = append(out, c.add(tableField(parent, prefix+"."+lower(fs[i].Name), &fs[i])))
	}
	return out
}

// sharedStart counts the rows every command of t starts with, by name and
// kind, when t has several commands.
func sharedStart(t *dissect.Table) int {
	if len(t.Commands) < 2 {
		return 0
	}
	first := t.Commands[0].Params
	n := len(first)
	for _, cmd := range t.Commands[1:] {
		n = min(n, len(cmd.Params))
		for i := 0; i < n; i++ {
			if cmd.Params[i].Name != first[i].Name || cmd.Params[i].Kind != first[i].Kind {
				n = i
			}
		}
	}
	return n
}

func commandNames(t *dissect.Table) *dissect.Enum {
	e := &dissect.Enum{Name: dissect.FCommand.String()}
	for _, cmd := range t.Commands {
		for _, name := range cmd.Names() {
			e.Values = append(e.Values, dissect.EnumValue{Value: uint32(cmd.Code), Name: name})
		}
	}
	return e
}

// kindTypes are the types of the tables' kinds.
var kindTypes = [...]Type{dissect.KindU8: Uint8, dissect.KindU16: Uint16, dissect.KindU32: Uint32,
	dissect.KindIP: IPv4, dissect.KindString: String, dissect.KindBytes: Bytes, dissect.KindRest: Bytes, dissect.KindBlock: Uint16}

func tableField(parent, name string, row *dissect.Field) *Field {
	f := &Field{Name: name, Title: row.Name, Desc: row.Desc, Parent: parent, Names: row.Names,
		Tables: []*dissect.Field{row}, src: srcTable}
	f.Type = kindTypes[row.Kind]
	if f.Type == Bytes {
		f.Names = nil // bytes are compared as bytes, as JSON shows them
	}
	return f
}

func lower(s string) string { return strings.ToLower(s) }

// Names returns the fields that read a table row, the first the row's own
// name (command-qualified, or the shared one), the others the names it
// shares with other commands' rows.
func (c *Catalog) Names(row *dissect.Field) []*Field {
	var out []*Field
	for _, f := range c.Fields {
		if f.reads(row) {
			out = append(out, f)
		}
	}
	return out
}
