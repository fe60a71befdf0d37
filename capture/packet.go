// Package capture turns capture files and interfaces into ICQ payloads with
// their metadata: frame number, time, addresses, direction and stream. It
// knows nothing of ICQ's fields; package dissect decodes the payloads.
package capture

import (
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// Transport is the protocol that carried a payload.
type Transport uint8

const (
	UDP Transport = iota + 1
	TCP
)

func (t Transport) String() string {
	switch t {
	case UDP:
		return "udp"
	case TCP:
		return "tcp"
	}
	return "unknown"
}

// Packet is one ICQ payload: a UDP datagram to or from a server port, or one
// framed peer packet from a TCP stream. Payload is valid only until the next
// call to Reader.Next.
type Packet struct {
	Frame     uint64 // 1-based number of the frame that completed the payload
	Time      time.Time
	Src, Dst  netip.AddrPort
	Transport Transport
	Dir       dissect.Direction
	Stream    int // peer TCP stream number, from 1 in order of first appearance; 0 for UDP
	Payload   []byte
	FrameLen  int // bytes of the frame on the wire
	// Truncated says the datagram is longer than the bytes captured: the
	// frame was cut by the snap length, or a length field claims more than
	// there is. Payload holds what is there.
	Truncated bool
	// Sub numbers a packet carried inside another (a v5 SRV_MULTI_PACKET),
	// from 1: it is shown as frame Frame.Sub. 0 for a packet of its own.
	Sub int

	// Peer packets only.
	Recognized string // how the stream was recognised as ICQ: "--peer-port 1234", "content", or how its endpoint was learned ("learned from USER_ONLINE in frame 7")
	Opened     bool   // the capture holds the connection's opening (a SYN): its first packet is here
	Gap        int    // bytes of the stream lost from the capture just before this packet
	Skipped    int    // bytes skipped to find this packet's start (mid-connection start, after a gap)
}

// Stats counts what a Reader has seen. Every frame read lands in exactly one
// bucket:
//
//	Frames == ICQFrames + PeerFrames + Skipped + Malformed + Fragments + Unsupported
//
// The counts after Unsupported are not buckets: they count packets and
// datagrams, not frames.
type Stats struct {
	Frames      uint64 // frames read
	ICQFrames   uint64 // frames that carried (or completed) an ICQ UDP datagram
	PeerFrames  uint64 // TCP frames of a peer stream
	Skipped     uint64 // frames that are not ICQ: other ports, other protocols (ARP, ICMP, ...)
	Malformed   uint64 // frames whose link, IP, UDP or TCP headers could not be decoded
	Fragments   uint64 // IP fragments that did not complete a datagram themselves
	Unsupported uint64 // frames of a link type the reader cannot decode (see Reader.UnsupportedLinks)

	UDPPackets  uint64 // ICQ UDP payloads handed out
	PeerPackets uint64 // peer packets handed out
	Truncated   uint64 // ICQ UDP payloads handed out shorter than their datagram
	Reassembled uint64 // IP datagrams reassembled from fragments (ICQ or not)
	Incomplete  uint64 // IP datagrams given up: fragments missing or unusable
	// Unsaved counts frames of peer streams that OnICQFrame never got: they
	// came before the stream was recognised, when the frames kept of
	// connections not yet recognised had reached their bound. Always 0
	// without an OnICQFrame hook.
	Unsaved uint64
	Evicted Evictions // what the limits on peer TCP gave up (limits.go)
	// LongerThanOriginal counts pcap records whose captured length exceeds
	// their original length: read, as libpcap reads them, at the captured length.
	LongerThanOriginal uint64
}

// Decode decodes the payload with the dissector its transport calls for; a
// peer packet also gets issues for the stream bytes lost or skipped before it.
func (m *Packet) Decode(p *dissect.Packet) {
	if m.Transport == TCP {
		dissect.DecodePeer(p, m.Payload)
		p.NoteStream(m.Gap, m.Skipped)
		return
	}
	dissect.Decode(p, m.Payload, m.Dir)
}
