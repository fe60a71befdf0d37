package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
)

// Reports are the names -z accepts, in the order "-z all" writes them.
var Reports = []string{"sessions", "acks", "commands", "messages", "peers", "flow", "capture"}

// onlyByName are the reports "all" leaves out: the flow ladder draws a line
// per packet, so it grows with the capture rather than summing it up.
var onlyByName = []string{"flow"}

// ParseReports checks -z's values and expands "all" (every report but those
// in onlyByName); each report is named once, in the order first asked for.
func ParseReports(names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		for _, n := range strings.Split(n, ",") {
			n = strings.ToLower(strings.TrimSpace(n))
			switch {
			case n == "all":
				for _, r := range Reports {
					if !slices.Contains(out, r) && !slices.Contains(onlyByName, r) {
						out = append(out, r)
					}
				}
			case !slices.Contains(Reports, n):
				return nil, fmt.Errorf("no report %q (reports: %s, all)", n, strings.Join(Reports, ", "))
			case !slices.Contains(out, n):
				out = append(out, n)
			}
		}
	}
	return out, nil
}

// Summaries writes the reports at the end of a run. The message transcript
// and the ladder diagrams are recorded while the capture is read (through
// Hook), in bounded memory; the tables come from the analyzer at the end.
type Summaries struct {
	evictions  []Eviction // what the caps retired early (NoteEvictions)
	names      []string
	json       bool
	spool      spool
	sessions   sessionStore
	streams    streamStore
	transcript *transcript
	flow       *flow
	acksRows   *madeRows // made with the sessions table's, when acks comes after it
}

// NewSummaries prepares the named reports (as ParseReports returns them),
// as JSON lines or as text.
func NewSummaries(names []string, mode Mode) *Summaries {
	s := &Summaries{names: names, json: mode == JSON}
	s.sessions = sessionStore{spool: &s.spool, what: "session", write: writeSession, read: readSession}
	s.streams = streamStore{spool: &s.spool, what: "peer stream", write: writeStream, read: readStream}
	if slices.Contains(names, "messages") {
		s.transcript = &transcript{spool: &s.spool, json: s.json}
	}
	if slices.Contains(names, "flow") {
		s.flow = newFlow(&s.spool)
	}
	return s
}

// Hook connects the recorders to an analyzer's configuration, after any
// Release already set there.
func (s *Summaries) Hook(cfg *analyze.Config) {
	if s.flow != nil {
		if prev := cfg.Release; prev != nil {
			cfg.Release = func(r *analyze.Released) { prev(r); s.flow.add(r) }
		} else {
			cfg.Release = s.flow.add
		}
		cfg.Annotate = s.flow.annotate
	}
	if s.transcript != nil {
		cfg.Message = s.transcript.add
	}
	cfg.Ended, cfg.StreamEnded = nil, nil // no report needs them: the analyzer does not sum them up
	if slices.ContainsFunc(s.names, func(n string) bool { return n == "sessions" || n == "acks" || n == "flow" }) {
		cfg.Ended = func(ss *analyze.SessionSummary) { s.sessions.add(ss.ID, ss) }
	}
	if slices.ContainsFunc(s.names, func(n string) bool { return n == "peers" || n == "flow" }) {
		cfg.StreamEnded = func(st *analyze.StreamSummary) { s.streams.add(st.Stream, st) }
	}
}

// Write writes every report, after Analyzer.Finish; commands are the
// analyzer's Commands.
func (s *Summaries) Write(w io.Writer, commands []analyze.CommandCount, st capture.Stats) error {
	for _, name := range s.names {
		if err := s.failed(); err != nil {
			return err
		}
		if err := s.writeOne(w, name, commands, st); err != nil {
			return err
		}
	}
	return s.failed()
}

// writeOne writes report name; commands are the analyzer's counts (for the
// commands report).
func (s *Summaries) writeOne(w io.Writer, name string, commands []analyze.CommandCount, st capture.Stats) error {
	switch name {
	case "sessions":
		t := sessionsTable(&s.sessions)
		if !s.json && slices.Index(s.names, "acks") > slices.Index(s.names, "sessions") {
			// the acks table's rows are made from the same summaries, read back once
			acks := acksTable(&s.sessions)
			s.acksRows = newRows(&acks, &s.spool)
			t.along, t.alongPer = s.acksRows, 2
		}
		return s.table(w, t)
	case "acks":
		t := acksTable(&s.sessions)
		t.made = s.acksRows
		return s.table(w, t)
	case "commands":
		return s.table(w, commandsTable(commands))
	case "messages":
		return s.transcript.write(w)
	case "peers":
		return s.table(w, peersTable(&s.streams))
	case "flow":
		return s.flow.write(w, s.json, &s.sessions, &s.streams)
	case "capture":
		return s.table(w, captureTable(st, s.evictions))
	}
	return nil
}

