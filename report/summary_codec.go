package report

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"reflect"
	"time"
)

// The store keeps a summary as its exported fields in order, in binary:
// integers as varints, strings and slices after their length, times and
// addresses in their own binary form. Reading it back costs a tenth of
// decoding JSON, which the tables and diagrams do several times a summary.

// binaryForm are the types kept in their own binary form (AppendBinary,
// UnmarshalBinary) rather than field by field.
var binaryForm = map[reflect.Type]bool{reflect.TypeFor[time.Time](): true, reflect.TypeFor[netip.AddrPort](): true}

var errRecord = errors.New("record cut short")

// appendRecord appends v's binary form; v is addressable (so that its
// unexported fields, which are left out, are told by CanSet).
func appendRecord(b []byte, v reflect.Value) ([]byte, error) {
	t := v.Type()
	if t.Kind() == reflect.Struct && binaryForm[t] {
		start := len(b)
		b = append(b, 0) // the length, one byte: times and addresses are short
		b, err := v.Interface().(encoding.BinaryAppender).AppendBinary(b)
		if err == nil && len(b)-start-1 > 255 {
			err = errors.New("longer than 255 bytes")
		}
		if err != nil {
			return b, fmt.Errorf("report: keeping a %s: %w", t, err)
		}
		b[start] = byte(len(b) - start - 1)
		return b, nil
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return binary.AppendUvarint(b, v.Uint()), nil
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1), nil
		}
		return append(b, 0), nil
	case reflect.Float32, reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float())), nil
	case reflect.String:
		return append(binary.AppendUvarint(b, uint64(v.Len())), v.String()...), nil
	case reflect.Slice:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		fallthrough
	case reflect.Array:
		var err error
		for i := 0; i < v.Len() && err == nil; i++ {
			b, err = appendRecord(b, v.Index(i))
		}
		return b, err
	case reflect.Struct:
		var err error
		for i := 0; i < v.NumField() && err == nil; i++ {
			if f := v.Field(i); f.CanSet() { // exported
				b, err = appendRecord(b, f)
			}
		}
		return b, err
	}
	return b, fmt.Errorf("report: cannot keep a %s", t)
}

// readRecord sets v, addressable, from the binary form at the start of b
// and returns the rest.
func readRecord(b []byte, v reflect.Value) ([]byte, error) {
	t := v.Type()
	if t.Kind() == reflect.Struct && binaryForm[t] {
		if len(b) < 1 || len(b) < 1+int(b[0]) {
			return nil, errRecord
		}
		n := int(b[0])
		err := v.Addr().Interface().(encoding.BinaryUnmarshaler).UnmarshalBinary(b[1 : 1+n])
		return b[1+n:], err
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, k := binary.Varint(b)
		if k <= 0 {
			return nil, errRecord
		}
		v.SetInt(n)
		return b[k:], nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.String, reflect.Slice:
		n, k := binary.Uvarint(b)
		if k <= 0 {
			return nil, errRecord
		}
		b = b[k:]
		switch t.Kind() {
		case reflect.String:
			if uint64(len(b)) < n {
				return nil, errRecord
			}
			v.SetString(string(b[:n]))
			return b[n:], nil
		case reflect.Slice:
			if uint64(len(b)) < n { // every element takes a byte at least
				return nil, errRecord
			}
			v.SetZero() // an empty list reads back nil
			if n > 0 {
				v.Set(reflect.MakeSlice(t, int(n), int(n)))
			}
			return readElems(b, v)
		}
		v.SetUint(n)
		return b, nil
	case reflect.Bool:
		if len(b) < 1 {
			return nil, errRecord
		}
		v.SetBool(b[0] != 0)
		return b[1:], nil
	case reflect.Float32, reflect.Float64:
		if len(b) < 8 {
			return nil, errRecord
		}
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(b)))
		return b[8:], nil
	case reflect.Array:
		return readElems(b, v)
	case reflect.Struct:
		var err error
		for i := 0; i < v.NumField() && err == nil; i++ {
			if f := v.Field(i); f.CanSet() { // exported
				b, err = readRecord(b, f)
			}
		}
		return b, err
	}
	return nil, fmt.Errorf("report: cannot read back a %s", t)
}

func readElems(b []byte, v reflect.Value) ([]byte, error) {
	var err error
	for i := 0; i < v.Len() && err == nil; i++ {
		b, err = readRecord(b, v.Index(i))
	}
	return b, err
}
