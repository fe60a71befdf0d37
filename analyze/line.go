package analyze

import (
	"cmp"
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

// startLine gives a new session its line: prev's, when prev (the session
// of the same endpoints it replaces, or the latest that fell silent) began
// with a LOGIN and the packet carries it on; a new one otherwise.
func (a *Analyzer) startLine(s, prev *session, key sessionKey, m *capture.Packet, p *dissect.Packet) {
	if t := a.silent[key]; t != nil {
		delete(a.silent, key)
		prev = cmp.Or(prev, t)
	}
	if prev != nil && prev.line.SawLogin && carriesOn(prev, m, p) {
		s.line, prev.lineGoesOn = prev.line, true
		return
	}
	s.line = SessionFacts{Line: s.ID}
}

// carriesOn reports whether p, the first packet of a new session, carries
// prev's line on: anything but a LOGIN or another UIN.
func carriesOn(prev *session, m *capture.Packet, p *dissect.Packet) bool {
	if m.Dir != dissect.ClientToServer || !p.HasHeader {
		return true
	}
	return p.Command != login && p.UIN == prev.line.UIN
}

// endLine settles a finalized session's line: nothing when a later session
// carries it on; a line that fell silent waits lineSpan, in case it goes
// on; any other ends now.
func (a *Analyzer) endLine(s *session, how End) {
	switch {
	case s.lineGoesOn:
	case how == EndSilence:
		a.waiting.push(s)
		if !s.replaced {
			a.silent[keyOf(s.Client, s.Server)] = s
		}
		if len(a.waiting) > a.maxSess { // bounded as the live sessions are
			a.endWaiting(EndCap)
		}
		return
	default:
		a.lineEnded(s, how)
	}
	a.spareSession(s)
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
	s := a.waiting.pop()
	if k := keyOf(s.Client, s.Server); a.silent[k] == s {
		delete(a.silent, k)
	}
	if !s.lineGoesOn {
		a.lineEnded(s, how)
	}
	a.spareSession(s)
}

// lineEnded hands the end of s's line to Config.LineEnded once every packet
// analysed so far (its own among them) has been released; at the end of
// the capture, after the last packet, in the order of their latest sessions.
func (a *Analyzer) lineEnded(s *session, how End) {
	if a.cfg.LineEnded == nil {
		return
	}
	e := pendingEnd{LineEnded{SessionFacts: s.line, Last: s.ID, End: how}, a.hold.nextPos - 1}
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

// lineHeap holds the sessions that fell silent, the one whose last packet
// is the oldest first: sessions are finalized in about that order, not in
// it (expireIdle).
type lineHeap []*session

func (h *lineHeap) push(s *session) {
	*h = append(*h, s)
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

func (h *lineHeap) pop() *session {
	q := *h
	top, n := q[0], len(q)-1
	q[0], q[n] = q[n], nil
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
