package dissect

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// payload turns commented hex into bytes (pcaptest.Hex).
func payload(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := pcaptest.Hex(s)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// describeValues renders every value as NAME@offset+length=value, the way
// the test tables spell what they expect.
func describeValues(p *Packet) []string {
	var out []string
	for i := range p.Values {
		out = append(out, describeValue(p, &p.Values[i]))
	}
	return out
}

func describeValue(p *Packet, v *Value) string {
	name := v.Field.Name
	if v.Index >= 0 {
		name += "[" + strconv.Itoa(v.Index) + "]"
	}
	return fmt.Sprintf("%s@%d+%d=%s", name, v.Offset, v.Length, valueText(p, v))
}

// valueText shows a value as a person reads it: numbers in decimal with
// their names, IPs dotted, unknown bytes in spaced hex, text quoted (as
// UTF-8), a message's parts by name.
func valueText(p *Packet, v *Value) string {
	data := p.Data(v)
	var s string
	switch {
	case v.Partial:
		return "partial(" + SpacedHex(data) + ")"
	case v.Field.Kind == KindString:
		return textParts(p, v)
	case v.Field.Kind == KindIP:
		return fmt.Sprintf("%d.%d.%d.%d", data[0], data[1], data[2], data[3])
	case v.Field.Kind == KindBytes || v.Field.Kind == KindRest:
		s = SpacedHex(data)
	default:
		s = strconv.FormatUint(uint64(v.Num), 10)
	}
	if n, ok := p.ValueName(v); ok {
		s += "(" + n + ")"
	}
	return s
}

func textParts(p *Packet, v *Value) string {
	names := p.PartNames(v)
	if names == nil {
		return strconv.Quote(string(AppendText(nil, p.Data(v))))
	}
	var parts []string
	Parts(p.Data(v), func(i int, part []byte) {
		label := "part" + strconv.Itoa(i)
		if i < len(names) {
			label = names[i]
		}
		parts = append(parts, label+":"+strconv.Quote(string(AppendText(nil, part))))
	})
	return strings.Join(parts, " ")
}

// describeIssues renders every issue as "severity kind FIELD: message".
func describeIssues(p *Packet) []string {
	var out []string
	for i := range p.Issues {
		is := &p.Issues[i]
		s := is.Severity.String() + " " + is.Kind.String()
		if f := is.FieldName(); f != "" {
			s += " " + f
		}
		out = append(out, s+": "+is.Message(p.Payload))
	}
	return out
}

// checkCoverage is the decoder's promise on any input: every payload byte
// belongs to exactly one value, in order from offset 0 to the end, each
// value's data lies inside it, and every issue can be told.
func checkCoverage(tb testing.TB, p *Packet) {
	tb.Helper()
	off := 0
	for i := range p.Values {
		v := &p.Values[i]
		if v.Offset != off || v.Length < 0 {
			tb.Fatalf("value %d (%s) at %d+%d, want offset %d; values %q",
				i, v.Field.Name, v.Offset, v.Length, off, describeValues(p))
		}
		if v.DataLen < 0 || v.DataOff < v.Offset || v.DataOff+v.DataLen > v.Offset+v.Length {
			tb.Fatalf("value %d (%s): data %d+%d outside %d+%d", i, v.Field.Name, v.DataOff, v.DataLen, v.Offset, v.Length)
		}
		off += v.Length
		_ = valueText(p, v)
	}
	if off != len(p.Payload) {
		tb.Fatalf("values cover %d of %d bytes: %q", off, len(p.Payload), describeValues(p))
	}
	for i := range p.Issues {
		is := &p.Issues[i]
		if is.Offset < 0 || is.Length < 0 || is.Offset+is.Length > len(p.Payload) {
			tb.Fatalf("issue %d (%v) at %d+%d outside the %d-byte payload", i, is.Kind, is.Offset, is.Length, len(p.Payload))
		}
		if is.Message(p.Payload) == "" || is.Severity.String() == "unknown" || is.Kind.String() == "unknown" {
			tb.Fatalf("issue %d: %+v cannot be told", i, is)
		}
	}
	if len(p.Values) == 0 && len(p.Issues) == 0 {
		tb.Fatalf("no values and no issue for %x", p.Payload)
	}
	_ = p.Params()
	_ = p.CommandName()
}

// checkHeader checks that the Packet's Header agrees with its values: a
// table's header field read whole sets its bit and value, and only those.
func checkHeader(tb testing.TB, p *Packet) {
	tb.Helper()
	if p.Dir == PeerToPeer {
		return // the peer decoders set the version and code themselves
	}
	var read HeaderField
	for i := range p.Values {
		v := &p.Values[i]
		if v.Field.slot == 0 || v.Partial {
			continue
		}
		read |= v.Field.slot.bit()
		if got := headerValue(&p.Header, v.Field.slot.bit()); got != v.Num {
			tb.Errorf("Header has %d for %s, the value %d", got, v.Field.Name, v.Num)
		}
	}
	if p.Read&^HeadWhole != read {
		tb.Errorf("Header.Read %b, the values %b: %q", p.Read, read, describeValues(p))
	}
	if p.HasHeader() && !p.Has(HeadVersion|HeadCode|HeadSeq) {
		tb.Errorf("a whole header without VERSION, COMMAND or SEQ_NUM: %q", describeValues(p))
	}
}

// headerValue reads a field of a Header by its bit.
func headerValue(h *Header, f HeaderField) uint32 {
	switch f {
	case HeadVersion:
		return uint32(h.Version)
	case HeadCode:
		return uint32(h.Code)
	case HeadSeq:
		return uint32(h.Seq)
	case HeadSeq2:
		return uint32(h.Seq2)
	case HeadUIN:
		return h.UIN
	case HeadSession:
		return h.Session
	case HeadCheckcode:
		return h.Checkcode
	}
	panic("no header field " + strconv.Itoa(int(f)))
}

// decodeAny decodes a payload in any direction.
func decodeAny(p *Packet, b []byte, dir Direction) {
	if dir == PeerToPeer {
		DecodePeer(p, b)
		return
	}
	Decode(p, b, dir)
}

func TestPayloadHelper(t *testing.T) {
	got := payload(t, "02 00"+ // VERSION
		"0E01"+ // COMMAND, no space
		"'Hi' F6 00") // text, a byte, the NUL
	want := []byte{2, 0, 0x0E, 1, 'H', 'i', 0xF6, 0}
	if string(got) != string(want) {
		t.Fatalf("payload = % x, want % x", got, want)
	}
}
