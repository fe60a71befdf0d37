package dissect

import (
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"
)

// Explanations: when a v2 UDP packet does not decode cleanly by the
// document, Explain tries a bounded set of other readings of its bytes, the
// departures real implementations are known for, and keeps the one that
// makes the whole packet fit. The document's decode is kept as it is; the
// winner is an Explanation beside it, and an issue under the field it reads
// otherwise.

// Reading is one way of reading a packet other than the document's.
type Reading uint8

const (
	ReadBigEndian    Reading = iota + 1 // one integer (or a string's LENGTH) written big-endian
	ReadCount1                          // a count written 1 byte wide where the document has 2
	ReadWidth                           // a field 2 bytes wide where the document has 4, or the reverse
	ReadOrder                           // the named fields before the *Unknown (X) ones
	ReadLaterCode                       // the code is a later version's (v5) in a v2 header
	ReadASCII                           // a number written as ASCII digits
	ReadOutgoingPort                    // CHANNEL_INIT's MY_PORT is the outgoing connection's port
)

var readingNames = [...]string{ReadBigEndian: "big-endian", ReadCount1: "count-1-byte",
	ReadWidth: "field-width", ReadOrder: "field-order", ReadLaterCode: "v5-code", ReadASCII: "ascii-number",
	ReadOutgoingPort: "outgoing-port"}

// String returns the reading's stable name, as JSON and --decode-as spell it.
func (r Reading) String() string {
	if int(r) < len(readingNames) && readingNames[r] != "" {
		return readingNames[r]
	}
	return "unknown"
}

// Context is what is known of a packet from the rest of the capture, given
// by the analyzer as data. Any part may be empty: then it agrees with nothing.
type Context struct {
	UINs  []uint32 // UINs seen in the session: its client's, its contact list's, its peers'
	Ports []uint16 // the packet's own ports, and the ports LOGIN or USER_ONLINE announced
	Seqs  []uint16 // sequence numbers the packet may carry: the SEQ_NUM its sender is at
	Cut   bool     // the capture cut the packet short: its end says nothing
	// A peer packet's: the port it was sent from, and the ports its sender
	// announced for incoming connections (LOGIN's PORT, USER_ONLINE's REMOTE_PORT).
	SrcPort   uint16
	Listening []uint16
}

// Explanation is the reading that makes a packet fit.
type Explanation struct {
	Reading Reading
	Field   *Field   // the document's field read otherwise (COMMAND for a v5 code)
	Index   int      // its element, or -1
	Meant   uint32   // the field's value in the reading
	Width   int      // the width the field is read with (ReadCount1, ReadWidth, ReadASCII)
	Code    *Command // ReadLaterCode: the later version's command
	Moved   []string // ReadOrder: the named fields read before the X fields
	Values  []Value  // the packet in the reading, its fields from the one read otherwise on
}

// Message says which reading fits and what the packet then says:
// "reads cleanly with NUM_CONTACTS 1 byte wide: NUM_CONTACTS=2 UIN=23456789,34567890".
func (e *Explanation) Message(payload []byte) string {
	var b strings.Builder
	b.WriteString("reads cleanly ")
	name := ""
	if e.Field != nil {
		name = e.Field.Name
	}
	switch e.Reading {
	case ReadBigEndian:
		if e.Field.Kind == KindString || e.Field.Kind == KindBlock {
			fmt.Fprintf(&b, "with %s's LENGTH big-endian", name)
		} else {
			fmt.Fprintf(&b, "with %s big-endian", name)
		}
	case ReadCount1, ReadWidth:
		fmt.Fprintf(&b, "with %s %s wide", name, bytesWord(e.Width))
	case ReadOrder:
		fmt.Fprintf(&b, "with %s before the X fields", strings.Join(e.Moved, ", "))
	case ReadLaterCode:
		fmt.Fprintf(&b, "as v5's %s (code 0x%04X, in a v2 header)", e.Code.Display(), e.Code.Code)
	case ReadASCII:
		fmt.Fprintf(&b, "with %s as ASCII digits", name)
	case ReadOutgoingPort:
		return fmt.Sprintf("MY_PORT %d is the port this connection was opened from; the sender's listening port, announced in LOGIN or USER_ONLINE, is %d",
			e.Values[0].Num, e.Meant)
	}
	if len(e.Values) > 0 {
		b.WriteString(":")
		appendReadValues(&b, payload, e.Values)
	}
	return b.String()
}

