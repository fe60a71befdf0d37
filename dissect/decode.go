package dissect

import (
	"encoding/binary"
	"fmt"
	"slices"
)

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
	Header
	Payload []byte
	Dir     Direction
	Values  []Value
	Issues  []Issue

	Sub     *Command // the subcommand CMD_META_USER or SRV_META_USER carries, nil if unknown
	SubCode uint16   // its code, when HasSub
	HasSub  bool
	// Wire holds the bytes as they were on the wire when Payload is their
	// decryption (v5 and v4 client packets); nil otherwise.
	Wire []byte
	// Layout is the table whose header the packet was decoded with; nil for
	// peer packets and for a payload whose version has no table.
	Layout *Table
	// Explanation is the reading Explain found for a packet that does not
	// decode cleanly by the document; its Reading is 0 when there is none.
	Explanation Explanation
	// DecodedAs is the reading DecodeAs applied to the whole packet, 0 for
	// the document's.
	DecodedAs Reading

	plainBuf []byte // what a decryption writes to
	ownBuf   []byte // CopyInto's copy of the payload and wire bytes
}

func (p *Packet) reset(payload []byte, dir Direction) {
	if p.Values == nil {
		p.Values = make([]Value, 0, 32)
		p.Issues = make([]Issue, 0, 8)
	}
	p.Header = Header{}
	p.Payload, p.Dir = payload, dir
	p.Values, p.Issues = p.Values[:0], p.Issues[:0]
	p.Sub, p.SubCode, p.HasSub, p.Wire, p.Layout = nil, 0, false, nil, nil
	if p.Explanation.Reading != 0 {
		p.Explanation = Explanation{}
	}
	p.DecodedAs = 0
}

// CopyInto makes dst a copy of p that shares none of p's buffers but
// Explanation.Values (Explain allocates them afresh for every packet). It
// reuses dst's buffers: once they have grown, copying allocates nothing.
func (p *Packet) CopyInto(dst *Packet) {
	values, issues, plain, own := dst.Values[:0], dst.Issues[:0], dst.plainBuf, dst.ownBuf[:0]
	*dst = *p
	own = append(append(own, p.Payload...), p.Wire...)
	dst.Payload = own[:len(p.Payload):len(p.Payload)]
	if p.Wire != nil {
		dst.Wire = own[len(p.Payload):]
	}
	dst.Values = append(values, p.Values...)
	dst.Issues = append(issues, p.Issues...)
	dst.plainBuf, dst.ownBuf = plain, own
}

// Clone returns a deep copy that no longer shares the payload's memory.
func (p *Packet) Clone() *Packet {
	c := &Packet{}
	p.CopyInto(c)
	c.Explanation.Values = slices.Clone(p.Explanation.Values)
	return c
}

// Bytes returns a value's bytes on the wire.
func (p *Packet) Bytes(v *Value) []byte { return p.Payload[v.Offset : v.Offset+v.Length] }

// Data returns a string's text (without LENGTH and NUL), or a field's raw bytes.
func (p *Packet) Data(v *Value) []byte { return p.Payload[v.DataOff : v.DataOff+v.DataLen] }

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
	t := p.Layout
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
	case (v.Field.id == FCommand || v.Field.id == FMsgCommand) && p.Command != nil:
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
	if t := p.Value(v.Field.partsBy); t != nil && !t.Partial {
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
	big    bool // every integer big-endian (DecodeAs)
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
	if c := d.p.Value(f.countBy); c != nil {
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
	case KindBlock:
		return d.block(f, index)
	}
	if f.digits {
		return d.asciiNumber(f, index)
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
	d.push(f, index, f.Width, d.num(f, d.p.Payload[d.off:d.off+f.Width]), d.off, f.Width)
	return true
}

// headerFields decodes fields of a table's header and fills the packet's
// Header with them; false if the packet ended inside them. The command is
// known from COMMAND on, even if the header is cut short.
func (d *decoder) headerFields(fs []Field) bool {
	p := d.p
	for i := range fs {
		f := &fs[i]
		if !d.field(f, -1) {
			return false
		}
		n := p.Values[len(p.Values)-1].Num
		switch f.slot {
		case 0:
			continue
		case slotVersion:
			p.Version = uint16(n)
		case slotCode:
			p.Code = uint16(n)
			p.Command = p.Layout.Lookup(p.Code)
		case slotSeq:
			p.Seq = uint16(n)
		case slotSeq2:
			p.Seq2 = uint16(n)
		case slotUIN:
			p.UIN = n
		case slotSession:
			p.Session = n
		case slotCheckcode:
			p.Checkcode = n
		}
		p.Read |= f.slot.bit()
	}
	return true
}

// num reads a field's integer: little-endian, as the spec says, unless a
// reading (explain.go) says otherwise.
func (d *decoder) num(f *Field, b []byte) uint32 {
	if f.bigEndian != d.big {
		return bigEndian(b)
	}
	return littleEndian(b)
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
	case f.Fixed() && !d.matches(f, d.p.Bytes(v)) && !named:
		kind, sev := IssueFixedDiffers, Warning
		if f.Unknown() {
			kind, sev = IssueTypicalDiffers, Note
		}
		d.issue(kind, sev, f, index, v.Offset, v.Length, 0, int(v.Num))
	case f.Names != nil && f.Names.NoteOther && !named:
		d.issue(IssueUnnamedValue, Note, f, index, v.Offset, v.Length, 0, int(v.Num))
	}
}

