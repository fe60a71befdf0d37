package report

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"io"
	"net/netip"
	"reflect"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/dissect"
)

// fill sets every exported field under v to a value of its own, none zero:
// a field that a record leaves out (one added to a summary later) then
// reads back different.
func fill(t testing.TB, v reflect.Value, next *uint64) {
	*next++
	n := *next
	switch v.Interface().(type) {
	case time.Time:
		v.Set(reflect.ValueOf(time.Date(1998, 8, 26, 12, 0, int(n), int(n)*1000+7, time.UTC)))
		return
	case netip.AddrPort:
		a := netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, 1, byte(n), 2}), uint16(1000+n))
		if n%2 == 0 {
			a = netip.MustParseAddrPort("[2001:db8::1]:4000")
		}
		v.Set(reflect.ValueOf(a))
		return
	}
	switch v.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-int64(n) * 1000003)
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(n * 1009)
	case reflect.Uint8:
		v.SetUint(n % 200)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.String:
		v.SetString("learned from USER_ONLINE (é) " + time.Duration(n).String())
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 3, 3))
		fallthrough
	case reflect.Array:
		for i := range v.Len() {
			fill(t, v.Index(i), next)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(t, v.Field(i), next)
			}
		}
	default:
		t.Fatalf("fill: no value for a %s", v.Type())
	}
}

// Every field of a summary reads back as it was kept, and a record cut
// short is an error, not a panic.
func TestSummaryRecords(t *testing.T) {
	var next uint64
	var s analyze.SessionSummary
	fill(t, reflect.ValueOf(&s).Elem(), &next)
	var st analyze.StreamSummary
	fill(t, reflect.ValueOf(&st).Elem(), &next)
	sessions := sessionStore{write: writeSession, read: readSession}
	streams := streamStore{write: writeStream, read: readStream}
	roundTrip(t, &sessions, &s)
	roundTrip(t, &streams, &st)
	// An empty list of frames reads back nil, as the analyzer leaves it.
	s.Dir[0].UnackedFrames = nil
	roundTrip(t, &sessions, &s)
}

func roundTrip[T any](t *testing.T, st *store[T], v *T) {
	t.Helper()
	var w recordWriter
	st.write(&w, v)
	var got T
	r := recordReader{b: w.b}
	if st.read(&r, &got); r.err != nil || len(r.b) != 0 {
		t.Fatalf("%T: %v, %d bytes left", v, r.err, len(r.b))
	}
	if !reflect.DeepEqual(&got, v) {
		t.Errorf("read back\n%+v\nkept\n%+v", got, *v)
	}
	for n := range w.b {
		r := recordReader{b: w.b[:n]}
		if st.read(&r, new(T)); r.err == nil {
			t.Errorf("%T cut to %d of %d bytes: no error", v, n, len(w.b))
		}
	}
}

// A record whose length is damaged is an error, without a buffer that size.
func TestReadRecordDamaged(t *testing.T) {
	for name, b := range map[string][]byte{
		"huge length": binary.AppendUvarint(nil, 1<<40),
		"cut short":   append(binary.AppendUvarint(nil, 10), 1, 2, 3),
		"cut length":  {0x80},
	} {
		if _, err := readRecord(bufio.NewReader(bytes.NewReader(b)), nil); err == nil || err == io.EOF {
			t.Errorf("%s: error %v, want a damaged record", name, err)
		}
	}
}

// FuzzRecords reads any bytes as each kind of spooled record: a session, a
// stream, an arrow, a list of records. Each is an error or a value whose
// record reads back the same value; never a panic or a huge buffer.
func FuzzRecords(f *testing.F) {
	var next uint64
	var s analyze.SessionSummary
	fill(f, reflect.ValueOf(&s).Elem(), &next)
	var w recordWriter
	writeSession(&w, &s)
	f.Add(w.b)
	a := arrow{frame: 7, time: 1e18, stream: 2, out: true, head: dissect.Header{Code: 0x3e8, Seq: 1, Read: dissect.HeadCode}, note: []byte("LOGIN")}
	w.b = w.b[:0]
	a.write(&w)
	f.Add(w.b)
	f.Add(binary.AppendUvarint(nil, 3))
	f.Fuzz(func(t *testing.T, b []byte) {
		fuzzRoundTrip(t, b, writeSession, readSession)
		fuzzRoundTrip(t, b, writeStream, readStream)
		fuzzRoundTrip(t, b, func(w *recordWriter, a *arrow) { a.write(w) }, func(r *recordReader, a *arrow) { a.read(r) })
		r := bufio.NewReader(bytes.NewReader(b))
		for n := 0; ; n++ {
			rec, err := readRecord(r, nil)
			if err != nil {
				break
			}
			if n > len(b) || len(rec) > len(b) {
				t.Fatalf("record %d of %d bytes from %d bytes", n, len(rec), len(b))
			}
		}
	})
}

// fuzzRoundTrip reads b as a record of a T; if it reads, the value's own
// record must read back equal.
func fuzzRoundTrip[T any](t *testing.T, b []byte, write func(*recordWriter, *T), read func(*recordReader, *T)) {
	var v T
	r := recordReader{b: b}
	if read(&r, &v); r.err != nil {
		return
	}
	var w recordWriter
	write(&w, &v)
	var again T
	r = recordReader{b: w.b}
	if read(&r, &again); r.err != nil || len(r.b) != 0 {
		t.Fatalf("%T: its own record reads back with %v, %d bytes left", v, r.err, len(r.b))
	}
	if !reflect.DeepEqual(&again, &v) {
		t.Fatalf("%T read back\n%+v\nkept\n%+v", v, again, v)
	}
}
