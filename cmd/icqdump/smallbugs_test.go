package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The reports of analyzer-sessions: Anna sends Björn two real messages,
// he acknowledges each (the CHANNEL_ACK carries the auto reply; the first
// also gets a CHANNEL_MESSAGE auto reply) and sends her one she
// acknowledges.
func TestReportFixes(t *testing.T) {
	file := scenarioFile(t, "analyzer-sessions")
	report := func(args ...string) string {
		code, out, _ := runArgs(append([]string{"-r", file, "-q", "-z"}, args...)...)
		if code != exitOK {
			t.Fatalf("-z %v: exit %d", args, code)
		}
		return out
	}
	t.Run("peers counts auto replies from CHANNEL_ACK, once per message", func(t *testing.T) {
		var line struct {
			Peers []struct {
				AutoReplies [2]int `json:"auto_replies"`
			} `json:"peers"`
		}
		out := report("peers", "-T", "json")
		if err := json.Unmarshal([]byte(out), &line); err != nil || len(line.Peers) != 1 || line.Peers[0].AutoReplies != [2]int{1, 2} {
			t.Errorf("%v: %s", err, out)
		}
	})
	t.Run("commands shows no code for CHANNEL_INIT", func(t *testing.T) {
		text, js := report("commands"), report("commands", "-T", "json")
		if !strings.Contains(text, " p2p | -      | CHANNEL_INIT ") || !strings.Contains(js, `{"direction":"p2p","command":"CHANNEL_INIT",`) {
			t.Errorf("text:\n%s\njson:\n%s", text, js)
		}
	})
	t.Run("one duration format", func(t *testing.T) {
		text := report("sessions")
		if !strings.Contains(text, " 2m29.999s ") || !strings.Contains(text, " every 2m00.000s ") {
			t.Errorf("sessions:\n%s", text)
		}
	})
}
