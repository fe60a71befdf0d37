package report

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strconv"
	"strings"
	"testing"
)

// testTable has rows of different widths, so the measured widths matter;
// cell makes the text of row i, column c.
func testTable(n int, footer bool, cell func(i, c int) string) table {
	t := table{name: "t", title: "t", header: []string{"#", "name", "count", "note"},
		right: []bool{true, false, true, false}, n: n}
	rows := make([][]string, n)
	for i := range rows {
		rows[i] = []string{strconv.Itoa(i), cell(i, 1), strconv.Itoa(i * i), cell(i, 3)}
	}
	t.row = func(i int) []string { return rows[i] }
	t.cells = func(w *rowWriter, i int) {
		for _, cell := range rows[i] {
			w.cell(cell)
		}
	}
	if footer {
		t.footer = []string{"", "total", strconv.Itoa(n), ""}
	}
	return t
}

// The texts of the cells: short and long ASCII, empty, accented Latin,
// double-width CJK, emoji.
var cellTexts = []string{"x", "", "Zoë Müller", "日本語のメッセージ", "hi 💬 there", "ok #12>#14",
	strings.Repeat("wide ", 40), "naïve café", "B_USER_DISCONNECTED #57"}

func mixedCell(i, c int) string { return cellTexts[(i*c+i/3)%len(cellTexts)] }

func asciiCell(i, c int) string { return strings.Repeat("x", (i+c)%7) }

// The streamed writer draws exactly what tablewriter draws, byte for byte,
// on small and large tables (the large ones read back from the spool's
// file), with wide cells and text that is not ASCII, with and without a
// footer.
func TestStreamedEqualsTablewriter(t *testing.T) {
	for _, n := range []int{1, 2, 17, 5000} {
		for _, footer := range []bool{false, true} {
			for name, cell := range map[string]func(i, c int) string{"mixed": mixedCell, "ascii": asciiCell} {
				tab := testTable(n, footer, cell)
				var want bytes.Buffer
				if err := drawTable(&want, &tab); err != nil {
					t.Fatal(err)
				}
				var got bytes.Buffer
				var sp spool
				err := writeStreamed(&got, &tab, &sp)
				sp.close()
				if err != nil {
					t.Fatal(err)
				}
				lines := n + 2
				if footer {
					lines += 2
				}
				if l := strings.Count(want.String(), "\n"); l != lines {
					t.Errorf("%s, %d rows: tablewriter drew %d lines, want %d", name, n, l, lines)
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("%s, %d rows, footer %v: the streamed table differs from tablewriter's:\n%s",
						name, n, footer, firstDiff(got.String(), want.String()))
				}
			}
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

// Drawing a row allocates nothing: the allocations of a table do not grow
// with its rows (but for the spool's bookkeeping, one per 4 KiB of rows).
func TestStreamedAllocations(t *testing.T) {
	allocs := func(n int) float64 {
		tab := testTable(n, true, mixedCell)
		var sp spool
		defer sp.close()
		var out bytes.Buffer
		out.Grow(1 << 24)
		return testing.AllocsPerRun(1, func() {
			out.Reset()
			if err := writeStreamed(&out, &tab, &sp); err != nil {
				t.Fatal(err)
			}
		})
	}
	small, large := allocs(100), allocs(20100)
	if perRow := (large - small) / 20000; perRow > 0.05 {
		t.Errorf("%.0f allocations for 100 rows, %.0f for 20,100: %.3f a row, want none but the spool's", small, large, perRow)
	}
}

// A failing writer stops the drawing with its error.
func TestStreamedWriteError(t *testing.T) {
	tab := testTable(5000, false, asciiCell)
	var sp spool
	defer sp.close()
	if err := writeStreamed(failingWriter{}, &tab, &sp); !errors.Is(err, errFull) {
		t.Errorf("error %v, want %v", err, errFull)
	}
}

var errFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errFull }

func BenchmarkTable(b *testing.B) {
	tab := testTable(4096, false, mixedCell)
	draw := map[string]func(*bytes.Buffer) error{
		"streamed": func(out *bytes.Buffer) error {
			var sp spool
			defer sp.close()
			return writeStreamed(out, &tab, &sp)
		},
		"tablewriter": func(out *bytes.Buffer) error { return drawTable(out, &tab) },
	}
	for _, name := range []string{"streamed", "tablewriter"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			var out bytes.Buffer
			for b.Loop() {
				out.Reset()
				if err := draw[name](&out); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*tab.n), "ns/row")
		})
	}
}

// TestSpooledRejectsWidthOverLength checks that a spooled row whose cell
// claims more columns than it has bytes is refused, not padded: a damaged
// spool must not make a line of gigabytes.
func TestSpooledRejectsWidthOverLength(t *testing.T) {
	var out bytes.Buffer
	d := &fixedTable{w: &out, widths: []int{8}}
	// length 2 with a width of its own (2<<1|1), width 1<<62, then "ab"
	rec := binary.AppendUvarint(nil, 2<<1|1)
	rec = binary.AppendUvarint(rec, 1<<62)
	rec = append(rec, "ab"...)
	if err := d.spooled(rec); err != errRecord {
		t.Fatalf("spooled = %v, want errRecord", err)
	}
	// the same cell with its true width is drawn
	ok := binary.AppendUvarint(nil, 2<<1|1)
	ok = binary.AppendUvarint(ok, 2)
	ok = append(ok, "ab"...)
	if err := d.spooled(ok); err != nil {
		t.Fatal(err)
	}
	if got := string(d.buf); got != " ab     \n" {
		t.Fatalf("drew %q", got)
	}
}
