package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
)

// Reports are the names -z accepts, in the order "-z all" writes them.
var Reports = []string{"sessions", "acks", "commands", "messages", "peers", "flow", "capture"}

// ParseReports checks -z's values and expands "all"; each report is named
// once, in the order first asked for.
func ParseReports(names []string) ([]string, error) {
	var out []string
	for _, n := range names {
		for _, n := range strings.Split(n, ",") {
			n = strings.ToLower(strings.TrimSpace(n))
			switch {
			case n == "all":
				for _, r := range Reports {
					if !slices.Contains(out, r) {
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
	names      []string
	json       bool
	spool      spool
	transcript *transcript
	flow       *flow
}

// NewSummaries prepares the named reports (as ParseReports returns them),
// as JSON lines or as text.
func NewSummaries(names []string, mode Mode) *Summaries {
	s := &Summaries{names: names, json: mode == JSON}
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
}

// Write writes every report, after Analyzer.Finish.
func (s *Summaries) Write(w io.Writer, a *analyze.Analyzer, st capture.Stats) error {
	if s.spool.err != nil {
		return fmt.Errorf("report: keeping the records of a report: %w", s.spool.err)
	}
	for _, name := range s.names {
		var err error
		switch name {
		case "sessions":
			err = s.table(w, sessionsTable(a.Sessions()))
		case "acks":
			err = s.table(w, acksTable(a.Sessions()))
		case "commands":
			err = s.table(w, commandsTable(a.Commands()))
		case "messages":
			err = s.transcript.write(w)
		case "peers":
			err = s.table(w, peersTable(a.Streams()))
		case "flow":
			err = s.flow.write(w, s.json, a)
		case "capture":
			err = s.table(w, captureTable(st))
		}
		if err != nil {
			return err
		}
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

// A table is a report that is a table: a title, a header, rows, an optional
// footer, and what its JSON line holds.
type table struct {
	name   string
	title  string
	header []string
	right  []bool // right-aligned columns (numbers)
	rows   [][]string
	footer []string
	after  string // a line under the table
	json   any    // the value of the JSON line's key name
}

func (s *Summaries) table(w io.Writer, t table) error {
	if s.json {
		return jsonLine(w, t.name, t.json)
	}
	if _, err := fmt.Fprintf(w, "=== %s ===\n", t.title); err != nil {
		return err
	}
	if len(t.rows) == 0 {
		_, err := fmt.Fprint(w, "(none)\n\n")
		return err
	}
	align := make(tw.Alignment, len(t.header))
	for i := range align {
		align[i] = tw.AlignLeft
		if i < len(t.right) && t.right[i] {
			align[i] = tw.AlignRight
		}
	}
	tab := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Symbols:  tw.NewSymbols(tw.StyleASCII),
			Borders:  tw.Border{Left: tw.Off, Right: tw.Off, Top: tw.Off, Bottom: tw.Off},
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.Off}},
		})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithFooterAutoFormat(tw.Off),
		tablewriter.WithAlignment(align),
	)
	tab.Header(t.header)
	if err := tab.Bulk(t.rows); err != nil {
		return err
	}
	if t.footer != nil {
		tab.Footer(t.footer)
	}
	if err := tab.Render(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", t.after)
	return err
}

// jsonLine writes {"report":name,name:v} on one line.
func jsonLine(w io.Writer, name string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "{\"report\":%q,%q:%s}\n", name, name, b)
	return err
}

// jsonTime is the time format of the JSON output.
const jsonTime = "2006-01-02T15:04:05.000000000Z"

// clock is the time of day in reports, as the one-line output shows it.
func clock(t time.Time) string { return t.UTC().Format("15:04:05.000") }

func jsonTimeOf(t time.Time) string { return t.UTC().Format(jsonTime) }

func millis(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
