package report

import "github.com/icqdump/icqdump/dissect"

// hexPrinter writes each packet's bytes annotated with their fields (-x):
// every field starts a row of its own, so each byte maps to one field.
//
//	000e  07 00                                            ..                PASSWORD LENGTH = 7
//	0010  73 65 63 72 65 74 00                             secret.           PASSWORD = "secret"
type hexPrinter struct{ output }

const (
	hexPerRow   = 16
	hexIndent   = "  "
	hexColWidth = 3*hexPerRow - 1
)

func (x *hexPrinter) Print(r *Record) error {
	p := r.Packet
	h := readHead(p)
	b := appendTitle(x.buf[:0], &x.stamp, r.Meta, p, &h)
	b = appendXrefs(b, &r.Xref, hexIndent, "\n")
	return x.write(append(x.appendHex(b, p), '\n'))
}

// appendHex writes the packet's bytes, each row annotated with its field.
func (x *hexPrinter) appendHex(b []byte, p *dissect.Packet) []byte {
	h := readHead(p)
	if len(p.Payload) == 0 {
		b = append(b, hexIndent+"(no bytes)\n"...)
	}
	covered := 0
	for i := range p.Values {
		v := &p.Values[i]
		if v.Offset > covered {
			b = appendUncovered(b, p.Payload, covered, v.Offset)
		}
		b = x.appendField(b, p, &h, v)
		b = appendIssueLines(b, p, v, hexIndent+hexIndent)
		covered = max(covered, v.Offset+v.Length)
	}
	if covered < len(p.Payload) {
		b = appendUncovered(b, p.Payload, covered, len(p.Payload))
	}
	b = appendIssueLines(b, p, nil, hexIndent)
	return appendWire(b, p)
}

// appendWire follows a decrypted packet's annotated bytes with the bytes as
// they were on the wire, and says which of them were encrypted, as Wireshark
// shows a "Decrypted" data source beside the frame.
func appendWire(b []byte, p *dissect.Packet) []byte {
	if p.Wire == nil {
		return b
	}
	b = append(b, hexIndent+"on the wire:"...)
	sep := " "
	for state, word := range [...]string{dissect.Encrypted: "encrypted ", dissect.Scrambled: "scrambled (CHECKCODE) "} {
		if word == "" {
			continue
		}
		n := len(b)
		if b = appendStateSpans(b, p, dissect.CryptState(state), sep+word); len(b) > n {
			sep = "; "
		}
	}
	b = append(b, '\n')
	for off := 0; off < len(p.Wire); off += hexPerRow {
		b = appendRowBytes(b, p.Wire[off:min(len(p.Wire), off+hexPerRow)], off)
		b = trimSpaces(b)
		b = append(b, '\n')
	}
	return b
}

// appendStateSpans writes word and the byte ranges in the given state
// ("encrypted 000a-0013, 0018-001b"), or nothing when there are none.
func appendStateSpans(b []byte, p *dissect.Packet, state dissect.CryptState, word string) []byte {
	first := true
	for off := 0; off < len(p.Wire); {
		if p.ByteState(off) != state {
			off++
			continue
		}
		end := off
		for end < len(p.Wire) && p.ByteState(end) == state {
			end++
		}
		if first {
			b = append(b, word...)
			first = false
		} else {
			b = append(b, ", "...)
		}
		b = appendOffset(b, off)
		b = append(b, '-')
		b = appendOffset(b, end-1)
		off = end
	}
	return b
}

// appendField writes a value's rows; a string's LENGTH gets a row of its own.
func (x *hexPrinter) appendField(b []byte, p *dissect.Packet, h *head, v *dissect.Value) []byte {
	off, n := v.Offset, v.Length
	if v.Field.Kind == dissect.KindString && n >= 2 {
		b = appendRow(b, p.Payload, off, 2)
		b = appendFieldName(b, v)
		b = append(b, " LENGTH = "...)
		b = appendInt(b, int(v.Num))
		b = append(b, '\n')
		off, n = off+2, n-2
		if n == 0 {
			return b
		}
	}
	b = appendRow(b, p.Payload, off, n)
	b = appendFieldName(b, v)
	if isLongRaw(v) {
		b = append(b, " ("...)
		b = appendByteCount(b, n)
		b = append(b, ')')
	} else {
		b = append(b, " = "...)
		b = x.appendValue(b, p, h, v, styleHex)
	}
	b = append(b, '\n')
	return appendMoreRows(b, p.Payload, off, n)
}

// appendUncovered marks bytes that no field covers, so none goes unshown.
func appendUncovered(b, payload []byte, from, to int) []byte {
	b = appendRow(b, payload, from, to-from)
	b = append(b, "(not in any field: "...)
	b = appendByteCount(b, to-from)
	b = append(b, ")\n"...)
	return appendMoreRows(b, payload, from, to-from)
}

// appendRow writes the offset, hex and ASCII of the first row of n bytes at
// off, padded for the annotation that follows.
func appendRow(b, payload []byte, off, n int) []byte {
	b = appendRowBytes(b, payload[off:off+min(n, hexPerRow)], off)
	return append(b, "  "...)
}

// appendMoreRows writes the rows after the first, without annotation.
func appendMoreRows(b, payload []byte, off, n int) []byte {
	for i := hexPerRow; i < n; i += hexPerRow {
		b = appendRowBytes(b, payload[off+i:off+min(n, i+hexPerRow)], off+i)
		b = trimSpaces(b)
		b = append(b, '\n')
	}
	return b
}

func appendRowBytes(b, row []byte, off int) []byte {
	b = append(b, hexIndent...)
	b = appendOffset(b, off)
	b = append(b, "  "...)
	start := len(b)
	for i, c := range row {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, lowerHex[c>>4], lowerHex[c&0xF])
	}
	for len(b)-start < hexColWidth+2 {
		b = append(b, ' ')
	}
	for _, c := range row {
		if c < 0x20 || c > 0x7E {
			c = '.'
		}
		b = append(b, c)
	}
	for i := len(row); i < hexPerRow; i++ {
		b = append(b, ' ')
	}
	return b
}

// appendOffset writes a payload offset in hex, at least four digits.
func appendOffset(b []byte, off int) []byte {
	digits := 4
	for off>>(4*digits) != 0 {
		digits++
	}
	for i := digits - 1; i >= 0; i-- {
		b = append(b, lowerHex[off>>(4*i)&0xF])
	}
	return b
}

func trimSpaces(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}
