package analyze

import (
	"slices"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// A line is a client's session as the rules judge it: one or more of the
// analyzer's sessions of the same client and server endpoints, each after
// the first carrying on the one before it. The analyzer starts a new
// session at B_USER_DISCONNECTED and after SilenceTimeout; a session that
// then goes on without a new LOGIN and with the same UIN is, to the rules,
// the one before it (a packet after the disconnect is a departure of that
// session, not a new one).

// SessionFacts is what the analyzer knows of a UDP packet's line once it
// has analysed the packet: the facts check's rules read, computed here once.
type SessionFacts struct {
	Line int // the line's first session: what the rules key their memory by
	// UIN is the first UIN a client packet with a header carried in the
	// line (this packet's included); 0 while none has.
	UIN uint32
	// SawLogin: a v2 LOGIN (its first transmission) was seen in the line,
	// so what follows it can be judged.
	SawLogin bool
}

// V5Facts is how a v5 packet departs from its line's numbering, found when
// the analyzer analysed it: zero where it does not (check's ICQ5- rules).
type V5Facts struct {
	SessionFrame uint64 // its SESSION_ID is not the line's: the packet that set the line's
	Seq2Frame    uint64 // a client request whose SEQ_NUM2 is not the previous one's + 1: that previous one
	Session      uint32 // with SessionFrame, the line's SESSION_ID
	NextSeq2     uint16 // with Seq2Frame, the SEQ_NUM2 it should carry
	Seq2Known    bool   // the client's SEQ_NUM2 had been seen: a reply can be judged against it
}

// v5Line is a line's v5 numbering: the SESSION_ID its first packet, or the
// latest login with a new one, set; the SEQ_NUM2 the client's next request
// carries. A frame of 0: not seen yet.
type v5Line struct {
	session      uint32
	sessionFrame uint64
	nextSeq2     uint16
	seq2Frame    uint64
}

// sessionOf follows the SESSION_ID of a v5 packet with a header.
func (l *v5Line) sessionOf(p *dissect.Packet, frame uint64, in *arrival) {
	switch {
	case l.sessionFrame == 0 || newLogin5(p) && p.Session != l.session:
		l.session, l.sessionFrame, l.seq2Frame = p.Session, frame, 0
	case p.Session != l.session:
		in.v5.SessionFrame, in.v5.Session = l.sessionFrame, l.session
	}
	in.v5.Seq2Known = l.seq2Frame != 0
}

// seq2Of follows the SEQ_NUM2 of a client's v5 request on its first
// transmission. A keep-alive or text code may carry 0 (v5 facts §1.4).
func (l *v5Line) seq2Of(p *dissect.Packet, frame uint64, in *arrival) {
	if p.Seq2 == 0 && (p.Command == dissect.Cmd5KeepAlive || p.Command == dissect.Cmd5SendTextCode) {
		return
	}
	if l.seq2Frame != 0 && p.Seq2 != l.nextSeq2 {
		in.v5.Seq2Frame, in.v5.NextSeq2 = l.seq2Frame, l.nextSeq2
	}
	l.nextSeq2, l.seq2Frame = p.Seq2+1, frame
}

// LineEnded is a line that no later packet carries on, handed to
// Config.LineEnded after every packet of it has been released.
type LineEnded struct {
	SessionFacts
	Last int // the line's latest session
	// End is EndSilence when the capture went on past the line's silence,
	// EndCap when the cap on sessions retired it, EndCapture when the
	// capture ended first.
	End End
}

// lineSpan is how long after its last packet a line whose session fell
// silent (SilenceTimeout) can still be carried on: its packets wait at
// most 2*Window.
const lineSpan = SilenceTimeout + 2*Window

// waitingLine is a line whose session fell silent, kept lineSpan in case
// a later session carries it on: what that session would take of it.
type waitingLine struct {
	LineEnded // its facts, and Last: the session that fell silent
	v5        v5Line
	last      int64 // the capture time (ns) of its last packet
	key       sessionKey
}

// startLine gives a new session its line: that of prev (the session of the
// same endpoints it replaces) or of the latest of those endpoints that fell
// silent, when that line began with a LOGIN and the packet carries it on; a
// new one otherwise.
func (a *Analyzer) startLine(s, prev *session, key sessionKey, m *capture.Packet, p *dissect.Packet) {
	switch {
	case prev != nil && carriesOn(&prev.line, m, p):
		s.line, s.v5, prev.lineGoesOn = prev.line, prev.v5, true
	case prev == nil && a.resume(s, key, m, p):
	default:
		s.line = SessionFacts{Line: s.ID}
	}
	a.capLines() // s is live now
}

// resume carries on the waiting line of s's endpoints, if there is one and
// s's first packet carries it on.
func (a *Analyzer) resume(s *session, key sessionKey, m *capture.Packet, p *dissect.Packet) bool {
	w, ok := a.silent[key]
	if !ok {
		return false
	}
	delete(a.silent, key)
	if !carriesOn(&w.SessionFacts, m, p) {
		return false
	}
	s.line, s.v5 = w.SessionFacts, w.v5
	a.carried[w.Last] = true
	return true
}

// carriesOn reports whether p, the first packet of a new session, carries
// on a line: one that began with a LOGIN, by anything but a LOGIN or
// another UIN.
func carriesOn(line *SessionFacts, m *capture.Packet, p *dissect.Packet) bool {
	switch {
	case !line.SawLogin:
		return false
	case m.Dir != dissect.ClientToServer || !p.HasHeader():
		return true
	}
	return p.Command != login && p.UIN == line.UIN
}

// endLine settles a finalized session's line: nothing when a later session
// carries it on; a line that fell silent waits lineSpan, in case it goes
// on; any other ends now.
func (a *Analyzer) endLine(s *session, how End) {
	switch {
	case s.lineGoesOn:
	case how == EndSilence:
		w := waitingLine{LineEnded: LineEnded{SessionFacts: s.line, Last: s.ID}, v5: s.v5, last: s.last,
			key: keyOf(s.Client, s.Server)}
		a.waiting.push(w)
		if !s.replaced {
			a.silent[w.key] = w
		}
		a.capLines()
	default:
		a.lineEnded(LineEnded{SessionFacts: s.line, Last: s.ID}, how)
	}
}

// capLines ends the lines that waited longest while the live sessions and
// the waiting lines pass the cap on sessions together: what the rules
// remember stays under it.
func (a *Analyzer) capLines() {
	for len(a.waiting) > 0 && a.live+len(a.waiting) > a.maxSess {
		a.endWaiting(EndCap)
	}
}

// expireLines ends the lines silent for lineSpan (all at the end of the
// capture).
func (a *Analyzer) expireLines(all bool) {
	how := EndSilence
	if all {
		how = EndCapture
	}
	for len(a.waiting) > 0 && (all || a.now-a.waiting[0].last > int64(lineSpan)) {
		a.endWaiting(how)
	}
}

// endWaiting ends the line silent the longest, unless a later session
// carried it on.
func (a *Analyzer) endWaiting(how End) {
	w := a.waiting.pop()
	if a.silent[w.key].Last == w.Last {
		delete(a.silent, w.key)
	}
	if a.carried[w.Last] {
		delete(a.carried, w.Last)
		return
	}
	a.lineEnded(w.LineEnded, how)
}

// lineEnded hands the end of a line, how it ended, to Config.LineEnded once
// every packet analysed so far (its own among them) has been released; at
// the end of the capture, after the last packet, in the order of their
// latest sessions.
func (a *Analyzer) lineEnded(end LineEnded, how End) {
	if a.cfg.LineEnded == nil {
		return
	}
	end.End = how
	e := pendingEnd{end, a.hold.nextPos - 1}
	switch {
	case how == EndCapture:
		a.finalEnds = append(a.finalEnds, e)
	case !a.hold.on || a.hold.ends.Len() == 0 && e.pos < a.hold.headPos:
		a.cfg.LineEnded(&e.LineEnded)
	default:
		a.hold.ends.Push(e)
	}
}

// pendingEnd is a line's end waiting for the release of the packets up to
// position pos.
type pendingEnd struct {
	LineEnded
	pos uint64
}

// releaseEnds hands out the ends whose packets have all been released.
func (h *holdback) releaseEnds(a *Analyzer) {
	for h.ends.Len() > 0 && h.ends.Front().pos < h.headPos {
		e := h.ends.Front().LineEnded
		h.ends.Pop()
		a.cfg.LineEnded(&e)
	}
}

// releaseFinalEnds hands out, after the last packet (the others' ends are
// out by then), the lines the end of the capture ended.
func (a *Analyzer) releaseFinalEnds() {
	slices.SortFunc(a.finalEnds, func(x, y pendingEnd) int { return x.Last - y.Last })
	for i := range a.finalEnds {
		a.cfg.LineEnded(&a.finalEnds[i].LineEnded)
	}
	a.finalEnds = nil
}

// lineHeap holds the lines waiting after a silence, the one whose last
// packet is the oldest first: sessions are finalized in about that order,
// not in it (expireIdle).
type lineHeap []waitingLine

func (h *lineHeap) push(w waitingLine) {
	*h = append(*h, w)
	q := *h
	for i := len(q) - 1; i > 0; {
		up := (i - 1) / 2
		if q[up].last <= q[i].last {
			break
		}
		q[up], q[i] = q[i], q[up]
		i = up
	}
}

func (h *lineHeap) pop() waitingLine {
	q := *h
	top, n := q[0], len(q)-1
	q[0] = q[n]
	q = q[:n]
	for i := 0; ; {
		least := i
		for _, c := range [2]int{2*i + 1, 2*i + 2} {
			if c < n && q[c].last < q[least].last {
				least = c
			}
		}
		if least == i {
			break
		}
		q[i], q[least] = q[least], q[i]
		i = least
	}
	*h = q
	return top
}
