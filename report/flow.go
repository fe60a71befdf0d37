package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// flow is the ladder-diagram report: an arrow per packet, drawn per client
// session (with the session's peer streams as columns of their own), and
// per peer stream that belongs to no session. Arrows are spooled as packets
// are released and drawn at the end, when the columns are known.
type flow struct {
	spool    *spool
	sessions map[int]*spoolList
	streams  map[int]*spoolList // peer streams of no client session
	rec      []byte
	keys     linePrinter // renders a packet's key fields for its note
}

func newFlow(s *spool) *flow {
	return &flow{spool: s, sessions: make(map[int]*spoolList), streams: make(map[int]*spoolList)}
}

// noteMax bounds the key fields shown beside an arrow.
const noteMax = 60

// annotate keeps a packet's key fields, shortened, for the note beside its
// arrow (analyze.Config.Annotate).
func (f *flow) annotate(dst []byte, m *capture.Packet, p *dissect.Packet) []byte {
	h := readHead(p)
	start := len(dst)
	dst = f.keys.appendKeys(dst, p, &h)
	if len(dst) > start && dst[start] == ' ' {
		dst = append(dst[:start], dst[start+1:]...)
	}
	if len(dst)-start <= noteMax {
		return dst
	}
	cut := start + noteMax
	for cut > start && !utf8.RuneStart(dst[cut]) {
		cut--
	}
	return append(dst[:cut], "…"...)
}

// add records a released packet in the diagrams it belongs to.
func (f *flow) add(r *analyze.Released) {
	if r.Meta.Transport != capture.TCP {
		f.record(f.list(f.sessions, r.Session), arrowOf(r, r.Meta.Dir == dissect.ClientToServer))
		return
	}
	alone := true
	for side, id := range r.Sides {
		if id != 0 {
			alone = false
			f.record(f.list(f.sessions, id), arrowOf(r, r.From == side))
		}
	}
	if alone {
		f.record(f.list(f.streams, r.Meta.Stream), arrowOf(r, r.From == 0))
	}
}

func (f *flow) list(m map[int]*spoolList, id int) *spoolList {
	l := m[id]
	if l == nil {
		l = &spoolList{}
		m[id] = l
	}
	return l
}

func (f *flow) record(l *spoolList, a arrow) {
	f.rec = a.append(f.rec[:0])
	f.spool.append(l, f.rec)
}

// ladder is one diagram being drawn: its columns and their positions.
type ladder struct {
	titles []string // column titles: client, server, peer 1, ... (or A, B)
	cols   map[int]int
	gap    int
	lone   bool // a peer stream of no session: columns A and B
}

// column returns the columns an arrow runs between.
func (l *ladder) column(a *arrow) (from, to int) {
	local, remote := 0, 1
	if a.stream != 0 && !l.lone {
		remote = l.cols[a.stream]
	}
	if a.out {
		return local, remote
	}
	return remote, local
}

func (f *flow) write(w io.Writer, asJSON bool, sessions *sessionStore, all []analyze.StreamSummary) error {
	streams := map[int]analyze.StreamSummary{}
	for _, st := range all {
		streams[st.Stream] = st
	}
	lone := slices.Sorted(mapKeys(f.streams))
	if asJSON {
		return f.writeJSON(w, sessions, streams, lone)
	}
	fmt.Fprintf(w, "=== flow: %d sessions, %d peer streams of no session ===\n", sessions.len(), len(lone))
	io.WriteString(w, "--> packet   ==> retransmission   ..> acknowledgement (ACK, CHANNEL_ACK)   NO ACK: never acknowledged\n\n")
	for i := 0; i < sessions.len(); i++ {
		s := sessions.get(i)
		l, err := f.plan(f.sessions[s.ID], false, streams)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "session %d: client %s (UIN %s), server %s\n", s.ID, s.Client, uin(s.UIN), s.Server)
		fmt.Fprintf(w, "  %s to %s (%s), ended by %s\n", clock(s.First), clock(s.Last), duration(s.Last.Sub(s.First)), s.End)
		if err := f.draw(w, f.sessions[s.ID], l, streams); err != nil {
			return err
		}
	}
	for _, id := range lone {
		st := streams[id]
		l, err := f.plan(f.streams[id], true, streams)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "peer stream %d: A %s (UIN %s), B %s (UIN %s)\n", id, st.Ends[0], uin(st.UIN[0]), st.Ends[1], uin(st.UIN[1]))
		if err := f.draw(w, f.streams[id], l, streams); err != nil {
			return err
		}
	}
	return nil
}

