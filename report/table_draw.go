package report

import (
	"bytes"
	"io"
	"runtime"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// tableChunk is how many rows one tablewriter draws. tablewriter costs some
// 20 µs a row, so a big table (a row per session or stream) is cut into
// chunks that are drawn on every core, at the measured widths, and written
// in order: the lines are those one table would draw, and at most a few
// chunks are in memory at once.
const tableChunk = 1024

// A chunk is rows [from, from+len(rows)) of a table, and their drawing.
type chunk struct {
	rows  [][]string
	first bool // draws the header
	last  bool // draws the footer
	out   bytes.Buffer
	err   error
	done  chan struct{}
}

// drawTable writes t's header, rows and footer at the given column widths.
// Rows are made in order on one goroutine (t.row need not be safe for
// concurrent use) and drawn on up to GOMAXPROCS.
func drawTable(w io.Writer, t *table, widths []int) error {
	workers := min(runtime.GOMAXPROCS(0), (t.n+tableChunk-1)/tableChunk)
	jobs := make(chan *chunk)
	inOrder := make(chan *chunk, workers)
	for range workers {
		go func() {
			for c := range jobs {
				c.err = drawChunk(&c.out, t, widths, c)
				close(c.done)
			}
		}()
	}
	go func() {
		defer close(jobs)
		defer close(inOrder)
		for from := 0; from < t.n; from += tableChunk {
			c := &chunk{first: from == 0, last: from+tableChunk >= t.n, done: make(chan struct{})}
			for i := from; i < min(from+tableChunk, t.n); i++ {
				c.rows = append(c.rows, t.row(i))
			}
			inOrder <- c
			jobs <- c
		}
	}()
	var err error
	for c := range inOrder {
		<-c.done
		if err == nil {
			err = c.err
		}
		if err == nil {
			_, err = w.Write(c.out.Bytes())
		}
	}
	return err
}

// drawChunk draws one chunk with its own streaming tablewriter.
func drawChunk(w io.Writer, t *table, widths []int, c *chunk) error {
	tab := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols:  tw.NewSymbols(tw.StyleASCII),
			Borders:  tw.Border{Left: tw.Off, Right: tw.Off, Top: tw.Off, Bottom: tw.Off},
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.Off}},
		})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithFooterAutoFormat(tw.Off),
		tablewriter.WithAlignment(t.alignment()),
		// Streaming at measured widths: each row is drawn as it comes,
		// without wrapping or trimming (the widths already fit every cell).
		tablewriter.WithStreaming(tw.StreamConfig{Enable: true}),
		tablewriter.WithColumnWidths(columnWidths(widths)),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	if err := tab.Start(); err != nil {
		return err
	}
	if c.first {
		tab.Header(t.header)
	}
	for _, row := range c.rows {
		if err := tab.Append(row); err != nil {
			return err
		}
	}
	if c.last && t.footer != nil {
		tab.Footer(t.footer)
	}
	return tab.Close()
}

func (t *table) alignment() tw.Alignment {
	align := make(tw.Alignment, len(t.header))
	for i := range align {
		align[i] = tw.AlignLeft
		if i < len(t.right) && t.right[i] {
			align[i] = tw.AlignRight
		}
	}
	return align
}

func columnWidths(widths []int) tw.Mapper[int, int] {
	m := tw.NewMapper[int, int]()
	for c, w := range widths {
		m.Set(c, w)
	}
	return m
}

// tablewriter memoises cell widths in one process-wide LRU behind a mutex:
// with a new string in nearly every cell, the cache only costs, and the
// chunks drawn at once contend for it.
func init() { twwidth.SetCacheCapacity(0) }
