package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// runCheckArgs runs icqdump check and returns its exit status and outputs.
func runCheckArgs(args ...string) (int, string, string) {
	return runArgs(append([]string{"check"}, args...)...)
}

// writeCheckCapture writes the clean capture, changed by edit, to a file.
func writeCheckCapture(t *testing.T, edit func([]scenarios.CheckEvent)) string {
	t.Helper()
	events := scenarios.CheckClean()
	edit(events)
	pcap, _ := scenarios.CheckCapture(events)
	file := filepath.Join(t.TempDir(), "check.pcap")
	if err := os.WriteFile(file, pcap, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// editEvent changes the first event of a command.
func editEvent(dir dissect.Direction, cmd *dissect.Command, field dissect.FieldID, value any) func([]scenarios.CheckEvent) {
	return func(events []scenarios.CheckEvent) {
		i := slices.IndexFunc(events, func(ev scenarios.CheckEvent) bool { return ev.Dir == dir && ev.Cmd == cmd })
		events[i].Fields[field] = value
	}
}

type checkLine struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Frames   []uint64 `json:"frames"`
	UIN      uint32   `json:"uin"`
	Message  string   `json:"message"`
	Summary  *struct {
		Findings   int            `json:"findings"`
		BySeverity map[string]int `json:"by_severity"`
		ByRule     map[string]int `json:"by_rule"`
		FailOn     string         `json:"fail_on"`
		Failed     bool           `json:"failed"`
		MinPackets int            `json:"min_packets"`
		Nothing    bool           `json:"nothing_to_judge"`
		Checked    map[string]int `json:"checked"`
		Versions   []string       `json:"versions_judged"`
		Rules      int            `json:"rules_judged"`
	} `json:"summary"`
}

// checkJSON runs icqdump check -T json and parses its lines: one per
// finding, then the summary.
func checkJSON(t *testing.T, wantCode int, args ...string) ([]checkLine, checkLine) {
	t.Helper()
	code, out, stderr := runCheckArgs(append(args, "-T", "json")...)
	if code != wantCode {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, wantCode, stderr)
	}
	var lines []checkLine
	for i, s := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var l checkLine
		dec := json.NewDecoder(strings.NewReader(s))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&l); err != nil {
			t.Fatalf("line %d: %v\n%s", i+1, err, s)
		}
		lines = append(lines, l)
	}
	last := lines[len(lines)-1]
	if last.Summary == nil {
		t.Fatalf("the last line is no summary: %+v", last)
	}
	if stderr != "" && !last.Summary.Nothing { // stderr explains why nothing was judged
		t.Errorf("stderr:\n%s", stderr)
	}
	findings := lines[:len(lines)-1]
	for _, l := range findings {
		capture := strings.HasPrefix(l.Rule, "CAPTURE-") // about the capture itself: no frame
		if l.Summary != nil || l.Rule == "" || l.Frames == nil || len(l.Frames) == 0 && !capture || l.Message == "" {
			t.Errorf("not a finding: %+v", l)
		}
	}
	if last.Summary.Findings != len(findings) {
		t.Errorf("summary counts %d findings, %d were listed", last.Summary.Findings, len(findings))
	}
	return findings, last
}

func TestCheckCleanCapturePasses(t *testing.T) {
	file := writeCheckCapture(t, func([]scenarios.CheckEvent) {})
	for _, failOn := range []string{"error", "warning", "note"} {
		code, out, stderr := runCheckArgs("-r", file, "--fail-on", failOn)
		if code != exitOK || stderr != "" || !strings.Contains(out, "findings: 0") {
			t.Errorf("--fail-on %s: exit %d, stderr %q:\n%s", failOn, code, stderr, out)
		}
	}
	findings, summary := checkJSON(t, exitOK, "-r", file)
	if len(findings) != 0 || summary.Summary.Failed {
		t.Errorf("findings %v, summary %+v", findings, summary.Summary)
	}
}

// The mICQ capture's CONTACT_LISTs are each one byte short.
func TestCheckMICQ(t *testing.T) {
	findings, summary := checkJSON(t, exitCheckFound, "-r", micqCapture)
	var truncated []uint64
	for _, f := range findings {
		if f.Rule == "ICQ-TRUNCATED" {
			truncated = append(truncated, f.Frames...)
		}
	}
	if !slices.Equal(truncated, []uint64{7, 29}) {
		t.Errorf("ICQ-TRUNCATED at frames %v, want 7 and 29", truncated)
	}
	s := summary.Summary
	if !s.Failed || s.FailOn != "error" || s.ByRule["ICQ-TRUNCATED"] != 2 || s.BySeverity["error"] == 0 {
		t.Errorf("summary %+v", s)
	}
	// Only v2 packets were judged: the rules of other versions were not.
	judged := 0
	for _, r := range check.Rules {
		if r.Versions&(check.V2|check.OfCapture) != 0 {
			judged++
		}
	}
	if !slices.Equal(s.Versions, []string{"v2"}) || s.Rules != judged || judged == len(check.Rules) {
		t.Errorf("versions judged %q, rules judged %d, want v2 and %d", s.Versions, s.Rules, judged)
	}
}

