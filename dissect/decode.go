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
	Version   uint16 // VERSION (UDP), or the peer version (2 or 3)
	Command   *Command
	Code      uint16 // COMMAND, or a peer message's MSG_COMMAND
	Seq       uint16 // SEQ_NUM
	UIN       uint32 // the sender's UIN in the header of a client packet
	HasHeader bool   // VERSION, COMMAND and SEQ_NUM (and UIN from a client) were all read
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
	p.Version, p.Command, p.Code, p.Seq, p.UIN, p.HasHeader = 0, nil, 0, 0, 0, false
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

// Params returns the values after the header.
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
// UNKNOWN(0xNNNN) for a code it does not list, "" without a v2 header.
func (p *Packet) CommandName() string {
	switch {
	case p.Command != nil:
		return p.Command.Display()
	case p.HasHeader || p.Dir == PeerToPeer && p.Code != 0:
		return unknownName(p.Code)
	}
	return ""
}

func unknownName(code uint16) string {
	const digits = "0123456789ABCDEF"
	b := []byte("UNKNOWN(0x0000)")
	for i := 0; i < 4; i++ {
		b[13-i] = digits[code>>(4*i)&0xF]
	}
	return string(b)
}

// ValueName returns the name of a value: an enum's name for it, or the
// command's name for COMMAND and MSG_COMMAND.
func (p *Packet) ValueName(v *Value) (string, bool) {
	switch {
	case v.Field.Names != nil:
		return v.Field.Names.Lookup(v.Num)
	case v.Field.Name == "COMMAND" || v.Field.Name == "MSG_COMMAND":
		if p.Command != nil {
			return p.Command.Display(), true
		}
		return unknownName(uint16(v.Num)), true
	}
	return "", false
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

func (d *decoder) repeated(f *Field) {
	count := 0
	if c := d.p.Field(f.CountBy); c != nil {
		count = int(c.Num)
	}
	for i := 0; i < count && d.field(f, i); i++ {
	}
}

// field decodes one field; false when the packet ended inside it.
func (d *decoder) field(f *Field, index int) bool {
	switch f.Kind {
	case KindString:
		return d.str(f, index)
	case KindRest:
		d.push(f, index, d.left(), 0, d.off, d.left())
		return true
	}
	if !d.need(f, index, f.Width) {
		return false
	}
	b := d.p.Payload[d.off : d.off+f.Width]
	d.push(f, index, f.Width, littleEndian(b), d.off, f.Width)
	d.checkContent(f, index, b)
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

// checkContent compares a fixed-width field with the spec's Content and names.
func (d *decoder) checkContent(f *Field, index int, b []byte) {
	v := &d.p.Values[len(d.p.Values)-1]
	if f.Fixed() && !f.Matches(b) {
		if _, alt := d.p.ValueName(v); !alt || f.Names == nil {
			kind, sev := IssueFixedDiffers, Warning
			if f.Unknown() {
				kind, sev = IssueTypicalDiffers, Note
			}
			d.issue(kind, sev, f, index, v.Offset, v.Length, 0, int(v.Num))
		}
		return
	}
	if f.Names != nil && f.Names.NoteOther {
		if _, ok := f.Names.Lookup(v.Num); !ok {
			d.issue(IssueUnnamedValue, Note, f, index, v.Offset, v.Length, 0, int(v.Num))
		}
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
		d.p.Values[len(d.p.Values)-1].Partial = true
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
	d.issue(IssueTrailing, sev, &trailingField, -1, d.off, d.left(), 0, 0)
	d.push(&trailingField, -1, d.left(), 0, d.off, d.left())
}

// Decode decodes a UDP payload sent in dir (ClientToServer or ServerToClient).
func Decode(p *Packet, payload []byte, dir Direction) {
	p.reset(payload, dir)
	d := decoder{p: p}
	t := ForDirection(dir)
	if len(payload) == 0 {
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	}
	if !d.field(&t.Header[0], -1) {
		return
	}
	p.Version = uint16(p.Values[0].Num)
	if p.Version != 2 {
		p.Issues = p.Issues[:0] // the VERSION mismatch is said once, below
		d.issue(IssueOtherVersion, Warning, &t.Header[0], -1, 0, 2, 0, int(p.Version))
		d.field(&parametersField, -1)
		return
	}
	if !d.fields(t.Header[1:]) {
		return
	}
	p.HasHeader = true
	p.Code, p.Seq = uint16(p.Values[1].Num), uint16(p.Values[2].Num)
	if dir == ClientToServer {
		p.UIN = p.Values[3].Num
	}
	d.params(t.Lookup(p.Code), Warning)
}

// params decodes a command's parameters; an unknown or undescribed command's
// parameters become one raw field.
func (d *decoder) params(c *Command, trailing Severity) {
	p := d.p
	p.Command = c
	switch {
	case c == nil:
		d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
	case !c.Described:
		d.issue(IssueUndescribed, Note, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
	default:
		d.fields(c.Params)
		d.trailing(trailing)
	}
}

// rest keeps whatever is left as raw PARAMETERS, so no byte goes unshown.
func (d *decoder) rest() { d.field(&parametersField, -1) }

// DecodePeer decodes one framed peer packet: its 2-byte LENGTH and the body.
func DecodePeer(p *Packet, pkt []byte) {
	p.reset(pkt, PeerToPeer)
	d := decoder{p: p}
	switch {
	case len(pkt) == 0:
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	case len(pkt) > 2 && pkt[2] == 0xFF && (len(pkt) < peerVersionAt+2 || !plausiblePeerVersion(pkt[peerVersionAt:])):
		d.peerInit()
	default:
		d.peerMessage()
	}
	if n := len(pkt) - 2; len(p.Values) > 0 && p.Values[0].Field.Name == "LENGTH" && !p.Values[0].Partial && int(p.Values[0].Num) != n {
		d.issue(IssuePeerLength, Error, p.Values[0].Field, -1, 0, 2, int(p.Values[0].Num), n)
	}
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
// MSG_COMMAND), then the rest of the layout MSG_COMMAND selects.
func (d *decoder) peerMessage() {
	p := d.p
	const shared = 4
	if !d.fields(channelMessage[:shared]) {
		return
	}
	p.Version = uint16(p.Values[2].Num)
	p.Code = uint16(p.Values[3].Num)
	c := Peer.Lookup(p.Code)
	p.Command = c
	if c == nil {
		d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 0, int(p.Code))
		d.rest()
		return
	}
	trailing := Warning
	if p.Version == 3 {
		trailing = Note
	}
	if d.fields(c.Params[shared:]) {
		d.trailing(trailing)
	}
}
