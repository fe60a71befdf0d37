package check

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
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

// Checker judges the packets an analyzer releases. Feed it every released
// packet (analyze.Config{Release: c.Released, KeepPackets: true}), then call
// Finish.
type Checker struct {
	opts     Options
	emit     func(*Finding)
	sessions map[int]*sessionState
	clients  map[netip.AddrPort]uint64 // client address -> frame of its B_USER_DISCONNECTED
	streams  map[int]bool              // peer streams whose first packet was judged
	counts   map[string]int
}

// sessionState is what the rules need to remember of one client session.
type sessionState struct {
	uin        uint32
	sawLogin   bool // the session began with LOGIN: what follows can be judged
	loggedIn   bool // a LOGIN_REPLY arrived
	contacts   map[uint32]bool
	hasList    bool
	lastKA     time.Time
	lastKAF    uint64
	searches   map[uint16]*search
	maxTries   int // most transmissions of a packet still unacknowledged
	lastActive uint64
}

type search struct {
	frame uint64 // the request
	found int
	ended bool
}

// New returns a checker that hands each finding to emit.
func New(opts Options, emit func(*Finding)) *Checker {
	return &Checker{opts: opts, emit: emit, sessions: map[int]*sessionState{},
		clients: map[netip.AddrPort]uint64{}, streams: map[int]bool{}, counts: map[string]int{}}
}

// Counts returns the number of findings per rule ID.
func (c *Checker) Counts() map[string]int { return c.counts }

// side is who a finding blames.
type side uint8

const (
	sideClient side = iota + 1
	sideServer
)

func senderSide(dir dissect.Direction) side {
	if dir == dissect.ServerToClient {
		return sideServer
	}
	return sideClient
}

func otherSide(s side) side { return 3 - s }

func (c *Checker) judged(s side) bool {
	return c.opts.Role == All || c.opts.Role == Client && s == sideClient || c.opts.Role == Server && s == sideServer
}

func (c *Checker) report(id string, s side, uin uint32, msg string, frames ...uint64) {
	if !c.judged(s) {
		return
	}
	rule, ok := Lookup(id)
	if !ok {
		panic("check: no rule " + id)
	}
	c.counts[id]++
	c.emit(&Finding{Rule: rule, Frames: frames, UIN: uin, Message: msg})
}

// Released judges one packet, in frame order.
func (c *Checker) Released(r *analyze.Released) {
	m, p := r.Meta, r.Packet
	if p == nil {
		return // the analyzer keeps packets only with KeepPackets
	}
	var st *sessionState
	uin := p.UIN
	if m.Transport == capture.UDP {
		st = c.session(r.Session)
		if p.Dir == dissect.ClientToServer && p.HasHeader && st.uin == 0 {
			st.uin = p.UIN
		}
		uin = st.uin
	}
	from := senderSide(p.Dir)
	packetFindings(m, p, func(id string, m *capture.Packet, _ uint32, msg string) {
		c.report(id, from, uin, msg, m.Frame)
	})
	c.reliability(r, st, from, uin)
	if m.Transport == capture.TCP {
		c.peer(r)
		return
	}
	if p.HasHeader && p.Command != nil {
		c.semantics(r, st, uin)
	}
}

func (c *Checker) session(id int) *sessionState {
	st := c.sessions[id]
	if st == nil {
		st = &sessionState{contacts: map[uint32]bool{}, searches: map[uint16]*search{}}
		c.sessions[id] = st
	}
	return st
}

// reliability applies the SEQ_NUM and acknowledgement rules.
func (c *Checker) reliability(r *analyze.Released, st *sessionState, from side, uin uint32) {
	frame := r.Meta.Frame
	switch r.SeqAnomaly {
	case analyze.SeqWrongStart, analyze.SeqJump:
		c.seqFinding(r, from, uin)
	case analyze.SeqReuse:
		c.report("ICQ-SEQ-REUSE", from, uin, fmt.Sprintf("SEQ_NUM %d was used before by another command", r.Seq), frame)
	}
	switch r.Match {
	case analyze.AckOfAck:
		c.report("ICQ-ACK-OF-ACK", from, uin, fmt.Sprintf("ACK of frame %d, itself an ACK", r.Xref.AcksFrame), frame, r.Xref.AcksFrame)
	case analyze.AckOfNothing:
		c.report("ICQ-ACK-UNMATCHED", from, uin, fmt.Sprintf("ACK with SEQ_NUM %d matches no packet sent in the last %v", r.Seq, analyze.Window), frame)
	}
	if r.Ack == analyze.AckMissing {
		if r.Meta.Transport == capture.TCP {
			c.report("ICQ-PEER-MESSAGE-ANSWERED", otherSide(from), uin, "the message was never acknowledged (no CHANNEL_ACK with its auto reply)", frame)
		} else {
			c.report("ICQ-ACK-MISSING", otherSide(from), uin, fmt.Sprintf("%s with SEQ_NUM %d was never acknowledged", r.Name(), r.Seq), frame)
		}
	}
	if r.Xref.Retransmission > 0 {
		if d := r.Interval - retransmitInterval; d > c.opts.RetransmitTolerance || -d > c.opts.RetransmitTolerance {
			c.report("ICQ-RETRANS-INTERVAL", from, uin, fmt.Sprintf("retransmission %d of frame %d came %v after the previous transmission; the spec says 10 s",
				r.Xref.Retransmission, r.Xref.RetransmissionOf, r.Interval.Round(time.Millisecond)), frame, r.Xref.RetransmissionOf)
		}
	}
	if st != nil && r.Meta.Dir == dissect.ClientToServer && r.Ack != analyze.AckSeen && r.Ack != analyze.AckNotNeeded {
		st.maxTries = max(st.maxTries, r.Xref.Retransmission+1)
	}
}

