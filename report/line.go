package report

import (
	"io"
	"strconv"

	"github.com/icqdump/icqdump/dissect"
)

type linePrinter struct {
	w   io.Writer
	buf []byte
}

func (l *linePrinter) Print(r *Record) error {
	m, p := r.Meta, r.Packet
	b := l.buf[:0]
	b = strconv.AppendUint(b, m.Frame, 10)
	b = append(b, ' ')
	b = m.Time.UTC().AppendFormat(b, "15:04:05.000000")
	b = append(b, ' ')
	b = m.Src.AppendTo(b)
	b = append(b, " > "...)
	b = m.Dst.AppendTo(b)
	b = append(b, ' ')
	b = append(b, m.Dir.String()...)
	if name := p.CommandName(); name != "" {
		b = append(b, ' ')
		b = append(b, name...)
	} else {
		b = append(b, " ICQ v"...)
		b = strconv.AppendUint(b, uint64(p.Version), 10)
	}
	if p.HasHeader {
		b = append(b, " seq="...)
		b = strconv.AppendUint(b, uint64(p.Seq), 10)
	}
	if p.Dir == dissect.ClientToServer && p.HasHeader {
		b = append(b, " uin="...)
		b = strconv.AppendUint(b, uint64(p.UIN), 10)
	}
	for i := range p.Values {
		v := &p.Values[i]
		if !v.Field.Key {
			continue
		}
		b = append(b, ' ')
		b = append(b, v.Field.Name...)
		b = append(b, '=')
		b = appendValue(b, p, v)
	}
	if len(p.Issues) > 0 {
		b = append(b, " ["...)
		b = append(b, p.Worst().String()...)
		b = append(b, ']')
	}
	b = append(b, '\n')
	l.buf = b
	_, err := l.w.Write(b)
	return err
}

// appendValue writes a value as people read it: numbers in decimal, IPs
// dotted, text quoted, unknown bytes in hex, with the value's name.
func appendValue(b []byte, p *dissect.Packet, v *dissect.Value) []byte {
	data := p.Data(v)
	switch {
	case v.Partial:
		b = append(b, "(truncated)"...)
		return appendHexBytes(b, data)
	case v.Field.Kind == dissect.KindString:
		return strconv.AppendQuote(b, string(dissect.AppendText(nil, data)))
	case v.Field.Kind == dissect.KindIP:
		return appendIP(b, data)
	case v.Field.Kind == dissect.KindBytes || v.Field.Kind == dissect.KindRest:
		return appendHexBytes(b, data)
	}
	b = strconv.AppendUint(b, uint64(v.Num), 10)
	if name, ok := p.ValueName(v); ok {
		b = append(b, '(')
		b = append(b, name...)
		b = append(b, ')')
	}
	return b
}

func appendIP(b, ip []byte) []byte {
	for i, c := range ip {
		if i > 0 {
			b = append(b, '.')
		}
		b = strconv.AppendUint(b, uint64(c), 10)
	}
	return b
}

const hexDigits = "0123456789abcdef"

func appendHexBytes(b, data []byte) []byte {
	for _, c := range data {
		b = append(b, hexDigits[c>>4], hexDigits[c&0xF])
	}
	return b
}
