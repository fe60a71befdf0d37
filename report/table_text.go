package report

import "io"

// TextTable is a table read whole and drawn as text in the layout of the -z
// reports, for renderers outside report (checkreport's findings and rules).
type TextTable struct {
	Title  string
	Header []string
	Right  []bool // right-aligned columns (numbers)
	N      int
	Row    func(i int) []string
	After  string // a line under the table
}

// Write draws t: "=== title ===", the header and rows (or "(none)"), and
// the line after.
func (t TextTable) Write(w io.Writer) error {
	return writeTable(w, table{title: t.Title, header: t.Header, right: t.Right, n: t.N, row: t.Row, after: t.After}, false)
}

// FormatUIN writes a UIN as the reports do: "?" when it is not known.
func FormatUIN(n uint32) string { return uin(n) }
