package main

import (
	"strings"
	"testing"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// A capture with no ICQ packet says so on stderr, and what it held
// instead; frames of a link type icqdump does not decode are always said.
func TestSayWhatWasRead(t *testing.T) {
	frames := captureFrames(t, readFile(t, micqCapture))
	mixed := append(frames, pcaptest.Frame{Time: pcaptest.Base, Data: []byte("not a frame we know"), Link: layers.LinkType(147)})
	mixedFile := writeTemp(t, "mixed.pcapng", pcaptest.Pcapng(mixed...))
	unsupported := micqWith(t, func(b []byte) []byte { b[20] = 147; return b })
	tests := []struct {
		name   string
		args   []string
		stdout int // lines
		stderr string
	}{
		{"ICQ on another port", []string{"-r", micqCapture, "--server-port", "5000"}, 0,
			"icqdump: " + micqCapture + ": no ICQ packet in 56 frames (56 Ethernet) on UDP port 5000\n" +
				"icqdump: 54 datagrams on UDP port 4000 look like ICQ v2: try --server-port 4000\n"},
		{"no ICQ", []string{"-r", noICQCapture(t)}, 0, ": no ICQ packet in 1 frames (1 Ethernet) on UDP port 4000\n"},
		{"unsupported link", []string{"-r", unsupported}, 0,
			": 56 of 56 frames are of a link type icqdump does not decode (link type 147): it decodes Ethernet, raw IP, Linux cooked (SLL, SLL2) and BSD loopback\n" +
				"icqdump: " + unsupported + ": no ICQ packet in 56 frames (56 link type 147) on UDP port 4000\n"},
		{"some frames unsupported", []string{"-r", mixedFile}, 56,
			": 1 of 57 frames are of a link type icqdump does not decode (link type 147): it decodes Ethernet, raw IP, Linux cooked (SLL, SLL2) and BSD loopback\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runArgs(tt.args...)
			if code != exitOK || len(lines([]byte(out))) != tt.stdout || !strings.HasSuffix(stderr, tt.stderr) || !strings.HasPrefix(stderr, "icqdump: ") {
				t.Errorf("exit %d, %d lines; stderr:\n%s\nwant it to end with:\n%s", code, len(lines([]byte(out))), stderr, tt.stderr)
			}
		})
	}
	// Several captures: each says its own.
	code, _, stderr := runArgs("-r", micqCapture, "-r", unsupported)
	if code != exitOK || strings.Count(stderr, "no ICQ packet") != 1 || !strings.Contains(stderr, unsupported+": 56 of 56 frames") {
		t.Errorf("two captures: exit %d, stderr:\n%s", code, stderr)
	}
}
