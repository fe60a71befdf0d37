package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/dissect"
)

// jsonPrinter writes one JSON object per packet per line (-T json). The keys
// are a public contract: see the README.
type jsonPrinter struct{ output }

func (j *jsonPrinter) Print(r *Record) error {
	m, p := r.Meta, r.Packet
	h := readHead(p)
	b := append(j.buf[:0], `{"frame":`...)
	b = appendUint(b, m.Frame)
	if m.Sub != 0 {
		b = appendNumberKey(b, "sub", uint64(m.Sub))
	}
	b = append(b, `,"time":"`...)
	b = j.stamp.append(b, m.Time)
	b = append(b, `","src":"`...)
	b = m.Src.AppendTo(b)
	b = append(b, `","dst":"`...)
	b = m.Dst.AppendTo(b)
	b = append(b, `","transport":"`...)
	b = append(b, m.Transport.String()...)
	b = append(b, '"')
	if m.Stream != 0 {
		b = appendNumberKey(b, "stream", uint64(m.Stream))
	}
	if m.Recognized != "" {
		// how the stream was recognised: ASCII that icqdump wrote itself
		b = append(b, `,"recognized":`...)
		b = strconv.AppendQuote(b, m.Recognized)
	}
	b = append(b, `,"direction":"`...)
	b = append(b, m.Dir.String()...)
	b = append(b, '"')
	b = appendHeadKeys(b, &h)
	b = appendCryptKeys(b, p)
	b = appendXrefKeys(b, &r.Xref)
	b = j.appendFields(b, p, &h)
	b = j.appendNames(b, p, &h)
	b = j.appendParts(b, p, &h)
	b = appendPartial(b, p)
	b = appendExplanation(b, p)
	b = appendIssues(b, p)
	return j.write(append(b, '}', '\n'))
}

func appendNumberKey(b []byte, key string, n uint64) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, '"', ':')
	return appendUint(b, n)
}

func appendHeadKeys(b []byte, h *head) []byte {
	if h.Has(dissect.HeadVersion) {
		b = appendNumberKey(b, "version", uint64(h.Version))
	}
	if h.command != "" {
		b = append(b, `,"command":`...)
		b = appendJSONName(b, h.command)
	}
	if h.HasCode() {
		b = appendNumberKey(b, "code", uint64(h.Code))
	}
	if h.Has(dissect.HeadSeq) {
		b = appendNumberKey(b, "seq", uint64(h.Seq))
	}
	if h.Has(dissect.HeadSeq2) {
		b = appendNumberKey(b, "seq2", uint64(h.Seq2))
	}
	if h.Has(dissect.HeadSession) {
		b = appendNumberKey(b, "session_id", uint64(h.Session))
	}
	if h.Has(dissect.HeadUIN) {
		b = appendNumberKey(b, "uin", uint64(h.UIN))
	}
	if h.Has(dissect.HeadCheckcode) {
		b = appendNumberKey(b, "checkcode", uint64(h.Checkcode))
	}
	return b
}

// appendCryptKeys says a packet was decrypted, and gives its bytes as they
// were on the wire.
func appendCryptKeys(b []byte, p *dissect.Packet) []byte {
	if p.Wire == nil {
		return b
	}
	b = append(b, `,"decrypted":true,"wire":"`...)
	b = appendHex(b, p.Wire, false)
	return append(b, '"')
}

func appendXrefKeys(b []byte, x *analyze.Xref) []byte {
	if x.AcksFrame != 0 {
		b = appendNumberKey(b, "acks_frame", x.AcksFrame)
		b = append(b, `,"ack_delay_ms":`...)
		b = appendMs(b, x.AckDelayMs)
	}
	if x.AckedIn != 0 {
		b = appendNumberKey(b, "acked_in", x.AckedIn)
	}
	if x.RetransmissionOf != 0 {
		b = appendNumberKey(b, "retransmission_of", x.RetransmissionOf)
		b = appendNumberKey(b, "retransmission", uint64(x.Retransmission))
	}
	if x.ReplyTo != 0 {
		b = appendNumberKey(b, "reply_to", x.ReplyTo)
	}
	return b
}