// matches compares a fixed field with the spec's Content; under DecodeAs's
// big-endian reading an integer's bytes are compared in reverse.
func (d *decoder) matches(f *Field, b []byte) bool {
	if !d.big || f.Kind != KindU16 && f.Kind != KindU32 {
		return f.Matches(b)
	}
	var rev [4]byte
	for i := range b {
		rev[len(b)-1-i] = b[i]
	}
	return f.Matches(rev[:len(b)])
}

// str decodes LENGTH, text and NUL. A LENGTH past the end keeps the bytes
// that are there and stops the packet there.
func (d *decoder) str(f *Field, index int) bool {
	if !d.need(f, index, 2) {
		return false
	}
	start := d.off
	n := int(d.num(f, d.p.Payload[start:start+2]))
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
func Decode(p *Packet, payload []byte, dir Direction) { decodeUDP(p, payload, dir, false) }

// DecodeAs decodes a UDP payload with a reading applied to the whole of it,
// as Wireshark's "Decode As" does: ReadBigEndian reads every integer
// big-endian, for a v2 packet whose VERSION reads 2 only so (00 02); other
// packets, and other readings, are decoded by the document.
func DecodeAs(p *Packet, payload []byte, dir Direction, r Reading) {
	big := r == ReadBigEndian && dir != PeerToPeer && len(payload) >= 2 && payload[0] == 0 && payload[1] == 2
	decodeUDP(p, payload, dir, big)
	if big {
		p.DecodedAs = r
	}
}

// ParseReading reads the name of a reading --decode-as applies to a whole
// capture: big-endian.
func ParseReading(name string) (Reading, error) {
	if name == ReadBigEndian.String() {
		return ReadBigEndian, nil
	}
	return 0, fmt.Errorf("no reading %q to decode a whole capture with (readings: %s)", name, ReadBigEndian)
}

func decodeUDP(p *Packet, payload []byte, dir Direction, big bool) {
	if dir == PeerToPeer {
		DecodePeer(p, payload)
		return
	}
	t := ForDirection(dir)
	if t == nil {
		panic("dissect: Decode needs a Direction, got " + dir.String())
	}
	p.reset(payload, dir)
	d := decoder{p: p, big: big}
	if len(payload) == 0 {
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	}
	version := &t.Header[0]
	if !d.read(version, -1) {
		return
	}
	p.Version, p.Read = uint16(d.last().Num), HeadVersion
	if lt := layoutFor(dir, p.Version); lt != nil {
		d.restart()
		d.versioned(lt)
		return
	}
	if p.Version != 2 {
		d.otherVersion(version)
		return
	}
	p.Layout = t
	if !d.headerFields(t.Header[1:]) {
		return
	}
	p.Read |= HeadWhole
	d.params(p.Command)
}

// params decodes a command's parameters; an unknown or undescribed command's
// parameters become one raw field.
func (d *decoder) params(c *Command) {
	p := d.p
	switch {
	case c == nil:
		d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), specOf(p), int(p.Code))
		d.rest()
	case !c.Described:
		d.issue(IssueUndescribed, Note, nil, -1, d.off, d.left(), specOf(p), int(p.Code))
		d.rest()
	case !d.fields(c.Params):
	case c.Subs != nil && (c.subWhen == nil || c.subWhen(p)):
		d.sub(c)
	case p.Version == 5 && p.Dir == ClientToServer && len(c.Params) == 0 && d.left() == 4:
		d.trailing(Note) // a random u32 that makes the packet longer than its header (facts §1.1)
	default:
		d.trailing(Warning)
	}
}

