package capture

import (
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/reassembly"

	"github.com/icqdump/icqdump/dissect"
)

// peerStream is one ICQ peer TCP connection: the reassembly.Stream that
// takes its bytes in order and cuts them into peer packets.
type peerStream struct {
	peers *peerTCP
	key   connKey
	num   int
	how   string
	half  [2]peerHalf // [0]: the direction of the first segment the assembler took
	// resumed: the stream goes on from one closed for silence, maybe
	// inside a packet; its framers look for a packet start.
	resumed bool
	syn     bool // the capture holds the connection's opening (not a resumed stream's)
}

// peerHalf is one direction of a stream.
type peerHalf struct {
	src, dst  netip.AddrPort
	framer    dissect.Framer
	pos       reassembly.Sequence // sequence number of the next byte in order
	pushAt    reassembly.Sequence // of the first byte of the latest Push
	delivered frameInfo           // the frame by which the bytes up to pos had all come
	marks     []mark              // segments that arrived ahead of a hole
	started   bool                // pos is set
	ended     bool
}

// frameInfo is what a peer packet takes from the frame that completed it.
type frameInfo struct {
	frame  uint64
	time   time.Time
	length int
}

// mark remembers the frame of a segment the assembler queues, so that data
// handed on by a flush is credited to the frame that brought it.
type mark struct {
	seq reassembly.Sequence
	n   int
	at  frameInfo
}

func (m *mark) end() reassembly.Sequence { return m.seq.Add(m.n) }

// maxMarks bounds the marks of a direction; the assembler queues no more
// segments than pages.
const maxMarks = maxPagesPerConnection

func (s *peerStream) halfFor(dir reassembly.TCPFlowDirection) *peerHalf {
	if dir == reassembly.TCPDirClientToServer {
		return &s.half[0]
	}
	return &s.half[1]
}

// Accept takes every segment. A direction whose SYN was not captured starts
// at its first segment: its first bytes are framed once a plausible packet
// start is found.
func (s *peerStream) Accept(tcp *layers.TCP, _ gopacket.CaptureInfo, dir reassembly.TCPFlowDirection, nextSeq reassembly.Sequence, start *bool, _ reassembly.AssemblerContext) bool {
	h := s.halfFor(dir)
	seq := reassembly.Sequence(tcp.Seq)
	switch {
	case nextSeq < 0: // the first segment of this direction
		*start = true
		h.started = true
		h.pos = seq
		if tcp.SYN {
			h.pos = seq.Add(1)
			s.syn = !s.resumed // a resumed stream's SYN is the one catchUp made up
		}
	case len(tcp.Payload) > 0 && nextSeq.Difference(seq) > 0 && !h.ended:
		h.mark(seq, len(tcp.Payload), s.peers.cur)
	}
	return true
}

func (h *peerHalf) mark(seq reassembly.Sequence, n int, at frameInfo) {
	if len(h.marks) == maxMarks {
		h.marks = append(h.marks[:0], h.marks[1:]...)
	}
	h.marks = append(h.marks, mark{seq: seq, n: n, at: at})
}

// prune forgets the marks of bytes that have been handed on.
func (h *peerHalf) prune() {
	kept := h.marks[:0]
	for _, m := range h.marks {
		if m.end().Difference(h.pos) < 0 {
			kept = append(kept, m)
		}
	}
	h.marks = kept
}

// ReassembledSG frames the bytes the assembler hands on in order. A skip is
// data the capture lost: the framer reports it and looks for the next start.
func (s *peerStream) ReassembledSG(sg reassembly.ScatterGather, _ reassembly.AssemblerContext) {
	dir, start, end, skip := sg.Info()
	h := s.halfFor(dir)
	if start && !s.resumed {
		h.framer.Start()
	}
	if skip > 0 {
		h.framer.Lost(skip)
		s.drain(h)
		h.pos = h.pos.Add(skip)
	}
	if n, _ := sg.Lengths(); n > 0 {
		h.framer.Push(sg.Fetch(n))
		h.pushAt = h.pos
		h.pos = h.pos.Add(n)
		s.drain(h)
	}
	if end {
		s.end(h)
	}
	h.delivered = s.peers.completion(h, h.pos)
	h.prune()
}

// ReassemblyComplete ends both directions: what they hold is handed out. A
// stream closed for silence is remembered.
func (s *peerStream) ReassemblyComplete(_ reassembly.AssemblerContext) bool {
	s.peers.rest(s)
	for i := range s.half {
		if h := &s.half[i]; !h.ended {
			s.end(h)
		}
	}
	delete(s.peers.streams, s.key)
	return true
}

func (s *peerStream) end(h *peerHalf) {
	h.ended = true
	h.framer.End()
	s.drain(h)
	h.marks = nil
}

// drain queues the packets the framer has cut.
func (s *peerStream) drain(h *peerHalf) {
	var fr dissect.Frame
	for h.framer.Next(&fr) {
		at := s.peers.completion(h, h.pushAt.Add(fr.End))
		s.peers.queue.push(Packet{Frame: at.frame, Time: at.time, Src: h.src, Dst: h.dst,
			Transport: TCP, Dir: dissect.PeerToPeer, Stream: s.num, FrameLen: at.length,
			Recognized: s.how, Opened: s.syn, Gap: fr.Gap, Skipped: fr.Skipped}, fr.Packet)
	}
}
