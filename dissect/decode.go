package dissect

import "encoding/binary"

// Value is one decoded field. It holds offsets, not slices, so that a Packet
// can be copied by copying its payload.
type Value struct {
	Field   *Field
	Index   int    // element of a repeated field, -1 otherwise
	Offset  int    // first byte in the payload (a string's LENGTH)
	Length  int    // bytes on the wire, LENGTH and NUL included
	Num     uint32 // integers; a string's LENGTH; bytes of up to 4 read little-endian
	DataOff int    // a string's text (without its NUL); the raw bytes otherwise
	DataLen int
	Partial bool // the packet ended inside this field: only DataLen bytes are there
}

// Packet is one decoded ICQ payload. Decode into a Packet that is reused:
// after the first few packets, decoding allocates nothing.
type Packet struct {
	Payload   []byte
	Dir       Direction
	Version   uint16   // VERSION; for CHANNEL_INIT, X1 (the peer version)
	Command   *Command // nil until COMMAND (MSG_COMMAND) is read, and for a code not in the tables
	Code      uint16   // COMMAND, or a peer message's MSG_COMMAND
	Seq       uint16   // SEQ_NUM
	UIN       uint32   // the sender's UIN in the header of a client packet
	HasHeader bool     // VERSION, COMMAND and SEQ_NUM (and UIN from a client) were all read
	HasCode   bool     // Code was read: COMMAND, or a peer message's MSG_COMMAND
	Values    []Value
	Issues    []Issue

	valueBuf [32]Value
	issueBuf [8]Issue
}

func (p *Packet) reset(payload []byte, dir Direction) {
	if p.Values == nil {
		p.Values = p.valueBuf[:0]
		p.Issues = p.issueBuf[:0]
	}
	p.Payload, p.Dir = payload, dir
	p.Version, p.Command, p.Code, p.Seq, p.UIN, p.HasHeader, p.HasCode = 0, nil, 0, 0, 0, false, false
	p.Values, p.Issues = p.Values[:0], p.Issues[:0]
}

// Clone returns a deep copy that no longer shares the payload's memory.
func (p *Packet) Clone() *Packet {
	c := &Packet{}
	*c = *p
	c.Payload = append([]byte(nil), p.Payload...)
	c.Values = append(c.valueBuf[:0], p.Values...)
	c.Issues = append(c.issueBuf[:0], p.Issues...)
	return c
}

// Bytes returns a value's bytes on the wire.
func (p *Packet) Bytes(v *Value) []byte { return p.Payload[v.Offset : v.Offset+v.Length] }

// Data returns a string's text (without LENGTH and NUL), or a field's raw bytes.
func (p *Packet) Data(v *Value) []byte { return p.Payload[v.DataOff : v.DataOff+v.DataLen] }

// Field returns the first value of the named field, or nil.
func (p *Packet) Field(name string) *Value {
	for i := range p.Values {
		if p.Values[i].Field.Name == name {
			return &p.Values[i]
		}
	}
	return nil
}

// Params returns the values after the UDP header: the parameters, or the raw
// PARAMETERS of another version. A peer packet has no separate header, so
// all its values are returned.
func (p *Packet) Params() []Value {
	for i := range p.Values {
		if !p.isHeader(p.Values[i].Field) {
			return p.Values[i:]
		}
	}
	return nil
}

func (p *Packet) isHeader(f *Field) bool {
	t := ForDirection(p.Dir)
	if t == nil {
		return false
	}
	for i := range t.Header {
		if f == &t.Header[i] {
			return true
		}
	}
	return false
}

// CommandName is the name shown for the packet's command: the spec's name(s),
// UNKNOWN(0xNNNN) for a code it does not list, "" when no code was read.
// It allocates for an unknown code; AppendCommandName does not.
func (p *Packet) CommandName() string {
	if p.Command != nil {
		return p.Command.Display()
	}
	return string(p.AppendCommandName(nil))
}

// AppendCommandName appends CommandName to b.
func (p *Packet) AppendCommandName(b []byte) []byte {
	switch {
	case p.Command != nil:
		return append(b, p.Command.Display()...)
	case p.HasCode:
		return AppendUnknownName(b, p.Code)
	}
	return b
}

