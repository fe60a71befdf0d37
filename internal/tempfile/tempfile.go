// Package tempfile makes the temporary files icqdump keeps what waits to
// be written in (the reports' spools, the output of several captures).
package tempfile

import (
	"fmt"
	"os"
)

// Create creates a temporary file in the temporary folder ($TMPDIR) and
// removes its name at once: the open file lives until it is closed, and a
// run that is killed leaves nothing behind.
func Create(pattern string) (*os.File, error) {
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return nil, fmt.Errorf("a temporary file in %s (TMPDIR): %w", os.TempDir(), err)
	}
	if err := os.Remove(f.Name()); err != nil {
		f.Close()
		return nil, fmt.Errorf("a temporary file in %s (TMPDIR): %w", os.TempDir(), err)
	}
	return f, nil
}
