package report

import (
	"github.com/icqdump/icqdump/dissect"
)

// FieldsJSON renders packets' "fields" object as -T json writes it, for
// outputs that carry it as a column (the machine logs). Its scratch
// buffers are reused.
type FieldsJSON struct{ j jsonPrinter }

// fieldsKey is what appendFields writes before the object itself.
const fieldsKey = `,"fields":`

// Append appends p's fields object to b.
func (f *FieldsJSON) Append(b []byte, p *dissect.Packet) []byte {
	h := readHead(p)
	start := len(b)
	b = f.j.appendFields(b, p, &h)
	n := copy(b[start:], b[start+len(fieldsKey):])
	return b[:start+n]
}

// AppendJSONString quotes UTF-8 text for JSON as -T json does.
func AppendJSONString(b, s []byte) []byte { return appendJSONString(b, s) }
