package report

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// drawTable draws a table read whole (a few hundred rows at most) with
// tablewriter, at the measured column widths: header, rows and footer.
func drawTable(w io.Writer, t *table) error {
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
		tablewriter.WithColumnWidths(columnWidths(t.widths())),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	if err := tab.Start(); err != nil {
		return err
	}
	tab.Header(t.header)
	for i := 0; i < t.n; i++ {
		if err := tab.Append(t.row(i)); err != nil {
			return err
		}
	}
	if t.footer != nil {
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
// with a new string in nearly every cell, the cache only costs.
func init() { twwidth.SetCacheCapacity(0) }
