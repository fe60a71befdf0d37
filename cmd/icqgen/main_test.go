package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
)

func runArgs(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = run(args, &out, &errs)
	return code, out.String(), errs.String()
}

func TestHelp(t *testing.T) {
	code, out, errs := runArgs("--help")
	if code != exitOK || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"Usage: icqgen", "--clients", "--duration", "--seed", "--write", "--pcapng", "--loss", "--reorder", "--split", "--session", "--away", "--one-ip", "--start"} {
		if !strings.Contains(errs, want) {
			t.Errorf("help lacks %q:\n%s", want, errs)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{nil, "no output file: give -w FILE"},
		{[]string{"-w"}, "flag needs an argument"},
		{[]string{"--bogus", "-w", "-"}, "unknown flag: --bogus"},
		{[]string{"--clients", "0", "-w", "-"}, "clients must be between 1 and 1000000, not 0"},
		{[]string{"--clients", "many", "-w", "-"}, "invalid argument \"many\""},
		{[]string{"--duration", "-1s", "-w", "-"}, "duration must be positive"},
		{[]string{"--loss", "1.5", "-w", "-"}, "loss must be a probability between 0 and 1, not 1.5"},
		{[]string{"--reorder", "-0.1", "-w", "-"}, "reorder must be a probability"},
		{[]string{"--start", "yesterday", "-w", "-"}, "--start \"yesterday\" is not an RFC 3339 time"},
		{[]string{"-w", "-", "extra"}, "unexpected argument \"extra\""},
	}
	for _, tt := range tests {
		code, out, errs := runArgs(tt.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, tt.want) || !strings.Contains(errs, "Try 'icqgen --help'") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

func TestStdout(t *testing.T) {
	start := "2001-02-03T04:05:06Z"
	code, out, errs := runArgs("--clients", "3", "--duration", "3m", "--start", start, "-q", "-w", "-")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	r, err := capture.NewReader(strings.NewReader(out), "stdout", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	first, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	begin, _ := time.Parse(time.RFC3339, start)
	if first.Time.Before(begin) || first.Time.After(begin.Add(3*time.Minute)) {
		t.Errorf("first packet at %v, want within 3m of %v", first.Time, begin)
	}
}

func TestFileAndDeterminism(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, extra ...string) []byte {
		path := filepath.Join(dir, name)
		args := append([]string{"--clients", "5", "--duration", "5m", "--seed", "42", "-w", path}, extra...)
		code, _, errs := runArgs(args...)
		if code != exitOK || !strings.HasPrefix(errs, "icqgen: ") || !strings.Contains(errs, " frames (") {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errs)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	a, b := write("a.pcap"), write("b.pcap")
	if !bytes.Equal(a, b) || !bytes.HasPrefix(a, []byte{0xD4, 0xC3, 0xB2, 0xA1}) {
		t.Error("the same flags gave different pcap files, or not pcap")
	}
	ng, ng2 := write("a.pcapng", "--pcapng"), write("b.pcapng", "--pcapng")
	if !bytes.Equal(ng, ng2) || !bytes.HasPrefix(ng, []byte{0x0A, 0x0D, 0x0D, 0x0A}) {
		t.Error("the same flags gave different pcapng files, or not pcapng")
	}
}

// --frames N writes the first N frames of the capture the same flags write
// without it, so that a benchmark can compare a prefix with the whole.
func TestFramesPrefix(t *testing.T) {
	args := []string{"--clients", "20", "--duration", "10m", "-q", "-w", "-"}
	_, whole, _ := runArgs(args...)
	code, prefix, errs := runArgs(append(args, "--frames", "300")...)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d: %s", code, errs)
	}
	r, err := capture.NewReader(strings.NewReader(prefix), "prefix", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := r.Next(); err != nil {
			break
		}
	}
	if n := r.Stats().Frames; n != 300 {
		t.Errorf("%d frames, want 300", n)
	}
	if len(prefix) >= len(whole) || !strings.HasPrefix(whole, prefix) {
		t.Errorf("the %d bytes of --frames 300 are not a prefix of the %d bytes without it", len(prefix), len(whole))
	}
}

func TestUnwritable(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "dir", "x.pcap")
	code, _, errs := runArgs("-w", path)
	if code != exitOutput || !strings.Contains(errs, "icqgen: ") || !strings.Contains(errs, "no such file or directory") {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

// A write error (a full disk, a closed pipe) is reported with exit 1.
func TestWriteError(t *testing.T) {
	var errs bytes.Buffer
	code := run([]string{"--clients", "5", "--duration", "5m", "-w", "-"}, failingWriter{}, &errs)
	if code != exitOutput || errs.String() != "icqgen: -: disk full\n" {
		t.Fatalf("exit %d, stderr %q", code, errs.String())
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
