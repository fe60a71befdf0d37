package analyze

import (
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// End says how a client session ended.
type End uint8

const (
	EndCapture      End = iota // still going when the capture ended
	EndDisconnected            // the client sent B_USER_DISCONNECTED
	EndSilence                 // nothing either way for longer than SilenceTimeout
	EndNewLogin                // the client logged in again from the same address
	EndCap                     // retired early by the cap on sessions (Config.MaxSessions), the least recently active
)

var endNames = [...]string{EndCapture: "end of capture", EndDisconnected: dissect.TextDisconnected,
	EndSilence: "silence", EndNewLogin: "new LOGIN", EndCap: "session cap"}

func (e End) String() string {
	if int(e) < len(endNames) {
		return endNames[e]
	}
	return "unknown"
}

// The two directions of a client session, as indexes.
const (
	c2s = 0
	s2c = 1
)

func dirIndex(d dissect.Direction) int {
	if d == dissect.ServerToClient {
		return s2c
	}
	return c2s
}

// maxFrames bounds the frame lists kept for a report (unacknowledged packets).
const maxFrames = 8

// Login is a session's LOGIN and its answer.
type Login struct {
	Frame      uint64 // the LOGIN's frame; 0 if none was seen
	Seq        uint16 // its LOGIN_SEQ_NUM
	ReplyFrame uint64 // the LOGIN_REPLY with the same LOGIN_SEQ_NUM; 0 if none
}

// DirSummary is the acknowledgement record of one direction of a session:
// the packets sent that way and the ACKs that answered them.
type DirSummary struct {
	Packets, Bytes uint64 // every packet sent this way, and its ICQ bytes

	NeedAck       uint64   // packets that need an ACK (a retransmitted one counts once)
	Acked         uint64   // ... that were acknowledged
	Unacked       uint64   // ... that were not, within Window or before the capture ended
	UnackedFrames []uint64 // the first frames of the first maxFrames of them

	Retransmissions Stats // intervals between a packet and its retransmission

	AckDelay      Stats  // from a packet (its last transmission) to its ACK
	DupAcks       uint64 // ACKs from the other side for a packet already acknowledged
	UnmatchedAcks uint64 // ACKs from the other side that match no packet sent this way
	AcksAcked     uint64 // ACKs sent this way that the other side acknowledged

	FirstSeq   uint16 // SEQ_NUM of the first packet that needs an ACK
	WrongStart bool   // the session began with its LOGIN and FirstSeq is not the spec's start
	Jumps      uint64 // a new SEQ_NUM that is not the previous one + 1
	Reuses     uint64 // an earlier SEQ_NUM with another COMMAND (not a retransmission)
}

// SessionSummary describes one client session: one client address talking
// to one server address, from its first packet to its end.
type SessionSummary struct {
	ID             int
	Client, Server netip.AddrPort
	UIN            uint32
	SessionID      uint32 // a v5 session's SESSION_ID; 0 for v2
	First, Last    time.Time
	Login          Login
	Dir            [2]DirSummary // [0] client to server, [1] server to client

	KeepAlives        uint64
	KeepAliveInterval time.Duration // mean interval; 0 with fewer than two

	SentServer, ReceivedServer uint64 // SEND_MESSAGE; RECEIVE_MESSAGE (offline delivery included)
	SentPeer, ReceivedPeer     uint64 // real peer messages (not auto replies) on the session's streams

	StatusChanges uint64
	Status        uint32 // the last STATUS the client set (LOGIN or STATUS_CHANGE)
	HasStatus     bool

	Searches uint64 // SEARCH_UIN and SEARCH_USER
	Found    uint64 // USER_FOUND answering them

	End      End
	EndFrame uint64 // the B_USER_DISCONNECTED frame
}

// session is a live client session: its summary in the making, and the
// little state it needs beyond the windows shared by all sessions.
type session struct {
	SessionSummary
	last       int64  // capture time (ns) of the last packet
	sawLogin   bool   // the first client packet was a LOGIN: SEQ_NUMs start here
	peerPort   uint16 // the TCP port its LOGIN announced for peer connections; 0 if none
	nextSeq    [2]uint16
	hasSeq     [2]bool
	delays     [2]durations
	retrans    [2]durations
	kaFirst    int64
	kaLast     int64
	ended      bool         // disconnected: the next client packet starts a new session
	replaced   bool         // a newer session of its endpoints took its place in Analyzer.sessions
	finalized  bool         // its summary is written; nothing more is counted
	session5   uint32       // a v5 session's SESSION_ID, from its client packets
	seen       seen         // for explaining packets that depart from the document
	ipAt       int          // its index in Analyzer.byIP's list of its address
	bound      bool         // a peer stream holds it, and reads it after it ends: never reused
	line       SessionFacts // its line's, as of its latest packet (line.go)
	lineGoesOn bool         // a later session carries its line on
	v5         v5Line       // its line's v5 numbering
}

func (s *session) summary() SessionSummary {
	out := s.SessionSummary
	out.SessionID = s.session5
	for d := range out.Dir {
		out.Dir[d].AckDelay = s.delays[d].stats()
		out.Dir[d].Retransmissions = s.retrans[d].stats()
	}
	if out.KeepAlives > 1 {
		out.KeepAliveInterval = time.Duration((s.kaLast - s.kaFirst) / int64(out.KeepAlives-1))
	}
	return out
}

// noteUnacked records a packet that was never acknowledged.
func (d *DirSummary) noteUnacked(frame uint64) {
	d.Unacked++
	if len(d.UnackedFrames) < maxFrames {
		d.UnackedFrames = append(d.UnackedFrames, frame)
	}
}

// StartSeq is the SEQ_NUM the spec has each side start from: the client
// (c2s, index 0) from 1, the server from 0.
var StartSeq = [2]uint16{c2s: 1, s2c: 0}

// SeqAnomaly says how a new packet's SEQ_NUM departs from the spec's
// numbering: each side counts from its start, one up per new packet.
type SeqAnomaly uint8

const (
	SeqOK         SeqAnomaly = iota
	SeqWrongStart            // the session's first packet after LOGIN does not use the spec's start
	SeqJump                  // not the previous SEQ_NUM + 1
	SeqReuse                 // an earlier SEQ_NUM with another COMMAND: not a retransmission
)

// checkSeq notes SEQ_NUM anomalies of a new (not retransmitted) packet and
// returns the one it shows; Expected is the SEQ_NUM the spec wanted.
func (s *session) checkSeq(d int, seq uint16) (anomaly SeqAnomaly, expected uint16) {
	ds := &s.Dir[d]
	switch {
	case !s.hasSeq[d]:
		s.hasSeq[d] = true
		ds.FirstSeq = seq
		ds.WrongStart = s.sawLogin && seq != StartSeq[d] && !(d == c2s && s.session5 != 0) // a v5 client starts anywhere
		if ds.WrongStart {
			anomaly, expected = SeqWrongStart, StartSeq[d]
		}
	case seq != s.nextSeq[d]:
		ds.Jumps++
		anomaly, expected = SeqJump, s.nextSeq[d]
	}
	s.nextSeq[d] = seq + 1
	return anomaly, expected
}