// failed returns the first error in keeping or reading back records.
func (s *Summaries) failed() error {
	switch {
	case s.spool.err != nil:
		return fmt.Errorf("report: keeping the records of a report: %w", s.spool.err)
	case s.sessions.err != nil:
		return s.sessions.err
	case s.streams.err != nil:
		return s.streams.err
	}
	return nil
}

// Close removes what the reports kept on disk.
func (s *Summaries) Close() { s.spool.close() }

// CaptureLine is the count of frames said on stderr after an analysis: every
// frame is counted once.
func CaptureLine(st capture.Stats) string {
	return fmt.Sprintf("%d frames: %d ICQ UDP (%d packets), %d peer TCP (%d packets), %d not ICQ, %d malformed, %d IP fragments, %d of unsupported links",
		st.Frames, st.ICQFrames, st.UDPPackets, st.PeerFrames, st.PeerPackets, st.Skipped, st.Malformed, st.Fragments, st.Unsupported)
}

// A table is a report that is a table: a title, a header, n rows, an
// optional footer, and what its JSON line holds. A table that grows with the
// capture (a row per session or stream) has a spool: its rows are made once,
// kept there and drawn by writeStreamed, so that a table of a hundred
// thousand sessions does not sit in memory. The others, read whole, are
// drawn by tablewriter.
type table struct {
	spool  *spool
	name   string
	title  string
	header []string
	right  []bool // right-aligned columns (numbers)
	n      int
	row    func(i int) []string      // a table drawn by tablewriter: row i
	cells  func(w *rowWriter, i int) // a table with a spool: makes row i in w
	footer []string
	// rows of another streamed table that share this one's records, made in
	// the same pass, alongPer after each row of this one; or this table's
	// own rows, made so by another
	along    *madeRows
	alongPer int
	made     *madeRows
	after    string          // a line under the table
	item     func(i int) any // row i in JSON; the JSON line holds the list of them
	json     any             // or, when item is nil, this value
}

func (s *Summaries) table(w io.Writer, t table) error { return writeTable(w, t, s.json) }

// writeTable writes a table as text, or as its JSON line.
func writeTable(w io.Writer, t table, asJSON bool) error {
	if asJSON {
		return jsonLine(w, t)
	}
	if _, err := fmt.Fprintf(w, "=== %s ===\n", t.title); err != nil {
		return err
	}
	if t.n == 0 {
		_, err := fmt.Fprint(w, "(none)\n\n")
		return err
	}
	var err error
	if t.spool != nil {
		err = writeStreamed(w, &t, t.spool)
	} else {
		err = drawTable(w, &t)
	}
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", t.after)
	return err
}

// widths measures every column, padding included.
func (t *table) widths() []int {
	w := make([]int, len(t.header))
	measureCells(w, t.header)
	for i := 0; i < t.n; i++ {
		measureCells(w, t.row(i))
	}
	measureCells(w, t.footer)
	return w
}

// jsonLine writes {"report":name,name:value} on one line, the list of a
// table's items one at a time.
func jsonLine(w io.Writer, t table) error {
	if t.item == nil {
		b, err := json.Marshal(t.json)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "{\"report\":%q,%q:%s}\n", t.name, t.name, b)
		return err
	}
	if _, err := fmt.Fprintf(w, "{\"report\":%q,%q:[", t.name, t.name); err != nil {
		return err
	}
	for i := 0; i < t.n; i++ {
		b, err := json.Marshal(t.item(i))
		if err != nil {
			return err
		}
		if i > 0 {
			b = append([]byte{','}, b...)
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "]}\n")
	return err
}

// jsonTime is the time format of the JSON output.
const jsonTime = "2006-01-02T15:04:05.000000000Z"

// clock is the time of day in reports, as the one-line output shows it.
func clock(t time.Time) string { return string(appendClock(nil, t)) }

func appendClock(b []byte, t time.Time) []byte { return t.UTC().AppendFormat(b, "15:04:05.000") }

func jsonTimeOf(t time.Time) string { return t.UTC().Format(jsonTime) }

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
