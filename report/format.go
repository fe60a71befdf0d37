package report

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// head is what the printers show of a packet: its header, its command's
// name, and the values after the header.
type head struct {
	dissect.Header
	command string // the command's name(s), UNKNOWN(0x...) or ""
	params  []dissect.Value
}

func readHead(p *dissect.Packet) head {
	return head{Header: p.Header, command: p.CommandName(), params: p.Values[headerValues(p):]}
}

// headerValues is how many of a packet's values its header holds: none for
// a peer packet, VERSION alone for a version shown raw (read as v2's is).
func headerValues(p *dissect.Packet) int {
	t := p.Layout
	if t == nil {
		t = dissect.ForDirection(p.Dir)
	}
	n := 0
	for t != nil && n < len(p.Values) && n < len(t.Header) && p.Values[n].Field == &t.Header[n] {
		n++
	}
	return n
}

// valueName is the name of a value. A header's COMMAND is named even when
// the packet ends before the parameters, and not at all when the spec does
// not list it (an issue says so).
func (h *head) valueName(p *dissect.Packet, v *dissect.Value) (string, bool) {
	switch {
	case v.Partial:
		return "", false
	case v.Field.ID() == dissect.FCommand || v.Field.ID() == dissect.FMsgCommand:
		return h.command, h.Command != nil
	}
	return p.ValueName(v)
}

// appendTitle writes the two lines that open a packet in -V and -x:
// the frame, then the ICQ packet.
func appendTitle(b []byte, st *stampCache, m *capture.Packet, p *dissect.Packet, h *head) []byte {
	b = append(b, "Frame "...)
	b = appendFrame(b, m)
	b = append(b, ": "...)
	b = st.append(b, m.Time)
	b = append(b, ", "...)
	b = appendInt(b, m.FrameLen)
	b = append(b, " bytes, "...)
	b = appendAddrs(b, m)
	b = append(b, ", "...)
	b = append(b, m.Transport.String()...)
	if m.Stream != 0 {
		b = append(b, " stream "...)
		b = appendInt(b, m.Stream)
		if m.Recognized != "" {
			b = append(b, " ("...)
			b = append(b, m.Recognized...)
			b = append(b, ')')
		}
	}
	b = append(b, ", "...)
	b = append(b, m.Dir.String()...)
	b = append(b, "\nICQ"...)
	if h.Has(dissect.HeadVersion) {
		b = append(b, " v"...)
		b = appendUint(b, uint64(h.Version))
	}
	if h.command != "" {
		b = append(b, ' ')
		b = append(b, h.command...)
	}
	if h.Command != nil && h.HasCode() {
		b = append(b, " ("...)
		b = appendHexNum(b, uint32(h.Code), 4)
		b = append(b, ')')
	}
	b = append(b, ", "...)
	b = appendByteCount(b, len(p.Payload))
	if p.Wire != nil {
		b = append(b, ", decrypted"...)
	}
	return append(b, '\n')
}

// appendFrame writes a packet's frame number; a packet carried inside
// another is numbered N.1, N.2, ... after its container's frame.
func appendFrame(b []byte, m *capture.Packet) []byte {
	b = appendUint(b, m.Frame)
	if m.Sub != 0 {
		b = append(b, '.')
		b = appendInt(b, m.Sub)
	}
	return b
}

func appendAddrs(b []byte, m *capture.Packet) []byte {
	b = m.Src.AppendTo(b)
	b = append(b, " > "...)
	return m.Dst.AppendTo(b)
}

// valueStyle says how much a value says of itself.
type valueStyle uint8

const (
	styleLine valueStyle = iota // compact: 0x1(away), hex without spaces, … when truncated
	styleTree                   // 0x00000001 (away), a string's LENGTH, the truncation explained
	styleHex                    // as styleTree, without a string's LENGTH (it has a row of its own)
)

