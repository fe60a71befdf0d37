package check

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/ring"
)

// Role is the side under test.
type Role uint8

const (
	All Role = iota
	Client
	Server
)

// ParseRole reads --role.
func ParseRole(s string) (Role, error) {
	switch s {
	case "all":
		return All, nil
	case "client":
		return Client, nil
	case "server":
		return Server, nil
	}
	return All, fmt.Errorf("no role %q (roles: client, server, all)", s)
}

// Options tune the checker.
type Options struct {
	Role Role
	// RetransmitTolerance: a retransmission this far from the spec's 10 s is a finding.
	RetransmitTolerance time.Duration
	// KeepAliveTolerance: keep-alives this much more than 120 s apart are a finding.
	KeepAliveTolerance time.Duration
	// MaxSessions is the analyzer's cap on sessions
	// (analyze.Config.MaxSessions), which the checker's memory follows: a
	// session the cap retires is settled early, without a finding for its
	// silence. 0 takes analyze.DefaultMaxSessions.
	MaxSessions int
}

// DefaultOptions are the checker's defaults.
var DefaultOptions = Options{RetransmitTolerance: 2 * time.Second, KeepAliveTolerance: 10 * time.Second}

// The spec's timings.
const (
	retransmitInterval = 10 * time.Second
	keepAliveInterval  = 120 * time.Second
	transmissionsFirst = 6  // transmissions before B_MESSAGE_ACK
	maxUserFound       = 40 // USER_FOUND per search
)

// loginReply is the command whose latest transmission starts the client's
// keep-alive clock.
var loginReply = dissect.SrvLoginReply

// How long the checker remembers what it no longer sees. Capture closes a
// peer connection silent for 10 minutes, and its next packet opens a new
// stream; its packets wait in the analyzer at most 2*analyze.Window; the
// analyzer pairs a reply with its request within the Window. (The analyzer
// says when a client session has ended: analyze.Config.LineEnded.)
const (
	streamForget = 10*time.Minute + 2*analyze.Window
	searchForget = 2 * analyze.Window // a search's answers come within the Window of its request's and theirs
	sweepEvery   = time.Minute
)

// Checker judges the packets an analyzer releases. Make the analyzer with
// AnalyzerConfig, feed it every packet, then call its Finish and the
// checker's.
type Checker struct {
	opts     Options
	emit     func(*Finding)
	sessions map[int]*sessionState // the rules' memory of each live session, by the analyzer's line (analyze.SessionFacts)
	streams  map[int]time.Time     // peer streams whose first packet was judged: their latest packet
	streamOf map[int]Scope         // and what their findings are about
	scope    Scope                 // what the findings being made are about
	scopes   []Scope               // every session and stream judged, in order (scope.go)
	pending  []unanswered          // peer messages not answered, judged 10 s on
	counts   map[string]int
	checked  Checked
	arrived  time.Time // the latest capture time the analyzer was given: the capture's end once it finishes
	sweepAt  time.Time
}

// unanswered is a peer message that got no CHANNEL_ACK. A client does not
// answer on a connection that closes because either side disconnects, so
// the finding waits 10 s for a B_USER_DISCONNECTED of the sides' sessions.
type unanswered struct {
	scope Scope
	frame uint64
	at    time.Time
	uin   uint32
	sides [2]int
}

// sessionState is what the rules need to remember of one client session
// (the analyzer's line), besides the facts the analyzer gives.
type sessionState struct {
	id        int // the analyzer's latest session of the line
	scope     Scope
	facts     analyze.SessionFacts // as of the latest packet
	loggedIn  bool                 // a LOGIN_REPLY arrived
	contacts  map[uint32]bool
	hasList   bool // a CONTACT_LIST was sent
	listOpen  bool // ADD_TO_LIST (not laid out) or a list cut short: the list is not known
	alive     time.Time
	aliveF    uint64 // the latest keep-alive, or the LOGIN_REPLY before the first
	late      bool   // the keep-alive after aliveF was found late
	keptAlive bool   // aliveF is a keep-alive
	bye       uint64 // the client's B_USER_DISCONNECTED
	searches  map[uint16]*search
	tries     map[uint64]tries // client packets of the last Window, by first frame
	sent      ring.Ring[sent]  // the transmissions of tries in time order, to forget them oldest first
	backwards bool             // a transmission went back in time: forget by a sweep of tries
	unacked   []unacked        // packets not acknowledged, judged once the client goes on
}

