package report

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// bigTable has rows of different widths, so the measured widths matter, and
// a footer, which only the last chunk draws.
func bigTable(n int) table {
	return table{name: "t", title: "t", header: []string{"#", "name", "count"}, right: []bool{true, false, true},
		n:      n,
		row:    func(i int) []string { return []string{strconv.Itoa(i), strings.Repeat("x", i%7), strconv.Itoa(i * i)} },
		footer: []string{"", "total", strconv.Itoa(n)},
	}
}

// A table cut into chunks is drawn exactly as one tablewriter draws it whole.
func TestChunkedTableEqualsWhole(t *testing.T) {
	for _, n := range []int{1, tableChunk - 1, tableChunk, tableChunk + 1, 5*tableChunk/2 + 3} {
		tab := bigTable(n)
		widths := tab.widths()
		var whole bytes.Buffer
		all := &chunk{first: true, last: true}
		for i := range n {
			all.rows = append(all.rows, tab.row(i))
		}
		if err := drawChunk(&whole, &tab, widths, all); err != nil {
			t.Fatal(err)
		}
		var chunked bytes.Buffer
		if err := drawTable(&chunked, &tab, widths); err != nil {
			t.Fatal(err)
		}
		if lines := strings.Count(whole.String(), "\n"); lines != n+4 {
			t.Errorf("%d rows: the whole table has %d lines, want header, rule, rows, rule and footer (%d)", n, lines, n+4)
		}
		if !bytes.Equal(chunked.Bytes(), whole.Bytes()) {
			t.Errorf("%d rows: chunked drawing differs from the whole table:\n%s", n, firstDiff(chunked.String(), whole.String()))
		}
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + g[i] + "\nwant: " + w[i]
		}
	}
	return "lengths " + strconv.Itoa(len(g)) + " and " + strconv.Itoa(len(w))
}

// A failing writer stops the drawing with its error, and every goroutine ends.
func TestChunkedTableWriteError(t *testing.T) {
	tab := bigTable(3 * tableChunk)
	if err := drawTable(failingWriter{}, &tab, tab.widths()); !errors.Is(err, errFull) {
		t.Errorf("error %v, want %v", err, errFull)
	}
}

var errFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

func BenchmarkDrawTable(b *testing.B) {
	tab := bigTable(4 * tableChunk)
	widths := tab.widths()
	b.ReportAllocs()
	for b.Loop() {
		if err := drawTable(&bytes.Buffer{}, &tab, widths); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tab.n), "ns/row")
}
