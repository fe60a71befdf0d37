package report

import (
	"net/netip"
	"reflect"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
)

// A summary reads back as it was kept, and a record cut short is an
// error, not a panic.
func TestRecordRoundTrip(t *testing.T) {
	at := time.Date(1998, 8, 26, 12, 0, 1, 234567000, time.UTC)
	s := analyze.SessionSummary{ID: 7, Client: netip.MustParseAddrPort("10.1.0.2:1024"),
		Server: netip.MustParseAddrPort("[2001:db8::1]:4000"), UIN: 1234567, First: at, Last: at.Add(time.Minute),
		Login: analyze.Login{Frame: 1, Seq: 2623, ReplyFrame: 3}, KeepAliveInterval: 2 * time.Minute,
		HasStatus: true, Status: 0x13, End: analyze.EndSilence}
	s.Dir[1] = analyze.DirSummary{Packets: 300, Unacked: 3, UnackedFrames: []uint64{5, 70000, 1 << 40},
		AckDelay: analyze.Stats{Count: 2, Min: time.Millisecond, Max: -time.Second}, WrongStart: true}
	st := analyze.StreamSummary{Stream: 3, Recognized: "learned from USER_ONLINE in frame 7 (é)",
		Ends: [2]netip.AddrPort{netip.MustParseAddrPort("10.1.0.2:1041"), {}}, Messages: [2]uint64{1, 0}}
	for _, v := range []any{&s, &st} {
		b, err := appendRecord(nil, reflect.ValueOf(v).Elem())
		if err != nil {
			t.Fatal(err)
		}
		got := reflect.New(reflect.TypeOf(v).Elem())
		if rest, err := readRecord(b, got.Elem()); err != nil || len(rest) != 0 {
			t.Fatalf("%T: %v, %d bytes left", v, err, len(rest))
		}
		if !reflect.DeepEqual(got.Interface(), v) {
			t.Errorf("read back\n%+v\nkept\n%+v", got.Interface(), v)
		}
		for n := range b {
			if _, err := readRecord(b[:n], reflect.New(reflect.TypeOf(v).Elem()).Elem()); err == nil {
				t.Errorf("%T cut to %d of %d bytes: no error", v, n, len(b))
			}
		}
	}
}
