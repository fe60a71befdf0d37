package dissect

import (
	"encoding/binary"
	"fmt"
	"net/netip"

	"golang.org/x/text/encoding/charmap"
)

// Fields gives field values by their handles, for the encoder. A value is
// an integer kind, a string (text, stored as Windows-1252), []byte (raw
// bytes; for a string field, the text bytes as they are), netip.Addr or
// [4]byte (IP), or []uint32 (a repeated field). A repeated field's list may
// also be keyed by its handle's List() (FUIN.List()), which keeps
// CONTACT_LIST's UINs apart from the header's UIN; a repeated block's list
// ([][]byte) is always. A field left out gets the spec's Content (xx as 00),
// or zero / the empty string; a count left out is the length of the list it
// counts. A handle that is no field of the packet is an error.
type Fields map[FieldID]any

// EncodeUDP appends a UDP packet: the header (VERSION, COMMAND, SEQ_NUM, and
// UIN from a client, taken from vals) and the command's parameters. A command
// whose parameters the spec does not lay out takes them from vals[FParameters].
func EncodeUDP(dst []byte, dir Direction, cmd *Command, vals Fields) ([]byte, error) {
	return EncodeIn(dst, ForDirection(dir), cmd, vals)
}

// EncodeIn appends a UDP packet with table t's header (Client5's for a v5
// client packet: in plaintext, CHECKCODE 0; Encrypt5 encrypts it). The
// header's values and the parameters' are both taken from vals; a
// subcommand's (META_USER) follow the parameter that selects it.
func EncodeIn(dst []byte, t *Table, cmd *Command, vals Fields) ([]byte, error) {
	if t == nil || t.Header == nil || cmd == nil {
		return dst, fmt.Errorf("dissect: nothing to encode")
	}
	if err := knownFields(cmd, vals, t.Header); err != nil {
		return dst, err
	}
	withCode := Fields{FCommand: uint32(cmd.Code)}
	for k, v := range vals {
		withCode[k] = v
	}
	dst, err := encodeFields(dst, t.Header, withCode)
	if err != nil {
		return dst, err
	}
	return encodeParams(dst, cmd, vals)
}

// knownFields rejects a value whose handle is no field of the header or of
// the command's layout (its subcommands' included).
func knownFields(cmd *Command, vals Fields, header []Field) error {
	for h := range vals {
		if !hasField(header, h) && !commandHas(cmd, h, vals) {
			return fmt.Errorf("dissect: %s has no field %v", cmd.Name, h)
		}
	}
	return nil
}

// commandHas reports whether h is a field of cmd or of the subcommand vals select.
func commandHas(cmd *Command, h FieldID, vals Fields) bool {
	switch {
	case !cmd.Described:
		return h == FParameters
	case hasField(cmd.Params, h):
		return true
	case cmd.Subs == nil:
		return false
	}
	code, err := toUint(vals[cmd.Params[0].id])
	sub := cmd.Subs.Lookup(uint16(code))
	return err == nil && sub != nil && commandHas(sub, h, vals)
}

func hasField(fs []Field, h FieldID) bool {
	for i := range fs {
		if fs[i].id == h || fs[i].CountBy != "" && fs[i].id.List() == h {
			return true
		}
	}
	return false
}

func encodeParams(dst []byte, cmd *Command, vals Fields) ([]byte, error) {
	if !cmd.Described {
		return encodeFields(dst, []Field{*parametersField}, vals)
	}
	dst, err := encodeFields(dst, cmd.Params, vals)
	if err != nil || cmd.Subs == nil {
		return dst, err
	}
	code, err := toUint(vals[cmd.Params[0].id])
	sub := cmd.Subs.Lookup(uint16(code))
	switch {
	case err != nil || sub == nil:
		return dst, fmt.Errorf("dissect: %s: no subcommand %v", cmd.Name, vals[cmd.Params[0].id])
	case cmd.subWhenVals != nil && !cmd.subWhenVals(vals):
		return dst, nil
	}
	return encodeParams(dst, sub, vals)
}

// EncodePeer appends a peer packet; LENGTH is computed unless vals gives one.
// MSG_COMMAND is the command's code unless vals gives one.
func EncodePeer(dst []byte, cmd *Command, vals Fields) ([]byte, error) {
	if cmd == nil {
		return dst, fmt.Errorf("dissect: nothing to encode for %v", PeerToPeer)
	}
	if err := knownFields(cmd, vals, nil); err != nil {
		return dst, err
	}
	start := len(dst)
	if cmd != PeerInit {
		if _, ok := vals[FMsgCommand]; !ok {
			withCode := Fields{FMsgCommand: uint32(cmd.Code)}
			for k, v := range vals {
				withCode[k] = v
			}
			vals = withCode
		}
	}
	dst, err := encodeParams(dst, cmd, vals)
	if err != nil {
		return dst, err
	}
	if _, given := vals[FLength]; !given {
		binary.LittleEndian.PutUint16(dst[start:], uint16(len(dst)-start-2))
	}
	return dst, nil
}

