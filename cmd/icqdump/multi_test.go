package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/gen"
)

// severalCaptures writes generated captures into a new folder, with a file
// that is not a capture beside them, and returns the folder and the
// captures' paths in name order.
func severalCaptures(t *testing.T, n int) (dir string, files []string) {
	t.Helper()
	dir = t.TempDir()
	for i := range n {
		path := filepath.Join(dir, string(rune('a'+i))+".pcap")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := gen.Write(f, gen.Config{Clients: 8, Duration: 3 * time.Minute, Seed: uint64(i + 1)}, gen.Pcap); err != nil {
			t.Fatal(err)
		}
		f.Close()
		files = append(files, path)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a capture\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, files
}

// Several captures print what each prints alone, in file order: in text
// each under a line naming it, in JSON with a "file" key in every line.
func TestSeveralCapturesInFileOrder(t *testing.T) {
	dir, files := severalCaptures(t, 3)
	for _, m := range outputModes {
		t.Run(m.ext, func(t *testing.T) {
			var want []byte
			for _, f := range files {
				alone := runOK(t, append([]string{"-r", f}, m.args...)...)
				if m.ext != "json" {
					want = append(append(want, "==> "+f+" <==\n"...), alone...)
					continue
				}
				for _, line := range bytes.SplitAfter(alone, []byte("\n")) {
					if len(line) > 0 {
						want = append(append(want, `{"file":"`+f+`",`...), line[1:]...)
					}
				}
			}
			for _, args := range [][]string{{"-r", dir}, {"-r", files[0], "-r", files[1], "-r", files[2]}} {
				if got := runOK(t, append(args, m.args...)...); !bytes.Equal(got, want) {
					t.Errorf("%q: %d bytes, want the %d bytes of the files one after the other", args, len(got), len(want))
				}
			}
		})
	}
}

// The reports of several captures are merged: counts summed, rows of the
// tables one file after the other with a file column.
func TestSeveralCapturesMergedReports(t *testing.T) {
	dir, files := severalCaptures(t, 2)
	type report struct {
		Report   string
		Sessions []struct {
			File    string
			Session int
		}
		Capture  struct{ Frames, UDPPackets uint64 }
		Commands []struct {
			Direction, Command string
			Packets            uint64
		}
	}
	read := func(args ...string) map[string]report {
		out := map[string]report{}
		for _, line := range strings.Split(strings.TrimSpace(string(runQuiet(t, append(args, "-q", "-T", "json", "-z", "sessions,commands,capture")...))), "\n") {
			var r report
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				t.Fatalf("%v: %s", err, line)
			}
			out[r.Report] = r
		}
		return out
	}
	a, b, both := read("-r", files[0]), read("-r", files[1]), read("-r", dir)
	if got, want := both["capture"].Capture.Frames, a["capture"].Capture.Frames+b["capture"].Capture.Frames; got != want || got == 0 {
		t.Errorf("%d frames, want %d", got, want)
	}
	ss := both["sessions"].Sessions
	if len(ss) != len(a["sessions"].Sessions)+len(b["sessions"].Sessions) || ss[0].File != files[0] || ss[len(ss)-1].File != files[1] ||
		ss[len(ss)-1].Session != len(b["sessions"].Sessions) {
		t.Errorf("sessions not the files' one after the other: %+v", ss)
	}
	count := func(r map[string]report, dir, cmd string) uint64 {
		for _, c := range r["commands"].Commands {
			if c.Direction == dir && c.Command == cmd {
				return c.Packets
			}
		}
		return 0
	}
	if got, want := count(both, "c2s", "ACK"), count(a, "c2s", "ACK")+count(b, "c2s", "ACK"); got != want || got == 0 {
		t.Errorf("%d c2s ACKs, want %d", got, want)
	}
}

// A capture of several that cannot be read is reported, after the output
// of the others, with exit 1.
func TestSeveralCapturesOneMissing(t *testing.T) {
	_, files := severalCaptures(t, 1)
	missing := filepath.Join(t.TempDir(), "missing.pcap")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-r", missing, "-r", files[0]}, nil, &stdout, &stderr); code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	if !strings.Contains(stderr.String(), missing) || !bytes.Contains(stdout.Bytes(), []byte("==> "+files[0]+" <==\n1 ")) {
		t.Errorf("stdout %d bytes, stderr %q", stdout.Len(), stderr.String())
	}
}

