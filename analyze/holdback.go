package analyze

import (
	"github.com/icqdump/icqdump/internal/ring"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// holdback releases packets in frame order once their cross references are
// settled. A packet that may still be acknowledged waits, and every packet
// after it waits behind it, until its ACK comes, Window passes (then it is
// unacknowledged), MaxHeld packets wait, or the capture ends. A held packet
// owns a copy of what it needs; the copies' buffers are reused, so holding
// allocates nothing once the queue has reached its largest size.
//
// Every packet gets a position, 1, 2, ..., whether it is held or not: the
// pairing tables find a held packet by its position.
type holdback struct {
	on        bool // someone receives the output; otherwise nothing is held
	keep      bool // held packets keep their payload and decoding
	immediate bool // release every packet at once (Config.Immediate)
	release   func(*Released)
	message   func(*Message)
	queue     ring.Ring[held]
	headPos   uint64                // position of the queue's front
	nextPos   uint64                // position of the packet being analysed
	out       Released              // what is handed out (a field, so as not to allocate)
	ends      ring.Ring[pendingEnd] // lines ended, waiting for the release of their packets (line.go)
}

type held struct {
	meta   capture.Packet
	pkt    dissect.Packet // a copy of the decoded packet, when the holdback keeps them
	brief  Released       // everything but Meta and Packet
	waits  bool
	prev   uint64
	stream *p2pStream
	msg    Message
	hasMsg bool
	text   []byte
	note   []byte
}

func (h *holdback) at(pos uint64) *held {
	if pos < h.headPos || pos >= h.headPos+uint64(h.queue.Len()) {
		return nil
	}
	return h.queue.At(int(pos - h.headPos))
}

// add takes the packet just analysed: released at once when nothing waits
// and nothing can refer to it later, held otherwise.
func (h *holdback) add(a *Analyzer, m *capture.Packet, p *dissect.Packet, in *arrival) {
	if !h.on {
		return
	}
	pos := h.nextPos
	h.nextPos++
	h.releaseSettled(a)
	if h.queue.Len() == MaxHeld {
		h.releaseFront(a)
		h.releaseSettled(a)
	}
	if h.queue.Len() == 0 && (!in.waits || h.immediate) {
		r := &h.out
		*r = brief(m, p, in)
		r.Meta, r.Packet = m, p
		h.emit(a, r, in.stream, in.from, &in.msg, in.hasMsg)
		h.headPos = h.nextPos
		h.releaseEnds(a)
		return
	}
	if h.queue.Len() == 0 {
		h.headPos = pos
	}
	h.hold(m, p, in)
}

// brief is the part of Released that outlives the packet's buffers.
func brief(m *capture.Packet, p *dissect.Packet, in *arrival) Released {
	r := Released{Xref: in.xref, Match: in.match, Note: in.note, Header: p.Header, Session: in.session,
		Interval: in.interval, SeqAnomaly: in.seq, ExpectedSeq: in.expected, V5: in.v5}
	if in.line != nil {
		r.Facts = *in.line
	}
	if in.waits {
		r.Ack = AckUnknown
	}
	return r
}

// hold copies the packet into the next slot, reusing the slot's buffers.
func (h *holdback) hold(m *capture.Packet, p *dissect.Packet, in *arrival) {
	e := h.queue.Extend()
	e.brief = brief(m, p, in)
	e.waits, e.prev, e.stream, e.hasMsg = in.waits, in.prev, in.stream, in.hasMsg
	e.meta = *m
	e.meta.Payload = nil
	if h.keep {
		p.CopyInto(&e.pkt)
		e.meta.Payload = onWire(&e.pkt)
	}
	if in.hasMsg {
		e.msg = in.msg
		e.text = append(e.text[:0], in.msg.Text...)
		e.msg.Text = e.text
	}
	e.brief.From = in.from
	e.note = append(e.note[:0], in.note...)
	e.brief.Note = e.note
}

// onWire is the payload a packet was decoded from: its bytes on the wire
// (the capture's payload), before any decryption.
func onWire(p *dissect.Packet) []byte {
	if p.Wire != nil {
		return p.Wire
	}
	return p.Payload
}

// settle records the verdict on a held packet that waits for an ACK, and on
// the earlier transmissions of the same packet that still wait.
func (h *holdback) settle(pos uint64, state AckState, ackFrame uint64) {
	for e := h.at(pos); e != nil && e.waits; e = h.at(e.prev) {
		e.waits = false
		e.brief.Ack = state
		if state == AckSeen {
			e.brief.Xref.AckedIn = ackFrame
		}
	}
}

// noteAckedIn names the ACK of a held packet that does not wait for one (an
// ACK acknowledged against the spec).
func (h *holdback) noteAckedIn(pos, frame, ackFrame uint64) {
	if e := h.at(pos); e != nil && e.meta.Frame == frame {
		e.brief.Xref.AckedIn = ackFrame
	}
}

// releaseSettled releases the front of the queue while it is settled, or
// too old to wait longer.
func (h *holdback) releaseSettled(a *Analyzer) {
	for h.queue.Len() > 0 {
		e := h.queue.Front()
		if e.waits && a.now-e.meta.Time.UnixNano() <= 2*int64(Window) {
			return
		}
		h.releaseFront(a)
	}
}

func (h *holdback) releaseFront(a *Analyzer) {
	e := h.queue.Front()
	r := &h.out
	*r = e.brief
	r.Meta = &e.meta
	if h.keep {
		r.Packet = &e.pkt
	}
	h.emit(a, r, e.stream, r.From, &e.msg, e.hasMsg)
	h.queue.Pop()
	h.headPos++
	h.releaseEnds(a)
}

// flush releases everything (the end of the capture).
func (h *holdback) flush(a *Analyzer) {
	for h.queue.Len() > 0 {
		h.releaseFront(a)
	}
}

// emit hands a packet, and the message it carries, to their receivers.
func (h *holdback) emit(a *Analyzer, r *Released, st *p2pStream, from int, msg *Message, hasMsg bool) {
	if st != nil {
		r.Sides, r.From = st.Session, from
	}
	if h.release != nil {
		h.release(r)
	}
	if !hasMsg || h.message == nil {
		return
	}
	if st != nil {
		msg.To = st.UIN[1-from]
		if msg.To == 0 && st.sess[1-from] != nil {
			msg.To = st.sess[1-from].UIN
		}
		msg.Session = st.Session[from]
	}
	h.message(msg)
}
