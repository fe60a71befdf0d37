package report

import (
	"encoding/binary"
	"io"
	"strconv"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// arrow is one packet of a ladder diagram, as the flow report spools it.
type arrow struct {
	frame     uint64
	time      int64 // ns since the epoch
	stream    int   // the peer stream; 0 between client and server
	out       bool  // sent by the diagram's client (or, for a lone stream, by side A)
	dir       dissect.Direction
	code, seq uint16
	hasHeader bool
	known     bool // the code was read (the tables may not list it)
	init      bool // CHANNEL_INIT
	ack       analyze.AckState
	match     analyze.AckMatch
	xref      analyze.Xref
	note      []byte
}

func arrowOf(r *analyze.Released, out bool) arrow {
	a := arrow{frame: r.Meta.Frame, time: r.Meta.Time.UnixNano(), out: out, dir: r.Meta.Dir,
		code: r.Code, seq: r.Seq, hasHeader: r.HasHeader, known: r.HasCode,
		init: r.Command == dissect.PeerInit, ack: r.Ack, match: r.Match, xref: r.Xref, note: r.Note}
	if r.Meta.Transport == capture.TCP {
		a.stream = r.Meta.Stream
	}
	return a
}

// The spooled form: fixed-width fields, then the note.
const arrowFixed = 8*7 + 4 + 2*4 + 4

const (
	flagOut = 1 << iota
	flagHeader
	flagKnown
	flagInit
)

func (a *arrow) append(b []byte) []byte {
	le := binary.LittleEndian
	b = le.AppendUint64(b, a.frame)
	b = le.AppendUint64(b, uint64(a.time))
	b = le.AppendUint64(b, a.xref.AcksFrame)
	b = le.AppendUint64(b, uint64(a.xref.AckDelayMs*1e6)) // ns
	b = le.AppendUint64(b, a.xref.AckedIn)
	b = le.AppendUint64(b, a.xref.RetransmissionOf)
	b = le.AppendUint64(b, a.xref.ReplyTo)
	b = le.AppendUint32(b, uint32(a.stream))
	b = le.AppendUint16(b, a.code)
	b = le.AppendUint16(b, a.seq)
	b = le.AppendUint16(b, uint16(a.xref.Retransmission))
	b = le.AppendUint16(b, uint16(len(a.note)))
	var flags byte
	for i, on := range []bool{a.out, a.hasHeader, a.known, a.init} {
		if on {
			flags |= 1 << i
		}
	}
	b = append(b, flags, byte(a.dir), byte(a.ack), byte(a.match))
	return append(b, a.note...)
}

// read reads the next arrow; its note is valid until the next read.
func (a *arrow) read(r io.Reader, scratch *[]byte) error {
	buf := append((*scratch)[:0], make([]byte, arrowFixed)...)
	if _, err := io.ReadFull(r, buf); err != nil {
		return err
	}
	le := binary.LittleEndian
	u64 := func(i int) uint64 { return le.Uint64(buf[8*i:]) }
	*a = arrow{frame: u64(0), time: int64(u64(1))}
	a.xref = analyze.Xref{AcksFrame: u64(2), AckDelayMs: float64(u64(3)) / 1e6, AckedIn: u64(4),
		RetransmissionOf: u64(5), ReplyTo: u64(6)}
	rest := buf[56:]
	a.stream = int(le.Uint32(rest))
	a.code, a.seq = le.Uint16(rest[4:]), le.Uint16(rest[6:])
	a.xref.Retransmission = int(le.Uint16(rest[8:]))
	n := int(le.Uint16(rest[10:]))
	flags := rest[12]
	a.out, a.hasHeader, a.known, a.init = flags&flagOut != 0, flags&flagHeader != 0, flags&flagKnown != 0, flags&flagInit != 0
	a.dir, a.ack, a.match = dissect.Direction(rest[13]), analyze.AckState(rest[14]), analyze.AckMatch(rest[15])
	buf = append(buf, make([]byte, n)...)
	if _, err := io.ReadFull(r, buf[arrowFixed:]); err != nil {
		return err
	}
	a.note = buf[arrowFixed:]
	*scratch = buf
	return nil
}

// command returns the arrow's command from the tables, or nil.
func (a *arrow) command() *dissect.Command {
	switch {
	case a.init:
		return dissect.PeerInit
	case !a.known:
		return nil
	case a.dir == dissect.PeerToPeer:
		return dissect.Peer.Lookup(a.code)
	}
	return dissect.ForDirection(a.dir).Lookup(a.code)
}

// appendName appends the arrow's command as the other outputs name it:
// the spec's name, UNKNOWN(0xNNNN) for a code it does not list, or "(no
// header)" when the packet ends before its code.
func (a *arrow) appendName(b []byte) []byte {
	switch c := a.command(); {
	case c != nil:
		return append(b, c.Display()...)
	case a.known:
		return dissect.AppendUnknownName(b, a.code)
	}
	return append(b, "(no header)"...)
}

// appendLabel appends what the arrow carries: the command and its SEQ_NUM.
func (a *arrow) appendLabel(b []byte) []byte {
	b = a.appendName(b)
	if a.hasHeader {
		b = strconv.AppendUint(append(b, " seq="...), uint64(a.seq), 10)
	}
	return b
}
