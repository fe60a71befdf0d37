package report

import (
	"go/build"
	"path/filepath"
	"strings"
	"testing"
)

const module = "github.com/icqdump/icqdump/"

// TestReportDoesNotImportCheck keeps the layers flowing one way: report
// renders packets and summaries, and check's findings are checkreport's,
// so neither report nor anything it imports may import check.
func TestReportDoesNotImportCheck(t *testing.T) {
	seen := map[string]bool{}
	var walk func(dir, path string)
	walk = func(dir, path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		pkg, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range pkg.Imports {
			if !strings.HasPrefix(imp, module) {
				continue
			}
			if imp == module+"check" {
				t.Errorf("%s imports %s", path, imp)
			}
			walk(filepath.Join("..", strings.TrimPrefix(imp, module)), imp)
		}
	}
	walk(".", module+"report")
	if len(seen) < 3 {
		t.Fatalf("walked only %v: the walk is broken", seen)
	}
}
