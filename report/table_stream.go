package report

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// The tables that grow with the capture (a row per session, per session and
// direction, per peer stream) are drawn by a fixed-width writer of our own,
// in the layout tablewriter gives the small ones: tablewriter spends some
// 25 µs and 260 allocations a row, which made it most of a report's cost.
// TestStreamedEqualsTablewriter draws the same rows with both and compares
// them byte for byte.

// writeStreamed draws t's header, rows and footer. Each row is made once
// (by t.cells): measured, and kept in the spool as a record of its cells
// (each its text, and its width where that is not its length); then drawn
// from the spool at the measured widths, without an allocation per row.
// Rows that t.made already holds are drawn without being made again.
func writeStreamed(w io.Writer, t *table, sp *spool) error {
	rows := t.made
	if rows == nil {
		rows = newRows(t, sp)
		for i := 0; i < t.n; i++ {
			if err := rows.make(i); err != nil {
				return err
			}
			for j := range t.alongPer {
				if err := t.along.make(i*t.alongPer + j); err != nil {
					return err
				}
			}
		}
	}
	return rows.draw(w)
}

// madeRows are a streamed table's rows, made, measured and kept in the spool
// to be drawn.
type madeRows struct {
	t    *table
	sp   *spool
	row  rowWriter
	list spoolList
}

func newRows(t *table, sp *spool) *madeRows {
	widths := make([]int, len(t.header))
	measureCells(widths, t.header)
	measureCells(widths, t.footer)
	return &madeRows{t: t, sp: sp, row: rowWriter{widths: widths}}
}

// make makes row i and keeps it.
func (m *madeRows) make(i int) error {
	m.row.rec.b, m.row.col = m.row.rec.b[:0], 0
	m.t.cells(&m.row, i)
	if m.row.col != len(m.row.widths) {
		return fmt.Errorf("report: row %d of %s has %d cells, not %d", i+1, m.t.name, m.row.col, len(m.row.widths))
	}
	m.sp.appendRecord(&m.list, m.row.rec.b)
	return nil
}

// draw draws the header, the rows kept and the footer.
func (m *madeRows) draw(w io.Writer) error {
	t, buf := m.t, m.row.rec.b
	if m.sp.err != nil {
		return fmt.Errorf("report: keeping the rows of %s: %w", t.name, m.sp.err)
	}
	d := fixedTable{w: w, widths: m.row.widths, right: t.right, buf: make([]byte, 0, fixedBuffer)}
	d.strings(t.header)
	d.rule()
	r := m.sp.reader(&m.list)
	for i := 0; i < t.n && d.err == nil; i++ {
		b, err := readRecord(r, buf)
		buf = b
		if err == nil {
			err = d.spooled(b)
		}
		if err != nil {
			return fmt.Errorf("report: reading back row %d of %s: %w", i+1, t.name, err)
		}
	}
	if t.footer != nil {
		d.rule()
		d.strings(t.footer)
	}
	return d.flush()
}

// rowWriter makes a row's record, one cell after the other: the cell's
// text is appended to text, then end keeps it with its width.
type rowWriter struct {
	rec    recordWriter
	text   []byte
	widths []int // the widest cell of each column so far, padding included
	col    int   // the cells ended so far
}

// end ends the cell made in text.
func (w *rowWriter) end() {
	width := len(w.text)
	for _, c := range w.text {
		if c >= utf8.RuneSelf {
			width = cellWidth(string(w.text))
			break
		}
	}
	w.endWidth(width)
}

// cell adds a cell of text s.
func (w *rowWriter) cell(s string) {
	w.text = append(w.text, s...)
	w.endWidth(cellWidth(s))
}

