package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
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
	sessions map[int]*diagram
	streams  map[int]*diagram // peer streams of no client session
	rec      recordWriter
	buf      []byte // a record read back
	label    []byte
	keys     linePrinter // renders a packet's key fields for its note
}

// diagram is one ladder diagram being recorded: its arrows, and what
// drawing them needs to know first.
type diagram struct {
	list   spoolList
	widest int   // the longest label
	peers  []int // the peer streams that have arrows, in order of their first
}

func newFlow(s *spool) *flow {
	return &flow{spool: s, sessions: make(map[int]*diagram), streams: make(map[int]*diagram)}
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

func (f *flow) list(m map[int]*diagram, id int) *diagram {
	d := m[id]
	if d == nil {
		d = &diagram{}
		m[id] = d
	}
	return d
}

func (f *flow) record(d *diagram, a arrow) {
	f.rec.b = f.rec.b[:0]
	a.write(&f.rec)
	f.spool.appendRecord(&d.list, f.rec.b)
	f.label = a.appendLabel(f.label[:0])
	d.widest = max(d.widest, len(f.label))
	if a.stream != 0 && !slices.Contains(d.peers, a.stream) {
		d.peers = append(d.peers, a.stream)
	}
}

// ladder is one diagram being drawn: its columns and their positions.
type ladder struct {
	titles []string    // column titles: client, server, peer 1, ... (or A, B)
	cols   map[int]int // the column of each peer stream
	peers  []int       // the peer streams, in column order from column 2
	gap    int
	lone   bool   // a peer stream of no session: columns A and B
	blank  []byte // the lifelines without an arrow, copied for each arrow
	label  []byte // the arrow's label, reused
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

func (f *flow) write(w io.Writer, asJSON bool, sessions *sessionStore, streams *streamStore) error {
	lone := slices.Sorted(mapKeys(f.streams))
	if asJSON {
		return f.writeJSON(w, sessions, streams, lone)
	}
	fmt.Fprintf(w, "=== flow: %d sessions, %d peer streams of no session ===\n", sessions.len(), len(lone))
	io.WriteString(w, "--> packet   ==> retransmission   ..> acknowledgement (ACK, CHANNEL_ACK)   NO ACK: never acknowledged\n\n")
	for i := 0; i < sessions.len(); i++ {
		s := sessions.get(i)
		l := plan(f.sessions[s.ID], false)
		fmt.Fprintf(w, "session %d: client %s (UIN %s), server %s\n", s.ID, s.Client, uin(s.UIN), s.Server)
		fmt.Fprintf(w, "  %s to %s (%s), ended by %s\n", clock(s.First), clock(s.Last), duration(s.Last.Sub(s.First)), s.End)
		if err := f.draw(w, f.sessions[s.ID], l, streams); err != nil {
			return err
		}
	}
	for _, id := range lone {
		l := plan(f.streams[id], true)
		st := streams.get(id - 1)
		fmt.Fprintf(w, "peer stream %d: A %s (UIN %s), B %s (UIN %s)\n", id, st.Ends[0], uin(st.UIN[0]), st.Ends[1], uin(st.UIN[1]))
		if err := f.draw(w, f.streams[id], l, streams); err != nil {
			return err
		}
	}
	return nil
}

func mapKeys(m map[int]*diagram) func(func(int) bool) {
	return func(yield func(int) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// plan lays out a diagram (nil: one without arrows): its columns and
// their spacing.
func plan(d *diagram, lone bool) *ladder {
	l := &ladder{titles: []string{"client", "server"}, cols: map[int]int{}, lone: lone, gap: 24}
	if lone {
		l.titles = []string{"A", "B"}
	}
	if d == nil {
		return l
	}
	if !lone {
		l.peers = d.peers
		for _, id := range d.peers {
			l.cols[id] = len(l.titles)
			l.titles = append(l.titles, "peer "+strconv.Itoa(len(l.titles)-1))
		}
	}
	l.gap = max(d.widest+8, 24)
	return l
}

// each calls fn with every arrow of a diagram (nil: none).
func (f *flow) each(d *diagram, fn func(*arrow)) error {
	if d == nil {
		return nil
	}
	r := f.spool.reader(&d.list)
	var a arrow
	for {
		rec, err := readRecord(r, f.buf)
		if err == io.EOF {
			return nil
		}
		f.buf = rec
		rr := recordReader{b: rec}
		if a.read(&rr); err == nil {
			err = rr.err
		}
		if err != nil {
			return fmt.Errorf("flow: reading back the diagram: %w", err)
		}
		fn(&a)
	}
}

// draw writes a diagram: its peer columns, the column titles, then a line
// per arrow with the frame, the time and the notes.
func (f *flow) draw(w io.Writer, d *diagram, l *ladder, streams *streamStore) error {
	for i, id := range l.peers {
		col := i + 2
		fmt.Fprintf(w, "  %s: stream %d, %s\n", l.titles[col], id, streamEnds(streams.get(id-1)))
	}
	bw := bufio.NewWriter(w)
	line := []byte("  frame  time")
	width := (len(l.titles)-1)*l.gap + 1
	for i, t := range l.titles {
		line = center(line, arrowsAt+i*l.gap, t)
	}
	bw.Write(append(line, '\n'))
	l.blank = l.blank[:0]
	for i := 0; i < width; i++ {
		l.blank = append(l.blank, ' ')
	}
	for c := range l.titles {
		l.blank[c*l.gap] = '|'
	}
	var b []byte
	clock := stampClock
	err := f.each(d, func(a *arrow) {
		b = appendFrameNumber(b[:0], a.frame)
		b = append(b, "  "...)
		b = clock.append(b, time.Unix(0, a.time))
		b = append(b, "  "...)
		b = l.appendArrow(b, a)
		b = appendNotes(b, a)
		bw.Write(append(b, '\n'))
	})
	if err != nil {
		return err
	}
	bw.WriteString("\n")
	return bw.Flush()
}

// streamEnds describes a peer stream's two ends.
func streamEnds(st *analyze.StreamSummary) string {
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
func (l *ladder) appendArrow(b []byte, a *arrow) []byte {
	start := len(b)
	b = append(b, l.blank...)
	d := b[start:]
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
	l.label = append(a.appendLabel(append(l.label[:0], ' ')), ' ')
	seg := max(left, right-l.gap)
	copy(d[seg+(right-seg-len(l.label))/2:], l.label)
	return b
}

// appendNotes writes what the analyzer knows of the packet, then its key
// fields.
func appendNotes(b []byte, a *arrow) []byte {
	start := len(b)
	note := func() []byte {
		if len(b) == start {
			return append(b, "  "...)
		}
		return append(b, ", "...)
	}
	x := &a.xref
	switch a.match {
	case analyze.AckFirst:
		b = appendFrameRef(append(note(), "ack of "...), x.AcksFrame)
		b = append(appendMs(append(b, " ("...), x.AckDelayMs), " ms)"...)
	case analyze.AckDuplicate:
		b = appendFrameRef(append(note(), "duplicate ack of "...), x.AcksFrame)
	case analyze.AckOfAck:
		b = appendFrameRef(append(note(), "ACK OF ACK "...), x.AcksFrame)
		b = append(b, " (the spec forbids it)"...)
	case analyze.AckOfNothing:
		b = append(note(), "ACK OF NOTHING"...)
	}
	if x.RetransmissionOf != 0 {
		b = strconv.AppendInt(append(note(), "retransmission "...), int64(x.Retransmission), 10)
		b = appendFrameRef(append(b, " of "...), x.RetransmissionOf)
	}
	if x.ReplyTo != 0 && a.match == analyze.NotAnAck {
		b = appendFrameRef(append(note(), "reply to "...), x.ReplyTo)
	}
	switch a.ack {
	case analyze.AckMissing:
		b = append(note(), "NO ACK"...)
	case analyze.AckUnknown:
		b = append(note(), "ACK not known (released early)"...)
	}
	if len(a.note) > 0 {
		b = append(note(), a.note...)
	}
	return b
}

// appendFrameNumber writes a frame number right-aligned in 7 columns.
func appendFrameNumber(b []byte, frame uint64) []byte {
	var digits [20]byte
	n := strconv.AppendUint(digits[:0], frame, 10)
	return append(appendSpaces(b, 7-len(n)), n...)
}

func appendSpaces(b []byte, n int) []byte {
	for range n {
		b = append(b, ' ')
	}
	return b
}
