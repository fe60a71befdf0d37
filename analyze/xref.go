// Package analyze holds the state that spans packets: sessions, SEQ_NUM/ACK
// pairing, replies and the peer endpoints learned from UDP.
package analyze

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