// endWidth ends the cell made in text, width columns wide.
func (w *rowWriter) endWidth(width int) {
	w.widths[w.col] = max(w.widths[w.col], width+2)
	// the text's length, doubled, plus one if its width differs (and follows)
	if width == len(w.text) {
		w.rec.uint(uint64(len(w.text)) << 1)
	} else {
		w.rec.uint(uint64(len(w.text))<<1 | 1)
		w.rec.uint(uint64(width))
	}
	w.rec.b = append(w.rec.b, w.text...)
	w.text, w.col = w.text[:0], w.col+1
}

// measureCells widens widths to fit cells, padding included.
func measureCells(widths []int, cells []string) {
	for c, cell := range cells {
		widths[c] = max(widths[c], cellWidth(cell)+2)
	}
}

// cellWidth is the width of a cell on a terminal, as tablewriter measures it.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return twwidth.Width(s)
		}
	}
	return len(s)
}

// fixedBuffer is how many bytes fixedTable gathers before it writes.
const fixedBuffer = 64 << 10

// fixedTable draws lines at fixed column widths (padding included): cells
// are separated by "|", padded by a space each side, numbers aligned right;
// the rule under the header is dashes joined by "+".
type fixedTable struct {
	w      io.Writer
	widths []int
	right  []bool
	buf    []byte
	err    error
}

// strings draws a line of cells.
func (d *fixedTable) strings(cells []string) {
	for c, cell := range cells {
		drawCell(d, c, cell, cellWidth(cell))
	}
	d.endLine()
}

// spooled draws a row that writeStreamed kept: each cell's width and text.
func (d *fixedTable) spooled(rec []byte) error {
	for c := range d.widths {
		n, k := binary.Uvarint(rec)
		if k <= 0 {
			return errRecord
		}
		rec = rec[k:]
		width := n >> 1
		if n&1 != 0 {
			if width, k = binary.Uvarint(rec); k <= 0 {
				return errRecord
			}
			rec = rec[k:]
		}
		// A cell is never wider than its bytes: a damaged width must not
		// pad a line without bound.
		if n >>= 1; uint64(len(rec)) < n || width > n {
			return errRecord
		}
		drawCell(d, c, rec[:n], int(width))
		rec = rec[n:]
	}
	d.endLine()
	return nil
}

// cell draws cell c, whose text is width columns wide: a space, the text
// padded to the column, a space.
func drawCell[T string | []byte](d *fixedTable, c int, text T, width int) {
	if c > 0 {
		d.buf = append(d.buf, '|')
	}
	d.buf = append(d.buf, ' ')
	pad := d.widths[c] - 2 - width
	if c < len(d.right) && d.right[c] {
		d.buf = appendRepeat(d.buf, spaces, pad)
		d.buf = append(d.buf, text...)
	} else {
		d.buf = append(d.buf, text...)
		d.buf = appendRepeat(d.buf, spaces, pad)
	}
	d.buf = append(d.buf, ' ')
}

// rule draws the line under the header (and above the footer).
func (d *fixedTable) rule() {
	for c, w := range d.widths {
		if c > 0 {
			d.buf = append(d.buf, '+')
		}
		d.buf = appendRepeat(d.buf, dashes, w)
	}
	d.endLine()
}

func (d *fixedTable) endLine() {
	d.buf = append(d.buf, '\n')
	if len(d.buf) >= fixedBuffer-4<<10 {
		d.flush()
	}
}

// flush writes what is gathered; it returns the first error of a write.
func (d *fixedTable) flush() error {
	if d.err == nil && len(d.buf) > 0 {
		_, d.err = d.w.Write(d.buf)
	}
	d.buf = d.buf[:0]
	return d.err
}

// appendRepeat appends n copies of run's byte (run is spaces or dashes).
func appendRepeat(b []byte, run []byte, n int) []byte {
	for ; n > len(run); n -= len(run) {
		b = append(b, run...)
	}
	if n > 0 {
		b = append(b, run[:n]...)
	}
	return b
}

// Runs of the padding bytes, for appendRepeat to copy at once.
var (
	spaces = bytes.Repeat([]byte{' '}, 64)
	dashes = bytes.Repeat([]byte{'-'}, 64)
)
