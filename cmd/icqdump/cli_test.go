package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/golden"
)

// runArgs runs icqdump and returns its exit status and outputs.
func runArgs(args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// Usage errors a tcpdump or tshark habit runs into: each says what to do
// instead, on stderr, and exits 2 with nothing on stdout.
func TestHabitUsageErrors(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		stderrHas []string
	}{
		{"a tcpdump filter expression", []string{"-r", micqCapture, "udp", "port", "9999"},
			[]string{`unexpected argument "udp"`, "--host ADDR", "--uin N", "--command NAME"}},
		{"-c 0", []string{"-r", micqCapture, "-c", "0"}, []string{"-c 0: give the number of packets to show, 1 or more"}},
		{"-c -1", []string{"-r", micqCapture, "-c", "-1"}, []string{"-c -1"}},
		{"-T json -V", []string{"-r", micqCapture, "-T", "json", "-V"}, []string{"-T json holds every field and the bytes"}},
		{"-T json -x", []string{"-r", micqCapture, "-x", "-T", "json"}, []string{"-T json holds every field and the bytes"}},
		{"-q -V", []string{"-r", micqCapture, "-q", "-V"}, []string{"-q prints no packets: give it without -V and -x"}},
		{"-q -x", []string{"-r", micqCapture, "-q", "-x", "-z", "acks"}, []string{"-q prints no packets"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runArgs(tt.args...)
			if code != exitUsage || out != "" {
				t.Errorf("exit %d, want %d; stdout %q", code, exitUsage, out)
			}
			for _, s := range append(tt.stderrHas, "Try 'icqdump --help'") {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr does not say %q:\n%s", s, stderr)
				}
			}
		})
	}
	if code, _, stderr := runCheckArgs("-r", micqCapture, "-c", "0"); code != exitCheckError || !strings.Contains(stderr, "-c 0") {
		t.Errorf("check -c 0: exit %d, stderr %q", code, stderr)
	}
}

// -V -x prints each packet's tree, then its annotated bytes, as tshark does.
func TestTreeThenHex(t *testing.T) {
	tree := string(runOK(t, "-r", micqCapture, "-V", "-c", "2"))
	hex := string(runOK(t, "-r", micqCapture, "-x", "-c", "2"))
	both := string(runOK(t, "-r", micqCapture, "-V", "-x", "-c", "2"))
	treePackets, hexPackets := strings.Split(tree, "\n\n"), strings.Split(hex, "\n\n")
	var want strings.Builder
	for i := range 2 {
		// The hex's title and cross references are the tree's already.
		_, rows, _ := strings.Cut(hexPackets[i], "\n  0000")
		want.WriteString(treePackets[i] + "\n  0000" + rows + "\n\n")
	}
	if both != want.String() {
		t.Errorf("-V -x:\n%s\nwant:\n%s", both, want.String())
	}
}

// --help goes to stdout, fits 80 columns, lists every flag, and shows a
// boolean flag without an argument; so does icqdump check --help.
func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"-h"}, {"check", "--help"}} {
		code, out, stderr := runArgs(args...)
		if code != exitOK || stderr != "" || !strings.HasPrefix(out, "Usage: ") && !strings.HasPrefix(out, "Usage:\n") {
			t.Fatalf("%v: exit %d, stderr %q, stdout:\n%s", args, code, stderr, out)
		}
		for i, l := range strings.Split(out, "\n") {
			if n := len([]rune(l)); n > 80 {
				t.Errorf("%v: line %d is %d columns: %s", args, i+1, n, l)
			}
		}
		if strings.Contains(out, "[=") || !strings.Contains(out, "--rules ") && args[0] == "check" {
			t.Errorf("%v:\n%s", args, out)
		}
	}
	_, out, _ := runArgs("--help")
	for _, f := range []string{"  -x, --hex  ", "  -V, --verbose  ", "  -n, --numeric  ", "  -l, --line-buffered  ",
		"  -t, --time FORMAT  ", "      --version  ", "  -c, --count N  "} {
		if !strings.Contains(out, f) {
			t.Errorf("--help does not show %q:\n%s", f, out)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, stderr := runArgs("--version")
	if code != exitOK || stderr != "" || !strings.HasPrefix(out, "icqdump ") || !strings.Contains(out, "go1.") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, stderr %q, stdout %q", code, stderr, out)
	}
}

// -n changes nothing: icqdump never resolves names.
func TestNumericAccepted(t *testing.T) {
	if got, want := runOK(t, "-r", micqCapture, "-n"), runOK(t, "-r", micqCapture); !bytes.Equal(got, want) {
		t.Errorf("-n changed the output:\n%s", golden.FirstDifference(got, want))
	}
}

// -t shows times as tshark's -t does; the default is the time of day.
func TestTimeFormats(t *testing.T) {
	// Frames 2, 4 and 9 are the first three ACKs; frame 1 the first packet.
	tests := []struct {
		format string
		want   []string
	}{
		{"a", []string{"01:35:15.400817", "01:35:15.404655", "01:35:15.404783"}},
		{"ad", []string{"2026-11-25 01:35:15.400817", "2026-11-25 01:35:15.404655", "2026-11-25 01:35:15.404783"}},
		{"r", []string{"0.000403", "0.004241", "0.004369"}},
		{"d", []string{"0.000403", "0.003827", "0.000116"}},
		{"dd", []string{"0.000000", "0.003838", "0.000128"}},
		{"e", []string{"1795570515.400817", "1795570515.404655", "1795570515.404783"}},
	}
	for _, tt := range tests {
		var got []string
		for _, l := range lines(runOK(t, "-r", micqCapture, "--command", "ACK", "-c", "3", "-t", tt.format)) {
			_, rest, _ := strings.Cut(l, " ")
			stamp, _, _ := strings.Cut(rest, " 127.0.0.1")
			got = append(got, stamp)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("-t %s: %v, want %v", tt.format, got, tt.want)
		}
	}
	code, _, stderr := runArgs("-r", micqCapture, "-t", "ud")
	if code != exitUsage || !strings.Contains(stderr, `-t "ud": use a (time of day), ad`) {
		t.Errorf("-t ud: exit %d, stderr %q", code, stderr)
	}
}

// writeCounter counts the writes it gets.
type writeCounter struct {
	bytes.Buffer
	writes int
}

func (w *writeCounter) Write(p []byte) (int, error) { w.writes++; return w.Buffer.Write(p) }

// -l writes each packet as soon as it is printed.
func TestLineBuffered(t *testing.T) {
	for _, tt := range []struct {
		args   []string
		writes int
	}{{nil, 1}, {[]string{"-l"}, 56}} {
		var out writeCounter
		var stderr bytes.Buffer
		code := run(append([]string{"-r", micqCapture}, tt.args...), nil, &out, &stderr)
		if code != exitOK || out.writes != tt.writes || len(lines(out.Bytes())) != 56 {
			t.Errorf("%v: exit %d, %d writes, want %d; stderr %q", tt.args, code, out.writes, tt.writes, stderr.String())
		}
	}
}