// unacked is a packet that got no ACK. A client that disconnects does not
// acknowledge what crosses its B_USER_DISCONNECTED, nor send again what it
// sent just before, which may have been lost on the way: the finding waits
// until the client has gone on for 10 s, or left.
type unacked struct {
	frame  uint64
	at     time.Time
	blame  side   // the receiver, who did not acknowledge
	what   string // the packet: "SEND_MESSAGE with SEQ_NUM 5"
	resent bool   // the sender transmitted it again
}

type search struct {
	frame uint64 // the request
	at    time.Time
	acked bool // the server got the request
	found int
	ended bool
}

// tries counts the transmissions of a client packet since its first, or
// since the latest B_MESSAGE_ACK. Each retransmission shows that the client
// got no ACK, whatever the capture shows: an ACK seen may be lost after.
type tries struct {
	n  int
	at time.Time // the latest
}

// sent is a transmission of the client packet first sent in frame first.
type sent struct {
	first uint64
	at    time.Time
}

// New returns a checker that hands each finding to emit.
func New(opts Options, emit func(*Finding)) *Checker {
	opts.MaxSessions = cmp.Or(max(opts.MaxSessions, 0), analyze.DefaultMaxSessions)
	return &Checker{opts: opts, emit: emit, sessions: map[int]*sessionState{},
		streams: map[int]time.Time{}, streamOf: map[int]Scope{}, counts: map[string]int{}}
}

// AnalyzerConfig is the configuration of the analyzer whose packets the
// checker judges: every packet waits for its verdicts (acknowledged or
// not) and keeps its decoding, and the end of each session comes after
// its packets. The checker reads no session or stream summary, so the
// analyzer keeps none once ended: its memory, and the checker's, follow
// the live sessions, under the same caps as icqdump's.
func (c *Checker) AnalyzerConfig() analyze.Config {
	return analyze.Config{Release: c.Released, KeepPackets: true, Annotate: c.arrive, LineEnded: c.LineEnded,
		KeepEnded: false, MaxSessions: c.opts.MaxSessions}
}

// arrive notes the capture time of each packet given to the analyzer.
func (c *Checker) arrive(dst []byte, m *capture.Packet, _ *dissect.Packet) []byte {
	if m.Time.After(c.arrived) {
		c.arrived = m.Time
	}
	return dst
}

// Counts returns the number of findings per rule ID.
func (c *Checker) Counts() map[string]int { return c.counts }

// side is who a finding blames.
type side uint8

const (
	sideCapture side = iota // the capture itself, whoever the role
	sideClient
	sideServer
)

func senderSide(dir dissect.Direction) side {
	if dir == dissect.ServerToClient {
		return sideServer
	}
	return sideClient
}

func (c *Checker) judged(s side) bool {
	return s == sideCapture || c.opts.Role == All || c.opts.Role == Client && s == sideClient || c.opts.Role == Server && s == sideServer
}

func (c *Checker) report(rule *Rule, s side, uin uint32, msg string, frames ...uint64) {
	if !c.judged(s) {
		return
	}
	c.counts[rule.ID]++
	c.emit(&Finding{Rule: rule, Frames: frames, UIN: uin, Message: msg, Scope: c.scope})
}

