package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/golden"
	"github.com/icqdump/icqdump/internal/scenarios"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

const (
	goldenDir   = "../../testdata/golden"
	micqCapture = "../../testdata/micq-0.2.5-session.pcap"
	v5Capture   = "../../testdata/icqgen-v5.pcap" // icqgen --protocol 5 --clients 3 --duration 5m
)

// outputModes are the four per-packet outputs, by golden file extension.
var outputModes = []struct {
	ext  string
	args []string
}{
	{"txt", nil},
	{"V.txt", []string{"-V"}},
	{"x.txt", []string{"-x"}},
	{"json", []string{"-T", "json"}},
}

// goldenCapture is a capture file to render, with the flags it needs.
type goldenCapture struct {
	name string
	file string
	args []string
}

// goldenCaptures returns the real mICQ session and every scenario, written
// to dir.
func goldenCaptures(t *testing.T) []goldenCapture {
	caps := []goldenCapture{{name: "micq-0.2.5-session", file: micqCapture}, {name: "icqgen-v5", file: v5Capture}}
	dir := t.TempDir()
	for _, s := range scenarios.All() {
		file := filepath.Join(dir, s.Name+".pcap")
		if err := os.WriteFile(file, s.Pcap, 0o644); err != nil {
			t.Fatal(err)
		}
		caps = append(caps, goldenCapture{name: s.Name, file: file, args: s.Args})
	}
	return caps
}

// TestGolden renders every capture in every output mode and compares the
// output with testdata/golden/<name>.<mode>; -update rewrites the files.
func TestGolden(t *testing.T) {
	for _, c := range goldenCaptures(t) {
		for _, m := range outputModes {
			name := c.name + "." + m.ext
			t.Run(name, func(t *testing.T) {
				args := append([]string{"-r", c.file}, c.args...)
				got := runOK(t, append(args, m.args...)...)
				if m.ext == "json" {
					checkJSONLines(t, got)
				}
				compareGolden(t, filepath.Join(goldenDir, name), got)
			})
		}
	}
}

// runOK runs icqdump and fails the test unless it succeeds without a word on
// stderr.
func runOK(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK || stderr.Len() > 0 {
		t.Fatalf("icqdump %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Compare(t, path, got, *update, "go test ./cmd/icqdump -update")
}

// checkJSONLines checks that every line is one JSON object with the keys of
// the contract.
func checkJSONLines(t *testing.T, out []byte) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, line := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		for _, key := range []string{"frame", "time", "src", "dst", "transport", "direction", "fields", "issues"} {
			if _, ok := obj[key]; !ok {
				t.Errorf("line %d has no %q: %s", i+1, key, line)
			}
		}
	}
}
