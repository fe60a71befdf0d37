package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/gen"
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

// Tables of more rows than tablewriter draws at once are drawn in chunks on
// several goroutines: every row still comes once and in order, as the JSON
// lines list them.
func TestBigTablesKeepTheirRows(t *testing.T) {
	path, _ := writeGenCapture(t, gen.Config{Clients: 1500, Duration: 3 * time.Minute, Seed: 9})
	text, _ := runReports(t, "-r", path, "-q", "-z", "sessions,peers")
	js, _ := runReports(t, "-r", path, "-q", "-z", "sessions,peers", "-T", "json")
	tables := strings.Split(string(text), "=== ")[1:]
	lines := strings.Split(strings.TrimSuffix(string(js), "\n"), "\n")
	if len(tables) != 2 || len(lines) != 2 {
		t.Fatalf("%d tables and %d JSON lines, want 2 of each", len(tables), len(lines))
	}
	for i, key := range []struct{ list, id string }{{"sessions", "session"}, {"peers", "stream"}} {
		var obj map[string][]map[string]any
		if err := json.Unmarshal([]byte(strings.Replace(lines[i], `"report":"`+key.list+`",`, "", 1)), &obj); err != nil {
			t.Fatal(err)
		}
		var want []string
		for _, item := range obj[key.list] {
			want = append(want, fmt.Sprint(item[key.id]))
		}
		got := firstColumn(tables[i])
		if len(want) <= 1024 {
			t.Errorf("%s: %d rows, too few to need several chunks", key.list, len(want))
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: the table's rows (%d) are not the JSON items (%d) in order", key.list, len(got), len(want))
		}
	}
}

// firstColumn returns the first cell of each row of a text table: the lines
// between the rule under the header and the next rule or blank line.
func firstColumn(table string) []string {
	var cells []string
	rows := false
	for _, line := range strings.Split(table, "\n") {
		switch {
		case strings.HasPrefix(line, "---"):
			if rows {
				return cells
			}
			rows = true
		case rows && line == "":
			return cells
		case rows:
			cells = append(cells, strings.TrimSpace(strings.Split(line, "|")[0]))
		}
	}
	return cells
}
