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
	pkt       dissect.Packet        // a held packet, put together again for release
	ends      ring.Ring[pendingEnd] // lines ended, waiting for the release of their packets (line.go)
}

type held struct {
	meta    capture.Packet
	head    packetHead // with payload, values and issues, a copy of the decoded packet
	payload []byte
	plain   []byte // a decrypted packet's payload (payload is then its wire bytes)
	values  []dissect.Value
	issues  []dissect.Issue
	brief   Released // everything but Meta and Packet
	waits   bool
	prev    uint64
	stream  *p2pStream
	msg     Message
	hasMsg  bool
	text    []byte
	note    []byte
}

// packetHead is what a dissect.Packet holds besides its payload, values and
// issues. (A whole dissect.Packet per held packet would carry its decoding
// buffers too.)
type packetHead struct {
	dir       dissect.Direction
	version   uint16
	command   *dissect.Command
	code, seq uint16
	uin       uint32
	hasHeader bool
	hasCode   bool
	seq2      uint16
	session   uint32
	sub       *dissect.Command
	subCode   uint16
	hasSub    bool
	// explanation: Explain allocates its values afresh, so they are shared
	explanation dissect.Explanation
	decodedAs   dissect.Reading
	layout      *dissect.Table
	decrypted   bool
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
	r := Released{Xref: in.xref, Match: in.match, Note: in.note, Command: p.Command, Code: p.Code,
		Seq: p.Seq, HasHeader: p.HasHeader, HasCode: p.HasCode, Session: in.session,
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
		e.payload = append(e.payload[:0], m.Payload...)
		e.meta.Payload = e.payload
		e.head = packetHead{dir: p.Dir, version: p.Version, command: p.Command, code: p.Code, seq: p.Seq,
			uin: p.UIN, hasHeader: p.HasHeader, hasCode: p.HasCode, seq2: p.Seq2, session: p.Session,
			sub: p.Sub, subCode: p.SubCode, hasSub: p.HasSub, layout: p.Layout, decrypted: p.Wire != nil,
			explanation: p.Explanation, decodedAs: p.DecodedAs}
		if p.Wire != nil {
			e.plain = append(e.plain[:0], p.Payload...)
		}
		e.values = append(e.values[:0], p.Values...)
		e.issues = append(e.issues[:0], p.Issues...)
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
		p, hd := &h.pkt, &e.head
		p.Payload, p.Values, p.Issues, p.Wire = e.payload, e.values, e.issues, nil
		if hd.decrypted {
			p.Payload, p.Wire = e.plain, e.payload
		}
		p.Dir, p.Version, p.Command, p.Code, p.Seq, p.UIN, p.HasHeader, p.HasCode =
			hd.dir, hd.version, hd.command, hd.code, hd.seq, hd.uin, hd.hasHeader, hd.hasCode
		p.Seq2, p.Session, p.Sub, p.SubCode, p.HasSub, p.Layout = hd.seq2, hd.session, hd.sub, hd.subCode, hd.hasSub, hd.layout
		p.Explanation, p.DecodedAs = hd.explanation, hd.decodedAs
		r.Packet = p
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
