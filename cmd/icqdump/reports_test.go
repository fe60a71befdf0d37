package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/report"
)

// runReports runs icqdump, which must succeed, and returns stdout and stderr.
func runReports(t *testing.T, args ...string) (stdout, stderr []byte) {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(args, strings.NewReader(""), &out, &errs); code != exitOK {
		t.Fatalf("icqdump %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, errs.String())
	}
	return out.Bytes(), errs.Bytes()
}

const micqCaptureLine = "icqdump: 56 frames: 56 ICQ UDP (56 packets), 0 peer TCP (0 packets), 0 not ICQ, 0 malformed, 0 IP fragments, 0 of unsupported links\n"

// Every report of the mICQ session (flow included, which "all" leaves out), end to end, as text and as JSON lines;
// the count of frames goes to stderr. (The reports of the analyzer scenario,
// with its peer stream, are pinned in package report.)
func TestReportsGolden(t *testing.T) {
	for _, m := range []struct {
		ext  string
		args []string
	}{{"txt", nil}, {"json", []string{"-T", "json"}}} {
		t.Run(m.ext, func(t *testing.T) {
			out, errs := runReports(t, append([]string{"-r", micqCapture, "-q", "-z", strings.Join(report.Reports, ",")}, m.args...)...)
			if string(errs) != micqCaptureLine {
				t.Errorf("stderr %q, want %q", errs, micqCaptureLine)
			}
			if m.ext == "json" {
				lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
				if len(lines) != len(report.Reports) {
					t.Errorf("%d lines, want one per report (%d)", len(lines), len(report.Reports))
				}
				for i, line := range lines {
					var obj map[string]any
					if err := json.Unmarshal([]byte(line), &obj); err != nil || obj["report"] != report.Reports[i] {
						t.Errorf("line %d is not the %s report (%v): %.200s", i+1, report.Reports[i], err, line)
					}
				}
			}
			compareGolden(t, filepath.Join(goldenDir, "reports", "micq-0.2.5-session.every."+m.ext), out)
		})
	}
}

// Without -q, the packets come first, exactly as without -z, then the report.
func TestReportFollowsPackets(t *testing.T) {
	packets := runOK(t, "-r", micqCapture)
	out, _ := runReports(t, "-r", micqCapture, "-z", "commands")
	if !bytes.HasPrefix(out, packets) || !bytes.HasPrefix(out[len(packets):], []byte("=== commands")) {
		t.Errorf("output is not the packets then the report:\n%s", out)
	}
}

// -q alone prints nothing but the count of frames.
func TestQuietPrintsNoPackets(t *testing.T) {
	out, errs := runReports(t, "-r", micqCapture, "-q")
	if len(out) != 0 || string(errs) != micqCaptureLine {
		t.Errorf("stdout %q, stderr %q", out, errs)
	}
}

func TestUnknownReport(t *testing.T) {
	var out, errs bytes.Buffer
	code := run([]string{"-r", micqCapture, "-z", "sessions,acks", "-z", "bogus"}, nil, &out, &errs)
	if code != exitUsage || out.Len() != 0 || !strings.Contains(errs.String(), `no report "bogus"`) ||
		!strings.Contains(errs.String(), "Try 'icqdump --help'") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
}
