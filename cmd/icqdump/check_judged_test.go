package main

import (
	"bytes"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/internal/pcaptest"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// noICQCapture is a capture of one DNS query: no ICQ in it.
func noICQCapture(t *testing.T) string {
	dns := pcaptest.UDPFrame(netip.MustParseAddrPort("10.0.0.1:5353"), netip.MustParseAddrPort("10.0.0.2:53"), []byte("not icq"))
	return writeTemp(t, "dns.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, pcaptest.Frame{Time: pcaptest.Base, Data: dns}))
}

// micqWith returns the mICQ capture with its bytes changed by edit.
func micqWith(t *testing.T, edit func([]byte) []byte) string {
	b, err := os.ReadFile(micqCapture)
	if err != nil {
		t.Fatal(err)
	}
	return writeTemp(t, "micq.pcap", edit(b))
}

func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// TestCheckNothingToJudge: a capture that gives check nothing to judge
// fails, with its own message, whatever the reason.
func TestCheckNothingToJudge(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"no ICQ", []string{"-r", noICQCapture(t)}},
		{"ICQ on another port", []string{"-r", micqCapture, "--server-port", "5000"}},
		{"bar raised", []string{"-r", writeCheckCapture(t, func([]scenarios.CheckEvent) {}), "--min-packets", "55"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCheckArgs(tt.args...)
			if code != exitCheckFound || !strings.HasPrefix(lastLine(out), "verdict: nothing to judge: ") ||
				!strings.Contains(stderr, "icqdump check: nothing to judge") {
				t.Errorf("exit %d, stderr %q:\n%s", code, stderr, out)
			}
			findings, summary := checkJSON(t, exitCheckFound, tt.args...)
			if len(findings) != 0 || !summary.Summary.Failed || !summary.Summary.Nothing {
				t.Errorf("-T json: %+v %+v", findings, summary.Summary)
			}
		})
	}
	// --min-packets 0 accepts an empty capture (stderr says what it held);
	// 54 the clean one's 54 packets.
	for _, tt := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"-r", noICQCapture(t), "--min-packets", "0"}, "no ICQ packet in 1 frames (1 Ethernet) on UDP port 4000\n"},
		{[]string{"-r", writeCheckCapture(t, func([]scenarios.CheckEvent) {}), "--min-packets", "54"}, ""},
	} {
		code, out, stderr := runCheckArgs(tt.args...)
		if code != exitOK || !strings.HasSuffix(stderr, tt.stderr) || !strings.HasPrefix(lastLine(out), "verdict: 0 errors") {
			t.Errorf("%v: exit %d, stderr %q:\n%s", tt.args, code, stderr, out)
		}
	}
}

// TestCheckCounts: the summary says what was judged, per direction.
func TestCheckCounts(t *testing.T) {
	file := writeCheckCapture(t, func([]scenarios.CheckEvent) {})
	code, out, _ := runCheckArgs("-r", file)
	want := "checked: 54 ICQ packets (28 client to server, 23 server to client, 3 peer), 1 session, 1 peer stream\nverdict: 0 errors, 0 warnings, 0 notes — pass (--fail-on error)\n"
	if code != exitOK || !strings.HasSuffix(out, want) || strings.Contains(out, "=== rules") {
		t.Errorf("exit %d; want the output to end with\n%s\ngot:\n%s", code, want, out)
	}
	_, summary := checkJSON(t, exitOK, "-r", file)
	wantJSON := map[string]int{"packets": 54, "client_packets": 28, "server_packets": 23, "peer_packets": 3, "sessions": 1, "peer_streams": 1}
	for k, v := range wantJSON {
		if summary.Summary.Checked[k] != v {
			t.Errorf("checked.%s = %d, want %d", k, summary.Summary.Checked[k], v)
		}
	}
}