// AppendUnknownName appends the name shown for a code the spec does not
// list: UNKNOWN(0xNNNN).
func AppendUnknownName(b []byte, code uint16) []byte {
	const digits = "0123456789ABCDEF"
	b = append(b, "UNKNOWN(0x"...)
	for shift := 12; shift >= 0; shift -= 4 {
		b = append(b, digits[code>>shift&0xF])
	}
	return append(b, ')')
}

// ValueName returns the name of a value: an enum's name for it, or the
// command's name for COMMAND and MSG_COMMAND. A code the spec does not list
// has no name (CommandName spells it UNKNOWN(0xNNNN)).
func (p *Packet) ValueName(v *Value) (string, bool) {
	switch {
	case v.Partial:
		return "", false
	case v.Field.Names != nil:
		return v.Field.Names.Lookup(v.Num)
	case (v.Field.Name == "COMMAND" || v.Field.Name == "MSG_COMMAND") && p.Command != nil:
		return p.Command.Display(), true
	}
	return "", false
}

// PartNames returns the names of a message's FE-separated parts for the
// message type that its PartsBy field holds, or nil: one part, no names.
func (p *Packet) PartNames(v *Value) []string {
	if v.Field.PartsBy == "" {
		return nil
	}
	if t := p.Field(v.Field.PartsBy); t != nil && !t.Partial {
		return MessageParts[t.Num]
	}
	return nil
}

// Worst returns the most severe issue's severity, or 0 when there is none.
func (p *Packet) Worst() Severity {
	var s Severity
	for i := range p.Issues {
		s = max(s, p.Issues[i].Severity)
	}
	return s
}

// decoder walks a layout over a payload with one bounds-checked cursor.
// Once a read fails it stays failed, and the issue names the field.
type decoder struct {
	p      *Packet
	off    int
	failed bool
}

func (d *decoder) left() int { return len(d.p.Payload) - d.off }

func (d *decoder) issue(kind IssueKind, sev Severity, f *Field, index, off, length, need, have int) {
	d.p.Issues = append(d.p.Issues, Issue{Kind: kind, Severity: sev, Field: f, Index: index,
		Offset: off, Length: length, Need: need, Have: have})
}

// need reports whether n bytes remain for f. If not, the packet is truncated
// there: the bytes that are left become a partial value of f, so none is lost.
func (d *decoder) need(f *Field, index, n int) bool {
	if d.failed {
		return false
	}
	if left := d.left(); left < n {
		d.issue(IssueTruncated, Error, f, index, d.off, left, n, left)
		d.push(f, index, left, 0, d.off, left)
		d.p.Values[len(d.p.Values)-1].Partial = true
		d.failed = true
		return false
	}
	return true
}

// fields decodes a layout and returns false if the packet ended inside it.
func (d *decoder) fields(fs []Field) bool {
	for i := range fs {
		f := &fs[i]
		if f.CountBy != "" {
			d.repeated(f)
		} else {
			d.field(f, -1)
		}
		if d.failed {
			return false
		}
	}
	return true
}

// repeated decodes as many elements as the count field says, stopping at the
// first that the packet cuts short: a huge count costs no more than the bytes.
func (d *decoder) repeated(f *Field) {
	count := 0
	if c := d.p.Field(f.CountBy); c != nil {
		count = int(c.Num)
	}
	for i := 0; i < count && d.field(f, i); i++ {
	}
}

// field decodes one field and checks it against the spec; false when the
// packet ended inside it.
func (d *decoder) field(f *Field, index int) bool {
	switch f.Kind {
	case KindString:
		return d.str(f, index)
	case KindRest:
		d.push(f, index, d.left(), 0, d.off, d.left())
		return true
	}
	if !d.read(f, index) {
		return false
	}
	d.checkContent(f, index)
	return true
}

// read decodes a fixed-width field without checking it.
func (d *decoder) read(f *Field, index int) bool {
	if !d.need(f, index, f.Width) {
		return false
	}
	d.push(f, index, f.Width, littleEndian(d.p.Payload[d.off:d.off+f.Width]), d.off, f.Width)
	return true
}