// object writes the members of one JSON object, opening it with its first
// member, so that an object with no members can be left out.
type object struct {
	open bool
}

// key starts the member for v (named as appendFieldName does) in the
// top-level object named top.
func (o *object) key(b []byte, top string, v *dissect.Value) []byte {
	if o.open {
		b = append(b, ',')
	} else {
		b = append(b, `,"`...)
		b = append(b, top...)
		b = append(b, `":{`...)
		o.open = true
	}
	b = append(b, '"')
	b = appendFieldName(b, v)
	return append(b, '"', ':')
}

func (o *object) close(b []byte) []byte {
	if o.open {
		b = append(b, '}')
	}
	return b
}

// appendFields writes the parameters by name. A repeated field is an array
// of its complete elements; truncated values are left to "partial".
func (j *jsonPrinter) appendFields(b []byte, p *dissect.Packet, h *head) []byte {
	b = append(b, `,"fields":{`...)
	first := true
	var array *dissect.Field // the repeated field whose array is open
	elems := 0
	for i := range h.params {
		v := &h.params[i]
		if array != nil && v.Field != array {
			b, array = append(b, ']'), nil
		}
		if v.Index >= 0 && array == nil {
			b = appendMember(b, &first, v.Field.Name)
			b, array, elems = append(b, '['), v.Field, 0
		}
		if v.Partial {
			continue
		}
		if array != nil {
			if elems > 0 {
				b = append(b, ',')
			}
			elems++
		} else {
			b = appendMember(b, &first, v.Field.Name)
		}
		b = j.appendJSONValue(b, p, v)
		if f := emptyRepeated(p, v); f != nil {
			b = appendMember(b, &first, f.Name)
			b = append(b, '[', ']')
		}
	}
	if array != nil {
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendMember(b []byte, first *bool, name string) []byte {
	if !*first {
		b = append(b, ',')
	}
	*first = false
	return append(appendJSONName(b, name), ':')
}

// emptyRepeated returns the repeated field that v counts when v is 0, so
// that a list of no elements is still an (empty) array.
func emptyRepeated(p *dissect.Packet, v *dissect.Value) *dissect.Field {
	if v.Num != 0 || p.Command == nil {
		return nil
	}
	for i := range p.Command.Params {
		if f := &p.Command.Params[i]; f.CountBy == v.Field.Name {
			return f
		}
	}
	return nil
}

// appendJSONValue writes integers as numbers, IPs as dotted strings, text as
// UTF-8 strings and raw bytes as lower-case hex.
func (j *jsonPrinter) appendJSONValue(b []byte, p *dissect.Packet, v *dissect.Value) []byte {
	data := p.Data(v)
	switch v.Field.Kind {
	case dissect.KindString:
		return appendJSONString(b, j.decode(data))
	case dissect.KindIP:
		b = append(b, '"')
		b = appendIP(b, data)
		return append(b, '"')
	case dissect.KindBytes, dissect.KindRest:
		b = append(b, '"')
		b = appendHex(b, data, false)
		return append(b, '"')
	}
	return appendUint(b, uint64(v.Num))
}

func (j *jsonPrinter) appendNames(b []byte, p *dissect.Packet, h *head) []byte {
	var o object
	for i := range h.params {
		v := &h.params[i]
		if name, ok := h.valueName(p, v); ok {
			b = o.key(b, "names", v)
			b = appendJSONName(b, name)
		}
	}
	return o.close(b)
}

func (j *jsonPrinter) appendParts(b []byte, p *dissect.Packet, h *head) []byte {
	var o object
	for i := range h.params {
		v := &h.params[i]
		if _, ok := parts(p, v); !ok {
			continue
		}
		b = o.key(b, "parts", v)
		b = append(b, '[')
		dissect.Parts(p.Data(v), func(i int, part []byte) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, j.decode(part))
		})
		b = append(b, ']')
	}
	return o.close(b)
}

