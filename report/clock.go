package report

import (
	"errors"
	"strconv"
	"time"
)

// TimeFormat is how the line output shows a packet's time: tshark's -t.
type TimeFormat uint8

const (
	TimeOfDay  TimeFormat = iota // a: 15:04:05.000000 UTC (the default)
	DateTime                     // ad: 2006-01-02 15:04:05.000000
	Relative                     // r: seconds since the capture's first ICQ packet
	Delta                        // d: seconds since the previous ICQ packet read, shown or not
	DeltaShown                   // dd: seconds since the previous packet shown
	Epoch                        // e: seconds since 1970-01-01 UTC
)

// TimeFormatNames are -t's values, in TimeFormat order.
var TimeFormatNames = []string{"a", "ad", "r", "d", "dd", "e"}

// ParseTimeFormat reads -t.
func ParseTimeFormat(s string) (TimeFormat, error) {
	for i, n := range TimeFormatNames {
		if s == n {
			return TimeFormat(i), nil
		}
	}
	return 0, errors.New("-t " + strconv.Quote(s) + ": use a (time of day), ad (date and time), r (relative), d (delta), dd (delta shown) or e (epoch)")
}

// WithTimes has p, if it writes lines, show times as f; the other outputs
// keep their own (the tree's and hex's titles show the date and time, JSON
// its time field).
func WithTimes(p Printer, f TimeFormat) Printer {
	if l, ok := p.(*linePrinter); ok {
		l.times = f
		if f == DateTime {
			l.stamp = stampCache{prefix: "2006-01-02 15:04:05.", digits: 6}
		}
	}
	return p
}

// appendTime writes a packet's time as -t asks.
func (l *linePrinter) appendTime(b []byte, r *Record) []byte {
	t := r.Meta.Time
	switch l.times {
	case Relative:
		b = appendSeconds(b, t.Sub(r.First))
	case Delta:
		b = appendSeconds(b, t.Sub(cmpZero(r.Prev, t)))
	case DeltaShown:
		b = appendSeconds(b, t.Sub(cmpZero(l.prevShown, t)))
	case Epoch:
		b = appendSeconds(b, time.Duration(t.UnixNano()))
	default:
		b = l.stamp.append(b, t)
	}
	l.prevShown = t
	return b
}

// cmpZero is t when prev is unset: the first packet's delta is 0.
func cmpZero(prev, t time.Time) time.Time {
	if prev.IsZero() {
		return t
	}
	return prev
}

// appendSeconds writes d as seconds with microseconds: 12.000400, -0.000100.
func appendSeconds(b []byte, d time.Duration) []byte {
	if d < 0 {
		b = append(b, '-')
		d = -d
	}
	us := d.Microseconds()
	b = strconv.AppendInt(b, us/1e6, 10)
	b = append(b, '.')
	frac := us % 1e6
	for div := int64(1e5); div > 0; div /= 10 {
		b = append(b, byte('0'+frac/div%10))
	}
	return b
}