// appendReadValues writes NAME=value for the fields a reader needs: not the
// X fields, the elements of a repeated field joined by commas.
func appendReadValues(b *strings.Builder, payload []byte, vs []Value) {
	for i := range vs {
		v := &vs[i]
		if v.Field.Unknown() || v.Field == trailingField {
			continue
		}
		if v.Index > 0 {
			b.WriteByte(',')
		} else {
			fmt.Fprintf(b, " %s=", v.Field.Name)
		}
		b.WriteString(readValue(payload, v))
	}
}

func readValue(payload []byte, v *Value) string {
	data := payload[v.DataOff : v.DataOff+v.DataLen]
	switch {
	case v.Field.Kind == KindString:
		return strconv.Quote(string(data))
	case v.Field.Kind == KindIP:
		return netip.AddrFrom4([4]byte(data)).String()
	case v.Field.Kind == KindBytes || v.Field.Kind == KindRest || v.Field.Kind == KindBlock:
		return SpacedHex(data)
	case v.Field.Hex:
		return fmt.Sprintf("0x%0*X", 2*v.Length, v.Num)
	}
	return strconv.FormatUint(uint64(v.Num), 10)
}

// HasExplanation reports whether Explain found a reading for the packet.
func (p *Packet) HasExplanation() bool { return p.Explanation.Reading != 0 }

// IssueMessage is an issue's message: an explanation's says what it reads.
func (p *Packet) IssueMessage(is *Issue) string {
	if is.Kind == IssueExplained && p.HasExplanation() {
		return p.Explanation.Message(p.Payload)
	}
	return is.Message(p.Payload)
}

// Explain looks for the reading that explains a packet that does not decode
// cleanly: one with an issue, or a value that ctx makes implausible. It
// keeps the best reading under which everything fits, and nothing when none
// fits, or two fit equally well. A clean packet costs a look at its issues
// and values.
func Explain(p *Packet, ctx *Context) {
	if ctx == nil {
		ctx = &Context{}
	}
	if p.HasExplanation() || p.DecodedAs != 0 {
		return
	}
	if p.Command == PeerInit {
		explainInitPort(p, ctx)
		return
	}
	if !explainable(p, ctx) || !troubled(p, ctx) {
		return
	}
	doc := documentLayout(p)
	var s search
	s.p, s.ctx = p, ctx
	if doc != nil {
		s.readingsOf(doc)
	}
	s.laterCode()
	if s.best == nil || s.tie {
		return
	}
	p.explained(s.best)
}

// explained keeps e as the packet's explanation, with an issue under its field.
func (p *Packet) explained(e *Explanation) {
	p.Explanation = *e
	var off, n int
	if v := valueOf(p, e.Field, e.Index); v != nil {
		off, n = v.Offset, v.Length
	}
	p.Issues = append(p.Issues, Issue{Kind: IssueExplained, Severity: Warning, Field: e.Field,
		Index: e.Index, Offset: off, Length: n, Need: int(e.Reading)})
}

// explainInitPort explains a CHANNEL_INIT whose MY_PORT is the port the
// connection came from where the sender announced another for listening.
func explainInitPort(p *Packet, ctx *Context) {
	v := p.Value(FMyPort)
	if v == nil || v.Partial || len(ctx.Listening) == 0 || ctx.SrcPort == 0 ||
		v.Num != uint32(ctx.SrcPort) || slices.Contains(ctx.Listening, ctx.SrcPort) {
		return
	}
	p.explained(&Explanation{Reading: ReadOutgoingPort, Field: v.Field, Index: -1,
		Meant: uint32(ctx.Listening[0]), Values: []Value{*v}})
}

// explainable: a v2 UDP packet whose code was read, not cut by the capture.
func explainable(p *Packet, ctx *Context) bool {
	return !ctx.Cut && p.Dir != PeerToPeer && p.Version == 2 && p.HasCode() && p.Layout != nil
}