// Released judges one packet, in frame order.
func (c *Checker) Released(r *analyze.Released) {
	m, p := r.Meta, r.Packet
	if p == nil {
		return // the analyzer keeps packets only with KeepPackets
	}
	c.sweep(m.Time)
	c.unansweredBefore(m.Time.Add(-retransmitInterval))
	var st *sessionState
	var uin uint32
	v := PacketVersion(m, p)
	c.checked.count(m.Transport, p.Dir)
	c.checked.Versions |= v
	if m.Transport == capture.UDP {
		st = c.session(r)
		c.scope = st.scope
		uin = st.facts.UIN
	} else {
		uin = peerUIN(p)
		c.peerStart(r, uin)
	}
	c.scope.judgedUnder(v)
	from := senderSide(p.Dir)
	packetFindings(m, p, func(rule *Rule, msg string) { c.report(rule, from, uin, msg, m.Frame) })
	c.reliability(r, st, v, from, uin)
	switch {
	case st == nil || !p.HasHeader():
	case v == V2:
		c.semantics(r, st, uin)
	case v == V5:
		c.v5Rules(r, from, uin)
	}
}

// v5Rules applies ICQ5-SESSION-ID, ICQ5-SEQ2-NEXT and ICQ5-REPLY-SEQ2 (a
// reply is judged once the client's numbering has been seen) to what the
// analyzer found of the session's v5 numbering.
func (c *Checker) v5Rules(r *analyze.Released, from side, uin uint32) {
	p, frame, v5 := r.Packet, r.Meta.Frame, &r.V5
	if v5.SessionFrame != 0 {
		c.report(RuleV5SessionID, from, uin, fmt.Sprintf("%s carries SESSION_ID 0x%08X; the session's is 0x%08X", commandName(p), p.Session, v5.Session),
			frame, v5.SessionFrame)
	}
	if p.Dir == dissect.ServerToClient && dissect.IsReply5(p) && r.Xref.ReplyTo == 0 && v5.Seq2Known && r.Xref.RetransmissionOf == 0 {
		c.report(RuleV5ReplySeq2, from, uin, fmt.Sprintf("%s carries SEQ_NUM2 %d, which no request of the client in the last %v had",
			commandName(p), p.Seq2, analyze.Window), frame)
	}
	if v5.Seq2Frame != 0 {
		c.report(RuleV5Seq2Next, from, uin, fmt.Sprintf("SEQ_NUM2 %d; the previous packet's + 1 is %d", p.Seq2, v5.NextSeq2),
			frame, v5.Seq2Frame)
	}
}

// session returns the state of a UDP packet's session: the analyzer's
// line, which a session carried on after a disconnect or a silence
// continues.
func (c *Checker) session(r *analyze.Released) *sessionState {
	st := c.sessions[r.Facts.Line]
	if st == nil {
		st = &sessionState{contacts: map[uint32]bool{}, searches: map[uint16]*search{}, tries: map[uint64]tries{}}
		client, server := r.Meta.Src, r.Meta.Dst
		if r.Meta.Dir == dissect.ServerToClient {
			client, server = server, client
		}
		c.checked.Sessions++
		st.scope = c.open(ScopeSession, c.checked.Sessions, client, server)
		c.sessions[r.Facts.Line] = st
	}
	st.id, st.facts = r.Session, r.Facts
	return st
}

// LineEnded settles and forgets a session the analyzer ended, once its
// packets have been judged. Its silence is blamed when the capture went on
// past it; at the end of the capture the peer messages are settled first.
func (c *Checker) LineEnded(e *analyze.LineEnded) {
	st := c.sessions[e.Line]
	if st == nil {
		return // none of its packets was judged
	}
	if e.End == analyze.EndCapture {
		c.unansweredBefore(c.arrived.Add(-retransmitInterval))
	}
	st.facts = e.SessionFacts
	c.endSession(st, e.End != analyze.EndSilence)
}

// peerUIN is the sender of a peer packet: a message's UIN, CHANNEL_INIT's MY_UIN.
func peerUIN(p *dissect.Packet) uint32 {
	if v, ok := p.FirstWithRole(dissect.RoleSenderUIN); ok {
		return v.Num
	}
	return 0
}

// commandName names a packet's command in a finding.
func commandName(p *dissect.Packet) string {
	switch {
	case p.Command != nil:
		return p.Command.Display()
	case p.HasHeader() || p.Code != 0:
		return fmt.Sprintf("command 0x%04X", p.Code)
	}
	return "the packet" // cut before its command
}

