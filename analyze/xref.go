// Package analyze holds the state that spans packets: sessions, SEQ_NUM/ACK
// pairing, replies and the peer endpoints learned from UDP.
package analyze

import (
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Xref is what the analyzer knows of one packet from the packets around it.
// Zero fields are unknown or do not apply.
type Xref struct {
	AcksFrame        uint64  // an ACK: the frame it acknowledges
	AckDelayMs       float64 // an ACK: milliseconds since that frame
	AckedIn          uint64  // a packet that was acknowledged: the ACK's frame
	RetransmissionOf uint64  // a retransmission: the first frame with this SEQ_NUM and COMMAND
	Retransmission   int     // 1, 2, ... for the first, second ... retransmission
	ReplyTo          uint64  // a reply: the request's frame
}

// AckState says whether a packet that needs an acknowledgement got one.
type AckState uint8

const (
	AckNotNeeded AckState = iota // an ACK itself, a peer packet other than a message, a packet without header
	AckSeen                      // acknowledged
	AckMissing                   // no acknowledgement within the window, or before the capture ended
	AckUnknown                   // released before the window closed (too many packets held, or the pairing cap retired its entry)
)

// AckMatch says what an ACK (or a peer CHANNEL_ACK) acknowledges.
type AckMatch uint8

const (
	NotAnAck     AckMatch = iota
	AckFirst              // a packet not acknowledged before (its latest transmission)
	AckDuplicate          // a packet already acknowledged
	AckOfAck              // an ACK, which the spec says must not be acknowledged
	AckOfNothing          // nothing sent within the Window
)

// Released is one packet handed out in frame order once its cross
// references are settled. It is valid only during the call.
type Released struct {
	Meta *capture.Packet
	// Packet is the decoded packet; nil for a held packet when the analyzer
	// keeps no copies (Config.KeepPackets false).
	Packet *dissect.Packet
	Xref   Xref
	Ack    AckState
	Match  AckMatch
	Note   []byte // what Config.Annotate wrote for the packet

	// The packet's header, there whether or not Packet is. (Its Session,
	// a v5 SESSION_ID, is Header.Session: Session below is the client's.)
	dissect.Header

	Interval    time.Duration // a retransmission: time since the previous transmission
	SeqAnomaly  SeqAnomaly    // how a new packet's SEQ_NUM departs from the numbering
	ExpectedSeq uint16        // with SeqAnomaly: the SEQ_NUM the spec wanted

	Session int // UDP: the client session, from 1
	// Peer packets: the sessions of the stream's two sides (0 when a side
	// is no client session seen in the capture) and the side that sent it.
	Sides [2]int
	From  int
	// Facts are the UDP packet's line's, as of this packet (line.go).
	Facts SessionFacts
	V5    V5Facts // a v5 packet: how it departs from its line's numbering
}

// Path is how a message travelled.
type Path uint8

const (
	PathServer  Path = iota + 1 // SEND_MESSAGE, or RECEIVE_MESSAGE sent a moment ago
	PathOffline                 // RECEIVE_MESSAGE stamped well before it was delivered
	PathPeer                    // a peer CHANNEL_MESSAGE (or the auto-reply text of a CHANNEL_ACK)
)

var pathNames = [...]string{PathServer: "server", PathOffline: "offline", PathPeer: "peer"}

func (p Path) String() string {
	if int(p) < len(pathNames) && pathNames[p] != "" {
		return pathNames[p]
	}
	return "unknown"
}

// Message is one message between users, handed out in frame order. Text is
// the MESSAGE field as sent (Windows-1252, FE-separated parts), valid only
// during the call.
type Message struct {
	Frame    uint64
	Time     time.Time
	From, To uint32 // 0: not known
	Path     Path
	Type     uint16
	Text     []byte
	Auto     bool      // a peer auto reply
	Sent     time.Time // RECEIVE_MESSAGE: the time stamped in it (zero if not valid)
	Session  int
	Stream   int
}
