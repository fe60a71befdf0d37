package report

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// appendUint writes what strconv writes, at every number of digits.
func TestAppendUint(t *testing.T) {
	for _, n := range []uint64{0, 1, 9, 10, 99, 100, 999, 1000, 65535, 4294967295, 1<<64 - 1} {
		if got, want := string(appendUint([]byte("x="), n)), "x="+strconv.FormatUint(n, 10); got != want {
			t.Errorf("appendUint(%d) = %q, want %q", n, got, want)
		}
	}
	for n := range uint64(200000) {
		if got, want := string(appendUint(nil, n)), strconv.FormatUint(n, 10); got != want {
			t.Fatalf("appendUint(%d) = %q, want %q", n, got, want)
		}
	}
	if got := string(appendInt(nil, -42)); got != "-42" {
		t.Errorf("appendInt(-42) = %q", got)
	}
}

// padTo pads to the column, with at least two spaces, and counts
// characters, not bytes.
func TestPadTo(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  int // spaces added
	}{{"UIN", 18, 15}, {"PASSWORD_SEQ_NUM", 18, 2}, {"A_NAME_LONGER_THAN_THE_COLUMN", 18, 2}, {"Göteborg", 12, 4}, {"", 50, 50}} {
		b := padTo([]byte(c.text), 0, c.width)
		if got := len(b) - len(c.text); got != c.want || string(b[len(c.text):]) != strings.Repeat(" ", c.want) {
			t.Errorf("padTo(%q, %d) added %d bytes %q, want %d spaces", c.text, c.width, got, b[len(c.text):], c.want)
		}
	}
}

// appendMs writes what strconv.AppendFloat writes, trailing zeros trimmed:
// for delays measured in nanoseconds (as the analyzer measures them), at
// and around the half microsecond, and for arbitrary floats.
func TestAppendMsLikeAppendFloat(t *testing.T) {
	viaFloat := func(ms float64) string {
		s := strings.TrimRight(strconv.FormatFloat(ms, 'f', 3, 64), "0")
		return strings.TrimSuffix(s, ".")
	}
	var values []float64
	for _, ns := range []int64{0, 1, 499, 500, 501, 999, 1000, 1499, 1500, 1501, 250000, 999999, 1000000, 123456789, 3600e9} {
		values = append(values, float64(ns)/1e6)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		values = append(values, float64(rng.Int64N(10e9))/1e6, rng.Float64()*10, rng.Float64()*1e7)
	}
	values = append(values, -0.25, -1, 1e9, 2e12, math.Inf(1))
	for _, ms := range values {
		if got, want := string(appendMs(nil, ms)), viaFloat(ms); got != want {
			t.Fatalf("appendMs(%v) = %q, want %q", ms, got, want)
		}
	}
}