// reliability applies the SEQ_NUM and acknowledgement rules.
func (c *Checker) reliability(r *analyze.Released, st *sessionState, v Versions, from side, uin uint32) {
	frame := r.Meta.Frame
	switch r.SeqAnomaly {
	case analyze.SeqWrongStart, analyze.SeqJump:
		c.seqFinding(r, v, from, uin)
	case analyze.SeqReuse:
		c.report(RuleSeqReuse, from, uin, fmt.Sprintf("SEQ_NUM %d was used before by another command", r.Seq), frame)
	}
	switch r.Match {
	case analyze.AckOfAck:
		c.report(RuleAckOfAck, from, uin, fmt.Sprintf("ACK of frame %d, itself an ACK", r.Xref.AcksFrame), frame, r.Xref.AcksFrame)
	case analyze.AckOfNothing:
		c.unmatched(r, st, from, uin)
	}
	if r.Ack == analyze.AckMissing {
		c.unacknowledged(r, st)
	}
	if r.Xref.Retransmission > 0 {
		if d := r.Interval - retransmitInterval; d > c.opts.RetransmitTolerance || -d > c.opts.RetransmitTolerance {
			c.report(RuleRetransInterval, from, uin, fmt.Sprintf("retransmission %d of frame %d came %v after the previous transmission; the spec says 10 s",
				r.Xref.Retransmission, r.Xref.RetransmissionOf, r.Interval.Round(time.Millisecond)), frame, r.Xref.RetransmissionOf)
		}
	}
	if st != nil && r.Meta.Dir == dissect.ClientToServer && r.Ack != analyze.AckNotNeeded {
		st.transmitted(r)
	}
}

// unacknowledged holds a packet that got no ACK, or a peer message no
// answer, until it can be judged: once the capture has gone on 10 s after
// its latest transmission without the client leaving.
func (c *Checker) unacknowledged(r *analyze.Released, st *sessionState) {
	m := r.Meta
	what := fmt.Sprintf("%s with SEQ_NUM %d", commandName(r.Packet), r.Seq)
	switch {
	case m.Transport == capture.TCP:
		c.pending = append(c.pending, unanswered{scope: c.scope, frame: m.Frame, at: m.Time, uin: peerUIN(r.Packet), sides: r.Sides})
	case r.Xref.Retransmission > 0:
		if i := slices.IndexFunc(st.unacked, func(u unacked) bool { return u.frame == r.Xref.RetransmissionOf }); i >= 0 {
			st.unacked[i].at, st.unacked[i].resent = m.Time, true
		}
	case m.Dir == dissect.ClientToServer:
		st.unacked = append(st.unacked, unacked{frame: m.Frame, at: m.Time, blame: sideServer, what: what})
	case st.bye == 0: // a client that has left acknowledges nothing
		st.unacked = append(st.unacked, unacked{frame: m.Frame, at: m.Time, blame: sideClient, what: what})
	}
}

// ackWasDue reports whether the capture goes on long enough after a packet
// sent at t for its ACK or answer, or a retransmission, to be expected in it.
func (c *Checker) ackWasDue(t time.Time) bool {
	return c.arrived.Sub(t) >= retransmitInterval
}

// unmatched reports an ACK of nothing, where the capture holds what it
// could acknowledge: the session's LOGIN, or the peer connection's opening.
func (c *Checker) unmatched(r *analyze.Released, st *sessionState, from side, uin uint32) {
	switch {
	case r.Meta.Transport == capture.TCP && r.Meta.Opened:
		c.report(RuleAckUnmatched, from, uin, "CHANNEL_ACK answers no message sent on the connection", r.Meta.Frame)
	case st != nil && st.facts.SawLogin:
		c.report(RuleAckUnmatched, from, uin, fmt.Sprintf("ACK with SEQ_NUM %d matches no packet sent in the last %v", r.Seq, analyze.Window), r.Meta.Frame)
	}
}

