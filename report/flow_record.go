package report

import (
	"math"
	"strconv"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// arrow is one packet of a ladder diagram, as the flow report spools it.
type arrow struct {
	frame  uint64
	time   int64 // ns since the epoch
	stream int   // the peer stream; 0 between client and server
	out    bool  // sent by the diagram's client (or, for a lone stream, by side A)
	dir    dissect.Direction
	// The packet's header: the record keeps its Code, Seq and Read; read
	// back, its Command is looked up in the tables again.
	head  dissect.Header
	init  bool // CHANNEL_INIT
	ack   analyze.AckState
	match analyze.AckMatch
	xref  analyze.Xref
	note  []byte
}

func arrowOf(r *analyze.Released, out bool) arrow {
	a := arrow{frame: r.Meta.Frame, time: r.Meta.Time.UnixNano(), out: out, dir: r.Meta.Dir,
		head: r.Header, init: r.Command == dissect.PeerInit, ack: r.Ack, match: r.Match, xref: r.Xref, note: r.Note}
	if r.Meta.Transport == capture.TCP {
		a.stream = r.Meta.Stream
	}
	a.head.Command = a.command() // as read back from the spool, so the ladder is laid out with the names it shows
	return a
}

// write writes the arrow's record; AckDelayMs is kept in whole nanoseconds,
// rounded (truncated, 15724 ns read back 15723).
func (a *arrow) write(w *recordWriter) {
	for _, n := range []uint64{a.frame, a.xref.AcksFrame, uint64(math.Round(a.xref.AckDelayMs * 1e6)), a.xref.AckedIn,
		a.xref.RetransmissionOf, a.xref.ReplyTo, uint64(a.head.Code), uint64(a.head.Seq), uint64(a.head.Read),
		uint64(a.dir), uint64(a.ack), uint64(a.match)} {
		w.uint(n)
	}
	w.int(a.time)
	w.int(int64(a.stream))
	w.int(int64(a.xref.Retransmission))
	for _, b := range []bool{a.out, a.init} {
		w.bool(b)
	}
	w.bytes(a.note)
}

// read reads an arrow back; its note is valid as long as the record's bytes.
func (a *arrow) read(r *recordReader) {
	*a = arrow{frame: r.uint()}
	a.xref = analyze.Xref{AcksFrame: r.uint(), AckDelayMs: float64(r.uint()) / 1e6, AckedIn: r.uint(),
		RetransmissionOf: r.uint(), ReplyTo: r.uint()}
	a.head = dissect.Header{Code: uint16(r.uint()), Seq: uint16(r.uint()), Read: dissect.HeaderField(r.uint())}
	a.dir, a.ack, a.match = dissect.Direction(r.uint()), analyze.AckState(r.uint()), analyze.AckMatch(r.uint())
	a.time = r.int()
	a.stream = int(r.int())
	a.xref.Retransmission = int(r.int())
	a.out, a.init = r.bool(), r.bool()
	a.note = r.bytes()
	if r.err == nil {
		a.head.Command = a.command()
	}
}

// command returns the arrow's command from the tables of its direction, or
// nil. (A v5 packet's code is looked up in v2's tables, as the ladder always
// named it.)
func (a *arrow) command() *dissect.Command {
	switch {
	case a.init:
		return dissect.PeerInit
	case !a.head.HasCode():
		return nil
	case a.dir == dissect.PeerToPeer:
		return dissect.Peer.Lookup(a.head.Code)
	}
	if t := dissect.ForDirection(a.dir); t != nil { // none for a corrupt record
		return t.Lookup(a.head.Code)
	}
	return nil
}

// appendName appends the arrow's command as the other outputs name it:
// the spec's name, UNKNOWN(0xNNNN) for a code it does not list, or "(no
// header)" when the packet ends before its code.
func (a *arrow) appendName(b []byte) []byte {
	if a.head.Command == nil && !a.head.HasCode() {
		return append(b, "(no header)"...)
	}
	return a.head.AppendCommandName(b)
}

// appendLabel appends what the arrow carries: the command and its SEQ_NUM.
func (a *arrow) appendLabel(b []byte) []byte {
	b = a.appendName(b)
	if a.head.HasHeader() {
		b = strconv.AppendUint(append(b, " seq="...), uint64(a.head.Seq), 10)
	}
	return b
}
