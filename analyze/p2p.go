package analyze

import (
	"net/netip"
	"slices"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

var (
	channelMessage = dissect.PeerMessage
	channelAck     = dissect.PeerAck
	channelCancel  = dissect.PeerCancel
)

// autoReply is CMD_TYPE's value for an auto reply (CmdType in dissect).
const autoReply = 0x0000

// maxPending bounds the messages of one stream side awaiting an answer.
const maxPending = 32

// StreamSummary describes one peer TCP stream. Side 0 is the endpoint that
// sent the stream's first packet (normally the one that connected).
type StreamSummary struct {
	Stream     int
	Ends       [2]netip.AddrPort
	UIN        [2]uint32 // from CHANNEL_INIT or the messages; 0 if not seen
	Session    [2]int    // the client session of each side, 0 if none
	Recognized string    // how the capture recognised the stream as ICQ
	First      time.Time
	Last       time.Time

	Packets, Bytes [2]uint64
	Inits          [2]uint64 // CHANNEL_INIT
	Messages       [2]uint64 // real messages (CMD_TYPE not auto reply)
	AutoReplies    [2]uint64 // real messages answered by an auto reply: the CHANNEL_ACK that carries it, or a CHANNEL_MESSAGE with CMD_TYPE auto reply
	Acks           [2]uint64 // CHANNEL_ACK
	Cancels        [2]uint64 // CHANNEL_CANCEL
	Unacked        [2]uint64 // real messages never acknowledged
	Other          [2]uint64 // packets of no known command
	Gaps           uint64    // packets after bytes lost from the stream
}

// p2pStream is a live peer stream.
type p2pStream struct {
	StreamSummary
	sess    [2]*session
	pending [2][]pendingMsg
	last    int64 // capture time (ns) of the latest packet
}

// StreamTimeout ends a peer stream silent this long: longer than the
// reader's idle timeout (10 minutes), after which the connection's next
// segment starts a stream of another number.
const StreamTimeout = 15 * time.Minute

// pendingMsg is a real message awaiting its CHANNEL_ACK and auto reply.
type pendingMsg struct {
	frame   uint64
	at      int64
	pos     uint64
	x4      uint32 // the spec's "checksum? sequence number?": an answer repeats it
	acked   bool
	replied bool
	auto    bool // its auto reply was counted (in its CHANNEL_ACK or a CHANNEL_MESSAGE)
}

// pendingRef finds a pending message again when its Window has passed.
type pendingRef struct {
	st    *p2pStream
	side  int
	frame uint64
	at    int64
}

// peerPacket follows one peer packet of a reassembled TCP stream.
func (a *Analyzer) peerPacket(m *capture.Packet, p *dissect.Packet, in *arrival) {
	st := a.stream(m)
	side := 0
	if m.Src != st.Ends[0] {
		side = 1
	}
	in.stream, in.from = st, side
	st.last = a.now
	st.Packets[side]++
	st.Bytes[side] += uint64(len(m.Payload))
	st.Last = m.Time
	for i := range p.Issues {
		if p.Issues[i].Kind == dissect.IssueGap {
			st.Gaps++
			break
		}
	}
	st.learnUIN(side, p)
	a.bind(st)
	other := 1 - side
	switch p.Command {
	case dissect.PeerInit, dissect.PeerInit6:
		st.Inits[side]++
	case dissect.Peer6Message:
		st.Messages[side]++
		a.countPeerMessage(st, side)
		a.await(st, side, m, p)
		in.waits = true
		a.peerMessage(m, p, in, false)
	case dissect.Peer6Ack:
		a.peerAck(st, other, m, p, in, true) // v6 has no auto-reply message: the acknowledgement carries it
	case dissect.Peer6Cancel:
		st.Cancels[side]++
	case channelMessage:
		if num(p, dissect.FCmdType) == autoReply {
			pm := st.answer(other, p, func(pm *pendingMsg) bool { return !pm.replied })
			if pm != nil {
				pm.replied = true
				in.xref.ReplyTo = pm.frame
			}
			st.countAutoReply(side, pm)
			a.peerMessage(m, p, in, true)
			return
		}
		st.Messages[side]++
		a.countPeerMessage(st, side)
		a.await(st, side, m, p)
		in.waits = true
		a.peerMessage(m, p, in, false)
	case channelAck:
		a.peerAck(st, other, m, p, in, false)
		if v := p.Value(dissect.FMessage); v != nil && v.DataLen > 0 {
			a.peerMessage(m, p, in, true)
		}
	case channelCancel:
		st.Cancels[side]++
	default:
		st.Other[side]++
	}
}

// peerAck pairs a peer acknowledgement with the oldest open message of the
// other side; replies says the acknowledgement is that message's answer too.
// The spec: "The auto reply is sent as an acknowledgement".
func (a *Analyzer) peerAck(st *p2pStream, other int, m *capture.Packet, p *dissect.Packet, in *arrival, replies bool) {
	side := 1 - other
	st.Acks[side]++
	in.match = AckOfNothing
	if pm := st.answer(other, p, func(pm *pendingMsg) bool { return !pm.acked }); pm != nil {
		in.match = AckFirst
		pm.acked = true
		pm.replied = pm.replied || replies
		st.countAutoReply(side, pm)
		in.xref.AcksFrame, in.xref.ReplyTo = pm.frame, pm.frame
		in.xref.AckDelayMs = float64(a.now-pm.at) / float64(time.Millisecond)
		a.hold.settle(pm.pos, AckSeen, m.Frame)
	}
}

// countAutoReply counts an auto reply side sent to the message pm (nil when
// the message is not in the capture), once per message: a client may send
// it in the CHANNEL_ACK and again in a CHANNEL_MESSAGE.
func (st *p2pStream) countAutoReply(side int, pm *pendingMsg) {
	if pm == nil || !pm.auto {
		st.AutoReplies[side]++
	}
	if pm != nil {
		pm.auto = true
	}
}

func (a *Analyzer) stream(m *capture.Packet) *p2pStream {
	st := a.streams[m.Stream]
	if st == nil {
		a.capStreams()
		st = &p2pStream{StreamSummary: StreamSummary{Stream: m.Stream, Ends: [2]netip.AddrPort{m.Src, m.Dst},
			First: m.Time, Recognized: m.Recognized}}
		a.streams[m.Stream] = st
		a.idle.Push(idleEntry[*p2pStream]{v: st, at: a.now})
	}
	return st
}

// capStreams retires the least recently active streams while a new one
// would pass the cap.
func (a *Analyzer) capStreams() {
	for len(a.streams) >= a.maxStrm && a.idle.Len() > 0 {
		e := *a.idle.Front()
		a.idle.Pop()
		if st := e.v; st.last > e.at {
			a.idle.Push(idleEntry[*p2pStream]{v: st, at: st.last})
		} else {
			a.evicted.Streams++
			a.endStream(st)
		}
	}
}

// expireStreams hands the streams silent for StreamTimeout (all of them at
// the end of the capture) to Config.StreamEnded, and keeps them with
// Config.KeepEnded.
func (a *Analyzer) expireStreams(all bool) {
	expireIdle(&a.idle, a.now, int64(StreamTimeout), all, func(st *p2pStream) int64 { return st.last },
		a.endStream)
}

func (a *Analyzer) endStream(st *p2pStream) {
	delete(a.streams, st.Stream)
	if a.cfg.KeepEnded {
		a.doneStrm = append(a.doneStrm, st.StreamSummary)
	}
	if a.cfg.StreamEnded != nil {
		a.cfg.StreamEnded(&st.StreamSummary)
	}
}

// learnUIN takes a side's UIN from CHANNEL_INIT's MY_UIN or a message's UIN.
func (st *p2pStream) learnUIN(side int, p *dissect.Packet) {
	if st.UIN[side] != 0 {
		return
	}
	if src, dest := dissect.HandshakeUINs(p); src != 0 {
		st.UIN[side] = src
		if st.UIN[1-side] == 0 {
			st.UIN[1-side] = dest
		}
	} else if p.Command == dissect.PeerInit {
		st.UIN[side] = num(p, dissect.FMyUIN)
	} else if p.Command != nil {
		st.UIN[side] = num(p, dissect.FUIN)
	}
}

// bind ties each side of a stream to the client session at its address:
// the one with the side's UIN, else the one whose LOGIN announced the
// side's port (its listener), else the only one there, unless that one
// announced another port for the side that was connected to: several
// clients may share an address.
func (a *Analyzer) bind(st *p2pStream) {
	for side := range st.sess {
		if s := st.sess[side]; s != nil && !s.finalized {
			continue
		}
		st.sess[side], st.Session[side] = nil, 0
		if pick := a.sessionOf(st, side); pick != nil {
			st.sess[side], st.Session[side] = pick, pick.ID
			pick.bound = true
		}
	}
}

func (a *Analyzer) sessionOf(st *p2pStream, side int) *session {
	end := st.Ends[side]
	cands := a.sessionsAt(end.Addr())
	var pick *session
	// The list is in no order (unlistIP): the latest session with the UIN,
	// or the first with the port, is told by its ID.
	for _, s := range cands {
		if st.UIN[side] != 0 && s.UIN == st.UIN[side] && (pick == nil || s.ID > pick.ID) {
			pick = s
		}
	}
	if pick != nil || st.UIN[side] != 0 {
		return pick
	}
	for _, s := range cands {
		if s.peerPort == end.Port() && (pick == nil || s.ID < pick.ID) {
			pick = s
		}
	}
	if pick != nil {
		return pick
	}
	// Side 1 is the side connected to: its port is its client's listener.
	if len(cands) == 1 && st.sess[1-side] != cands[0] && (side == 0 || cands[0].peerPort == 0) {
		return cands[0]
	}
	return nil
}

func (a *Analyzer) countPeerMessage(st *p2pStream, side int) {
	if s := st.sess[side]; s != nil {
		s.SentPeer++
	}
	if s := st.sess[1-side]; s != nil {
		s.ReceivedPeer++
	}
}

// await remembers a real message until it is answered or Window passes.
func (a *Analyzer) await(st *p2pStream, side int, m *capture.Packet, p *dissect.Packet) {
	if len(st.pending[side]) >= maxPending {
		a.closePending(st, side, 0)
	}
	st.pending[side] = append(st.pending[side], pendingMsg{frame: m.Frame, at: a.now,
		pos: a.hold.nextPos, x4: num(p, dissect.FX4)})
	a.messages.Push(pendingRef{st: st, side: side, frame: m.Frame, at: a.now})
}

// answer finds the message from side that an answer refers to: the one with
// the answer's X4, else the oldest still open.
func (st *p2pStream) answer(side int, p *dissect.Packet, open func(*pendingMsg) bool) *pendingMsg {
	list := st.pending[side]
	if v := p.Value(dissect.FX4); v != nil && !v.Partial {
		for i := range list {
			if list[i].x4 == v.Num && open(&list[i]) {
				return &list[i]
			}
		}
	}
	for i := range list {
		if open(&list[i]) {
			return &list[i]
		}
	}
	return nil
}

// expireMessages closes the pending messages older than Window (all of them
// at the end of the capture).
func (a *Analyzer) expireMessages(all bool) {
	for a.messages.Len() > 0 {
		r := *a.messages.Front()
		if !all && a.now-r.at <= int64(Window) {
			return
		}
		a.messages.Pop()
		i := slices.IndexFunc(r.st.pending[r.side], func(pm pendingMsg) bool { return pm.frame == r.frame })
		if i >= 0 {
			a.closePending(r.st, r.side, i)
		}
	}
}

// closePending forgets pending message i of side, noting it if unanswered.
func (a *Analyzer) closePending(st *p2pStream, side, i int) {
	pm := st.pending[side][i]
	if !pm.acked {
		st.Unacked[side]++
		a.hold.settle(pm.pos, AckMissing, 0)
	}
	st.pending[side] = slices.Delete(st.pending[side], i, i+1)
}

// Streams returns every peer stream record in order of first appearance
// (the ended ones with Config.KeepEnded; all of them after Finish).
func (a *Analyzer) Streams() []StreamSummary {
	out := slices.Clone(a.doneStrm)
	for _, st := range a.streams {
		out = append(out, st.StreamSummary)
	}
	slices.SortStableFunc(out, func(x, y StreamSummary) int { return x.Stream - y.Stream })
	return out
}
