package gen

import (
	"bytes"
	"fmt"
	"net/netip"
	"slices"
	"testing"

	"github.com/icqdump/icqdump/dissect"
)

// generate runs cfg into memory and returns the file and a deep copy of
// every traced packet.
func generate(t testing.TB, cfg Config, format Format) ([]byte, []Event) {
	t.Helper()
	var evs []Event
	cfg.Trace = func(e *Event) {
		c := *e
		c.Header, c.Params = copyFields(e.Header), copyFields(e.Params)
		c.Payload = bytes.Clone(e.Payload)
		evs = append(evs, c)
	}
	var buf bytes.Buffer
	if _, err := Write(&buf, cfg, format); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), evs
}

func copyFields(f dissect.Fields) dissect.Fields {
	if f == nil {
		return nil
	}
	out := make(dissect.Fields, len(f))
	for k, v := range f {
		switch x := v.(type) {
		case []byte:
			out[k] = bytes.Clone(x)
		case [][]byte:
			blocks := make([][]byte, len(x))
			for i := range x {
				blocks[i] = bytes.Clone(x[i])
			}
			out[k] = blocks
		case []uint32:
			out[k] = slices.Clone(x)
		default:
			out[k] = v
		}
	}
	return out
}

// checkFields compares a decoded packet with the values it was encoded from.
func checkFields(p *dissect.Packet, ev *Event) error {
	if p.Command != ev.Command {
		return fmt.Errorf("decodes as %s, encoded as %s", p.CommandName(), ev.Command.Name)
	}
	for name, want := range ev.Header {
		got := uint32(p.Seq)
		switch {
		case p.Version != 2: // v5: each header field by its name
			if v := p.Value(name); v != nil {
				got = v.Num
			}
		case name == dissect.FUIN:
			got = p.UIN
		}
		if n, _ := asUint(want); n != got {
			return fmt.Errorf("header %s = %d, encoded %v", name, got, want)
		}
	}
	for name, want := range ev.Params {
		if err := checkParam(p, name, want); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

func checkParam(p *dissect.Packet, name dissect.FieldID, want any) error {
	name = name.Elem() // a repeated field's list
	var vals []*dissect.Value
	params := p.Params()
	if p.Dir == dissect.PeerToPeer {
		params = p.Values
	}
	for i := range params {
		if params[i].Field.ID() == name {
			vals = append(vals, &params[i])
		}
	}
	if blocks, ok := want.([][]byte); ok {
		if !slices.EqualFunc(vals, blocks, func(v *dissect.Value, b []byte) bool { return bytes.Equal(p.Data(v), b) }) {
			return fmt.Errorf("%d blocks decoded differ from the %d encoded", len(vals), len(blocks))
		}
		return nil
	}
	if list, ok := want.([]uint32); ok {
		if len(vals) != len(list) {
			return fmt.Errorf("%d values decoded, %d encoded", len(vals), len(list))
		}
		for i, v := range vals {
			if v.Num != list[i] {
				return fmt.Errorf("[%d] = %d, encoded %d", i, v.Num, list[i])
			}
		}
		return nil
	}
	if len(vals) != 1 {
		return fmt.Errorf("%d values decoded", len(vals))
	}
	v := vals[0]
	switch w := want.(type) {
	case []byte:
		if !bytes.Equal(p.Data(v), w) {
			return fmt.Errorf("%q, encoded %q", p.Data(v), w)
		}
	case [4]byte:
		if !bytes.Equal(p.Data(v), w[:]) {
			return fmt.Errorf("% x, encoded % x", p.Data(v), w)
		}
	default:
		n, ok := asUint(want)
		if !ok || n != v.Num {
			return fmt.Errorf("%d, encoded %v", v.Num, want)
		}
	}
	return nil
}

func asUint(v any) (uint32, bool) {
	switch n := v.(type) {
	case uint8:
		return uint32(n), true
	case uint16:
		return uint32(n), true
	case uint32:
		return n, true
	case int:
		return uint32(n), true
	}
	return 0, false
}

// flow is one direction of a TCP connection.
type flow struct{ src, dst netip.AddrPort }