// appendValue writes a value as people read it: numbers in decimal, codes in
// hex as the spec writes them, IPs dotted, text quoted, unknown bytes in hex,
// with the value's name.
func (o *output) appendValue(b []byte, p *dissect.Packet, h *head, v *dissect.Value, s valueStyle) []byte {
	data := p.Data(v)
	switch {
	case v.Field.Kind == dissect.KindString && (!v.Partial || v.Length >= 2):
		b = appendQuoted(b, o.decode(data))
		if s == styleTree {
			b = append(b, " (LENGTH "...)
			b = appendUint(b, uint64(v.Num))
			b = append(b, ')')
		}
	case len(data) == 0 && s != styleLine:
		b = append(b, "(no bytes)"...)
	case v.Partial, isRaw(v):
		b = appendHex(b, data, s != styleLine)
	case v.Field.Kind == dissect.KindIP:
		b = appendIP(b, data)
	default:
		b = appendNumber(b, v, s != styleLine)
	}
	if name, ok := h.valueName(p, v); ok {
		if s != styleLine {
			b = append(b, ' ')
		}
		b = append(b, '(')
		b = append(b, name...)
		b = append(b, ')')
	}
	if v.Partial {
		b = appendTruncated(b, v, s)
	}
	return b
}

// appendTruncated says how much of a value the packet holds.
func appendTruncated(b []byte, v *dissect.Value, s valueStyle) []byte {
	if s == styleLine {
		return append(b, "…"...)
	}
	need := v.Field.Width
	if v.Field.Kind == dissect.KindString {
		need = 2
		if v.Length >= 2 {
			need += int(v.Num)
		}
	}
	b = append(b, " (truncated: "...)
	b = appendInt(b, v.Length)
	b = append(b, " of "...)
	b = appendInt(b, need)
	return append(b, " bytes)"...)
}

// isCode reports whether a field's values are codes rather than quantities:
// they are shown in hex, as the spec lists them.
func isCode(f *dissect.Field) bool {
	return f.ID() == dissect.FCommand || f.ID() == dissect.FMsgCommand || f.Hex || f.Names != nil && (f.Names.NoteOther || f.Names.Codes)
}

func appendNumber(b []byte, v *dissect.Value, padded bool) []byte {
	if !isCode(v.Field) {
		return appendUint(b, uint64(v.Num))
	}
	digits := 1
	if padded {
		digits = 2 * v.Field.Width
	}
	return appendHexNum(b, v.Num, digits)
}

const (
	upperHex = "0123456789ABCDEF"
	lowerHex = "0123456789abcdef"
)

// appendHexNum writes 0x and n in upper-case hex, at least digits long.
func appendHexNum(b []byte, n uint32, digits int) []byte {
	b = append(b, "0x"...)
	for i := 7; i >= 0; i-- {
		d := n >> (4 * uint(i)) & 0xF
		if d != 0 || i < digits {
			digits = i // every lower digit is written too
			b = append(b, upperHex[d])
		}
	}
	return b
}

// appendHex writes bytes in hex: "72 00 04 00" as the spec does, or
// "72000400" where a value must stay one word.
func appendHex(b, data []byte, spaced bool) []byte {
	for i, c := range data {
		if spaced {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, upperHex[c>>4], upperHex[c&0xF])
		} else {
			b = append(b, lowerHex[c>>4], lowerHex[c&0xF])
		}
	}
	return b
}

func appendIP(b, ip []byte) []byte {
	for i, c := range ip {
		if i > 0 {
			b = append(b, '.')
		}
		b = appendUint(b, uint64(c))
	}
	return b
}

// appendQuoted quotes UTF-8 text as Go does: control characters, the
// replacement character and anything unprintable are escaped.
func appendQuoted(b, text []byte) []byte {
	b = append(b, '"')
	for len(text) > 0 {
		if n := plainASCII(text); n > 0 {
			b = append(b, text[:n]...)
			text = text[n:]
			continue
		}
		r, n := utf8.DecodeRune(text)
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\r':
			b = append(b, `\r`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r != utf8.RuneError && strconv.IsPrint(r):
			b = append(b, text[:n]...)
		case r < utf8.RuneSelf || n == 1:
			b = append(b, `\x`...)
			b = append(b, lowerHex[text[0]>>4], lowerHex[text[0]&0xF])
		default:
			b = appendUnicodeEscape(b, r)
		}
		text = text[n:]
	}
	return append(b, '"')
}

