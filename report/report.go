// Package report renders decoded packets: one line each, a field tree, an
// annotated hex dump or JSON lines. Renderers append to a reused buffer and
// write once per packet.
package report

import (
	"fmt"
	"io"

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
}

// Mode is an output format.
type Mode uint8

const (
	Lines Mode = iota // one line per packet
	Tree              // -V
	Hex               // -x
	JSON              // -T json
)

// Printer writes records as they come.
type Printer interface {
	Print(r *Record) error
}

// New returns the printer for mode, writing to w.
func New(mode Mode, w io.Writer) (Printer, error) {
	switch mode {
	case Lines:
		return &linePrinter{w: w}, nil
	case JSON:
		return &jsonPrinter{w: w}, nil
	}
	return nil, fmt.Errorf("report: mode %d not implemented", mode)
}