// seqFinding reports a SEQ_NUM off the numbering, or one that makes sense
// only read big-endian.
func (c *Checker) seqFinding(r *analyze.Released, from side, uin uint32) {
	got, want := r.Seq, r.ExpectedSeq
	if swap16(got) == want || r.SeqAnomaly == analyze.SeqJump && swap16(got) == swap16(want-1)+1 {
		c.report("ICQ-SEQ-ENDIAN", from, uin, fmt.Sprintf("SEQ_NUM %d (%02X %02X) makes sense only read big-endian, as %d",
			got, byte(got), byte(got>>8), swap16(got)), r.Meta.Frame)
		return
	}
	if r.SeqAnomaly == analyze.SeqWrongStart {
		c.report("ICQ-SEQ-START", from, uin, fmt.Sprintf("first SEQ_NUM is %d; the spec starts at %d", got, want), r.Meta.Frame)
		return
	}
	c.report("ICQ-SEQ-NEXT", from, uin, fmt.Sprintf("SEQ_NUM %d; the previous packet's + 1 is %d", got, want), r.Meta.Frame)
}

func swap16(v uint16) uint16 { return v<<8 | v>>8 }

// semantics applies the rules about what a packet means in its session.
func (c *Checker) semantics(r *analyze.Released, st *sessionState, uin uint32) {
	m, p := r.Meta, r.Packet
	frame := m.Frame
	name := p.Command.Name
	if p.Dir == dissect.ClientToServer {
		c.clientSemantics(r, st, uin)
		return
	}
	switch name {
	case "LOGIN_REPLY":
		st.loggedIn = true
		c.replyTo(r, st, uin, "LOGIN_SEQ_NUM")
	case "INFO_REPLY", "EXT_INFO_REPLY":
		c.replyTo(r, st, uin, "INFO_SEQ_NUM")
	case "USER_FOUND":
		c.replyTo(r, st, uin, "SEARCH_SEQ_NUM")
		if s := c.searchOf(st, p); s != nil {
			s.found++
			if s.ended {
				c.report("ICQ-SEARCH-END", sideServer, uin, "USER_FOUND after the search's END_OF_SEARCH", frame, s.frame)
			}
			if s.found == maxUserFound+1 {
				c.report("ICQ-SEARCH-LIMIT", sideServer, uin, "more than 40 USER_FOUND for one search", frame, s.frame)
			}
		}
	case "END_OF_SEARCH":
		c.replyTo(r, st, uin, "SEARCH_SEQ_NUM")
		if s := c.searchOf(st, p); s != nil {
			s.ended = true
			if more := p.Field("MORE_FOUND"); more != nil && more.Num == 1 && s.found < maxUserFound {
				c.report("ICQ-SEARCH-LIMIT", sideServer, uin, fmt.Sprintf("MORE_FOUND is 01 after %d USER_FOUND; only 40 withheld results allow it", s.found), frame, s.frame)
			}
		}
	case "USER_ONLINE", "USER_OFFLINE":
		if v := p.Field("REMOTE_UIN"); v != nil && !v.Partial && st.sawLogin && !st.contacts[v.Num] {
			c.report("ICQ-CONTACT-NOTIFY", sideServer, uin, fmt.Sprintf("%s for UIN %d, which is not in the client's CONTACT_LIST", name, v.Num), frame)
		}
	}
}