// transmitted counts a transmission of a client packet that waits for an
// ACK, and forgets the packets not sent again within the Window.
func (st *sessionState) transmitted(r *analyze.Released) {
	first := r.Meta.Frame
	if r.Xref.Retransmission > 0 {
		first = r.Xref.RetransmissionOf
	}
	now := r.Meta.Time
	st.tries[first] = tries{n: st.tries[first].n + 1, at: now}
	if !st.backwards && st.sent.Len() > 0 && now.Before(st.sent.At(st.sent.Len()-1).at) {
		st.backwards, st.sent = true, ring.Ring[sent]{}
	}
	if st.backwards {
		st.forgetBySweep(now)
		return
	}
	// In time order the expired transmissions are the oldest ones: the work
	// does not grow with the packets of the Window, as a sweep's did.
	st.sent.Push(sent{first: first, at: now})
	for st.sent.Len() > 0 && now.Sub(st.sent.Front().at) > analyze.Window {
		old := *st.sent.Front()
		st.sent.Pop()
		if t, ok := st.tries[old.first]; ok && t.at.Equal(old.at) { // not sent again since
			delete(st.tries, old.first)
		}
	}
}

// forgetBySweep forgets the packets not sent within the Window before now,
// whatever the order of their times.
func (st *sessionState) forgetBySweep(now time.Time) {
	for k, t := range st.tries {
		if now.Sub(t.at) > analyze.Window {
			delete(st.tries, k)
		}
	}
}

// seqFinding reports a SEQ_NUM off the numbering, or one that makes sense
// only read big-endian. Where the numbering starts is the v2 document's
// rule: the v5 documents start the client anywhere and give the server no
// rule.
func (c *Checker) seqFinding(r *analyze.Released, v Versions, from side, uin uint32) {
	got, want := r.Seq, r.ExpectedSeq
	if swap16(got) == want || r.SeqAnomaly == analyze.SeqJump && swap16(got) == swap16(want-1)+1 {
		c.report(RuleSeqEndian, from, uin, fmt.Sprintf("SEQ_NUM %d (%02X %02X) makes sense only read big-endian, as %d",
			got, byte(got), byte(got>>8), swap16(got)), r.Meta.Frame)
		return
	}
	if r.SeqAnomaly == analyze.SeqWrongStart {
		if v != V2 {
			return
		}
		c.report(RuleSeqStart, from, uin, fmt.Sprintf("first SEQ_NUM is %d; the spec starts at %d", got, want), r.Meta.Frame)
		return
	}
	c.report(RuleSeqNext, from, uin, fmt.Sprintf("SEQ_NUM %d; the previous packet's + 1 is %d", got, want), r.Meta.Frame)
}

func swap16(v uint16) uint16 { return v<<8 | v>>8 }

// semantics applies the rules about what a packet means in its session, on
// its first transmission.
func (c *Checker) semantics(r *analyze.Released, st *sessionState, uin uint32) {
	if r.Packet.Command == loginReply && !st.keptAlive {
		// The client counts to its first keep-alive from the LOGIN_REPLY it
		// got: the latest transmission.
		st.alive, st.aliveF = r.Meta.Time, r.Meta.Frame
	}
	if r.Xref.Retransmission > 0 {
		return
	}
	if r.Packet.Dir == dissect.ClientToServer {
		c.clientSemantics(r, st, uin)
		return
	}
	p, frame := r.Packet, r.Meta.Frame
	if p.Command == nil {
		return
	}
	switch p.Command {
	case dissect.SrvLoginReply:
		st.loggedIn = true
		c.replyTo(r, st, uin)
	case dissect.SrvInfoReply, dissect.SrvExtInfoReply:
		c.replyTo(r, st, uin)
	case dissect.SrvUserFound:
		c.replyTo(r, st, uin)
		c.userFound(st, p, frame, uin)
	case dissect.SrvEndOfSearch:
		c.replyTo(r, st, uin)
		c.endOfSearch(st, p, frame, uin)
	case dissect.SrvUserOnline, dissect.SrvUserOffline:
		c.contactNotify(st, p, frame, uin)
	}
}

