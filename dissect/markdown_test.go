package dissect

import (
	"flag"
	"path/filepath"
	"testing"

	"github.com/icqdump/icqdump/internal/golden"
)

// update rewrites the golden files under testdata/ from what the code makes
// now: go test ./dissect -update. Other golden tests in this package use it too.
var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestMarkdownGolden(t *testing.T) {
	golden.Compare(t, filepath.Join("testdata", "commands.md"), []byte(Markdown()), *update, "go test ./dissect -update")
}