// appendUnicodeEscape writes \uXXXX (a rune of the Basic Multilingual Plane;
// Windows-1252 text decodes to no other).
func appendUnicodeEscape(b []byte, r rune) []byte {
	b = append(b, `\u`...)
	for i := 3; i >= 0; i-- {
		b = append(b, lowerHex[r>>(4*uint(i))&0xF])
	}
	return b
}

// appendFieldName writes a value's field name, with the element's index for
// a repeated field: UIN[1].
func appendFieldName(b []byte, v *dissect.Value) []byte {
	return appendIndexed(b, v.Field.Name, v.Index)
}

func appendIndexed(b []byte, name string, index int) []byte {
	b = append(b, name...)
	if index >= 0 {
		b = append(b, '[')
		b = appendInt(b, index)
		b = append(b, ']')
	}
	return b
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		return strconv.AppendInt(b, int64(n), 10)
	}
	return appendUint(b, uint64(n))
}

// appendUint writes n in decimal, straight into b: strconv.AppendUint
// formats into a buffer of its own and copies it, a third of the time of
// printing the short numbers packets are full of (offsets, lengths,
// sequence numbers) in the -V profile.
func appendUint(b []byte, n uint64) []byte {
	if n < 100 { // most of them
		if n < 10 {
			return append(b, byte('0'+n))
		}
		return append(b, digitPairs[2*n], digitPairs[2*n+1])
	}
	digits := 3
	for m := n; m >= 1000; m /= 10 {
		digits++
	}
	b = slices.Grow(b, digits)
	end := len(b) + digits
	b = b[:end]
	i := end
	for n >= 10 { // two digits at a time
		pair := n % 100 * 2
		n /= 100
		b[i-1], b[i-2] = digitPairs[pair+1], digitPairs[pair]
		i -= 2
	}
	if n > 0 {
		b[i-1] = byte('0' + n)
	}
	return b
}

// digitPairs holds 00 to 99, two bytes a number.
const digitPairs = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

// appendSpan writes where a value lies in the payload: [offset+length].
func appendSpan(b []byte, off, n int) []byte {
	b = append(b, '[')
	b = appendInt(b, off)
	b = append(b, '+')
	b = appendInt(b, n)
	return append(b, ']')
}

// appendIssue writes an issue the way every text mode marks one:
// [!error: packet ends in UIN[1] ...]. Grep for "[!" to find them all.
func appendIssue(b []byte, p *dissect.Packet, is *dissect.Issue) []byte {
	b = append(b, "[!"...)
	b = append(b, is.Severity.String()...)
	b = append(b, ": "...)
	b = append(b, p.IssueMessage(is)...)
	return append(b, ']')
}

// appendIssueLines writes, one per line, the issues of v (or, with v nil,
// those tied to no value).
func appendIssueLines(b []byte, p *dissect.Packet, v *dissect.Value, indent string) []byte {
	for i := range p.Issues {
		is := &p.Issues[i]
		if v != nil && (is.Field != v.Field || is.Index != v.Index) || v == nil && hasValue(p, is) {
			continue
		}
		b = append(b, indent...)
		b = appendIssue(b, p, is)
		b = append(b, '\n')
	}
	return b
}

func hasValue(p *dissect.Packet, is *dissect.Issue) bool {
	for i := range p.Values {
		if p.Values[i].Field == is.Field && p.Values[i].Index == is.Index {
			return true
		}
	}
	return false
}