func (c *Checker) userFound(st *sessionState, p *dissect.Packet, frame uint64, uin uint32) {
	s := searchOf(st, p)
	if s == nil {
		return
	}
	s.found++
	if s.ended {
		c.report(RuleSearchEnd, sideServer, uin, "USER_FOUND after the search's END_OF_SEARCH", frame, s.frame)
	}
	if s.found == maxUserFound+1 {
		c.report(RuleSearchLimit, sideServer, uin, "more than 40 USER_FOUND for one search", frame, s.frame)
	}
}

func (c *Checker) endOfSearch(st *sessionState, p *dissect.Packet, frame uint64, uin uint32) {
	s := searchOf(st, p)
	if s == nil {
		return
	}
	s.ended = true
	if more := p.Value(dissect.FMoreFound); more != nil && more.Num == 1 && s.found < maxUserFound {
		c.report(RuleSearchLimit, sideServer, uin, fmt.Sprintf("MORE_FOUND is 01 after %d USER_FOUND; only 40 withheld results allow it", s.found), frame, s.frame)
	}
}

// contactNotify judges USER_ONLINE and USER_OFFLINE against the contact
// list, where the capture holds all of it.
func (c *Checker) contactNotify(st *sessionState, p *dissect.Packet, frame uint64, uin uint32) {
	v := p.Value(dissect.FRemoteUIN)
	if v == nil || v.Partial || !st.facts.SawLogin || st.listOpen || st.contacts[v.Num] {
		return
	}
	msg := fmt.Sprintf("%s for UIN %d, which is not in the client's CONTACT_LIST", p.Command.Name, v.Num)
	if !st.hasList {
		msg = fmt.Sprintf("%s for UIN %d before the client sent its CONTACT_LIST", p.Command.Name, v.Num)
	}
	c.report(RuleContactNotify, sideServer, uin, msg, frame)
}

func (c *Checker) clientSemantics(r *analyze.Released, st *sessionState, uin uint32) {
	m, p := r.Meta, r.Packet
	c.keepAlive(st, m, uin, p)
	c.unackedBefore(st, m.Time.Add(-retransmitInterval))
	if p.Command == dissect.CmdAck {
		return
	}
	if st.bye != 0 {
		c.report(RuleAfterDisconnect, sideClient, uin, fmt.Sprintf("%s after B_USER_DISCONNECTED in frame %d", commandName(p), st.bye), m.Frame, st.bye)
	}
	switch {
	case p.Command == dissect.CmdLogin:
	case st.facts.SawLogin && !st.loggedIn:
		c.report(RuleLoginFirst, sideClient, uin, fmt.Sprintf("%s before the LOGIN was answered", commandName(p)), m.Frame)
	}
	switch p.Command {
	case dissect.CmdContactList:
		st.hasList = true
		for i := range p.Values {
			if v := &p.Values[i]; v.Field.CountBy != "" {
				st.contacts[v.Num] = true
				st.listOpen = st.listOpen || v.Partial // which UIN the server read is not known
			}
		}
	case dissect.CmdAddToList:
		st.listOpen = true
	case dissect.CmdSearchUIN, dissect.CmdSearchUser:
		if v := p.Value(dissect.FSearchSeqNum); v != nil && !v.Partial {
			st.searches[uint16(v.Num)] = &search{frame: m.Frame, at: m.Time, acked: r.Ack == analyze.AckSeen}
		}
	case dissect.CmdKeepAlive:
		st.alive, st.aliveF, st.late, st.keptAlive = m.Time, m.Frame, false, true
	case dissect.CmdSendTextCode:
		c.textCode(r, st, uin)
	}
}

// unackedBefore reports the packets sent at t or before that were not
// acknowledged, and, of those the sender never sent again, the missing
// retransmission: the capture went on 10 s after them.
func (c *Checker) unackedBefore(st *sessionState, t time.Time) {
	c.scope = st.scope
	n := 0
	for _, u := range st.unacked {
		if !u.at.After(t) {
			c.report(RuleAckMissing, u.blame, st.facts.UIN, u.what+" was never acknowledged", u.frame)
			if !u.resent {
				c.report(RuleRetransMissing, sideClient+sideServer-u.blame, st.facts.UIN,
					u.what+" got no ACK and was never sent again; the spec retransmits after 10 s", u.frame)
			}
		} else {
			st.unacked[n] = u
			n++
		}
	}
	st.unacked = st.unacked[:n]
}

