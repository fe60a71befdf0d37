package report

import (
	"github.com/icqdump/icqdump/dissect"
)

// Head is what -T json says of a packet's header: its version, command,
// code, SEQ_NUM and UIN, each with whether the packet has it.
type Head struct {
	Version, Code, Seq          uint16
	UIN                         uint32
	HasVersion, HasCode, HasSeq bool
	HasUIN                      bool
	Command                     string // "" when the packet has none
}

// FieldsJSON renders packets' "fields" object as -T json writes it, for
// outputs that carry it as a column (the machine logs). Its scratch
// buffers are reused.
type FieldsJSON struct{ j jsonPrinter }

// fieldsKey is what appendFields writes before the object itself.
const fieldsKey = `,"fields":`

// Append appends p's fields object to b, and returns p's header as well.
func (f *FieldsJSON) Append(b []byte, p *dissect.Packet) ([]byte, Head) {
	h := readHead(p)
	start := len(b)
	b = f.j.appendFields(b, p, &h)
	n := copy(b[start:], b[start+len(fieldsKey):])
	return b[:start+n], Head{Version: h.version, Code: h.code, Seq: h.seq, UIN: h.uin, HasVersion: h.hasVersion,
		HasCode: h.hasCode, HasSeq: h.hasSeq, HasUIN: h.hasUIN, Command: h.command}
}

// AppendJSONString quotes UTF-8 text for JSON as -T json does.
func AppendJSONString(b, s []byte) []byte { return appendJSONString(b, s) }
