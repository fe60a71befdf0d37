package dissect

import (
	"fmt"
	"iter"
)

//go:generate go test -run TestHandlesGenerated -update

// FieldID is the typed handle of a field name: every row of the tables that
// bears the name shares it (the header's UIN and CONTACT_LIST's UIN alike).
// The constants (FUIN, FLoginSeqNum ...) are generated from the tables into
// handles_gen.go; comparing two handles costs no string compare.
type FieldID uint16

// listBit marks the key of a repeated field's list in Fields.
const listBit FieldID = 1 << 15

// List is the key of a repeated field's list in Fields: FUIN.List() gives
// CONTACT_LIST's UINs, FUIN the header's UIN.
func (h FieldID) List() FieldID { return h | listBit }

// Elem is the field whose list h keys: FUIN for FUIN.List(), h itself otherwise.
func (h FieldID) Elem() FieldID { return h &^ listBit }

// String returns the spec's name of the field.
func (h FieldID) String() string {
	name := fieldNames[h&^listBit]
	if h&listBit != 0 {
		return name + "[]"
	}
	return name
}

// fieldIDs maps a name of fieldNames to its handle.
var fieldIDs = func() map[string]FieldID {
	m := make(map[string]FieldID, len(fieldNames))
	for i, name := range fieldNames {
		if i > 0 {
			m[name] = FieldID(i)
		}
	}
	return m
}()

// ID returns the handle of the field's name (0 for a name missing from
// handles_gen.go, which TestHandlesGenerated reports).
func (f *Field) ID() FieldID { return f.id }

// Role says what a field's value stands for, whatever its name: declared in
// the tables, read by peer-endpoint learning, the UIN filter, the checks and
// the generator.
type Role uint8

const (
	RoleNone       Role = iota
	RoleSenderUIN       // the UIN the sender gives as its own (a client's header UIN, MY_UIN)
	RoleUIN             // another user's UIN: the one the command is about or to
	RolePeerIP          // an address announced for peer connections (USER_IP, REMOTE_IP, MY_IP)
	RolePeerPort        // a TCP port announced for peer connections (LOGIN's PORT, REMOTE_PORT)
	RolePort            // another TCP port (WEB_PORT, a v5 TCP request's ports)
	RoleRequestKey      // a request's number that its replies echo (LOGIN_SEQ_NUM, INFO_SEQ_NUM)
	RoleSeq             // the header's sequence number
)

var roleNames = [...]string{RoleNone: "none", RoleSenderUIN: "sender UIN", RoleUIN: "UIN",
	RolePeerIP: "peer address", RolePeerPort: "peer port", RolePort: "port",
	RoleRequestKey: "request key", RoleSeq: "sequence number"}

func (r Role) String() string {
	if int(r) < len(roleNames) {
		return roleNames[r]
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// Role returns the field's declared role.
func (f *Field) Role() Role { return f.role }

// HoldsUIN reports whether the field holds a UIN: the sender's or another user's.
func (f *Field) HoldsUIN() bool { return f.role == RoleSenderUIN || f.role == RoleUIN }

// HoldsSeq reports whether the field holds a sequence number: the header's,
// or a request's that its replies echo.
func (f *Field) HoldsSeq() bool { return f.role == RoleSeq || f.role == RoleRequestKey }

// HoldsPort reports whether the field holds a TCP port.
func (f *Field) HoldsPort() bool { return f.role == RolePeerPort || f.role == RolePort }

// WithRole returns the handle of the command's first parameter of role r
// (0 when it has none): where USER_FOUND and INFO_REPLY keep the request key
// and the UIN they share a layout for.
func (c *Command) WithRole(r Role) FieldID {
	for i := range c.Params {
		if c.Params[i].role == r {
			return c.Params[i].id
		}
	}
	return 0
}

// as declares a field's role in a table.
func as(r Role, f Field) Field { f.role = r; return f }

// Value returns the first value of the field h, or nil.
func (p *Packet) Value(h FieldID) *Value {
	for i := range p.Values {
		if p.Values[i].Field.id == h {
			return &p.Values[i]
		}
	}
	return nil
}

// Uint returns the number of the field h, when the packet holds all of it.
func (p *Packet) Uint(h FieldID) (uint32, bool) {
	if v := p.Value(h); v != nil && !v.Partial {
		return v.Num, true
	}
	return 0, false
}

// Text returns a string field's text (or a field's raw bytes), when the
// packet holds all of it.
func (p *Packet) Text(h FieldID) ([]byte, bool) {
	if v := p.Value(h); v != nil && !v.Partial {
		return p.Data(v), true
	}
	return nil, false
}

// ValuesWithRole yields the packet's values whose field has role r, in order.
func (p *Packet) ValuesWithRole(r Role) iter.Seq[*Value] {
	return func(yield func(*Value) bool) {
		for i := range p.Values {
			if p.Values[i].Field.role == r && !yield(&p.Values[i]) {
				return
			}
		}
	}
}

// FirstWithRole returns the first complete value whose field has role r.
func (p *Packet) FirstWithRole(r Role) (*Value, bool) {
	for i := range p.Values {
		if v := &p.Values[i]; v.Field.role == r && !v.Partial {
			return v, true
		}
	}
	return nil, false
}

// handleTable is a table whose commands get handles, and the prefix of
// their Go names: Cmd for v2 client commands (CmdLogin), Srv5 for v5
// server commands (Srv5LoginReply).
type handleTable struct {
	table        *Table
	prefix, trim string // trim: the part of the spec's names the Go name leaves out
}

func handleTables() []handleTable {
	return []handleTable{
		{Client, "Cmd", "CMD_"}, {Server, "Srv", ""}, {Peer, "Peer", "CHANNEL_"},
		{Client5, "Cmd5", "CMD_"}, {Server5, "Srv5", "SRV_"},
		{MetaUser, "Meta", "META_"}, {MetaUserReply, "MetaReply", "META_"},
		{Peer4, "Peer4", "_V4"}, {Peer6, "Peer6", "_V6"},
	}
}

// allLayouts yields every list of fields the tables declare: headers,
// commands' parameters, the peer packets declared apart, the raw rows.
func allLayouts() iter.Seq[[]Field] {
	return func(yield func([]Field) bool) {
		lists := [][]Field{rawFields, peerShared, peer6Shared, peer4Shared, V3.Header, V4.Header,
			PeerInit.Params, PeerInit6.Params, PeerInitAck6.Params}
		for _, t := range handleTables() {
			if t.table.Header != nil {
				lists = append(lists, t.table.Header)
			}
			for _, c := range t.table.Commands {
				lists = append(lists, c.Params)
			}
		}
		for _, l := range lists {
			if !yield(l) {
				return
			}
		}
	}
}