// unansweredBefore reports the peer messages sent at t or before that were
// never answered.
func (c *Checker) unansweredBefore(t time.Time) {
	n := 0
	for _, u := range c.pending {
		if !u.at.After(t) {
			c.scope = u.scope
			c.report(RulePeerMessageAnswered, sideClient, u.uin, "the message was never acknowledged (no CHANNEL_ACK with its auto reply)", u.frame)
		} else {
			c.pending[n] = u
			n++
		}
	}
	c.pending = c.pending[:n]
}

// crossedDisconnect forgets the unanswered peer messages of a session that
// disconnected at t, sent within 10 s of it.
func (c *Checker) crossedDisconnect(session int, t time.Time) {
	c.pending = slices.DeleteFunc(c.pending, func(u unanswered) bool {
		d := u.at.Sub(t)
		return (u.sides[0] == session || u.sides[1] == session) && d <= retransmitInterval && -d <= retransmitInterval
	})
}

// keepAlive judges, at each packet of a logged-in client, the time since
// its latest keep-alive (or its login): the first packet past 120 s shows a
// keep-alive late or missing.
func (c *Checker) keepAlive(st *sessionState, m *capture.Packet, uin uint32, p *dissect.Packet) {
	if st.aliveF == 0 || st.late || st.bye != 0 {
		return
	}
	if gap := m.Time.Sub(st.alive); gap > keepAliveInterval+c.opts.KeepAliveTolerance {
		st.late = true
		c.report(RuleKeepaliveInterval, sideClient, uin, fmt.Sprintf("%s %v after the keep-alive or login in frame %d; keep-alives are at most 120 s apart",
			commandName(p), gap.Round(time.Millisecond), st.aliveF), m.Frame, st.aliveF)
	}
}

func (c *Checker) textCode(r *analyze.Released, st *sessionState, uin uint32) {
	text, ok := r.Packet.Text(dissect.FTextCode)
	if !ok {
		return
	}
	switch string(text) {
	case dissect.TextDisconnected:
		st.bye = r.Meta.Frame
		st.unacked = st.unacked[:0] // they crossed the disconnect
		c.crossedDisconnect(st.id, r.Meta.Time)
	case dissect.TextMessageAck:
		if most := st.mostTries(r.Meta.Frame); most < transmissionsFirst {
			c.report(RuleMessageAckEarly, sideClient, uin, fmt.Sprintf("B_MESSAGE_ACK after at most %d transmissions of a packet; the spec waits for 6 unsuccessful ones", most), r.Meta.Frame)
		}
		for k, t := range st.tries {
			st.tries[k] = tries{at: t.at} // the next B_MESSAGE_ACK waits for six more
		}
	}
}

// mostTries returns the most transmissions of a client packet but the
// B_MESSAGE_ACK in frame.
func (st *sessionState) mostTries(frame uint64) int {
	most := 0
	for k, t := range st.tries {
		if k != frame {
			most = max(most, t.n)
		}
	}
	return most
}

// replyTo reports a reply whose request key (LOGIN_SEQ_NUM, INFO_SEQ_NUM,
// SEARCH_SEQ_NUM) matches no request of its session.
func (c *Checker) replyTo(r *analyze.Released, st *sessionState, uin uint32) {
	if r.Xref.ReplyTo != 0 || !st.facts.SawLogin {
		return
	}
	if v, ok := r.Packet.FirstWithRole(dissect.RoleRequestKey); ok {
		c.report(RuleReplySeq, sideServer, uin, fmt.Sprintf("%s %d matches no request of this session", v.Field.Name, v.Num), r.Meta.Frame)
	}
}

func searchOf(st *sessionState, p *dissect.Packet) *search {
	if v := p.Value(dissect.FSearchSeqNum); v != nil && !v.Partial {
		return st.searches[uint16(v.Num)]
	}
	return nil
}