func littleEndian(b []byte) uint32 {
	switch len(b) {
	case 1:
		return uint32(b[0])
	case 2:
		return uint32(binary.LittleEndian.Uint16(b))
	case 3:
		return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16
	case 4:
		return binary.LittleEndian.Uint32(b)
	}
	return 0
}

// push appends a value that occupies n bytes from the cursor and advances it.
func (d *decoder) push(f *Field, index, n int, num uint32, dataOff, dataLen int) {
	d.p.Values = append(d.p.Values, Value{Field: f, Index: index, Offset: d.off, Length: n,
		Num: num, DataOff: dataOff, DataLen: dataLen})
	d.off += n
}

// last is the value decoded most recently.
func (d *decoder) last() *Value { return &d.p.Values[len(d.p.Values)-1] }

// checkContent compares the value just read with the spec's Content and
// value names. A named value is expected even where it differs from the
// Content (the peer VERSION 3).
func (d *decoder) checkContent(f *Field, index int) {
	v := d.last()
	_, named := d.p.ValueName(v)
	switch {
	case f.Fixed() && !f.Matches(d.p.Bytes(v)) && !named:
		kind, sev := IssueFixedDiffers, Warning
		if f.Unknown() {
			kind, sev = IssueTypicalDiffers, Note
		}
		d.issue(kind, sev, f, index, v.Offset, v.Length, 0, int(v.Num))
	case f.Names != nil && f.Names.NoteOther && !named:
		d.issue(IssueUnnamedValue, Note, f, index, v.Offset, v.Length, 0, int(v.Num))
	}
}

// str decodes LENGTH, text and NUL. A LENGTH past the end keeps the bytes
// that are there and stops the packet there.
func (d *decoder) str(f *Field, index int) bool {
	if !d.need(f, index, 2) {
		return false
	}
	start := d.off
	n := int(binary.LittleEndian.Uint16(d.p.Payload[start:]))
	body := start + 2
	switch {
	case n == 0:
		d.issue(IssueZeroLength, Error, f, index, start, 2, 0, 0)
		d.push(f, index, 2, 0, body, 0)
		return true
	case n > len(d.p.Payload)-body:
		have := len(d.p.Payload) - body
		d.issue(IssueLengthOverrun, Error, f, index, start, 2, n, have)
		d.push(f, index, 2+have, uint32(n), body, have)
		d.last().Partial = true
		d.failed = true
		return false
	}
	textLen := n - 1
	if last := d.p.Payload[body+n-1]; last != 0 {
		d.issue(IssueMissingNUL, Error, f, index, body+n-1, 1, 0, int(last))
		textLen = n
	}
	d.push(f, index, 2+n, uint32(n), body, textLen)
	return true
}

// trailing turns bytes after the last field into a TRAILING value.
func (d *decoder) trailing(sev Severity) {
	if d.failed || d.left() == 0 {
		return
	}
	d.issue(IssueTrailing, sev, trailingField, -1, d.off, d.left(), 0, 0)
	d.push(trailingField, -1, d.left(), 0, d.off, d.left())
}

// otherVersion shows everything after a version the tables do not lay out
// as raw PARAMETERS, so that it is never misread as version 2.
func (d *decoder) otherVersion(f *Field) {
	v := d.last()
	d.issue(IssueOtherVersion, Warning, f, -1, v.Offset, v.Length, 0, int(v.Num))
	d.rest()
}

// rest keeps whatever is left as raw PARAMETERS, so no byte goes unshown.
func (d *decoder) rest() { d.field(parametersField, -1) }

