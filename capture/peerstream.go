package capture

import (
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// peerStream is one ICQ peer TCP connection: it takes the bytes of its
// directions in order from the reassembly and cuts them into peer packets.
type peerStream struct {
	peers *peerTCP
	key   connKey
	num   int
	how   string
	tcp   tcpConnState
	half  [2]peerHalf // [0]: the direction of the first segment the reassembly took
	// resumed: the stream goes on from one closed for silence, maybe
	// inside a packet; its framers look for a packet start.
	resumed  bool
	syn      bool // the capture holds the connection's opening (not a resumed stream's)
	directed bool // the halves know their endpoints
	// heldBytes is what the stream holds as the budget counts it (limits.go);
	// holding says it is in peerTCP.holders.
	heldBytes int
	holding   bool
	gone      bool // complete: the stream holds nothing more
	reused    bool // a new connection took its endpoints: it is not remembered as dormant
}

// peerHalf is one direction of a stream.
type peerHalf struct {
	src, dst  netip.AddrPort
	framer    dissect.Framer
	pushAt    uint32    // sequence number of the first byte of the latest Push
	delivered frameInfo // the frame by which the bytes handed on had all come
	marks     []mark    // segments that arrived ahead of a hole
	ended     bool
}

// frameInfo is what a peer packet takes from the frame that completed it.
type frameInfo struct {
	frame  uint64
	time   time.Time
	length int
}

// mark remembers the frame of a segment that came ahead of a hole, so that
// data handed on by a flush is credited to the frame that brought it.
type mark struct {
	seq uint32
	n   int
	at  frameInfo
}

func (m *mark) end() uint32 { return m.seq + uint32(m.n) }

// maxMarks bounds the marks of a direction; the reassembly holds no more
// segments.
const maxMarks = maxWaitingSegments

// take hands the reassembly a segment from src to dst that came in the
// frame at. A direction whose SYN was not captured starts at its first
// segment: its first bytes are framed once a plausible packet start is
// found.
func (s *peerStream) take(src, dst netip.AddrPort, sg *segment, at frameInfo) {
	d := s.direction(src, dst)
	h, next := &s.half[d], &s.tcp.half[d]
	switch {
	case !next.started:
		if sg.syn {
			s.syn = !s.resumed // a resumed stream's SYN is the one catchUp made up
		}
	case len(sg.payload) > 0 && seqDiff(next.next, sg.seq) > 0 && !h.ended:
		h.mark(sg.seq, len(sg.payload), at)
	}
	s.peers.reasm.add(&s.tcp, d, sg, at.time)
	s.peers.account(s)
}

// newConnection reports whether a SYN from src with sequence number seq
// opens a new connection on the stream's endpoints (RFC 793's reuse from
// TIME_WAIT): its direction has started, and not with this SYN.
func (s *peerStream) newConnection(src netip.AddrPort, seq uint32) bool {
	if !s.directed {
		return false
	}
	h := &s.tcp.half[0]
	if src != s.half[0].src {
		h = &s.tcp.half[1]
	}
	return h.started && (!h.hasISN || h.isn != seq)
}

// direction numbers the direction of a segment from src to dst.
func (s *peerStream) direction(src, dst netip.AddrPort) int {
	if !s.directed {
		s.directed = true
		s.half[0].src, s.half[0].dst = src, dst
		s.half[1].src, s.half[1].dst = dst, src
	}
	if src == s.half[0].src {
		return 0
	}
	return 1
}

func (h *peerHalf) mark(seq uint32, n int, at frameInfo) {
	if len(h.marks) == maxMarks {
		h.marks = append(h.marks[:0], h.marks[1:]...)
	}
	h.marks = append(h.marks, mark{seq: seq, n: n, at: at})
}

// prune forgets the marks of bytes that have been handed on, up to next.
func (h *peerHalf) prune(next uint32) {
	kept := h.marks[:0]
	for _, m := range h.marks {
		if seqDiff(m.end(), next) < 0 {
			kept = append(kept, m)
		}
	}
	h.marks = kept
}

// receive frames the bytes the reassembly hands on in order (connOwner). A
// skip is data the capture lost: the framer reports it and looks for the
// next start.
func (s *peerStream) receive(d int, start bool, skip int, from uint32, data []byte, end bool) {
	h := &s.half[d]
	if start && !s.resumed {
		h.framer.Start()
	}
	if skip > 0 {
		h.framer.Lost(skip)
		s.drain(h)
	}
	if len(data) > 0 {
		h.framer.Push(data)
		h.pushAt = from
		s.drain(h)
	}
	if end {
		s.end(h)
	}
	next := s.tcp.half[d].next
	h.delivered = s.peers.completion(h, next)
	h.prune(next)
	s.peers.account(s)
}

// complete ends both directions: what they hold is handed out (connOwner).
// A stream closed for silence is remembered.
func (s *peerStream) complete() {
	if !s.reused {
		s.peers.rest(s)
	}
	for i := range s.half {
		if h := &s.half[i]; !h.ended {
			s.end(h)
		}
	}
	s.gone = true
	s.peers.account(s)
	if s.peers.streams[s.key] == s {
		delete(s.peers.streams, s.key)
	}
}

func (s *peerStream) end(h *peerHalf) {
	h.ended = true
	h.framer.End()
	s.drain(h)
	h.framer = dissect.Framer{} // its buffer goes: nothing more is framed
	h.marks = nil
}

// drain queues the packets the framer has cut.
func (s *peerStream) drain(h *peerHalf) {
	var fr dissect.Frame
	for h.framer.Next(&fr) {
		at := s.peers.completion(h, h.pushAt+uint32(fr.End))
		s.peers.queue.push(Packet{Frame: at.frame, Time: at.time, Src: h.src, Dst: h.dst,
			Transport: TCP, Dir: dissect.PeerToPeer, Stream: s.num, FrameLen: at.length,
			Recognized: s.how, Opened: s.syn, Gap: fr.Gap, Skipped: fr.Skipped}, fr.Packet)
	}
}
