package report

import (
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