func runQuiet(t *testing.T, args ...string) []byte {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("icqdump %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, stderr.String())
	}
	return stdout.Bytes()
}

// The transcript and the diagrams are each capture's own, written under
// its name after its packets; the merged reports follow, under a line of
// their own. In JSON, each capture's reports have its name.
func TestSeveralCapturesOwnReports(t *testing.T) {
	dir, files := severalCaptures(t, 2)
	for _, args := range [][]string{{"-q", "-z", "messages"}, {"-q", "-z", "flow"}, {"-z", "flow,capture"}} {
		var want []byte
		for _, f := range files {
			alone := runQuiet(t, append([]string{"-r", f, "-z", args[len(args)-1]}, args[:len(args)-2]...)...)
			if i := bytes.Index(alone, []byte("=== capture:")); i >= 0 {
				alone = alone[:i] // the capture report is merged
			}
			want = append(append(want, "==> "+f+" <==\n"...), alone...)
		}
		if slices.Contains(args, "flow,capture") {
			want = append(want, "==> 2 captures <==\n=== capture: every frame counted once ===\n"...)
		}
		if got := runQuiet(t, append([]string{"-r", dir}, args...)...); !bytes.HasPrefix(got, want) {
			t.Errorf("%q of a folder: %d bytes, not each file's under its name (%d bytes) then the merged reports",
				args, len(got), len(want))
		}
	}
	for i, line := range strings.Split(strings.TrimSpace(string(runQuiet(t, "-r", dir, "-q", "-T", "json", "-z", "flow"))), "\n") {
		if !json.Valid([]byte(line)) || !strings.HasPrefix(line, `{"file":"`+files[i]+`","report":"flow",`) {
			t.Errorf("JSON line %d: %.80s", i, line)
		}
	}
}

// failAfter accepts n bytes, then fails every write: a closed pipe.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		return 0, errors.New("broken pipe")
	}
	f.n -= len(p)
	return len(p), nil
}

// When the output fails, during the run or at the last flush, the failure
// is said, with exit 1, for one capture and for several.
func TestOutputFailureStops(t *testing.T) {
	dir, files := severalCaptures(t, 2)
	for _, args := range [][]string{{"-r", files[0]}, {"-r", dir}, {"-r", files[0], "-V"}} {
		var stderr bytes.Buffer
		if code := run(args, nil, &failAfter{n: 8 << 10}, &stderr); code != exitInput ||
			!strings.Contains(stderr.String(), "broken pipe") {
			t.Errorf("%q: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}

// Several captures are not captured live, saved, or checked: a usage error.
func TestSeveralCapturesRefused(t *testing.T) {
	dir, files := severalCaptures(t, 2)
	for _, args := range [][]string{
		{"-r", files[0], "-r", files[1], "-w", filepath.Join(t.TempDir(), "out.pcap")},
		{"-r", dir, "-i", "lo"},
		{"check", "-r", files[0], "-r", files[1]},
		{"check", "-r", dir},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(args, nil, &stdout, &stderr); code != exitUsage || stdout.Len() > 0 ||
			!strings.Contains(stderr.String(), "--help") {
			t.Errorf("%q: exit %d, stdout %d bytes, stderr %q", args, code, stdout.Len(), stderr.String())
		}
	}
}

// Each capture has a display filter of its own: what one learns (the
// endpoints a UIN sends from) does not select packets of another.
func TestSeveralCapturesFilterEach(t *testing.T) {
	dir, files := severalCaptures(t, 2)
	for _, f := range files {
		// The first client to log in: its endpoints are learned in its capture.
		uin := regexp.MustCompile(`uin=(\d+)`).FindSubmatch(runOK(t, "-r", f, "-c", "1"))[1]
		var want []byte
		for _, f := range files {
			want = append(append(want, "==> "+f+" <==\n"...), runOK(t, "-r", f, "--uin", string(uin))...)
		}
		if got := runOK(t, "-r", dir, "--uin", string(uin)); !bytes.Equal(got, want) || len(want) < 1000 {
			t.Errorf("--uin %s: %d bytes, want %d", uin, len(got), len(want))
		}
	}
}
