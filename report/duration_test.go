package report

import (
	"testing"
	"time"
)

// Every duration of the reports reads the same way, to the millisecond.
func TestDuration(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{0, "0.000s"},
		{7517 * time.Millisecond, "7.517s"},
		{2 * time.Minute, "2m00.000s"},
		{2*time.Minute + 11350*time.Millisecond, "2m11.350s"},
		{9*time.Minute + 7517*time.Millisecond, "9m07.517s"},
		{time.Hour + 2*time.Minute + 3*time.Second, "1h02m03.000s"},
		{-1500 * time.Millisecond, "-1.500s"},
		{1499 * time.Microsecond, "0.001s"},
	} {
		if got := duration(tt.d); got != tt.want {
			t.Errorf("duration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