// troubled reports whether a packet has something to explain: an issue a
// reading could remove, or a value the context makes implausible.
func troubled(p *Packet, ctx *Context) bool {
	for i := range p.Issues {
		switch p.Issues[i].Kind {
		case IssueUndescribed, IssueGap, IssueResync, IssueCheckcode, IssueHeaderOnly, IssueNotDecrypted:
		default:
			return true
		}
	}
	for i := range p.Values {
		if implausible(&p.Values[i], ctx) {
			return true
		}
	}
	return false
}

// implausible: a port over 65535, or a UIN or sequence number the context
// does not know whose byte-swap it knows.
func implausible(v *Value, ctx *Context) bool {
	if v.Partial {
		return false
	}
	switch f := v.Field; {
	case f.HoldsPort():
		return v.Num > 0xFFFF
	case f.HoldsUIN():
		return len(ctx.UINs) > 0 && !slices.Contains(ctx.UINs, v.Num) && slices.Contains(ctx.UINs, swap32(v.Num))
	case f.HoldsSeq():
		return len(ctx.Seqs) > 0 && !slices.Contains(ctx.Seqs, uint16(v.Num)) && slices.Contains(ctx.Seqs, swap16(uint16(v.Num)))
	}
	return false
}

// agrees reports whether a value read otherwise is one the context knows.
func agrees(v *Value, ctx *Context) bool {
	switch f := v.Field; {
	case f.HoldsPort():
		return v.Num <= 0xFFFF && slices.Contains(ctx.Ports, uint16(v.Num))
	case f.HoldsUIN():
		return slices.Contains(ctx.UINs, v.Num)
	case f.HoldsSeq():
		return slices.Contains(ctx.Seqs, uint16(v.Num))
	}
	return false
}

func swap16(v uint16) uint16 { return v<<8 | v>>8 }
func swap32(v uint32) uint32 { return v>>24 | v>>8&0xFF00 | v<<8&0xFF0000 | v<<24 }

// documentLayout is the header and parameters the document gives the
// packet's command, or nil when it gives none.
func documentLayout(p *Packet) []Field {
	c := p.Command
	if c == nil || !c.Described || c.Subs != nil {
		return nil
	}
	return slices.Concat(p.Layout.Header, c.Params)
}

// search tries readings and keeps the best.
type search struct {
	p     *Packet
	ctx   *Context
	alt   Packet
	buf   []Field // the layout being tried: one buffer for every reading
	best  *Explanation
	score int
	tie   bool
}

// readingsOf tries every reading of the document's layout, a field at a time.
func (s *search) readingsOf(doc []Field) {
	header := len(s.p.Layout.Header)
	for i := 2; i < len(doc); i++ { // VERSION and COMMAND were read to get here
		f := &doc[i]
		docField := s.docField(i)
		if f.Fixed() || f.Unknown() {
			continue
		}
		switch f.Kind {
		case KindU16, KindU32, KindString, KindBlock:
			s.try(ReadBigEndian, docField, i, doc, func(g *Field) { g.bigEndian = true })
		}
		switch {
		case f.Kind == KindU16 && countsOthers(doc, f.Name):
			if s.highByteSet(docField) {
				s.try(ReadCount1, docField, i, doc, func(g *Field) { g.Kind, g.Width = KindU8, 1 })
			}
		case f.Kind == KindU16:
			s.try(ReadWidth, docField, i, doc, func(g *Field) { g.Kind, g.Width = KindU32, 4 })
		case f.Kind == KindU32:
			s.try(ReadWidth, docField, i, doc, func(g *Field) { g.Kind, g.Width = KindU16, 2 })
		}
		if (f.Kind == KindU16 || f.Kind == KindU32) && i == len(doc)-1 && i >= header {
			s.try(ReadASCII, docField, i, doc, func(g *Field) { g.digits = true })
		}
	}
	s.order(doc, header)
}

// highByteSet reports whether a 2-byte count's second byte is not 0: when
// it is, the count read 1 byte wide is the same number, and a packet cut
// short is not explained by moving every later field up by its 00.
func (s *search) highByteSet(f *Field) bool {
	v := valueOf(s.p, f, -1)
	return v != nil && !v.Partial && v.Num > 0xFF
}

// docField is the document's own field at position i of its layout.
func (s *search) docField(i int) *Field {
	h := s.p.Layout.Header
	if i < len(h) {
		return &h[i]
	}
	return &s.p.Command.Params[i-len(h)]
}

