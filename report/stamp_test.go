package report

import (
	"testing"
	"time"
)

// The cache writes what time.Time.AppendFormat writes, across seconds, in
// every layout, for times in any zone, before 1970 too.
func TestStampCache(t *testing.T) {
	layouts := map[*stampCache]string{
		&stampLine: "15:04:05.000000", &stampTitle: "2006-01-02 15:04:05.000000 MST",
		&stampJSON: jsonTime, &stampClock: "15:04:05.000",
	}
	start := time.Date(1969, 12, 31, 23, 59, 58, 999999999, time.FixedZone("CET", 3600))
	for c, layout := range layouts {
		c := *c
		for i := range 5000 {
			at := start.Add(time.Duration(i) * 777_777 * time.Microsecond / 1000)
			if got, want := string(c.append(nil, at)), at.UTC().Format(layout); got != want {
				t.Fatalf("%s: %q, want %q", layout, got, want)
			}
		}
	}
}
