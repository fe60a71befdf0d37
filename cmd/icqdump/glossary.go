package main

import (
	"bufio"
	"fmt"
	"io"

	"github.com/icqdump/icqdump/catalog"
)

// writeGlossary is -G fields: the catalogue as tshark -G fields prints its
// own, one protocol (P) or field (F) a line, the columns tab-separated.
func writeGlossary(stdout, stderr io.Writer) int {
	w := bufio.NewWriter(stdout)
	if err := catalog.WriteGlossary(w, catalog.All()); err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	return exitOK
}
