package main

import (
	"bytes"
	"github.com/icqdump/icqdump/internal/golden"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// scenarioFile writes a scenario's capture to a temporary file.
func scenarioFile(t *testing.T, name string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), name+".pcap")
	if err := os.WriteFile(file, scenario(t, name).Pcap, 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// lines splits output into its lines.
func lines(out []byte) []string {
	if len(out) == 0 {
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
}

// command returns the command of a one-line summary: the field after the
// direction.
func command(line string) string {
	f := strings.Fields(line)
	if len(f) < 7 {
		return ""
	}
	return f[6]
}

// The display filters print the lines of the full output they select, in
// order, and nothing else.
func TestDisplayFilters(t *testing.T) {
	file := scenarioFile(t, "udp-commands")
	all := lines(runOK(t, "-r", file))
	const anna, bjorn, newbie = "1234567", "7654321", "192.0.2.77"
	tests := []struct {
		name string
		args []string
		want func(line string) bool
	}{
		{"--command ACK", []string{"--command", "ACK"}, func(l string) bool { return command(l) == "ACK" }},
		{"--command login,login_reply", []string{"--command", "login,login_reply"},
			func(l string) bool { return command(l) == "LOGIN" || command(l) == "LOGIN_REPLY" }},
		{"--command alias", []string{"--command", "MSG_TO_NEW_USER"},
			func(l string) bool { return command(l) == "REQ_ADD_TO_LIST/MSG_TO_NEW_USER" }},
		{"--host", []string{"--host", newbie}, func(l string) bool { return strings.Contains(l, newbie+":") }},
		// Bjorn never sends here: the packets that name him.
		{"--uin bjorn", []string{"--uin", bjorn}, func(l string) bool { return strings.Contains(l, bjorn) }},
		// Anna: her packets, the server's to her endpoint, and those that name her.
		{"--uin anna", []string{"--uin", anna},
			func(l string) bool { return strings.Contains(l, "192.0.2.10:1032") || strings.Contains(l, anna) }},
		{"--uin and --command", []string{"--uin", anna, "--command", "ACK"},
			func(l string) bool { return command(l) == "ACK" && strings.Contains(l, "192.0.2.10:1032") }},
		{"--uin twice", []string{"--uin", bjorn, "--uin", "99"}, func(l string) bool { return strings.Contains(l, bjorn) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := slices.DeleteFunc(slices.Clone(all), func(l string) bool { return !tt.want(l) })
			if len(want) == 0 || len(want) == len(all) {
				t.Fatalf("the test selects %d of %d lines: it cannot tell", len(want), len(all))
			}
			got := lines(runOK(t, append([]string{"-r", file}, tt.args...)...))
			if !slices.Equal(got, want) {
				t.Errorf("got %d lines, want %d:\n%s", len(got), len(want), golden.FirstDifference([]byte(strings.Join(got, "\n")), []byte(strings.Join(want, "\n"))))
			}
		})
	}
}

// -c counts the packets shown, not the packets read.
func TestCountCountsShown(t *testing.T) {
	file := scenarioFile(t, "udp-commands")
	got := lines(runOK(t, "-r", file, "--command", "ack", "-c", "3"))
	if len(got) != 3 {
		t.Fatalf("-c 3 printed %d lines", len(got))
	}
	for _, l := range got {
		if command(l) != "ACK" {
			t.Errorf("not an ACK: %s", l)
		}
	}
}

func TestCaptureUsageErrors(t *testing.T) {
	file := scenarioFile(t, "udp-commands")
	tests := []struct {
		name      string
		args      []string
		stderrHas []string
	}{
		{"bad uin", []string{"-r", file, "--uin", "anna"}, []string{`"anna" is not a UIN`}},
		{"uin 0", []string{"-r", file, "--uin", "0"}, []string{`"0" is not a UIN`}},
		{"bad host", []string{"-r", file, "--host", "icq.mirabilis.com"}, []string{`"icq.mirabilis.com" is not an IP address`}},
		{"unknown command", []string{"-r", file, "--command", "LOGON"},
			[]string{`unknown command "LOGON"`, "LOGIN, LOGIN_1, LOGIN_2, LOGIN_REPLY", "USER_ONLINE"}},
		{"neither -r nor -i", []string{"--uin", "1"}, []string{"no capture to read", "-i INTERFACE", "icqdump -D"}},
		{"-r and -i", []string{"-r", file, "-i", "lo"}, []string{"not both"}},
		{"--duration with -r", []string{"-r", file, "--duration", "5s"}, []string{"--duration stops a live capture"}},
		{"bad --duration", []string{"-i", "lo", "--duration", "soon"}, []string{"--duration"}},
		{"-w -", []string{"-r", file, "-w", "-"}, []string{"-w -"}},
		{"-w over -r", []string{"-r", file, "-w", file}, []string{"would overwrite the capture being read"}},
		{"-Y syntax", []string{"-r", file, "-Y", "icqv2.uin == 1 &&"}, []string{"-Y: unexpected end of filter", "(column 18)", "\n                   ^\n"}},
		{"-Y analyzer field with -w", []string{"-r", file, "-Y", "icqv2.acked_in", "-w", "/dev/null"}, []string{"cannot choose what -w writes"}},
		{"-Y analyzer field with -c", []string{"-r", file, "-Y", "!icqv2.reply_to", "-c", "1"}, []string{"cannot be used with -c"}},
		{"-G other", []string{"-G", "protocols"}, []string{`unknown glossary "protocols"`}},
		{"-e without -T fields", []string{"-r", file, "-e", "icqv2.uin"}, []string{"-e and -E go with -T fields"}},
		{"-T fields without -e", []string{"-r", file, "-T", "fields"}, []string{"at least one -e"}},
		{"-e unknown", []string{"-r", file, "-T", "fields", "-e", "icqv2.nope"}, []string{"-e icqv2.nope: no such field"}},
		{"-E unknown", []string{"-r", file, "-T", "fields", "-e", "icqv2.uin", "-E", "colour=y"}, []string{"unknown option colour"}},
		{"-E bad quote", []string{"-r", file, "-T", "fields", "-e", "icqv2.uin", "-E", "quote=x"}, []string{"bad value for quote"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if code := run(tt.args, nil, &stdout, &stderr); code != exitUsage {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, exitUsage, stderr.String())
			}
			for _, s := range append(tt.stderrHas, "Try 'icqdump --help'") {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr does not say %q:\n%s", s, stderr.String())
				}
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout not empty:\n%s", stdout.String())
			}
		})
	}
	if before, err := os.ReadFile(file); err != nil || !bytes.Equal(before, scenario(t, "udp-commands").Pcap) {
		t.Errorf("the capture was changed (%v)", err)
	}
}