func (c *Checker) clientSemantics(r *analyze.Released, st *sessionState, uin uint32) {
	m, p := r.Meta, r.Packet
	frame := m.Frame
	name := p.Command.Name
	if dis, ok := c.clients[m.Src]; ok && name != "ACK" {
		if name == "LOGIN" {
			delete(c.clients, m.Src)
		} else {
			c.report("ICQ-AFTER-DISCONNECT", sideClient, uin, fmt.Sprintf("%s after B_USER_DISCONNECTED in frame %d", name, dis), frame, dis)
		}
	}
	switch name {
	case "LOGIN":
		st.sawLogin = true
	case "ACK":
	default:
		if st.sawLogin && !st.loggedIn {
			c.report("ICQ-LOGIN-FIRST", sideClient, uin, fmt.Sprintf("%s before the LOGIN was answered", name), frame)
		}
	}
	switch name {
	case "CONTACT_LIST":
		st.hasList = true
		for i := range p.Values {
			if v := &p.Values[i]; v.Field.CountBy != "" && !v.Partial {
				st.contacts[v.Num] = true
			}
		}
	case "SEARCH_UIN", "SEARCH_USER":
		if v := p.Field("SEARCH_SEQ_NUM"); v != nil && !v.Partial && r.Xref.Retransmission == 0 {
			st.searches[uint16(v.Num)] = &search{frame: frame}
		}
	case "KEEP_ALIVE":
		c.keepAlive(st, m, uin)
	case "SEND_TEXT_CODE":
		c.textCode(r, st, uin)
	}
}

func (c *Checker) keepAlive(st *sessionState, m *capture.Packet, uin uint32) {
	if !st.lastKA.IsZero() {
		if gap := m.Time.Sub(st.lastKA); gap > keepAliveInterval+c.opts.KeepAliveTolerance {
			c.report("ICQ-KEEPALIVE-INTERVAL", sideClient, uin, fmt.Sprintf("keep-alives %v apart; at most 120 s", gap.Round(time.Millisecond)), m.Frame, st.lastKAF)
		}
	}
	st.lastKA, st.lastKAF = m.Time, m.Frame
}

func (c *Checker) textCode(r *analyze.Released, st *sessionState, uin uint32) {
	v := r.Packet.Field("TEXT_CODE")
	if v == nil || v.Partial {
		return
	}
	switch string(r.Packet.Data(v)) {
	case "B_USER_DISCONNECTED":
		if r.Xref.Retransmission == 0 {
			c.clients[r.Meta.Src] = r.Meta.Frame
		}
	case "B_MESSAGE_ACK":
		if st.maxTries < transmissionsFirst {
			c.report("ICQ-MESSAGE-ACK-EARLY", sideClient, uin, fmt.Sprintf("B_MESSAGE_ACK after at most %d transmissions of an unacknowledged packet; the spec waits for 6", st.maxTries), r.Meta.Frame)
		}
		st.maxTries = 0
	}
}

// replyTo checks that a reply names a request of its session.
func (c *Checker) replyTo(r *analyze.Released, st *sessionState, uin uint32, field string) {
	if r.Xref.ReplyTo != 0 || !st.sawLogin || r.Xref.Retransmission > 0 {
		return
	}
	if v := r.Packet.Field(field); v != nil && !v.Partial {
		c.report("ICQ-REPLY-SEQ", sideServer, uin, fmt.Sprintf("%s %d matches no request of this session", field, v.Num), r.Meta.Frame)
	}
}

func (c *Checker) searchOf(st *sessionState, p *dissect.Packet) *search {
	if v := p.Field("SEARCH_SEQ_NUM"); v != nil && !v.Partial {
		return st.searches[uint16(v.Num)]
	}
	return nil
}

// peer applies the peer rules to a packet of a TCP stream.
func (c *Checker) peer(r *analyze.Released) {
	m, p := r.Meta, r.Packet
	if c.streams[m.Stream] {
		return
	}
	c.streams[m.Stream] = true
	if m.Gap != 0 || m.Skipped != 0 {
		return // the capture joined the connection late: its first packet is not here
	}
	if p.Command != dissect.PeerInit {
		c.report("ICQ-PEER-INIT-FIRST", sideClient, p.UIN, fmt.Sprintf("stream %d begins with %s, not CHANNEL_INIT", m.Stream, p.CommandName()), m.Frame)
	} else if len(p.Payload) >= 2 && binary.LittleEndian.Uint16(p.Payload) != 0x1A {
		c.report("ICQ-PEER-INIT-FIRST", sideClient, p.UIN, fmt.Sprintf("CHANNEL_INIT has LENGTH %d; the spec says 1A 00 (26)", binary.LittleEndian.Uint16(p.Payload)), m.Frame)
	}
}

// Finish reports what the end of the capture settles: searches never ended.
func (c *Checker) Finish() {
	for _, st := range c.sessions {
		for seq, s := range st.searches {
			if !s.ended && st.loggedIn {
				c.report("ICQ-SEARCH-END", sideServer, st.uin, fmt.Sprintf("search %d was never ended by END_OF_SEARCH", seq), s.frame)
			}
		}
	}
}
