package report

import "time"

// stampCache writes the times of packets in a layout of the form
// PREFIX.FRACTION SUFFIX, in UTC, formatting the part up to the second only
// when the second changes: a capture has thousands of packets a second, and
// time.Time.AppendFormat is a tenth of the cost of a one-line packet.
type stampCache struct {
	prefix string // the layout up to the second, with the '.': "15:04:05."
	digits int    // of the fraction: 3, 6 or 9
	suffix string // after it, already formatted: " UTC", "Z", ""
	sec    int64
	text   []byte // prefix, formatted for sec
}

// Layouts of the outputs' times.
var (
	stampLine  = stampCache{prefix: "15:04:05.", digits: 6}                            // 15:04:05.000000
	stampTitle = stampCache{prefix: "2006-01-02 15:04:05.", digits: 6, suffix: " UTC"} // -V and -x: 2006-01-02 15:04:05.000000 UTC
	stampJSON  = stampCache{prefix: "2006-01-02T15:04:05.", digits: 9, suffix: "Z"}    // jsonTime
	stampClock = stampCache{prefix: "15:04:05.", digits: 3}                            // the reports' clock
)

func (c *stampCache) append(b []byte, t time.Time) []byte {
	t = t.UTC()
	if sec := t.Unix(); c.text == nil || sec != c.sec {
		c.sec = sec
		c.text = t.AppendFormat(c.text[:0], c.prefix)
	}
	b = append(b, c.text...)
	frac := t.Nanosecond()
	for range 9 - c.digits {
		frac /= 10
	}
	var digits [9]byte
	for i := c.digits - 1; i >= 0; i-- {
		digits[i] = byte('0' + frac%10)
		frac /= 10
	}
	b = append(b, digits[:c.digits]...)
	return append(b, c.suffix...)
}