func countsOthers(doc []Field, name string) bool {
	return slices.ContainsFunc(doc, func(f Field) bool { return f.CountBy == name })
}

// try decodes the packet with field i of doc changed by change, and weighs it.
func (s *search) try(r Reading, docField *Field, i int, doc []Field, change func(*Field)) {
	layout := append(s.buf[:0], doc...)
	s.buf = layout
	change(&layout[i])
	s.weigh(&Explanation{Reading: r, Field: docField, Index: -1}, layout, i)
}

// order reads the named parameters before the X fields, in their order.
func (s *search) order(doc []Field, header int) {
	params := doc[header:]
	firstX := slices.IndexFunc(params, func(f Field) bool { return f.Unknown() })
	if firstX < 0 {
		return
	}
	var moved []string
	layout := append(s.buf[:0], doc[:header+firstX]...)
	for _, f := range params[firstX:] {
		if !f.Unknown() {
			moved = append(moved, f.Name)
			layout = append(layout, f)
		}
	}
	if len(moved) == 0 {
		return
	}
	for _, f := range params[firstX:] {
		if f.Unknown() {
			layout = append(layout, f)
		}
	}
	s.buf = layout
	at := header + firstX
	s.weigh(&Explanation{Reading: ReadOrder, Field: s.docField(header + slices.IndexFunc(params, func(f Field) bool { return f.Name == moved[0] })),
		Index: -1, Moved: moved}, layout, at)
}

// laterCode reads the parameters of a code the v2 document does not list as
// v5's command of that code, in the v2 header. (A code both list names the
// same command in both.)
func (s *search) laterCode() {
	if s.p.Command != nil {
		return
	}
	c := TableFor(s.p.Dir, 5).Lookup(s.p.Code)
	if c == nil || !c.Described || c.Subs != nil {
		return
	}
	h := s.p.Layout.Header
	layout := append(append(s.buf[:0], h...), c.Params...)
	s.buf = layout
	s.weigh(&Explanation{Reading: ReadLaterCode, Field: &h[1], Index: -1, Code: c}, layout, len(h))
}

// weigh decodes the packet with layout and keeps e if the packet then fits
// better than with any reading so far; from is the first field it changes.
func (s *search) weigh(e *Explanation, layout []Field, from int) {
	alt := &s.alt
	alt.reset(s.p.Payload, s.p.Dir)
	d := decoder{p: alt}
	if d.fields(layout) {
		d.trailing(Warning)
	}
	changed := "" // none: a later version's command without parameters
	if from < len(layout) {
		changed = layout[from].Name
	}
	score, ok := s.fits(alt, changed)
	if !ok {
		return
	}
	start := len(alt.Values)
	if changed != "" {
		if start = slices.IndexFunc(alt.Values, func(v Value) bool { return v.Field.Name == changed }); start < 0 {
			return
		}
	}
	e.Values = s.departing(alt.Values[start:], e.Reading == ReadLaterCode)
	if e.Reading != ReadLaterCode && e.Reading != ReadOrder {
		v := &e.Values[0]
		e.Meant, e.Width = v.Num, v.Length
		if e.Reading == ReadWidth && v.Length == 4 && v.Num > 0xFFFF {
			return // a 2-byte field written 4 bytes wide holds a 2-byte number
		}
	}
	switch {
	case s.best == nil || score > s.score:
		e.Values = rehome(e.Values, layout)
		s.best, s.score, s.tie = e, score, false
	case score == s.score && !sameReading(s.best.Values, e.Values):
		s.tie = true
	}
}

// rehome points values read with the search's layout buffer, which the
// next reading overwrites, at a copy of the layout of their own.
func rehome(vs []Value, layout []Field) []Value {
	own := slices.Clone(layout)
	for i := range vs {
		for j := range layout {
			if vs[i].Field == &layout[j] {
				vs[i].Field = &own[j]
			}
		}
	}
	return vs
}

// sameReading reports whether two readings read the same numbers at the
// same places (v5's 1-byte COUNT and v2's NUM_CONTACTS 1 byte wide): they
// explain the packet alike, and the first is kept.
func sameReading(a, b []Value) bool {
	return slices.EqualFunc(a, b, func(x, y Value) bool {
		return x.Offset == y.Offset && x.Length == y.Length && x.Num == y.Num
	})
}