// appendXrefs writes what the analyzer knows, each note between before and
// after: [ack of frame 5, 0.4 ms].
func appendXrefs(b []byte, x *analyze.Xref, before, after string) []byte {
	if x.AcksFrame != 0 {
		b = append(b, before...)
		b = append(b, "[ack of frame "...)
		b = appendUint(b, x.AcksFrame)
		b = append(b, ", "...)
		b = appendMs(b, x.AckDelayMs)
		b = append(b, " ms]"...)
		b = append(b, after...)
	}
	b = appendXref(b, before, "[acked in frame ", x.AckedIn, after)
	if x.RetransmissionOf != 0 {
		b = append(b, before...)
		b = append(b, "[retransmission "...)
		b = appendInt(b, x.Retransmission)
		b = append(b, " of frame "...)
		b = appendUint(b, x.RetransmissionOf)
		b = append(b, ']')
		b = append(b, after...)
	}
	return appendXref(b, before, "[reply to frame ", x.ReplyTo, after)
}

func appendXref(b []byte, before, what string, frame uint64, after string) []byte {
	if frame == 0 {
		return b
	}
	b = append(b, before...)
	b = append(b, what...)
	b = appendUint(b, frame)
	b = append(b, ']')
	return append(b, after...)
}

// appendMs writes milliseconds to the microsecond, without trailing zeros.
func appendMs(b []byte, ms float64) []byte {
	if us, ok := wholeMicros(ms); ok {
		b = appendUint(b, us/1000)
		if frac := us % 1000; frac != 0 {
			b = append(b, '.', byte('0'+frac/100))
			if frac%100 != 0 {
				b = append(b, byte('0'+frac/10%10))
				if frac%10 != 0 {
					b = append(b, byte('0'+frac%10))
				}
			}
		}
		return b
	}
	b = strconv.AppendFloat(b, ms, 'f', 3, 64)
	for b[len(b)-1] == '0' {
		b = b[:len(b)-1]
	}
	if b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return b
}

// wholeMicros rounds ms, a time the analyzer measured in nanoseconds, to
// microseconds without strconv.AppendFloat, which was a tenth of the line
// printer's CPU. It declines what it cannot round as AppendFloat does: a
// time half-way between two microseconds (AppendFloat then rounds the
// float's exact binary value), negative or huge ones.
func wholeMicros(ms float64) (uint64, bool) {
	if !(ms >= 0 && ms < 1e9) {
		return 0, false
	}
	ns := uint64(math.Round(ms * 1e6))
	if ns%1000 == 500 {
		return 0, false
	}
	return (ns + 500) / 1000, true
}

// parts returns the names of a message's FE-separated parts, and whether the
// message has parts to show: its type names them, or it holds an FE.
func parts(p *dissect.Packet, v *dissect.Value) ([]string, bool) {
	if v.Field.PartsBy == "" || v.Partial {
		return nil, false
	}
	names := p.PartNames(v)
	return names, len(names) > 0 || bytes.IndexByte(p.Data(v), 0xFE) >= 0
}

// padTo pads the text written since start with spaces to width characters,
// and always with at least two.
func padTo(b []byte, start, width int) []byte {
	n := width - runeCount(b[start:])
	if n < 2 {
		n = 2
	}
	for n > len(blanks) { // wider than any column drawn today
		b = append(b, blanks...)
		n -= len(blanks)
	}
	return append(b, blanks[:n]...)
}

// blanks pads columns with one append instead of a space at a time.
const blanks = "                                "

// runeCount counts the characters of UTF-8 text, as utf8.RuneCount does
// (which, as of Go 1.26, may allocate for long text): every byte that does
// not continue a character starts one.
func runeCount(b []byte) int {
	ascii := 0 // a leading run of ASCII text, eight bytes at a time
	for len(b)-ascii >= 8 && binary.LittleEndian.Uint64(b[ascii:])&0x8080808080808080 == 0 {
		ascii += 8
	}
	n := ascii
	for _, c := range b[ascii:] {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// plainASCII is the length of the leading printable ASCII text other than
// quotes and backslashes: Go's quoting and JSON's both keep it as it is, so
// it is copied in one append (a byte at a time was a tenth of the printing
// of -T json).
func plainASCII[T string | []byte](s T) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F || c == '"' || c == '\\' {
			return i
		}
	}
	return len(s)
}
