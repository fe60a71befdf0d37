// Package report renders what the analyzer releases. Its parts, by file:
//   - the packet printers (New): one line each (line.go), a field tree
//     (tree.go, -V), an annotated hex dump (hexdump.go, -x), JSON lines
//     (json.go), fields (fields.go, -T fields), with their shared formatting
//     (format.go) and times (clock.go, stamp.go). They append to a reused
//     buffer and write once per packet;
//   - the summary reports of -z (summary*.go, evictions.go) and the ladder
//     (flow*.go), drawn as tables (table_*.go);
//   - the spool that keeps those reports' rows until the end (spool.go), in
//     one explicit codec (spool_codec.go, the summaries' records in
//     spool_records.go);
//   - the merge of several captures' reports (merge.go), whose
//     FileKeyWriter is the one writer of the "file" key.
//
// Check's findings and verdict are rendered by checkreport: report does
// not import check.
package report

import (
	"fmt"
	"io"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Record is one packet to render: where it came from, what it holds, and
// what the analyzer knows of it.
type Record struct {
	Meta   *capture.Packet
	Packet *dissect.Packet
	Xref   analyze.Xref
	First  time.Time // the time of the capture's first ICQ packet (-t r)
	Prev   time.Time // the time of the ICQ packet read before, shown or not; zero for the first (-t d)
}

// Mode is an output format.
type Mode uint8

const (
	Lines   Mode = iota // one line per packet
	Tree                // -V
	Hex                 // -x
	JSON                // -T json
	TreeHex             // -V -x: the tree, then the annotated hex
)

// Printer writes records as they come.
type Printer interface {
	Print(r *Record) error
}

// New returns the printer for mode, writing to w.
func New(mode Mode, w io.Writer) (Printer, error) {
	o := output{w: w}
	switch mode {
	case Lines:
		o.stamp = stampLine
		return &linePrinter{output: o}, nil
	case Tree:
		o.stamp = stampTitle
		return &treePrinter{o}, nil
	case Hex:
		o.stamp = stampTitle
		return &hexPrinter{o}, nil
	case JSON:
		o.stamp = stampJSON
		return &jsonPrinter{o}, nil
	case TreeHex:
		o.stamp = stampTitle
		return &treeHexPrinter{treePrinter{o}, hexPrinter{output{}}}, nil
	}
	return nil, fmt.Errorf("report: mode %d not implemented", mode)
}

// output is what every printer has: the writer, the buffer a packet is
// rendered into, and scratch space for decoded text. Both are reused.
type output struct {
	w     io.Writer
	buf   []byte
	text  []byte
	stamp stampCache // the packets' times
}

// write hands one packet's rendering to the writer and keeps the buffer.
func (o *output) write(b []byte) error {
	o.buf = b
	_, err := o.w.Write(b)
	return err
}

// decode turns Windows-1252 text into UTF-8 in the scratch buffer.
func (o *output) decode(data []byte) []byte {
	o.text = dissect.AppendText(o.text[:0], data)
	return o.text
}
