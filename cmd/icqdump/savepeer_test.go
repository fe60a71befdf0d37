package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/golden"
)

// notes are the bracketed notes of the line output: cross references and
// warnings differ once a file holds only some of a stream's packets.
var notes = regexp.MustCompile(` \[[^\]]*\]`)

func withoutNotes(out []byte) []byte {
	return []byte(strings.Join(withoutFrameNumbers([]byte(notes.ReplaceAllString(string(out), ""))), "\n"))
}

// -w with --command or --uin writes the frames of the packets shown and
// the handshake and teardown of their connections; never a peer stream
// none of whose packets is shown (analyzer-sessions holds one, between
// Anna and Björn).
func TestWritePeerStreamsShownOnly(t *testing.T) {
	file := scenarioFile(t, "analyzer-sessions")
	tests := []struct {
		args   []string
		frames int // in the file written
	}{
		{[]string{"--command", "LOGIN"}, 2},
		{[]string{"--uin", "2345678"}, 4}, // Carl has no peer stream
		// The 4 messages, SYN, SYN-ACK, ACK, and FIN, FIN, ACK; not
		// CHANNEL_INIT nor the CHANNEL_ACKs.
		{[]string{"--command", "CHANNEL_MESSAGE"}, 4 + 3 + 3},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			cut := filepath.Join(t.TempDir(), "cut.pcap")
			shown := runOK(t, append([]string{"-r", file, "-w", cut}, tt.args...)...)
			if n := len(captureFrames(t, readFile(t, cut))); n != tt.frames {
				t.Errorf("%d frames written, want %d", n, tt.frames)
			}
			// Without its CHANNEL_INIT, the stream is known by its port.
			got := runOK(t, "-r", cut, "--peer-port", "1029")
			if !slices.Equal(withoutNotes(got), withoutNotes(shown)) {
				t.Errorf("the file written reads as other packets than those shown:\n%s", golden.FirstDifference(withoutNotes(got), withoutNotes(shown)))
			}
		})
	}
}
