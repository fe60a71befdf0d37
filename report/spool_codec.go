package report

import (
	"bufio"
	"encoding/binary"
	"errors"
	"io"
	"net/netip"
	"time"
)

// The spool keeps records in one binary form, written and read field by
// field in the same order by code that names each field (no reflection):
// integers as varints, strings and byte lists after their length, times and
// addresses in their own binary form after a length byte, times as
// nanoseconds since the epoch (read back in UTC, as the reports show them).

var errRecord = errors.New("record cut short")

// recordWriter appends the fields of a record to b.
type recordWriter struct{ b []byte }

func (w *recordWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }

func (w *recordWriter) int(v int64) { w.b = binary.AppendVarint(w.b, v) }

func (w *recordWriter) bool(v bool) {
	if v {
		w.b = append(w.b, 1)
	} else {
		w.b = append(w.b, 0)
	}
}

func (w *recordWriter) bytes(s []byte) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *recordWriter) string(s string) {
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

func (w *recordWriter) uints(vs []uint64) {
	w.uint(uint64(len(vs)))
	for _, v := range vs {
		w.uint(v)
	}
}

func (w *recordWriter) time(t time.Time) { w.int(t.UnixNano()) }

// addr keeps an address in its binary form, shorter than 256 bytes.
func (w *recordWriter) addr(a netip.AddrPort) {
	at := len(w.b)
	w.b, _ = a.AppendBinary(append(w.b, 0))
	w.b[at] = byte(len(w.b) - at - 1)
}

// recordReader reads back the fields recordWriter wrote, in order. After
// the first error every read returns zero and err keeps that error.
type recordReader struct {
	b   []byte
	err error
}

func (r *recordReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
	r.b = nil
}

func (r *recordReader) uint() uint64 { return readVarint(r, binary.Uvarint) }

func (r *recordReader) int() int64 { return readVarint(r, binary.Varint) }

// readVarint reads a number with binary.Uvarint or binary.Varint.
func readVarint[T uint64 | int64](r *recordReader, read func([]byte) (T, int)) T {
	v, n := read(r.b)
	if n <= 0 {
		r.fail(errRecord)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *recordReader) bool() bool {
	if len(r.b) < 1 {
		r.fail(errRecord)
		return false
	}
	v := r.b[0] != 0
	r.b = r.b[1:]
	return v
}

// bytes returns the next byte list, valid as long as the record's bytes.
func (r *recordReader) bytes() []byte {
	n := r.uint()
	if uint64(len(r.b)) < n {
		r.fail(errRecord)
		return nil
	}
	v := r.b[:n:n]
	r.b = r.b[n:]
	return v
}

func (r *recordReader) string() string { return string(r.bytes()) }

// uints reads a list of numbers; an empty one reads back nil.
func (r *recordReader) uints() []uint64 {
	n := r.uint()
	if uint64(len(r.b)) < n { // every number takes a byte at least
		r.fail(errRecord)
		return nil
	}
	if n == 0 {
		return nil
	}
	vs := make([]uint64, n)
	for i := range vs {
		vs[i] = r.uint()
	}
	return vs
}

func (r *recordReader) time() time.Time { return time.Unix(0, r.int()).UTC() }

func (r *recordReader) addr() netip.AddrPort {
	var a netip.AddrPort
	if len(r.b) < 1 || len(r.b) < 1+int(r.b[0]) {
		r.fail(errRecord)
		return a
	}
	b := r.b[1 : 1+int(r.b[0])]
	r.b = r.b[1+len(b):]
	if err := a.UnmarshalBinary(b); err != nil {
		r.fail(err)
	}
	return a
}

// appendRecord adds a record to the list l, after its length: a list is
// read back by readRecord, one record at a time.
func (s *spool) appendRecord(l *spoolList, rec []byte) {
	var n [binary.MaxVarintLen64]byte
	s.append(l, binary.AppendUvarint(n[:0], uint64(len(rec))))
	s.append(l, rec)
}

// maxRecord bounds a record's length (a row, a summary, an arrow: they are
// far shorter), so that a damaged spool cannot ask for a huge buffer.
const maxRecord = 1 << 20

// readRecord reads the next record that appendRecord added, into buf; it
// returns io.EOF after the last one.
func readRecord(r *bufio.Reader, buf []byte) ([]byte, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil {
		return buf, err
	}
	if n > maxRecord {
		return buf, errRecord
	}
	if uint64(cap(buf)) < n {
		buf = make([]byte, n)
	}
	buf = buf[:n]
	if _, err := io.ReadFull(r, buf); err != nil {
		return buf, errRecord
	}
	return buf, nil
}
