package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"slices"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
)

// Part is what one capture of several leaves for the reports: its name,
// its recorded reports, and its finished analyzer's counts of commands (the
// analyzer itself can go).
type Part struct {
	File      string
	Summaries *Summaries
	Commands  []analyze.CommandCount
	Stats     capture.Stats
}

// A capture's own reports, when several are read, are the transcript and
// the ladder diagrams: their frames are the capture's, they are written
// with it, after its packets. The other reports are merged (WriteMerged).
func ownReport(name string) bool { return name == "messages" || name == "flow" }

// HasOwnReports reports whether s writes reports of a capture's own.
func (s *Summaries) HasOwnReports() bool { return slices.ContainsFunc(s.names, ownReport) }

// HasMergedReports reports whether s writes reports that WriteMerged merges.
func (s *Summaries) HasMergedReports() bool {
	return slices.ContainsFunc(s.names, func(n string) bool { return !ownReport(n) })
}

// WriteOwn writes the reports of one capture of several that are its own,
// in the order asked for: in JSON with its name first in each line.
func WriteOwn(w io.Writer, p Part) error {
	for _, name := range p.Summaries.names {
		if !ownReport(name) {
			continue
		}
		out := w
		if p.Summaries.json {
			out = &FileKeyWriter{W: w, File: p.File}
		}
		if err := p.Summaries.writeOne(out, name, nil, p.Stats); err != nil {
			return err
		}
		if err := p.Summaries.failed(); err != nil {
			return fmt.Errorf("%s: %w", p.File, err)
		}
	}
	return nil
}

// WriteMerged writes the other reports of several captures as the reports
// of one, in the order and format of the first part's Summaries (every part
// must have been made with the same names and mode). Counts are summed
// (commands, capture); the rows of the session, ack and peer tables follow
// each other in file order, with a file column (a "file" key in JSON), since
// session and frame numbers are per file.
func WriteMerged(w io.Writer, parts []Part) error {
	first := parts[0].Summaries
	for _, name := range first.names {
		var err error
		switch name {
		case "sessions", "acks", "peers":
			err = first.table(w, concatTables(parts, name))
		case "commands":
			err = first.table(w, commandsTable(mergeCommands(parts)))
		case "capture":
			err = first.table(w, captureTable(SumStats(parts), SumEvictions(parts)))
		}
		if err != nil {
			return err
		}
		for _, p := range parts {
			if err := p.Summaries.failed(); err != nil {
				return fmt.Errorf("%s: %w", p.File, err)
			}
		}
	}
	return nil
}

// Spill moves what the reports keep in memory (the tails of their lists,
// the kept summaries) to their file: for a capture whose reports wait for
// the others', so that memory does not grow with the number of captures.
func (s *Summaries) Spill() {
	s.spool.spillAll()
	s.spool.moveRecords()
	s.spool.flush()
	s.spool.wbuf = nil
}

// tableOf is the table that report name is for one part.
func tableOf(p Part, name string) table {
	s := p.Summaries
	switch name {
	case "sessions":
		return sessionsTable(&s.sessions)
	case "acks":
		return acksTable(&s.sessions)
	}
	return peersTable(&s.streams)
}

// concatTables puts the parts' tables one under the other, with a file
// column first.
func concatTables(parts []Part, name string) table {
	tables := make([]table, len(parts))
	n := 0
	for i, p := range parts {
		tables[i] = tableOf(p, name)
		n += tables[i].n
	}
	t := tables[0]
	t.n = n
	if name == "sessions" {
		t.title = fmt.Sprintf("sessions: %d", n)
	}
	t.header = append([]string{"file"}, t.header...)
	t.right = append([]bool{false}, t.right...)
	locate := func(i int) (part, row int) {
		for part = range tables {
			if i < tables[part].n {
				break
			}
			i -= tables[part].n
		}
		return part, i
	}
	t.cells = func(w *rowWriter, i int) {
		part, row := locate(i)
		w.cell(parts[part].File)
		tables[part].cells(w, row)
	}
	t.item = func(i int) any {
		part, row := locate(i)
		b, err := json.Marshal(tables[part].item(row))
		if err != nil {
			return err.Error()
		}
		keyed := FileKeyWriter{File: parts[part].File}
		return json.RawMessage(keyed.appendKeyed(nil, b))
	}
	return t
}

// mergeCommands sums the parts' command counts.
func mergeCommands(parts []Part) []analyze.CommandCount {
	lists := make([][]analyze.CommandCount, len(parts))
	for i, p := range parts {
		lists[i] = p.Commands
	}
	return analyze.MergeCommands(lists...)
}

// SumStats adds up the parts' capture counts.
func SumStats(parts []Part) capture.Stats {
	var sum capture.Stats
	total := reflect.ValueOf(&sum).Elem()
	for _, p := range parts {
		addCounts(total, reflect.ValueOf(p.Stats))
	}
	return sum
}

// addCounts adds the counts of v to those of total, a struct of counts and
// of structs of counts like it.
func addCounts(total, v reflect.Value) {
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Struct {
			addCounts(total.Field(i), f)
		} else {
			total.Field(i).SetUint(total.Field(i).Uint() + f.Uint())
		}
	}
}

// FileHeader is the line that names a capture before its output, when
// several are read.
func FileHeader(file string) string { return "==> " + file + " <==\n" }

// FileKeyWriter writes JSON lines with "file":File as the first key of each
// object: the one writer that adds it, to the packets of one capture of
// several, to its own reports and to the rows of merged tables. A line may
// come in any number of writes; none is held. A line that is not an
// object is written as it is.
type FileKeyWriter struct {
	W    io.Writer
	File string
	key  []byte // {"file":"File"
	at   lineAt
	out  []byte
}

// lineAt is where in a line the next byte written falls.
type lineAt uint8

const (
	lineStart lineAt = iota // at its start
	afterOpen               // after its "{" and the file key: a comma follows unless the object is empty
	inLine                  // in the rest of it, copied as it is
)

func (f *FileKeyWriter) Write(p []byte) (int, error) {
	f.out = f.appendKeyed(f.out[:0], p)
	if _, err := f.W.Write(f.out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// appendKeyed appends p, the key added after the "{" of each line.
func (f *FileKeyWriter) appendKeyed(dst, p []byte) []byte {
	for len(p) > 0 {
		switch f.at {
		case lineStart:
			if p[0] == '{' {
				if f.key == nil {
					f.key = appendJSONString([]byte(`{"file":`), []byte(f.File))
				}
				dst = append(dst, f.key...)
				f.at, p = afterOpen, p[1:]
				continue
			}
		case afterOpen:
			if p[0] != '}' {
				dst = append(dst, ',')
			}
		}
		f.at = inLine
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			return append(dst, p...)
		}
		dst = append(dst, p[:i+1]...)
		p, f.at = p[i+1:], lineStart
	}
	return dst
}