// Exit 1 takes a finding at or above --fail-on.
func TestCheckFailOn(t *testing.T) {
	note := writeCheckCapture(t, editEvent(dissect.ClientToServer, dissect.CmdLogin, dissect.FX1, []byte{0x72, 0x00, 0x04, 0x00}))
	warning := writeCheckCapture(t, editEvent(dissect.ClientToServer, dissect.CmdStatusChange, dissect.FStatus, 0x13))
	tests := []struct {
		file, failOn string
		code         int
	}{
		{note, "error", exitOK},
		{note, "warning", exitOK},
		{note, "note", exitCheckFound},
		{warning, "error", exitOK},
		{warning, "warning", exitCheckFound},
		{warning, "note", exitCheckFound},
		{micqCapture, "error", exitCheckFound},
	}
	for _, tt := range tests {
		if code, out, stderr := runCheckArgs("-r", tt.file, "--fail-on", tt.failOn); code != tt.code || stderr != "" {
			t.Errorf("%s --fail-on %s: exit %d, want %d; stderr %q\n%s", filepath.Base(tt.file), tt.failOn, code, tt.code, stderr, out)
		}
	}
}

// --role judges one side: the server's reply to no request is its fault.
func TestCheckRole(t *testing.T) {
	file := writeCheckCapture(t, editEvent(dissect.ServerToClient, dissect.SrvInfoReply, dissect.FInfoSeqNum, 99))
	for _, tt := range []struct {
		role string
		code int
		n    int
	}{{"all", exitCheckFound, 1}, {"server", exitCheckFound, 1}, {"client", exitOK, 0}} {
		findings, summary := checkJSON(t, tt.code, "-r", file, "--role", tt.role)
		if len(findings) != tt.n || tt.n > 0 && findings[0].Rule != "ICQ-REPLY-SEQ" {
			t.Errorf("--role %s: %+v", tt.role, findings)
		}
		if summary.Summary.ByRule["ICQ-REPLY-SEQ"] != tt.n {
			t.Errorf("--role %s: summary %+v", tt.role, summary.Summary)
		}
	}
}

func TestCheckRules(t *testing.T) {
	code, out, stderr := runCheckArgs("--rules")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	code, js, _ := runCheckArgs("--rules", "-T", "json")
	lines := strings.Split(strings.TrimSuffix(js, "\n"), "\n")
	if code != exitOK || len(lines) != len(check.Rules) {
		t.Fatalf("--rules -T json: exit %d, %d lines for %d rules", code, len(lines), len(check.Rules))
	}
	for i, r := range check.Rules {
		if !strings.Contains(out, r.ID) || !strings.Contains(out, r.Summary) {
			t.Errorf("--rules does not list %s", r.ID)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(lines[i]), &got); err != nil || got["rule"] != r.ID || got["severity"] != r.Severity.String() ||
			fmt.Sprint(got["versions"]) != fmt.Sprint(r.Versions.Names()) {
			t.Errorf("--rules -T json line %d: %v %s", i+1, err, lines[i])
		}
	}
}

func TestCheckErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such.pcap")
	tests := []struct {
		name      string
		args      []string
		stderrHas string
	}{
		{"missing file", []string{"-r", missing}, missing},
		{"no capture", nil, "no capture to read"},
		{"unknown flag", []string{"-r", micqCapture, "--frobnicate"}, "Try 'icqdump check --help'"},
		{"bad role", []string{"-r", micqCapture, "--role", "peer"}, `no role "peer"`},
		{"bad severity", []string{"-r", micqCapture, "--fail-on", "fatal"}, `no severity "fatal"`},
		{"bad format", []string{"-r", micqCapture, "-T", "xml"}, `"xml"`},
		{"bad tolerance", []string{"-r", micqCapture, "--retransmit-tolerance", "soon"}, "retransmit-tolerance"},
		{"argument", []string{"-r", micqCapture, "extra"}, `unexpected argument "extra"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCheckArgs(tt.args...)
			if code != exitCheckError || !strings.Contains(stderr, tt.stderrHas) || out != "" {
				t.Errorf("exit %d, want %d; stdout %q; stderr does not say %q:\n%s", code, exitCheckError, out, tt.stderrHas, stderr)
			}
		})
	}
}

// TestCheckGolden compares icqdump check on the mICQ capture, as a table
// and as JSON lines, with testdata/golden/check; -update rewrites them.
func TestCheckGolden(t *testing.T) {
	t.Run("txt", func(t *testing.T) { checkGolden(t, "txt") })
	t.Run("json", func(t *testing.T) { checkGolden(t, "json", "-T", "json") })
}

func checkGolden(t *testing.T, ext string, args ...string) {
	code, out, stderr := runCheckArgs(append([]string{"-r", micqCapture}, args...)...)
	if code != exitCheckFound || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	compareGolden(t, filepath.Join(goldenDir, "check", "micq-0.2.5-session."+ext), []byte(out))
}

// When check's output fails, during the run or at the last flush, it says
// so and exits 2, as for a capture it cannot read.
func TestCheckOutputFailure(t *testing.T) {
	file := writeCheckCapture(t, func([]scenarios.CheckEvent) {})
	for _, n := range []int{0, 64} {
		var stderr bytes.Buffer
		code := run([]string{"check", "-r", file}, strings.NewReader(""), &failAfter{n: n}, &stderr)
		if code != exitCheckError || !strings.Contains(stderr.String(), "broken pipe") {
			t.Errorf("output failing after %d bytes: exit %d, stderr %q", n, code, stderr.String())
		}
	}
}