func mapKeys(m map[int]*spoolList) func(func(int) bool) {
	return func(yield func(int) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// plan reads a diagram's arrows once to find its columns and their spacing.
func (f *flow) plan(list *spoolList, lone bool, streams map[int]analyze.StreamSummary) (*ladder, error) {
	l := &ladder{titles: []string{"client", "server"}, cols: map[int]int{}, lone: lone}
	if lone {
		l.titles = []string{"A", "B"}
	}
	widest := 0
	err := f.each(list, func(a *arrow) {
		widest = max(widest, len(a.label()))
		if a.stream != 0 && !lone && l.cols[a.stream] == 0 {
			l.cols[a.stream] = len(l.titles)
			l.titles = append(l.titles, "peer "+strconv.Itoa(len(l.titles)-1))
		}
	})
	l.gap = max(widest+8, 24)
	return l, err
}

// each calls fn with every arrow of a list.
func (f *flow) each(list *spoolList, fn func(*arrow)) error {
	if list == nil {
		return nil
	}
	r := f.spool.reader(list)
	var a arrow
	for {
		if err := a.read(r, &f.rec); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("flow: reading back the diagram: %w", err)
		}
		fn(&a)
	}
}

// draw writes a diagram: its peer columns, the column titles, then a line
// per arrow with the frame, the time and the notes.
func (f *flow) draw(w io.Writer, list *spoolList, l *ladder, streams map[int]analyze.StreamSummary) error {
	for id, col := range sortedCols(l.cols) {
		st := streams[id]
		fmt.Fprintf(w, "  %s: stream %d, %s\n", l.titles[col], id, streamEnds(st))
	}
	bw := bufio.NewWriter(w)
	line := []byte("  frame  time")
	width := (len(l.titles)-1)*l.gap + 1
	for i, t := range l.titles {
		line = center(line, arrowsAt+i*l.gap, t)
	}
	bw.Write(append(line, '\n'))
	var b []byte
	err := f.each(list, func(a *arrow) {
		b = appendPadded(b[:0], strconv.FormatUint(a.frame, 10), 7, true)
		b = append(b, "  "...)
		b = time.Unix(0, a.time).UTC().AppendFormat(b, "15:04:05.000")
		b = append(b, "  "...)
		b = l.appendArrow(b, a, width)
		b = appendNotes(b, a)
		bw.Write(append(b, '\n'))
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// sortedCols yields the peer columns by column number.
func sortedCols(cols map[int]int) func(func(int, int) bool) {
	ids := slices.SortedFunc(func(yield func(int) bool) {
		for id := range cols {
			if !yield(id) {
				return
			}
		}
	}, func(x, y int) int { return cols[x] - cols[y] })
	return func(yield func(int, int) bool) {
		for _, id := range ids {
			if !yield(id, cols[id]) {
				return
			}
		}
	}
}

// streamEnds describes a peer stream's two ends.
func streamEnds(st analyze.StreamSummary) string {
	return fmt.Sprintf("%s (UIN %s) <-> %s (UIN %s)", st.Ends[0], uin(st.UIN[0]), st.Ends[1], uin(st.UIN[1]))
}

// arrowsAt is where the lifelines start: after the frame and the time.
const arrowsAt = 7 + 2 + 12 + 2

// center writes t centred on column x of line, at least a space after what
// line holds.
func center(line []byte, x int, t string) []byte {
	start := max(x-len(t)/2, len(line)+1)
	for len(line) < start {
		line = append(line, ' ')
	}
	return append(line, t...)
}

// appendArrow draws the lifelines with one arrow between two of them:
// ---> a packet, ===> a retransmission, ...> an acknowledgement. The label
// sits in the middle; a lifeline the arrow crosses shows as +.
func (l *ladder) appendArrow(b []byte, a *arrow, width int) []byte {
	start := len(b)
	for i := 0; i < width; i++ {
		b = append(b, ' ')
	}
	d := b[start:]
	for c := range l.titles {
		d[c*l.gap] = '|'
	}
	from, to := l.column(a)
	left, right := min(from, to)*l.gap, max(from, to)*l.gap
	stroke := byte('-')
	switch {
	case a.match != analyze.NotAnAck:
		stroke = '.'
	case a.xref.RetransmissionOf != 0:
		stroke = '='
	}
	for x := left + 1; x < right; x++ {
		if d[x] == '|' {
			d[x] = '+'
		} else {
			d[x] = stroke
		}
	}
	if from < to {
		d[right-1] = '>'
	} else {
		d[left+1] = '<'
	}
	// The label goes in the segment at the right end, so that a crossed
	// lifeline stays in sight.
	label := " " + a.label() + " "
	seg := max(left, right-l.gap)
	copy(d[seg+(right-seg-len(label))/2:], label)
	return b
}

// appendNotes writes what the analyzer knows of the packet, then its key
// fields.
func appendNotes(b []byte, a *arrow) []byte {
	var notes []string
	x := &a.xref
	switch a.match {
	case analyze.AckFirst:
		notes = append(notes, "ack of #"+u(x.AcksFrame)+" ("+msString(x.AckDelayMs)+")")
	case analyze.AckDuplicate:
		notes = append(notes, "duplicate ack of #"+u(x.AcksFrame))
	case analyze.AckOfAck:
		notes = append(notes, "ACK OF ACK #"+u(x.AcksFrame)+" (the spec forbids it)")
	case analyze.AckOfNothing:
		notes = append(notes, "ACK OF NOTHING")
	}
	if x.RetransmissionOf != 0 {
		notes = append(notes, "retransmission "+strconv.Itoa(x.Retransmission)+" of #"+u(x.RetransmissionOf))
	}
	if x.ReplyTo != 0 && a.match == analyze.NotAnAck {
		notes = append(notes, "reply to #"+u(x.ReplyTo))
	}
	switch a.ack {
	case analyze.AckMissing:
		notes = append(notes, "NO ACK")
	case analyze.AckUnknown:
		notes = append(notes, "ACK not known (released early)")
	}
	if len(a.note) > 0 {
		notes = append(notes, string(a.note))
	}
	if len(notes) > 0 {
		b = append(b, "  "...)
		b = append(b, strings.Join(notes, ", ")...)
	}
	return b
}

func msString(ms float64) string { return string(appendMs(nil, ms)) + " ms" }
