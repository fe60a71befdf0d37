package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
)

// FieldsOptions are -T fields' -e and -E, as tshark has them.
type FieldsOptions struct {
	Fields     []*catalog.Field
	Header     bool   // header=y: a first line of the fields' names
	Separator  string // separator=/t (the default), /s or a character
	Quote      byte   // quote=d ("), s (') or n (0, the default)
	Occurrence byte   // occurrence=f, l or a (the default): the first, last or all occurrences
	Aggregator string // aggregator=, (the default), /s or a character: joins occurrences
}

// DefaultFieldsOptions are tshark's defaults.
var DefaultFieldsOptions = FieldsOptions{Separator: "\t", Occurrence: 'a', Aggregator: ","}

// SetOption applies one -E KEY=VALUE.
func (o *FieldsOptions) SetOption(s string) error {
	key, val, ok := strings.Cut(s, "=")
	if !ok {
		return fmt.Errorf("-E %s: want KEY=VALUE (header, separator, quote, occurrence, aggregator)", s)
	}
	bad := fmt.Errorf("-E %s: bad value for %s", s, key)
	switch key {
	case "header":
		if val != "y" && val != "n" {
			return bad
		}
		o.Header = val == "y"
	case "separator", "aggregator":
		c, err := separator(val)
		if err != nil {
			return bad
		}
		if key == "separator" {
			o.Separator = c
		} else {
			o.Aggregator = c
		}
	case "quote":
		q, ok := map[string]byte{"d": '"', "s": '\'', "n": 0}[val]
		if !ok {
			return bad
		}
		o.Quote = q
	case "occurrence":
		if val != "f" && val != "l" && val != "a" {
			return bad
		}
		o.Occurrence = val[0]
	default:
		return fmt.Errorf("-E %s: unknown option %s (header, separator, quote, occurrence, aggregator)", s, key)
	}
	return nil
}

// separator reads /t, /s or one character.
func separator(v string) (string, error) {
	switch {
	case v == "/t":
		return "\t", nil
	case v == "/s":
		return " ", nil
	case len(v) == 1:
		return v, nil
	}
	return "", fmt.Errorf("bad separator %q", v)
}

// fieldsPrinter writes -T fields: one line per packet, a column per -e.
type fieldsPrinter struct {
	output
	opts   FieldsOptions
	packet catalog.Packet
}

// NewFields returns the printer of -T fields; with header=y it writes the
// header line at once.
func NewFields(w io.Writer, opts FieldsOptions) (Printer, error) {
	p := &fieldsPrinter{output: output{w: w}, opts: opts}
	if !opts.Header {
		return p, nil
	}
	b := p.buf[:0]
	for i, f := range opts.Fields {
		if i > 0 {
			b = append(b, opts.Separator...)
		}
		b = p.quoted(b, f.Name)
	}
	return p, p.write(append(b, '\n'))
}

func (p *fieldsPrinter) quoted(b []byte, s string) []byte {
	if p.opts.Quote == 0 {
		return append(b, s...)
	}
	return append(append(append(b, p.opts.Quote), s...), p.opts.Quote)
}

func (p *fieldsPrinter) Print(r *Record) error {
	p.packet = catalog.Packet{Meta: r.Meta, Pkt: r.Packet, Xref: &r.Xref, Start: r.First}
	b := p.buf[:0]
	for i, f := range p.opts.Fields {
		if i > 0 {
			b = append(b, p.opts.Separator...)
		}
		b = p.appendColumn(b, f)
	}
	return p.write(append(b, '\n'))
}

// appendColumn writes a field's occurrences, quoted as a whole.
func (p *fieldsPrinter) appendColumn(b []byte, f *catalog.Field) []byte {
	start := len(b)
	if p.opts.Quote != 0 {
		b = append(b, p.opts.Quote)
	}
	var v catalog.Value
	n := 0
	mark := len(b)
	for next, ok := f.Next(&p.packet, 0, &v); ok; next, ok = f.Next(&p.packet, next, &v) {
		switch {
		case p.opts.Occurrence == 'f' && n > 0:
			continue
		case p.opts.Occurrence == 'l':
			b = b[:mark] // the last one replaces the earlier
		case n > 0:
			b = append(b, p.opts.Aggregator...)
		}
		b = p.appendValue(b, f, &v)
		n++
	}
	if n == 0 {
		return b[:start] // an empty column is not quoted
	}
	if p.opts.Quote != 0 {
		b = append(b, p.opts.Quote)
	}
	return b
}

// appendValue writes one occurrence as tshark does: numbers in the field's
// base, addresses as text, bytes in hex, text decoded from Windows-1252
// with control characters escaped.
func (p *fieldsPrinter) appendValue(b []byte, f *catalog.Field, v *catalog.Value) []byte {
	switch t := f.Type; {
	case t.Integer() && f.Hex():
		digits := 8
		switch t {
		case catalog.Uint8:
			digits = 2
		case catalog.Uint16:
			digits = 4
		}
		b = append(b, "0x"...)
		s := strconv.FormatUint(v.Num, 16)
		for range digits - len(s) {
			b = append(b, '0')
		}
		return append(b, s...)
	case t.Integer():
		return strconv.AppendUint(b, v.Num, 10)
	case t == catalog.RelativeTime:
		return strconv.AppendFloat(b, v.Float, 'f', 9, 64)
	case t == catalog.Double:
		return strconv.AppendFloat(b, v.Float, 'f', -1, 64)
	case t == catalog.IPv4 || t == catalog.IPv6:
		return v.Addr.AppendTo(b)
	case t == catalog.Bytes:
		return appendHex(b, v.Bytes, false)
	}
	return appendEscaped(b, dissect.AppendText(p.text[:0], v.Bytes))
}

// appendEscaped writes text with its control characters and backslashes
// escaped, so that a value stays on its line.
func appendEscaped(b, s []byte) []byte {
	for _, c := range s {
		switch {
		case c == '\\':
			b = append(b, `\\`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c == '\t':
			b = append(b, `\t`...)
		case c < 0x20 || c == 0x7F:
			b = append(b, `\x`...)
			b = append(b, lowerHex[c>>4], lowerHex[c&0xF])
		default:
			b = append(b, c)
		}
	}
	return b
}
