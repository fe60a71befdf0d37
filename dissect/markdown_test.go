package dissect

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// update rewrites the golden files under testdata/ from what the code makes
// now: go test ./dissect -update. Other golden tests in this package use it too.
var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestMarkdownGolden(t *testing.T) {
	got := Markdown()
	path := filepath.Join("testdata", "commands.md")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./dissect -update writes it)", err)
	}
	if got != string(want) {
		t.Errorf("Markdown() differs from %s; if the change is meant, run go test ./dissect -update\n%s",
			path, firstDifference(got, string(want)))
	}
}

// firstDifference shows the first line where got and want part.
func firstDifference(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + gl + "\n want " + wl
		}
	}
	return ""
}
