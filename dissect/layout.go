// Package dissect decodes one ICQ payload into fields: v2 from the spec,
// v5 (decrypted first) and the v3/v4 headers from the facts sheet, peer v2,
// v3, v4 and v6. It is pure: no I/O, no global mutable state, no memory of
// earlier packets.
//
// Every layout is declared once, as data (the tables in udp.go and peer.go),
// in the words of the spec: the Name column, the width, the Content column
// (fixed bytes, or the typical value of an unknown field) and value names.
// One generic decoder (decode.go) walks those tables; the encoder, the
// renderers in package report and the conformance rules read the same tables.
package dissect

import (
	"fmt"
	"slices"
	"strings"
)

// Kind says how a field's bytes are read.
type Kind uint8

const (
	KindU8     Kind = iota + 1 // 1-byte integer
	KindU16                    // 2-byte little-endian integer
	KindU32                    // 4-byte little-endian integer
	KindIP                     // 4 bytes, an IPv4 address in network order
	KindBytes                  // fixed-width bytes whose meaning is unknown (X fields)
	KindString                 // 2-byte LENGTH counting the NUL, the text, the NUL
	KindRest                   // every byte left in the packet
	KindBlock                  // 2-byte SIZE, then SIZE bytes (a packet inside a packet)
)

var kindNames = [...]string{
	KindU8: "1 byte", KindU16: "2 bytes", KindU32: "4 bytes", KindIP: "4 bytes (IPv4)",
	KindBytes: "bytes", KindString: "LENGTH + text + NUL", KindRest: "variable",
	KindBlock: "SIZE + bytes",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// widths of the fixed-width kinds; 0 means variable.
var kindWidth = [...]int{KindU8: 1, KindU16: 2, KindU32: 4, KindIP: 4}

// Field is one row of a spec table.
type Field struct {
	Name    string // the spec's Name column
	Kind    Kind
	Width   int    // bytes of a fixed-width field (derived from Kind, or Content for KindBytes)
	Content string // the spec's Content column: "02 00", "xx 00 16 00"; "" when all variable
	Desc    string // the spec's Description column
	Names   *Enum  // value names, or nil
	CountBy string // a repeated field: the earlier field that holds the count
	PartsBy string // a text whose parts are split at FE: the field holding the message type
	Key     bool   // shown in the one-line summary
	Hex     bool   // a number with no quantity (a session id, a checkcode): shown in hex

	want, mask []byte // Content parsed: the expected bytes where mask is FF
	// How another reading (explain.go) reads the field: its integer
	// big-endian, or as ASCII digits running to the end of the packet.
	bigEndian, digits bool
	role              Role       // declared in the tables with as()
	id                FieldID    // the handle of Name
	countBy, partsBy  FieldID    // the handles of CountBy and PartsBy
	slot              headerSlot // what a table's header field fills in a packet's Header, or 0
}

// Unknown reports whether the spec marks the field *Unknown: its Content is
// only the value the author saw most, so a difference is worth a note.
func (f *Field) Unknown() bool {
	return len(f.Name) >= 2 && f.Name[0] == 'X' && (f.Name[1] >= '0' && f.Name[1] <= '9')
}

// Fixed reports whether the spec gives (part of) the field's bytes.
func (f *Field) Fixed() bool { return len(f.want) > 0 }

// Expected returns the spec's bytes and the mask of the bytes it fixes.
func (f *Field) Expected() (want, mask []byte) { return f.want, f.mask }

// Matches reports whether b agrees with every byte the spec fixes.
func (f *Field) Matches(b []byte) bool {
	if len(b) != len(f.want) {
		return len(f.want) == 0
	}
	for i := range b {
		if b[i]&f.mask[i] != f.want[i] {
			return false
		}
	}
	return true
}

// Enum names the values of a field.
type Enum struct {
	Name   string
	Values []EnumValue
	// NoteOther: a value not listed is shown in hex with a note (STATUS, TYPE);
	// otherwise it is an ordinary number (AGE: only FFFF has a name).
	NoteOther bool
	// Codes: the values are codes, shown in hex; a code not listed is the
	// issue of the command that reads it (SUBCMD), not a note of its own.
	Codes bool
}

// EnumValue is one named value.
type EnumValue struct {
	Value uint32
	Name  string
}

// Lookup returns the name of v.
func (e *Enum) Lookup(v uint32) (string, bool) {
	for i := range e.Values {
		if e.Values[i].Value == v {
			return e.Values[i].Name, true
		}
	}
	return "", false
}

// Direction says who sent a packet.
type Direction uint8

const (
	ClientToServer Direction = iota + 1
	ServerToClient
	PeerToPeer
)

var directionNames = [...]string{ClientToServer: "c2s", ServerToClient: "s2c", PeerToPeer: "p2p"}

// String returns the JSON name of the direction: c2s, s2c or p2p.
func (d Direction) String() string {
	if int(d) < len(directionNames) && directionNames[d] != "" {
		return directionNames[d]
	}
	return "unknown"
}

// Command is one command code and its parameters' layout.
type Command struct {
	Code      uint16
	Name      string   // the spec's name; for 56 04 the first of its two
	Aliases   []string // further names the spec gives the same code
	Desc      string
	Dir       Direction
	Described bool    // the spec lays out its parameters (else they are one raw field)
	Params    []Field // in spec order; nil when not described
	// Subs are the subcommands that the first parameter selects (CMD_META_USER);
	// subWhen says whether a packet carries a subcommand's data (nil: always).
	Subs        *Table
	subWhen     func(*Packet) bool
	subWhenVals func(Fields) bool // the same, for the encoder
	announces   bool              // a parameter has role RolePeerPort (PeerAnnouncement)
	display     string
}

// Display is the name shown to people and in JSON: every name the spec gives
// the code, joined by "/".
func (c *Command) Display() string { return c.display }

// Names reports every name of the command.
func (c *Command) Names() []string { return append([]string{c.Name}, c.Aliases...) }

// Table is a set of commands sent in one direction.
type Table struct {
	Dir      Direction
	Version  uint16  // the protocol version of its layouts (0 for the v2 spec's tables)
	Header   []Field // fields before the parameters
	Commands []*Command
	// codes are the commands' codes in order, with byCode the command of
	// each: a binary search over a few dozen codes in one cache line or two
	// costs less than hashing a key for a map, once per packet.
	codes  []uint16
	byCode []*Command
}

// Lookup returns the command with the given code, or nil.
func (t *Table) Lookup(code uint16) *Command {
	if i, ok := slices.BinarySearch(t.codes, code); ok {
		return t.byCode[i]
	}
	return nil
}

// MustByName returns the command with the given name or alias, for names a
// program spells out: a missing one is a programming error, and panics.
func (t *Table) MustByName(name string) *Command {
	c := t.ByName(name)
	if c == nil {
		panic(fmt.Sprintf("dissect: no %v command %s", t.Dir, name))
	}
	return c
}

// ByName returns the command with the given name or alias (case-insensitive), or nil.
func (t *Table) ByName(name string) *Command {
	for _, c := range t.Commands {
		for _, n := range c.Names() {
			if strings.EqualFold(n, name) {
				return c
			}
		}
		if strings.EqualFold(c.display, name) {
			return c
		}
	}
	return nil
}

// build checks a table and derives what the declarations imply; a mistake in
// a table is a programming error and panics at start-up, never on input.
func (t *Table) build() *Table {
	prepareFields(t.Header)
	prepareHeader(t.Header)
	for _, c := range t.Commands {
		if prev := t.Lookup(c.Code); prev != nil {
			panic(fmt.Sprintf("dissect: code %#04x declared twice (%s, %s)", c.Code, prev.Name, c.Name))
		}
		c.Dir = t.Dir
		c.display = strings.Join(c.Names(), "/")
		prepareFields(c.Params)
		c.announces = c.WithRole(RolePeerPort) != 0
		if c.Subs != nil && (len(c.Params) == 0 || c.Params[0].Names == nil) {
			panic("dissect: " + c.Name + " has subcommands but no named SUBCMD first")
		}
		i, _ := slices.BinarySearch(t.codes, c.Code)
		t.codes = slices.Insert(t.codes, i, c.Code)
		t.byCode = slices.Insert(t.byCode, i, c)
	}
	return t
}

func prepareFields(fs []Field) {
	for i := range fs {
		f := &fs[i]
		f.want, f.mask = parseContent(f.Content)
		switch {
		case f.Kind == KindBytes:
			if f.Width == 0 {
				f.Width = len(strings.Fields(f.Content))
			}
		case int(f.Kind) < len(kindWidth):
			f.Width = kindWidth[f.Kind]
		}
		if f.Width == 0 && f.Kind == KindBytes {
			panic("dissect: " + f.Name + " has no width")
		}
		if len(f.want) != 0 && len(f.want) != f.Width {
			panic("dissect: " + f.Name + ": Content does not match the width")
		}
		f.id, f.countBy, f.partsBy = fieldIDs[f.Name], fieldIDs[f.CountBy], fieldIDs[f.PartsBy]
		if f.CountBy != "" && !declaredBefore(fs[:i], f.CountBy) {
			panic("dissect: " + f.Name + " counted by undeclared " + f.CountBy)
		}
	}
}

func declaredBefore(fs []Field, name string) bool {
	for i := range fs {
		if fs[i].Name == name {
			return true
		}
	}
	return false
}

// parseContent turns "xx 00 16 00" into the expected bytes and a mask; a
// Content of only xx gives nothing.
func parseContent(s string) (want, mask []byte) {
	if s == "" {
		return nil, nil
	}
	fixed := false
	for _, tok := range strings.Fields(s) {
		if strings.EqualFold(tok, "xx") {
			want, mask = append(want, 0), append(mask, 0)
			continue
		}
		var b byte
		if _, err := fmt.Sscanf(tok, "%02X", &b); err != nil || len(tok) != 2 {
			panic("dissect: bad Content " + s)
		}
		want, mask = append(want, b), append(mask, 0xFF)
		fixed = true
	}
	if !fixed {
		return nil, nil
	}
	return want, mask
}
