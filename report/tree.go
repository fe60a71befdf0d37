package report

import "github.com/icqdump/icqdump/dissect"

// treePrinter writes each packet as a field tree (-V): the frame, then every
// field with its value, its value's name and where it lies, its issues
// beneath it.
type treePrinter struct{ output }

// Columns of the tree: a field's name, then its value, then [offset+length].
const (
	treeIndent     = "    "
	treeSubIndent  = "      "
	treeNameWidth  = 18 // the longest name, PASSWORD_SEQ_NUM, and two spaces
	treeValueWidth = 30
)

func (t *treePrinter) Print(r *Record) error {
	return t.write(append(t.appendTree(t.buf[:0], r), '\n'))
}

// appendTree writes the title, the cross references and the field tree.
func (t *treePrinter) appendTree(b []byte, r *Record) []byte {
	p := r.Packet
	h := readHead(p)
	b = appendTitle(b, &t.stamp, r.Meta, p, &h)
	b = appendXrefs(b, &r.Xref, treeIndent, "\n")
	for i := range p.Values {
		v := &p.Values[i]
		b = t.appendField(b, p, &h, v)
		b = t.appendParts(b, p, v)
		b = appendIssueLines(b, p, v, treeSubIndent)
	}
	return appendIssueLines(b, p, nil, treeIndent)
}

// treeHexPrinter writes each packet as tshark -V -x does: the field tree,
// then the annotated bytes.
type treeHexPrinter struct {
	tree treePrinter
	hex  hexPrinter // its scratch space; the tree's buffer holds the packet
}

func (x *treeHexPrinter) Print(r *Record) error {
	b := x.tree.appendTree(x.tree.buf[:0], r)
	b = x.hex.appendHex(b, r.Packet)
	return x.tree.write(append(b, '\n'))
}

// appendField writes NAME  value (name)  [offset+length]; raw data longer than
// a line follows on lines of its own.
func (t *treePrinter) appendField(b []byte, p *dissect.Packet, h *head, v *dissect.Value) []byte {
	b = append(b, treeIndent...)
	start := len(b)
	b = appendFieldName(b, v)
	b = padTo(b, start, treeNameWidth)
	start = len(b)
	long := isLongRaw(v)
	if long {
		b = appendByteCount(b, v.DataLen)
	} else {
		b = t.appendValue(b, p, h, v, styleTree)
	}
	b = padTo(b, start, treeValueWidth)
	b = appendSpan(b, v.Offset, v.Length)
	b = append(b, '\n')
	if long {
		b = appendHexLines(b, p.Data(v))
	}
	return b
}

// isRaw reports whether a value is shown as bytes.
func isRaw(v *dissect.Value) bool {
	return v.Field.Kind == dissect.KindBytes || v.Field.Kind == dissect.KindRest
}

// isLongRaw reports whether a value's bytes take more than a line: the tree
// and the hex dump then show them on lines of their own.
func isLongRaw(v *dissect.Value) bool { return isRaw(v) && v.DataLen > hexPerRow }

func appendByteCount(b []byte, n int) []byte {
	b = appendInt(b, n)
	if n == 1 {
		return append(b, " byte"...)
	}
	return append(b, " bytes"...)
}

func appendHexLines(b, data []byte) []byte {
	for len(data) > 0 {
		n := min(len(data), hexPerRow)
		b = append(b, treeSubIndent...)
		b = appendHex(b, data[:n], true)
		b = append(b, '\n')
		data = data[n:]
	}
	return b
}

// appendParts writes the FE-separated parts of a message beneath it, named
// by the message's type where the spec names them.
func (t *treePrinter) appendParts(b []byte, p *dissect.Packet, v *dissect.Value) []byte {
	names, ok := parts(p, v)
	if !ok {
		return b
	}
	off := v.DataOff
	dissect.Parts(p.Data(v), func(i int, part []byte) {
		b = append(b, treeSubIndent...)
		start := len(b)
		if i < len(names) {
			b = append(b, names[i]...)
		} else {
			b = append(b, "part "...)
			b = appendInt(b, i+1)
		}
		b = padTo(b, start, treeNameWidth-2)
		start = len(b)
		b = appendQuoted(b, t.decode(part))
		b = padTo(b, start, treeValueWidth)
		b = appendSpan(b, off, len(part))
		b = append(b, '\n')
		off += len(part) + 1
	})
	return b
}
