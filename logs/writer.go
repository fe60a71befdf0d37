package logs

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/report"
)

// Capture names a capture whose logs are written.
type Capture struct {
	Name string // the partition name: capture=Name
	Path string // the file as given to -r ("-" for standard input), or the interface
	ID   string // the capture id (CaptureID)
}

// CaptureID is a capture's id: the first 12 hex digits of the SHA-256 of
// the file's base name, its size and its first 64 KiB, so that the same
// file gets the same id in every run and on every machine. Standard input
// and live captures (file false) have no file to hash: their id hashes the
// name and the time the capture started.
func CaptureID(path string, file bool, started time.Time) string {
	h := sha256.New()
	h.Write([]byte(filepath.Base(path)))
	if !file || hashFile(h, path) != nil {
		fmt.Fprintf(h, "\x00%d", started.UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// hashFile hashes a file's size and its first 64 KiB.
func hashFile(h io.Writer, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	fmt.Fprintf(h, "\x00%d\x00", info.Size())
	_, err = io.CopyN(h, f, 64<<10)
	if err == io.EOF {
		err = nil
	}
	return err
}

// PartitionName is a capture's partition name: the file's base name (or the
// interface), with what a folder name should not hold replaced by '_'.
func PartitionName(path string) string {
	if path == "-" {
		return "stdin"
	}
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return '_'
	}, filepath.Base(path))
}

// Writer writes the logs of one capture: a file per table, in
// DIR/TABLE/capture=NAME/part-0.EXT. Rows are written as the analyzer
// and the checker hand out what they describe; nothing is collected.
type Writer struct {
	c       Capture
	sinks   [numTables]sink
	file    fileRecord
	err     error
	rows    [numTables]row
	checker *check.Checker
	fields  report.FieldsJSON
	buf     []byte
	// The records rows are made from, reused: the columns' functions take
	// them by pointer, which would put a new one on the heap every row.
	pkt packetRecord
	ses sessionRecord
	ack ackRecord
	pr  peerRecord
	msg messageRecord
	fnd findingRecord
}

// Create makes the capture's partition of every table under dir.
func Create(dir string, f Format, c Capture) (*Writer, error) {
	w := &Writer{c: c, file: fileRecord{capture: c.ID, name: c.Name, path: c.Path}}
	w.checker = check.New(check.DefaultOptions, w.finding)
	for i, t := range Tables {
		part := filepath.Join(dir, t.Name, "capture="+c.Name)
		if err := os.MkdirAll(part, 0o755); err != nil {
			w.abort()
			return nil, err
		}
		s, err := openSink(f, filepath.Join(part, "part-0"+formatExts[f]), t)
		if err != nil {
			w.abort()
			return nil, err
		}
		w.sinks[i] = s
	}
	return w, nil
}

// abort closes what Create opened.
func (w *Writer) abort() {
	for _, s := range w.sinks {
		if s != nil {
			s.close()
		}
	}
}

// Hook adds the writer to an analyzer's configuration, after what is set
// there already; the analyzer then keeps every packet's decoding.
func (w *Writer) Hook(cfg *analyze.Config) {
	cc := w.checker.AnalyzerConfig()
	cfg.KeepPackets = true
	release, annotate, message, ended, streamEnded := cfg.Release, cfg.Annotate, cfg.Message, cfg.Ended, cfg.StreamEnded
	cfg.Release = func(r *analyze.Released) {
		if release != nil {
			release(r)
		}
		cc.Release(r)
		w.packet(r)
	}
	cfg.Annotate = func(dst []byte, m *capture.Packet, p *dissect.Packet) []byte {
		if annotate != nil {
			dst = annotate(dst, m, p)
		}
		return cc.Annotate(dst, m, p)
	}
	cfg.Message = func(m *analyze.Message) {
		if message != nil {
			message(m)
		}
		w.message(m)
	}
	cfg.Ended = func(s *analyze.SessionSummary) {
		if ended != nil {
			ended(s)
		}
		w.session(s)
	}
	cfg.StreamEnded = func(s *analyze.StreamSummary) {
		if streamEnded != nil {
			streamEnded(s)
		}
		w.stream(s)
	}
	lineEnded := cfg.LineEnded
	cfg.LineEnded = func(e *analyze.LineEnded) {
		if lineEnded != nil {
			lineEnded(e)
		}
		cc.LineEnded(e)
	}
}

// add writes the row of x to table t (tab), keeping the first error.
func add[T any](w *Writer, t int, tab *table[T], x *T) {
	tab.fill(&w.rows[t], x)
	w.write(t)
}

// write writes table t's row, keeping the first error.
func (w *Writer) write(t int) {
	if w.err != nil {
		return
	}
	if err := w.sinks[t].write(&w.rows[t]); err != nil {
		w.err = fmt.Errorf("logs: writing %s: %w", Tables[t].Name, err)
		return
	}
	w.file.rows[t]++
}

func (w *Writer) packet(r *analyze.Released) {
	m := r.Meta
	if w.file.first.IsZero() || m.Time.Before(w.file.first) {
		w.file.first = m.Time
	}
	if m.Time.After(w.file.last) {
		w.file.last = m.Time
	}
	x := &w.pkt
	*x = packetRecord{capture: w.c.ID, r: r}
	w.buf = w.fields.Append(w.buf[:0], r.Packet)
	x.fields = w.buf
	add(w, tPackets, packets, x)
}

func (w *Writer) session(s *analyze.SessionSummary) {
	w.ses = sessionRecord{capture: w.c.ID, s: s}
	add(w, tSessions, sessions, &w.ses)
	for d := range s.Dir {
		w.ack = ackRecord{capture: w.c.ID, s: s, dir: d}
		add(w, tAcks, acks, &w.ack)
	}
}

func (w *Writer) stream(s *analyze.StreamSummary) {
	w.pr = peerRecord{capture: w.c.ID, s: s}
	add(w, tPeers, peers, &w.pr)
}

func (w *Writer) message(m *analyze.Message) {
	w.buf = dissect.AppendText(w.buf[:0], m.Text)
	w.msg = messageRecord{capture: w.c.ID, m: m, text: w.buf}
	add(w, tMessages, messages, &w.msg)
}

func (w *Writer) finding(f *check.Finding) {
	w.fnd = findingRecord{capture: w.c.ID, f: f}
	add(w, tFindings, findings, &w.fnd)
}

// Close ends the logs of a capture read to its end (or to readErr): the
// checker's last findings, the capture's row in icq_files, and every file
// closed. Call it after the analyzer's Finish. It returns the first error
// in writing.
func (w *Writer) Close(st capture.Stats, readErr error) error {
	w.checker.Finish()
	w.file.stats, w.file.err = st, readErr
	add(w, tFiles, files, &w.file)
	for i, s := range w.sinks {
		if err := s.close(); err != nil && w.err == nil {
			w.err = fmt.Errorf("logs: writing %s: %w", Tables[i].Name, err)
		}
	}
	return w.err
}
