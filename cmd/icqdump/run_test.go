package main

import (
	"bytes"
	"encoding/binary"
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
			// -c 3 reads three packets, as if the capture ended there: cross
			// references to later packets are not known.
			endsThere := runOK(t, append([]string{"-r", firstFrames(t, micqCapture, 3)}, m.args...)...)
			three := runOK(t, append([]string{"-r", micqCapture, "-c", "3"}, m.args...)...)
			if len(three) == 0 || !bytes.Equal(three, endsThere) {
				t.Fatalf("-c 3 printed %d bytes, not what the first three frames alone give:\n%s", len(three), three)
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
	const before = 55 // the frames before the damaged one
	if want := runOK(t, "-r", firstFrames(t, micqCapture, before)); !bytes.Equal(stdout.Bytes(), want) {
		t.Errorf("printed %d lines before the damage, want the %d of the first %d frames",
			bytes.Count(stdout.Bytes(), []byte("\n")), bytes.Count(want, []byte("\n")), before)
	}
	if !strings.Contains(stderr.String(), cut) {
		t.Errorf("stderr does not name %s: %s", cut, stderr.String())
	}
}

// firstFrames writes the first n frames of a classic little-endian pcap file
// to a new file: the capture as it would be had it ended there.
func firstFrames(t *testing.T, path string, n int) string {
	t.Helper()
	whole, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	const fileHeader, recordHeader = 24, 16
	end := fileHeader
	for i := 0; i < n; i++ {
		end += recordHeader + int(binary.LittleEndian.Uint32(whole[end+8:]))
	}
	out := filepath.Join(t.TempDir(), "first.pcap")
	if err := os.WriteFile(out, whole[:end], 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