// appendPartial writes the bytes of values the packet ends inside, keyed by
// name and index: "partial":{"UIN[1]":"d2760f"}.
func appendPartial(b []byte, p *dissect.Packet) []byte {
	var o object
	for i := range p.Values {
		v := &p.Values[i]
		if !v.Partial {
			continue
		}
		b = o.key(b, "partial", v)
		b = append(b, '"')
		b = appendHex(b, p.Bytes(v), false)
		b = append(b, '"')
	}
	return o.close(b)
}

// appendExplanation writes the reading --decode-as applied
// ("decoded_as":"big-endian"), and the one that explains a packet departing
// from the document: "explanation":{"reading":"count-1-byte",
// "field":"NUM_CONTACTS","meant":2,"message":"reads cleanly with ..."}.
func appendExplanation(b []byte, p *dissect.Packet) []byte {
	if p.DecodedAs != 0 {
		b = append(b, `,"decoded_as":"`...)
		b = append(b, p.DecodedAs.String()...)
		b = append(b, '"')
	}
	if !p.HasExplanation() {
		return b
	}
	e := &p.Explanation
	b = append(b, `,"explanation":{"reading":"`...)
	b = append(b, e.Reading.String()...)
	b = append(b, '"')
	if e.Field != nil {
		b = append(b, `,"field":`...)
		b = appendJSONName(b, e.Field.Name)
	}
	if e.Reading == dissect.ReadLaterCode {
		b = append(b, `,"command":`...)
		b = appendJSONName(b, e.Code.Display())
	} else if e.Reading != dissect.ReadOrder {
		b = appendNumberKey(b, "meant", uint64(e.Meant))
	}
	b = append(b, `,"message":`...)
	b = appendJSONName(b, e.Message(p.Payload))
	return append(b, '}')
}

func appendIssues(b []byte, p *dissect.Packet) []byte {
	b = append(b, `,"issues":[`...)
	for i := range p.Issues {
		is := &p.Issues[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"severity":"`...)
		b = append(b, is.Severity.String()...)
		b = append(b, '"')
		if is.Field != nil {
			b = append(b, `,"field":"`...)
			b = appendIndexed(b, is.Field.Name, is.Index)
			b = append(b, '"')
		}
		b = append(b, `,"message":`...)
		b = appendJSONName(b, p.IssueMessage(is))
		b = appendNumberKey(b, "offset", uint64(is.Offset))
		b = appendNumberKey(b, "length", uint64(is.Length))
		b = append(b, '}')
	}
	return append(b, ']')
}

// appendJSONString quotes decoded text for JSON: quotes, backslashes and
// control characters escaped, invalid UTF-8 replaced by U+FFFD.
func appendJSONString(b, s []byte) []byte {
	b = append(b, '"')
	for len(s) > 0 {
		if n := plainASCII(s); n > 0 {
			b = append(b, s[:n]...)
			s = s[n:]
			continue
		}
		if s[0] < utf8.RuneSelf {
			b = appendJSONByte(b, s[0])
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRune(s)
		if r == utf8.RuneError || r == '\u2028' || r == '\u2029' {
			b = appendUnicodeEscape(b, r)
		} else {
			b = append(b, s[:n]...)
		}
		s = s[n:]
	}
	return append(b, '"')
}

// appendJSONName quotes a string of the program's own, valid UTF-8: a name
// from the tables or an issue's message.
func appendJSONName(b []byte, s string) []byte {
	b = append(b, '"')
	for len(s) > 0 {
		if n := plainASCII(s); n > 0 {
			b = append(b, s[:n]...)
			s = s[n:]
			continue
		}
		b = appendJSONByte(b, s[0])
		s = s[1:]
	}
	return append(b, '"')
}

// appendJSONByte writes one byte of a JSON string, escaped if it must be.
func appendJSONByte(b []byte, c byte) []byte {
	switch {
	case c == '"' || c == '\\':
		return append(b, '\\', c)
	case c == '\n':
		return append(b, `\n`...)
	case c == '\r':
		return append(b, `\r`...)
	case c == '\t':
		return append(b, `\t`...)
	case c < 0x20 || c == 0x7F:
		return appendUnicodeEscape(b, rune(c))
	}
	return append(b, c)
}