// departing keeps the values a reading reads otherwise than the document:
// the first (the field it changes) and the elements it counts, those at
// other places or with other numbers; every one for another command's layout.
func (s *search) departing(vs []Value, all bool) []Value {
	var out []Value
	for i := range vs {
		v := &vs[i]
		doc := valueNamed(s.p, v.Field.Name, v.Index)
		if all || i == 0 || v.Field.CountBy == vs[0].Field.Name || doc == nil || doc.Offset != v.Offset || doc.Length != v.Length || doc.Num != v.Num || doc.Partial {
			out = append(out, *v)
		}
	}
	return out
}

// fits reports whether the packet read otherwise fits: no warning or error,
// no note the document's decode does not have, the packet's end where the
// layout's is; and scores it: the issues it removes, and more when the
// field read otherwise agrees with the context.
func (s *search) fits(alt *Packet, changed string) (int, bool) {
	for i := range alt.Issues {
		is := &alt.Issues[i]
		if is.Severity > Note || !hasNote(s.p, is) {
			return 0, false
		}
	}
	score := len(s.p.Issues) - len(alt.Issues)
	agreed := false
	for i := range alt.Values {
		v := &alt.Values[i]
		if implausible(v, s.ctx) || s.forgets(v) {
			return 0, false
		}
		if v.Field.Name == changed && agrees(v, s.ctx) {
			agreed = true
		}
	}
	if agreed {
		score += 100
	}
	if !agreed && !s.contextFixed(alt) {
		if score <= 0 {
			return 0, false
		}
	}
	return score, true
}

// forgets reports whether a reading turns a UIN the context knows into one
// it does not.
func (s *search) forgets(v *Value) bool {
	if !v.Field.HoldsUIN() || slices.Contains(s.ctx.UINs, v.Num) {
		return false
	}
	doc := valueNamed(s.p, v.Field.Name, v.Index)
	return doc != nil && slices.Contains(s.ctx.UINs, doc.Num)
}

// valueNamed returns the value of the named field's element index, or nil.
func valueNamed(p *Packet, name string, index int) *Value {
	for i := range p.Values {
		if w := &p.Values[i]; w.Field.Name == name && w.Index == index {
			return w
		}
	}
	return nil
}

// contextFixed reports whether a reading removes every implausible value
// the document's decode had (and the decode had one).
func (s *search) contextFixed(alt *Packet) bool {
	had := false
	for i := range s.p.Values {
		if implausible(&s.p.Values[i], s.ctx) {
			had = true
		}
	}
	if !had {
		return false
	}
	for i := range alt.Values {
		if implausible(&alt.Values[i], s.ctx) {
			return false
		}
	}
	return true
}

// hasNote reports whether p has a note like is: same kind, same field name.
func hasNote(p *Packet, is *Issue) bool {
	return slices.ContainsFunc(p.Issues, func(o Issue) bool {
		return o.Kind == is.Kind && o.FieldName() == is.FieldName()
	})
}

// valueOf returns the value of f's element index in p, or nil.
func valueOf(p *Packet, f *Field, index int) *Value {
	for i := range p.Values {
		v := &p.Values[i]
		if v.Field == f && (v.Index == index || index < 0 && v.Index <= 0) {
			return v
		}
	}
	return nil
}

// asciiNumber reads a number written as ASCII digits, running to the end of
// the packet or to a NUL that ends it.
func (d *decoder) asciiNumber(f *Field, index int) bool {
	b := d.p.Payload[d.off:]
	n := 0
	var num uint64
	for n < len(b) && b[n] >= '0' && b[n] <= '9' && num <= 0xFFFFFFFF {
		num = num*10 + uint64(b[n]-'0')
		n++
	}
	width := n
	if n < len(b) && b[n] == 0 {
		width++
	}
	if n == 0 || num > 0xFFFFFFFF { // no number: read as the document says
		if !d.read(f, index) {
			return false
		}
		d.checkContent(f, index)
		return true
	}
	d.push(f, index, width, uint32(num), d.off, n)
	return true
}

// bigEndian reads an integer most significant byte first.
func bigEndian(b []byte) uint32 {
	var n uint32
	for _, c := range b {
		n = n<<8 | uint32(c)
	}
	return n
}
