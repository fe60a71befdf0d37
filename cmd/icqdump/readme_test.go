package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/scenarios"
)

// readmeCaptures are the scenario captures the README's examples read,
// kept in testdata/ so that a reader can run them.
var readmeCaptures = []string{"udp-commands", "peer-session", "analyzer-sessions"}

// TestReadmeCaptures keeps testdata/NAME.pcap equal to the scenarios;
// `go test ./cmd/icqdump -update` writes them.
func TestReadmeCaptures(t *testing.T) {
	for _, name := range readmeCaptures {
		path := filepath.Join("..", "..", "testdata", name+".pcap")
		want := scenarios.Get(t, name).Pcap
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != string(want) {
			t.Errorf("%s differs from the scenario (%v): run go test ./cmd/icqdump -update", path, err)
		}
	}
}

// readmeExample is a command of the README's examples ("$ icqdump ...")
// and the output shown under it.
type readmeExample struct {
	line  int // of the command in the README
	args  []string
	shown []string
}

// readmeExamples finds the examples: in a code block, a line "$ icqdump
// ARGS" and the lines under it, to the next command or the block's end.
func readmeExamples(t *testing.T) []readmeExample {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	var list []readmeExample
	inBlock, collecting := false, false
	for i, l := range strings.Split(string(raw), "\n") {
		switch {
		case strings.HasPrefix(l, "```"):
			inBlock, collecting = !inBlock, false
		case !inBlock:
		case strings.HasPrefix(l, "$ "):
			args := strings.Fields(l[2:])
			if collecting = args[0] == "icqdump"; collecting {
				list = append(list, readmeExample{line: i + 1, args: args[1:]})
			}
		case collecting:
			e := &list[len(list)-1]
			e.shown = append(e.shown, l)
		}
	}
	return list
}

// TestReadmeExamples runs every example of the README from the
// repository's root, and finds what it shows in what icqdump writes
// (standard output, then standard error), line by line, trailing spaces
// aside: "..." stands for lines left out; without one at the start (the
// end), the output starts (ends) as shown.
func TestReadmeExamples(t *testing.T) {
	examples := readmeExamples(t)
	if len(examples) < 9 {
		t.Fatalf("%d examples found in the README", len(examples))
	}
	t.Chdir("../..")
	for _, e := range examples {
		t.Run(strconv.Itoa(e.line), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			run(e.args, strings.NewReader(""), &stdout, &stderr)
			got := trimmedLines(stdout.String() + stderr.String())
			if where := findShown(got, e.shown); where != "" {
				t.Errorf("README line %d, icqdump %s: %s; it writes:\n%s", e.line, strings.Join(e.args, " "), where, strings.Join(got, "\n"))
			}
		})
	}
}

func trimmedLines(s string) []string {
	ls := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range ls {
		ls[i] = strings.TrimRight(l, " ")
	}
	return ls
}

// findShown says where the shown lines are not found in got, or "".
func findShown(got, shown []string) string {
	shown = trimmedLines(strings.Join(shown, "\n"))
	at := 0
	anchored := true // the next run starts where the previous ended
	for i := 0; i < len(shown); {
		if shown[i] == "..." {
			anchored = false
			i++
			continue
		}
		j := i
		for j < len(shown) && shown[j] != "..." {
			j++
		}
		run := shown[i:j]
		k := at
		for ; k+len(run) <= len(got); k++ {
			if slices.Equal(got[k:k+len(run)], run) || anchored {
				break
			}
		}
		if k+len(run) > len(got) || !slices.Equal(got[k:k+len(run)], run) {
			return fmt.Sprintf("the %d lines from shown line %d (%q) are not in the output where shown", len(run), i+1, run[0])
		}
		at, anchored, i = k+len(run), true, j
	}
	if anchored && at != len(got) {
		return fmt.Sprintf("%d lines more than shown", len(got)-at)
	}
	return ""
}

// TestReadmeCommands runs the README's commands that show no output (in
// sh blocks) and read a capture of testdata/, without a pipe: each exits
// 0 (1 for a check that finds something) and prints something.
func TestReadmeCommands(t *testing.T) {
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	var commands [][]string
	inSh := false
	for _, l := range strings.Split(string(raw), "\n") {
		switch {
		case l == "```sh":
			inSh = true
		case strings.HasPrefix(l, "```"):
			inSh = false
		case inSh && strings.HasPrefix(l, "icqdump ") && strings.Contains(l, "testdata/"):
			l, _, _ = strings.Cut(l, "#")
			if !strings.Contains(l, "|") {
				commands = append(commands, strings.Fields(l)[1:])
			}
		}
	}
	if len(commands) < 5 {
		t.Fatalf("%d commands found", len(commands))
	}
	t.Chdir("../..")
	for _, args := range commands {
		logDir := redirectLogDir(t, args)
		var stdout, stderr bytes.Buffer
		code := run(args, strings.NewReader(""), &stdout, &stderr)
		printed := stdout.Len() > 0 || logDir != "" && dirHasFiles(t, logDir)
		if code != exitOK && !(args[0] == "check" && code == exitCheckFound) || !printed {
			t.Errorf("icqdump %s: exit %d, %d bytes out; stderr:\n%s", strings.Join(args, " "), code, stdout.Len(), stderr.String())
		}
	}
}

// redirectLogDir points a command's --log-dir at a temporary folder, so
// that the README's examples write nothing into the source tree; it
// returns that folder, or "" when the command writes no logs.
func redirectLogDir(t *testing.T, args []string) string {
	i := slices.Index(args, "--log-dir")
	if i < 0 || i+1 >= len(args) {
		return ""
	}
	args[i+1] = t.TempDir()
	return args[i+1]
}

func dirHasFiles(t *testing.T, dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return len(entries) > 0
}