// TestCheckDamagedCapture: frames of an unsupported link type, malformed
// frames and a file cut short are findings of their own, so such a capture
// never passes.
func TestCheckDamagedCapture(t *testing.T) {
	unsupported := micqWith(t, func(b []byte) []byte { b[20] = 147; return b }) // LINKTYPE_USER0
	cut := micqWith(t, func(b []byte) []byte { return b[:len(b)-10] })
	malformed := micqWith(t, func(b []byte) []byte {
		b[24+16+14] = 0x40 // frame 1: IPv4 header length 0
		return b
	})
	tests := []struct {
		name, file, rule, says string
	}{
		{"unsupported link", unsupported, "CAPTURE-LINK-UNSUPPORTED", "56 of 56 frames are of a link type icqdump does not decode (link type 147"},
		{"cut short", cut, "CAPTURE-FILE-DAMAGED", "file ends inside frame 56"},
		{"malformed", malformed, "CAPTURE-FRAME-MALFORMED", "1 of 56 frames have link, IP, UDP or TCP headers that do not decode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, _ := runCheckArgs("-r", tt.file, "--fail-on", "error")
			if code != exitCheckFound || !strings.Contains(out, tt.says) || !strings.Contains(lastLine(out), "FAIL") {
				t.Errorf("exit %d:\n%s", code, out)
			}
			findings, _ := checkJSON(t, exitCheckFound, "-r", tt.file)
			n := 0
			for _, f := range findings {
				if f.Rule == tt.rule {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%d findings %s, want 1: %+v", n, tt.rule, findings)
			}
		})
	}
}

// TestCheckLiveNothing: a live check that saw no ICQ packet fails. It runs
// in a network namespace of its own, whose lo no other program uses.
func TestCheckLiveNothing(t *testing.T) {
	needRoot(t)
	for _, tool := range []string{"unshare", "ip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s: the test needs a network namespace of its own", tool)
		}
	}
	script := `ip link set lo up && "$0" check -i lo --duration 300ms; echo "exit $?"`
	cmd := exec.Command("unshare", "-n", "sh", "-c", script, os.Args[0])
	cmd.Env = append(os.Environ(), "ICQDUMP_TEST_MAIN=1")
	out, err := cmd.Output()
	if err != nil && bytes.HasPrefix(out, []byte("unshare: ")) {
		t.Skipf("cannot make a network namespace here: %s", out)
	}
	if err != nil || !strings.Contains(string(out), "\nverdict: nothing to judge: 0 ICQ packets checked, fewer than --min-packets 1; 0 errors, 0 warnings, 0 notes — FAIL\nexit 1\n") {
		t.Errorf("%v:\n%s", err, out)
	}
}

// The count per rule lists the rules that fired, of those judged on the
// capture's versions; with --rules, all of them, and "-" for the rules of
// versions the capture does not have: they were not judged.
func TestCheckRulesTable(t *testing.T) {
	judged := 0
	for _, r := range check.Rules {
		if r.Versions&(check.V2|check.OfCapture) != 0 {
			judged++
		}
	}
	for _, tt := range []struct {
		args []string
		rows int
	}{{nil, 11}, {[]string{"--rules"}, len(check.Rules)}} {
		code, out, stderr := runCheckArgs(append([]string{"-r", micqCapture}, tt.args...)...)
		_, table, ok := strings.Cut(out, fmt.Sprintf("=== rules that fired: 11 of %d judged on v2, capture ===\n", judged))
		table, _, _ = strings.Cut(table, "\n\n")
		if rows := strings.Count(table, "\n") - 1; code != exitCheckFound || stderr != "" || !ok || rows != tt.rows ||
			tt.rows > 11 && (!regexp.MustCompile(`ICQ-HDR-VERSION +\| error +\| +0 \|`).MatchString(table) ||
				!regexp.MustCompile(`ICQ5-CHECKCODE +\| error +\| +- \| v5 `).MatchString(table)) {
			t.Errorf("%v: exit %d, stderr %q, %d rows, want %d:\n%s", tt.args, code, stderr, rows, tt.rows, out)
		}
	}
}