// sub decodes the data of the subcommand that a command's first parameter
// (SUBCMD) selects.
func (d *decoder) sub(c *Command) {
	p := d.p
	code := p.Value(c.Params[0].id)
	p.SubCode, p.HasSub = uint16(code.Num), true
	p.Sub = c.Subs.Lookup(p.SubCode)
	switch {
	case p.Sub == nil:
		d.issue(IssueUnknownSubcommand, Warning, nil, -1, d.off, d.left(), int(p.Version), int(p.SubCode))
		d.rest()
	case !p.Sub.Described:
		d.issue(IssueUndescribed, Note, nil, -1, d.off, d.left(), int(p.Version), int(p.SubCode))
		d.rest()
	case d.fields(p.Sub.Params):
		d.trailing(Warning)
	}
}

// block decodes a SIZE-prefixed block; a SIZE past the end keeps what is
// there and stops the packet.
func (d *decoder) block(f *Field, index int) bool {
	if !d.need(f, index, 2) {
		return false
	}
	n := int(d.num(f, d.p.Payload[d.off:d.off+2]))
	body := d.off + 2
	if have := len(d.p.Payload) - body; n > have {
		d.issue(IssueLengthOverrun, Error, f, index, d.off, 2, n, have)
		d.push(f, index, 2+have, uint32(n), body, have)
		d.last().Partial = true
		d.failed = true
		return false
	}
	d.push(f, index, 2+n, uint32(n), body, n)
	return true
}

// DecodePeer decodes one framed peer packet: its 2-byte LENGTH and the body.
func DecodePeer(p *Packet, pkt []byte) {
	p.reset(pkt, PeerToPeer)
	d := decoder{p: p}
	switch {
	case len(pkt) == 0:
		d.issue(IssueEmpty, Error, nil, -1, 0, 0, 0, 0)
		return
	case isPeerInit6(pkt):
		d.peerFixed(PeerInit6)
		p.setPeerVersion(6)
	case isPeerInitAck6(pkt):
		d.peerFixed(PeerInitAck6)
		p.setPeerVersion(6)
	case isPeerInit(pkt):
		d.peerInit()
	case isPeer4(pkt) && d.tryPeer4():
	case !v2Message(pkt) && d.tryPeer6():
	default:
		d.peerMessage()
	}
	if n := len(pkt) - 2; len(p.Values) > 0 && p.Values[0].Field.id == FLength && !p.Values[0].Partial && int(p.Values[0].Num) != n {
		d.issue(IssuePeerLength, Error, p.Values[0].Field, -1, 0, 2, int(p.Values[0].Num), n)
	}
}

// isPeerInit tells CHANNEL_INIT (FF after LENGTH) from a message whose UIN
// starts with FF: a message has a peer version where CHANNEL_INIT has zeros.
func isPeerInit(pkt []byte) bool {
	return len(pkt) > 2 && pkt[2] == 0xFF &&
		(len(pkt) < peerVersionAt+2 || !plausiblePeerVersion(pkt[peerVersionAt:]))
}

// v2Message reports whether a peer packet declares version 2 or 3 where a
// v2 message has its VERSION.
func v2Message(pkt []byte) bool {
	return len(pkt) >= peerVersionAt+2 && plausiblePeerVersion(pkt[peerVersionAt:])
}

// tryPeer6 decodes a v6 message if the packet decrypts as one (its
// checkcode bears the decrypted bytes out); false leaves it to the v2 decoder.
func (d *decoder) tryPeer6() bool {
	plain, ok := Decrypt6(d.p.plainBuf, d.p.Payload)
	d.p.plainBuf = plain
	if !ok || len(plain) < peerMsgCommandAt {
		return false
	}
	d.peerMessage6(plain)
	return true
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
	if v := p.Value(FX1); v != nil && !v.Partial {
		p.setPeerVersion(uint16(v.Num))
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
	p.setPeerVersion(uint16(d.last().Num))
	if !plausiblePeerVersion(d.p.Bytes(d.last())) {
		d.otherVersion(version)
		return
	}
	if !d.fields(shared[peerVersionField+1:]) {
		return
	}
	p.setCode(uint16(d.last().Num))
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
