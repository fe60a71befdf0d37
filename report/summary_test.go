package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/golden"
	"github.com/icqdump/icqdump/internal/scenarios"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/reports")

const reportsDir = "../testdata/golden/reports"

// analyzeScenario runs the analyzer over the analyzer-sessions scenario with
// the summaries hooked in.
func analyzeScenario(t *testing.T, s *Summaries) (*analyze.Analyzer, capture.Stats) {
	t.Helper()
	sc, ok := scenarios.ByName("analyzer-sessions")
	if !ok {
		t.Fatal("no scenario analyzer-sessions")
	}
	r, err := capture.NewReader(bytes.NewReader(sc.Pcap), sc.Name, capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var cfg analyze.Config
	s.Hook(&cfg)
	a := analyze.New(cfg)
	var pkt dissect.Packet
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		m.Decode(&pkt)
		a.Add(m, &pkt)
	}
	a.Finish()
	return a, r.Stats()
}

// TestReportsGolden writes each report of the analyzer scenario as text and
// as JSON and compares them with testdata/golden/reports; -update rewrites.
func TestReportsGolden(t *testing.T) {
	for _, mode := range []struct {
		mode Mode
		ext  string
	}{{Lines, "txt"}, {JSON, "json"}} {
		for _, name := range Reports {
			t.Run(name+"."+mode.ext, func(t *testing.T) {
				s := NewSummaries([]string{name}, mode.mode)
				defer s.Close()
				a, st := analyzeScenario(t, s)
				var out bytes.Buffer
				if err := s.Write(&out, a.Commands(), st); err != nil {
					t.Fatal(err)
				}
				if mode.mode == JSON {
					checkReportJSON(t, name, out.Bytes())
				}
				compareGolden(t, filepath.Join(reportsDir, "analyzer-sessions."+name+"."+mode.ext), out.Bytes())
			})
		}
	}
}

// checkReportJSON checks that a report is one JSON object on one line,
// naming itself.
func checkReportJSON(t *testing.T, name string, out []byte) {
	t.Helper()
	if bytes.Count(out, []byte("\n")) != 1 || !bytes.HasSuffix(out, []byte("\n")) {
		t.Fatalf("not one line:\n%s", out)
	}
	var obj map[string]any
	if err := json.Unmarshal(out, &obj); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if obj["report"] != name {
		t.Errorf("report is %v, want %q", obj["report"], name)
	}
}

func compareGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	golden.Compare(t, path, got, *update, "go test ./report -update")
}

func TestParseReports(t *testing.T) {
	tests := []struct {
		in   []string
		want []string
		err  string
	}{
		{nil, nil, ""},
		{[]string{"flow"}, []string{"flow"}, ""},
		{[]string{"acks,sessions", "ACKS"}, []string{"acks", "sessions"}, ""},
		{[]string{"flow", "all"}, []string{"flow", "sessions", "acks", "commands", "messages", "peers", "capture"}, ""},
		// "all" is every report but the per-packet flow ladder.
		{[]string{"all"}, []string{"sessions", "acks", "commands", "messages", "peers", "capture"}, ""},
		{[]string{"all", "flow"}, []string{"sessions", "acks", "commands", "messages", "peers", "capture", "flow"}, ""},
		{[]string{"session"}, nil, `no report "session"`},
	}
	for _, tt := range tests {
		got, err := ParseReports(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseReports(%q): error %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseReports(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

// Lists that outgrow memory go to the file and come back whole, in order.
func TestSpoolSpillsAndReadsBack(t *testing.T) {
	var s spool
	defer s.close()
	lists := make([]spoolList, 3)
	var want [3]bytes.Buffer
	record := bytes.Repeat([]byte("0123456789abcdef"), 64) // 1 KiB
	for i := 0; i < 3*spoolBudget/len(record); i++ {
		l := i % 3
		rec := append([]byte{byte(i), byte(i >> 8)}, record...)
		s.append(&lists[l], rec)
		want[l].Write(rec)
	}
	if s.err != nil {
		t.Fatal(s.err)
	}
	if s.f == nil || s.tails > spoolBudget {
		t.Fatalf("file %v, %d bytes in memory", s.f, s.tails)
	}
	for l := range lists {
		got, err := io.ReadAll(s.reader(&lists[l]))
		if err != nil || !bytes.Equal(got, want[l].Bytes()) {
			t.Errorf("list %d: %d bytes back (%v), want %d", l, len(got), err, want[l].Len())
		}
	}
	name := s.f.Name()
	s.close()
	if _, err := os.Stat(name); !os.IsNotExist(err) {
		t.Errorf("%s left behind: %v", name, err)
	}
}

func TestArrowRoundTrip(t *testing.T) {
	want := arrow{frame: 12, time: 900_000_000_123, stream: 3, out: true, dir: dissect.PeerToPeer,
		head: dissect.Header{Command: dissect.Peer.Lookup(0x07EE), Code: 0x07EE, Seq: 7, Read: dissect.HeadCode}, ack: analyze.AckMissing, match: analyze.AckOfAck,
		xref: analyze.Xref{AcksFrame: 5, AckDelayMs: 1.25, AckedIn: 9, RetransmissionOf: 4, Retransmission: 2, ReplyTo: 3},
		note: []byte("TYPE=0x1(normal) MESSAGE=\"hej\"")}
	// Two arrows in a spooled list, read back in order, then the end.
	var sp spool
	defer sp.close()
	var l spoolList
	var w recordWriter
	want.write(&w)
	sp.appendRecord(&l, w.b)
	sp.appendRecord(&l, w.b)
	r := sp.reader(&l)
	var buf []byte
	for range 2 {
		rec, err := readRecord(r, buf)
		if err != nil {
			t.Fatal(err)
		}
		buf = rec
		var got arrow
		rr := recordReader{b: rec}
		if got.read(&rr); rr.err != nil || len(rr.b) != 0 {
			t.Fatalf("%v, %d bytes left", rr.err, len(rr.b))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("read %+v\nwant %+v", got, want)
		}
	}
	if _, err := readRecord(r, buf); err != io.EOF {
		t.Errorf("after the last arrow: %v, want EOF", err)
	}
	for n := range w.b {
		rr := recordReader{b: w.b[:n]}
		if new(arrow).read(&rr); rr.err == nil {
			t.Errorf("arrow cut to %d of %d bytes: no error", n, len(w.b))
		}
	}
}

// An arrow is laid out with the label it shows once read back from the
// spool, whichever table the packet's command came from (a v5 one too).
func TestArrowLabelAsSpooled(t *testing.T) {
	for _, c := range []struct {
		dir  dissect.Direction
		head dissect.Header
	}{
		{dissect.ClientToServer, dissect.Header{Command: dissect.Client5.Lookup(0x04EC), Code: 0x04EC, Seq: 3, Read: dissect.HeadCode | dissect.HeadSeq | dissect.HeadWhole}},
		{dissect.ServerToClient, dissect.Header{Code: 0xFFFE, Read: dissect.HeadCode}},
		{dissect.PeerToPeer, dissect.Header{Command: dissect.PeerInit}},
	} {
		r := &analyze.Released{Meta: &capture.Packet{Dir: c.dir}, Header: c.head}
		a := arrowOf(r, true)
		var w recordWriter
		a.write(&w)
		var back arrow
		if back.read(&recordReader{b: w.b}); string(back.appendLabel(nil)) != string(a.appendLabel(nil)) {
			t.Errorf("laid out as %q, read back as %q", a.appendLabel(nil), back.appendLabel(nil))
		}
	}
}
