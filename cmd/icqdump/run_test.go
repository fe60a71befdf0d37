package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	notCapture := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notCapture, []byte("ICQ is the best, says my friend\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no-such.pcap")
	tests := []struct {
		name      string
		args      []string
		code      int
		stderrHas []string
	}{
		{"no -r", nil, exitUsage, []string{"no capture to read", "Try 'icqdump --help'"}},
		{"unknown flag", []string{"-r", micqCapture, "--frobnicate"}, exitUsage, []string{"unknown flag: --frobnicate", "Try 'icqdump --help'"}},
		{"unknown format", []string{"-r", micqCapture, "-T", "xml"}, exitUsage, []string{`"xml"`, "Try 'icqdump --help'"}},
		{"missing file", []string{"-r", missing}, exitInput, []string{missing}},
		{"not a capture", []string{"-r", notCapture}, exitInput, []string{notCapture, "not a"}},
		{"help", []string{"--help"}, exitOK, []string{"--read", "--count"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			for _, s := range tt.stderrHas {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr does not say %q:\n%s", s, stderr.String())
				}
			}
			if tt.code != exitOK && stdout.Len() > 0 {
				t.Errorf("stdout not empty on error:\n%s", stdout.String())
			}
		})
	}
}

func TestCountStopsAfterN(t *testing.T) {
	for _, m := range outputModes {
		t.Run(m.ext, func(t *testing.T) {
			all := runOK(t, append([]string{"-r", micqCapture}, m.args...)...)
			three := runOK(t, append([]string{"-r", micqCapture, "-c", "3"}, m.args...)...)
			if len(three) == 0 || len(three) >= len(all) || !bytes.HasPrefix(all, three) {
				t.Fatalf("-c 3 printed %d of %d bytes, not the start of the full output", len(three), len(all))
			}
			frames := bytes.Count(three, []byte("\n"))
			if m.ext == "V.txt" || m.ext == "x.txt" {
				frames = bytes.Count(three, []byte("\nFrame ")) + 1
			}
			if frames != 3 {
				t.Errorf("-c 3 printed %d packets:\n%s", frames, three)
			}
		})
	}
}

// A capture that ends inside a record: every packet before the damage is
// printed, then the error, naming the file, and exit 1.
func TestDamagedCapturePrintsWhatItCan(t *testing.T) {
	whole, err := os.ReadFile(micqCapture)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(t.TempDir(), "cut.pcap")
	if err := os.WriteFile(cut, whole[:len(whole)-10], 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-r", cut}, nil, &stdout, &stderr); code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	full := runOK(t, "-r", micqCapture)
	lines := bytes.Count(full, []byte("\n"))
	if got := bytes.Count(stdout.Bytes(), []byte("\n")); got != lines-1 || !bytes.HasPrefix(full, stdout.Bytes()) {
		t.Errorf("printed %d lines before the damage, want the first %d", got, lines-1)
	}
	if !strings.Contains(stderr.String(), cut) {
		t.Errorf("stderr does not name %s: %s", cut, stderr.String())
	}
}