func encodeFields(dst []byte, fs []Field, vals Fields) ([]byte, error) {
	var err error
	for i := range fs {
		f := &fs[i]
		if f.CountBy != "" {
			dst, err = encodeRepeated(dst, f, vals)
		} else if v, given := vals[f.id]; given && !isList(v) {
			dst, err = encodeValue(dst, f, v)
		} else {
			dst = encodeDefault(dst, f, fs, vals)
		}
		if err != nil {
			return dst, fmt.Errorf("dissect: %s: %w", f.Name, err)
		}
	}
	return dst, nil
}

// isList reports a repeated field's list, which a field of the same name
// that is not repeated (the header's UIN) leaves alone.
func isList(v any) bool {
	_, ok := v.([]uint32)
	return ok
}

// encodeDefault writes the spec's Content, or the length of the list that a
// count field counts, or zero.
func encodeDefault(dst []byte, f *Field, fs []Field, vals Fields) []byte {
	switch {
	case f.Kind == KindString:
		return append(dst, 1, 0, 0)
	case f.Kind == KindRest:
		return dst
	case f.Fixed():
		return append(dst, f.want...)
	}
	var n uint32
	for i := range fs {
		if fs[i].countBy == f.id {
			n = uint32(listLen(&fs[i], vals))
		}
	}
	return appendUint(dst, n, f.Width)
}

// listOf returns a repeated field's list, keyed by its handle's List() or
// by its handle.
func listOf(f *Field, vals Fields) ([]uint32, error) {
	if v, given := vals[f.id.List()]; given {
		l, ok := v.([]uint32)
		if !ok {
			return nil, fmt.Errorf("want []uint32, got %T", v)
		}
		return l, nil
	}
	l, _ := vals[f.id].([]uint32) // else the handle is the header's field of that name
	return l, nil
}

// listLen is the number of elements of a repeated field's list.
func listLen(f *Field, vals Fields) int {
	if f.Kind == KindBlock {
		blocks, _ := vals[f.id.List()].([][]byte)
		return len(blocks)
	}
	list, _ := listOf(f, vals)
	return len(list)
}

// encodeRepeated writes a repeated field's list: numbers, or SIZE-prefixed
// blocks given as [][]byte under the handle's List().
func encodeRepeated(dst []byte, f *Field, vals Fields) ([]byte, error) {
	if f.Kind == KindBlock {
		blocks, _ := vals[f.id.List()].([][]byte)
		for _, b := range blocks {
			if len(b) > 0xFFFF {
				return dst, fmt.Errorf("a block of %d bytes does not fit its SIZE", len(b))
			}
			dst = binary.LittleEndian.AppendUint16(dst, uint16(len(b)))
			dst = append(dst, b...)
		}
		return dst, nil
	}
	list, err := listOf(f, vals)
	for _, n := range list {
		dst = appendUint(dst, n, f.Width)
	}
	return dst, err
}

func encodeValue(dst []byte, f *Field, v any) ([]byte, error) {
	switch f.Kind {
	case KindString:
		return appendString(dst, v)
	case KindRest:
		b, ok := v.([]byte)
		if !ok {
			return dst, fmt.Errorf("want []byte, got %T", v)
		}
		return append(dst, b...), nil
	case KindIP:
		return appendIP(dst, v)
	}
	if b, ok := v.([]byte); ok {
		if len(b) != f.Width {
			return dst, fmt.Errorf("want %d bytes, got %d", f.Width, len(b))
		}
		return append(dst, b...), nil
	}
	n, err := toUint(v)
	if err != nil {
		return dst, err
	}
	return appendUint(dst, n, f.Width), nil
}

func appendString(dst []byte, v any) ([]byte, error) {
	var text []byte
	switch s := v.(type) {
	case string:
		enc, err := charmap.Windows1252.NewEncoder().Bytes([]byte(s))
		if err != nil {
			return dst, fmt.Errorf("%q is not Windows-1252 text", s)
		}
		text = enc
	case []byte:
		text = s
	default:
		return dst, fmt.Errorf("want string or []byte, got %T", v)
	}
	if len(text)+1 > 0xFFFF {
		return dst, fmt.Errorf("text of %d bytes does not fit a LENGTH", len(text))
	}
	dst = binary.LittleEndian.AppendUint16(dst, uint16(len(text)+1))
	dst = append(dst, text...)
	return append(dst, 0), nil
}

func appendIP(dst []byte, v any) ([]byte, error) {
	switch a := v.(type) {
	case [4]byte:
		return append(dst, a[:]...), nil
	case netip.Addr:
		if !a.Is4() {
			return dst, fmt.Errorf("%v is not an IPv4 address", a)
		}
		b := a.As4()
		return append(dst, b[:]...), nil
	}
	return dst, fmt.Errorf("want netip.Addr or [4]byte, got %T", v)
}

func toUint(v any) (uint32, error) {
	switch n := v.(type) {
	case int:
		return uint32(n), nil
	case uint:
		return uint32(n), nil
	case uint8:
		return uint32(n), nil
	case uint16:
		return uint32(n), nil
	case uint32:
		return n, nil
	case int32:
		return uint32(n), nil
	case int64:
		return uint32(n), nil
	case uint64:
		return uint32(n), nil
	}
	return 0, fmt.Errorf("want an integer, got %T", v)
}

func appendUint(dst []byte, n uint32, width int) []byte {
	for i := 0; i < width; i++ {
		dst = append(dst, byte(n>>(8*i)))
	}
	return dst
}