// peerStart applies ICQ-PEER-INIT-FIRST to the first packet of a stream
// whose opening the capture holds.
func (c *Checker) peerStart(r *analyze.Released, uin uint32) {
	m, p := r.Meta, r.Packet
	_, seen := c.streams[m.Stream]
	c.streams[m.Stream] = m.Time
	if !seen {
		c.checked.PeerStreams++
		c.streamOf[m.Stream] = c.open(ScopeStream, m.Stream, m.Src, m.Dst)
	}
	c.scope = c.streamOf[m.Stream]
	if seen || !m.Opened || m.Gap != 0 || m.Skipped != 0 {
		return
	}
	if p.Command != dissect.PeerInit && p.Command != dissect.PeerInit6 { // v6 opens with its own handshake
		c.report(RulePeerInitFirst, sideClient, uin, fmt.Sprintf("stream %d begins with %s, not CHANNEL_INIT", m.Stream, commandName(p)), m.Frame)
	}
}

// sweep forgets the searches and streams that have ended, every minute of
// capture time, so that memory follows the live ones.
func (c *Checker) sweep(now time.Time) {
	if now.Before(c.sweepAt) {
		return
	}
	c.sweepAt = now.Add(sweepEvery)
	for _, st := range c.sessionsInOrder() {
		c.settleSearches(st, func(s *search) bool { return now.Sub(s.at) > searchForget })
	}
	for id, last := range c.streams {
		if now.Sub(last) > streamForget {
			delete(c.streams, id)
			delete(c.streamOf, id)
		}
	}
}

// sessionsInOrder returns the live sessions in the order of the analyzer's
// latest session of each.
func (c *Checker) sessionsInOrder() []*sessionState {
	list := slices.Collect(maps.Values(c.sessions))
	slices.SortFunc(list, func(a, b *sessionState) int { return cmp.Compare(a.id, b.id) })
	return list
}

// endSession settles and forgets st. Its silence is blamed unless atEnd:
// the capture ended, or the cap retired it.
func (c *Checker) endSession(st *sessionState, atEnd bool) {
	if !atEnd {
		c.fellSilent(st)
	}
	c.unackedBefore(st, c.arrived.Add(-retransmitInterval))
	c.settleSearches(st, func(*search) bool { return true })
	delete(c.sessions, st.facts.Line)
}

// fellSilent reports a logged-in client that stopped sending, keep-alives
// included, without B_USER_DISCONNECTED while the capture went on.
func (c *Checker) fellSilent(st *sessionState) {
	c.scope = st.scope
	if st.aliveF != 0 && !st.late && st.bye == 0 {
		c.report(RuleKeepaliveInterval, sideClient, st.facts.UIN, fmt.Sprintf("no keep-alive after the keep-alive or login in frame %d: the client fell silent without B_USER_DISCONNECTED",
			st.aliveF), st.aliveF)
	}
}

// settleSearches forgets the searches that are old enough (or all, when
// the session ends), and reports those the server got and never ended with
// END_OF_SEARCH, where the capture goes on long enough for one.
func (c *Checker) settleSearches(st *sessionState, old func(*search) bool) {
	c.scope = st.scope
	var done []uint16
	for seq, s := range st.searches {
		if old(s) {
			done = append(done, seq)
		}
	}
	slices.SortFunc(done, func(a, b uint16) int { return cmp.Compare(st.searches[a].frame, st.searches[b].frame) })
	for _, seq := range done {
		if s := st.searches[seq]; st.loggedIn && !s.ended && s.acked && c.ackWasDue(s.at) {
			c.report(RuleSearchEnd, sideServer, st.facts.UIN, fmt.Sprintf("search %d was never ended by END_OF_SEARCH", seq), s.frame)
		}
		delete(st.searches, seq)
	}
}

// Finish reports what the end of the capture settles, after the analyzer's
// Finish (which ends every session: LineEnded): the peer messages never
// answered.
func (c *Checker) Finish() {
	c.unansweredBefore(c.arrived.Add(-retransmitInterval))
}
