package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/engine"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// fakeTerminals makes the writers given terminals, and files larger than
// 1 KiB big, for the test.
func fakeTerminals(t *testing.T, terminals ...io.Writer) {
	oldIs, oldMin := engine.IsTerminal, engine.ProgressMinSize
	t.Cleanup(func() { engine.IsTerminal, engine.ProgressMinSize = oldIs, oldMin })
	engine.IsTerminal = func(w io.Writer) bool {
		for _, x := range terminals {
			if w == x {
				return true
			}
		}
		return false
	}
	engine.ProgressMinSize = 1 << 10
}

// micqTimes writes the mICQ capture n times over to a file: 56n packets.
func micqTimes(t *testing.T, name string, n int) string {
	frames := captureFrames(t, readFile(t, micqCapture))
	var many []pcaptest.Frame
	for range n {
		many = append(many, frames...)
	}
	return writeTemp(t, name, pcaptest.Pcap(layers.LinkTypeEthernet, many...))
}

// A large file read with stderr on a terminal gets a progress line,
// erased at the end; not when stderr is no terminal, nor when the packets
// are printed on the terminal.
func TestProgress(t *testing.T) {
	big := micqTimes(t, "big.pcap", 20)
	small := writeTemp(t, "small.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, captureFrames(t, readFile(t, micqCapture))[:5]...))
	tests := []struct {
		name      string
		args      []string
		terminals string // which of stdout and stderr are terminals
		progress  bool
	}{
		{"stderr a terminal", []string{"-r", big}, "stderr", true},
		{"check", []string{"check", "-r", big}, "stderr", true},
		{"both terminals, -q", []string{"-r", big, "-q"}, "both", true},
		{"both terminals", []string{"-r", big}, "both", false},
		{"no terminal", []string{"-r", big}, "", false},
		{"small file", []string{"-r", small}, "stderr", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			switch tt.terminals {
			case "stderr":
				fakeTerminals(t, &stderr)
			case "both":
				fakeTerminals(t, &stdout, &stderr)
			default:
				fakeTerminals(t)
			}
			code := run(tt.args, nil, &stdout, &stderr)
			if code != exitOK && code != exitCheckFound {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			err := stderr.String()
			drawn := strings.Contains(err, "\r\x1b[K") && strings.Contains(err, "% of "+big)
			erased := strings.Contains(err, "\x1b[1A\r\x1b[J")
			if drawn != tt.progress || erased != tt.progress || !tt.progress && strings.Contains(err, "\x1b") {
				t.Errorf("progress drawn %v, erased %v, want %v; stderr %q", drawn, erased, tt.progress, err)
			}
			if strings.Contains(stdout.String(), "\x1b") {
				t.Errorf("stdout has the progress line")
			}
		})
	}
}

// Several captures read in parallel get a progress line each.
func TestProgressSeveral(t *testing.T) {
	a, b := micqTimes(t, "a.pcap", 20), micqTimes(t, "b.pcap", 20)
	var stdout, stderr bytes.Buffer
	fakeTerminals(t, &stderr)
	if code := run([]string{"-r", a, "-r", b}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if err := stderr.String(); !strings.Contains(err, "% of "+a) || !strings.Contains(err, "% of "+b) || !strings.HasSuffix(err, "\r\x1b[J") {
		t.Errorf("stderr %q", err)
	}
}
