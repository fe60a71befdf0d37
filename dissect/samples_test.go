package dissect

import (
	"net/netip"
	"slices"
	"strings"
	"testing"
)

// sample is one encoded packet of a described command, built from values
// that differ from every default yet agree with the spec.
type sample struct {
	name string // c2s/LOGIN
	dir  Direction
	cmd  *Command
	vals Fields
	pkt  []byte
}

// samples encodes every described command of the Client, Server and Peer
// tables, and CHANNEL_INIT.
func samples(tb testing.TB) []sample {
	tb.Helper()
	var out []sample
	for _, t := range []*Table{Client, Server, Peer} {
		for _, c := range commandsOf(t) {
			if !c.Described {
				continue
			}
			s := sample{name: t.Dir.String() + "/" + c.Name, dir: t.Dir, cmd: c, vals: sampleFields(t, c)}
			var err error
			if t.Dir == PeerToPeer {
				s.pkt, err = EncodePeer(nil, c, s.vals)
			} else {
				s.pkt, err = EncodeUDP(nil, t.Dir, c, s.vals)
			}
			if err != nil {
				tb.Fatalf("%s: %v", s.name, err)
			}
			out = append(out, s)
		}
	}
	return out
}

// sampleFields gives every field of the header and the layout a value.
func sampleFields(t *Table, c *Command) Fields {
	vals := Fields{}
	for _, fs := range [][]Field{t.Header, c.Params} {
		for i := range fs {
			f := &fs[i]
			switch {
			case f.ID() == FCommand || f.ID() == FLength && t.Dir == PeerToPeer:
				// the encoder's to fill in; the round trip checks them
			case f.CountBy != "":
				vals[f.ID().List()] = []uint32{23456789, 34567890, 45678901}
			case counts(fs, f.Name):
				vals[f.ID()] = 3
			default:
				vals[f.ID()] = sampleValue(f, i)
			}
		}
	}
	return vals
}

func counts(fs []Field, name string) bool {
	return slices.ContainsFunc(fs, func(f Field) bool { return f.CountBy == name })
}

// sampleValue is a value for f that is not its default: the highest named
// value, the spec's fixed bytes with the xx bytes set, or a number, address
// or text that differs from field to field (i is the field's place).
func sampleValue(f *Field, i int) any {
	switch {
	case f.Names != nil:
		return highest(f.Names)
	case f.Fixed():
		want, mask := f.Expected()
		b := slices.Clone(want)
		for j := range b {
			if mask[j] == 0 {
				b[j] = 0x19
			}
		}
		return b
	}
	switch f.Kind {
	case KindU8:
		return uint8(0x40 + i)
	case KindU16:
		return uint16(0x1000 + i)
	case KindU32:
		return uint32(0x01000000 + 0x111*i)
	case KindIP:
		return netip.AddrFrom4([4]byte{192, 0, 2, byte(i)})
	case KindBytes:
		b := make([]byte, f.Width)
		for j := range b {
			b[j] = byte(0xB0 + i + j)
		}
		return b
	case KindString:
		if f.PartsBy != "" { // the type field holds highest(MessageType)
			return strings.Join(MessageParts[highest(MessageType)], "þ")
		}
		return strings.ToLower(f.Name) + " of Björn, 5 €"
	}
	return nil
}

func highest(e *Enum) uint32 {
	return slices.MaxFunc(e.Values, func(a, b EnumValue) int { return int(a.Value) - int(b.Value) }).Value
}