// Decode decodes a UDP payload sent in dir (ClientToServer or
// ServerToClient); PeerToPeer hands the payload to DecodePeer.
func Decode(p *Packet, payload []byte, dir Direction) {
	if dir == PeerToPeer {
		DecodePeer(p, payload)
		return
	}
	t := ForDirection(dir)
	if t == nil {
		panic("dissect: Decode needs a Direction, got " + dir.String())
	}
	p.reset(payload, dir)
	d := decoder{p: p}
	if len(payload) == 0 {
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	}
	version := &t.Header[0]
	if !d.read(version, -1) {
		return
	}
	p.Version = uint16(d.last().Num)
	if p.Version != 2 {
		d.otherVersion(version)
		return
	}
	if !d.field(&t.Header[1], -1) {
		return
	}
	// The command is known from here on, even if the header is cut short.
	p.Code, p.HasCode = uint16(d.last().Num), true
	p.Command = t.Lookup(p.Code)
	if !d.fields(t.Header[2:]) {
		return
	}
	p.HasHeader = true
	p.Seq = uint16(p.Values[2].Num)
	if dir == ClientToServer {
		p.UIN = p.Values[3].Num
	}
	d.params(p.Command)
}

// params decodes a command's parameters; an unknown or undescribed command's
// parameters become one raw field.
func (d *decoder) params(c *Command) {
	p := d.p
	switch {
	case c == nil:
		d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
	case !c.Described:
		d.issue(IssueUndescribed, Note, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
	default:
		d.fields(c.Params)
		d.trailing(Warning)
	}
}

// DecodePeer decodes one framed peer packet: its 2-byte LENGTH and the body.
func DecodePeer(p *Packet, pkt []byte) {
	p.reset(pkt, PeerToPeer)
	d := decoder{p: p}
	switch {
	case len(pkt) == 0:
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	case isPeerInit(pkt):
		d.peerInit()
	default:
		d.peerMessage()
	}
	if n := len(pkt) - 2; len(p.Values) > 0 && p.Values[0].Field.Name == "LENGTH" && !p.Values[0].Partial && int(p.Values[0].Num) != n {
		d.issue(IssuePeerLength, Error, p.Values[0].Field, -1, 0, 2, int(p.Values[0].Num), n)
	}
}

// isPeerInit tells CHANNEL_INIT (FF after LENGTH) from a message whose UIN
// starts with FF: a message has a peer version where CHANNEL_INIT has zeros.
func isPeerInit(pkt []byte) bool {
	return len(pkt) > 2 && pkt[2] == 0xFF &&
		(len(pkt) < peerVersionAt+2 || !plausiblePeerVersion(pkt[peerVersionAt:]))
}

func plausiblePeerVersion(b []byte) bool {
	_, ok := PeerVersion.Lookup(uint32(binary.LittleEndian.Uint16(b)))
	return ok
}

func (d *decoder) peerInit() {
	p := d.p
	p.Command = PeerInit
	if d.fields(PeerInit.Params) {
		d.trailing(Warning)
	}
	if v := p.Field("X1"); v != nil && !v.Partial {
		p.Version = uint16(v.Num)
	}
}

// peerMessage reads the part every message shares (LENGTH, UIN, VERSION,
// MSG_COMMAND), then the rest of the layout MSG_COMMAND selects. The values
// point into that command's own layout; an unknown code's into peerShared.
func (d *decoder) peerMessage() {
	p := d.p
	c := peerCommandAt(p.Payload)
	shared := peerShared
	if c != nil {
		shared = c.Params[:len(peerShared)]
	}
	if !d.fields(shared[:peerVersionField]) {
		return
	}
	version := &shared[peerVersionField]
	if !d.read(version, -1) {
		return
	}
	p.Version = uint16(d.last().Num)
	if !plausiblePeerVersion(d.p.Bytes(d.last())) {
		d.otherVersion(version)
		return
	}
	if !d.fields(shared[peerVersionField+1:]) {
		return
	}
	p.Code, p.HasCode = uint16(d.last().Num), true
	if c == nil {
		d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
		return
	}
	p.Command = c
	trailing := Warning
	if p.Version == 3 {
		trailing = Note // version 3 clients may add fields at the end
	}
	if d.fields(c.Params[len(peerShared):]) {
		d.trailing(trailing)
	}
}

// peerCommandAt returns the command a peer message's MSG_COMMAND names, or
// nil when the packet is too short to hold one or the code is unknown.
func peerCommandAt(pkt []byte) *Command {
	if len(pkt) < peerMsgCommandAt+2 {
		return nil
	}
	return Peer.Lookup(binary.LittleEndian.Uint16(pkt[peerMsgCommandAt:]))
}
