package engine

import (
	"net/netip"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/capture"
)

// peerFrames decides which frames of peer streams -w writes when --uin or
// --command choose packets: the frames that carry bytes of a packet shown,
// and the handshake and teardown of a connection once one of its packets is
// shown. A connection between users the filters leave out is never
// written. Frames with data wait, copied, for the verdict on the packets
// they carry, placed by their TCP sequence numbers; a connection never
// shown keeps only its handshake (three small frames), until it closes.
type peerFrames struct {
	conns   map[connPair]*peerConn
	tcp     *capture.SegmentDecoder
	write   func(*capture.Frame)
	dropped uint64 // frames given up beyond maxWaiting: not written
}

// maxWaiting bounds the bytes of frames one side of a connection keeps
// waiting for a verdict: more than two of the largest peer packets.
const maxWaiting = 256 << 10

// connPair is a TCP connection, its two ends in a fixed order.
type connPair struct{ a, b netip.AddrPort }

func pairOf(src, dst netip.AddrPort) connPair {
	if src.Compare(dst) > 0 {
		src, dst = dst, src
	}
	return connPair{src, dst}
}

type peerConn struct {
	shown     bool            // a packet of it was shown: its handshake is written
	handshake []capture.Frame // SYN, SYN-ACK and the ACK after, until shown
	closing   bool            // a FIN or RST was seen: the bare ACKs after it are teardown
	fins      int
	halves    map[netip.AddrPort]*peerHalf
}

// peerHalf is what one side sent: stream offsets count from base, the
// sequence number of its first byte.
type peerHalf struct {
	base     uint32
	based    bool
	consumed uint32 // the offset after the last packet given a verdict
	waiting  []waitingFrame
	bytes    int
}

type waitingFrame struct {
	f          capture.Frame
	start, end uint32 // the stream offsets of its payload
	shown      bool   // it carries bytes of a packet shown
}

func newPeerFrames(write func(*capture.Frame)) *peerFrames {
	return &peerFrames{conns: map[connPair]*peerConn{}, tcp: capture.NewSegmentDecoder(), write: write}
}

// frame takes a TCP frame the reader judged part of a peer connection.
func (p *peerFrames) frame(f *capture.Frame) {
	seg := p.tcp.TCP(f)
	if seg == nil {
		return // no TCP header: nothing to place
	}
	key := pairOf(f.Src, f.Dst)
	c := p.conns[key]
	switch {
	case seg.SYN && (!seg.ACK || c == nil):
		c = &peerConn{halves: map[netip.AddrPort]*peerHalf{}}
		p.conns[key] = c
	case c == nil && len(seg.Payload) == 0:
		return // a bare segment of a connection with nothing shown yet
	case c == nil:
		c = &peerConn{halves: map[netip.AddrPort]*peerHalf{}} // met mid-connection
		p.conns[key] = c
	}
	h := c.half(f.Src)
	if seg.SYN {
		h.base, h.based = seg.Seq+1, true
	}
	switch {
	case len(seg.Payload) > 0:
		p.wait(h, f, seg)
	case seg.FIN || seg.RST || c.closing:
		c.closing = true
		if seg.FIN {
			c.fins++
		}
		switch {
		case c.shown:
			p.write(f)
		case seg.RST || c.fins == 2:
			delete(p.conns, key) // closed with nothing shown: nothing of it is kept
		}
	case !c.shown && len(c.handshake) < 3:
		c.handshake = append(c.handshake, copyFrame(f))
	}
}

func (c *peerConn) half(src netip.AddrPort) *peerHalf {
	h := c.halves[src]
	if h == nil {
		h = &peerHalf{}
		c.halves[src] = h
	}
	return h
}

// wait keeps a frame with data until the packets it carries are judged.
func (p *peerFrames) wait(h *peerHalf, f *capture.Frame, seg *layers.TCP) {
	if !h.based {
		h.base, h.based = seg.Seq, true
	}
	start := seg.Seq - h.base
	h.waiting = append(h.waiting, waitingFrame{f: copyFrame(f), start: start, end: start + uint32(len(seg.Payload))})
	h.bytes += len(f.Data)
	for h.bytes > maxWaiting && len(h.waiting) > 1 {
		h.bytes -= len(h.waiting[0].f.Data)
		h.waiting = h.waiting[1:]
		p.dropped++
	}
}

// packet takes the verdict on a peer packet: the frames that carry its
// bytes are written when they carry no byte of a packet still to come, if
// it or a packet before it in them was shown.
func (p *peerFrames) packet(m *capture.Packet, shown bool) {
	c := p.conns[pairOf(m.Src, m.Dst)]
	if c == nil {
		return
	}
	if shown && !c.shown {
		c.shown = true
		for i := range c.handshake {
			p.write(&c.handshake[i])
		}
		c.handshake = nil
	}
	h := c.half(m.Src)
	from := h.consumed + uint32(m.Gap+m.Skipped)
	h.consumed = from + uint32(len(m.Payload))
	kept := h.waiting[:0]
	for _, w := range h.waiting {
		w.shown = w.shown || shown && w.start < h.consumed && w.end > from
		switch {
		case int32(w.end-h.consumed) > 0:
			kept = append(kept, w) // carries bytes of a packet to come
			continue
		case w.shown:
			p.write(&w.f)
		}
		h.bytes -= len(w.f.Data)
	}
	clear(h.waiting[len(kept):])
	h.waiting = kept
}

func copyFrame(f *capture.Frame) capture.Frame {
	c := *f
	c.Data = append([]byte(nil), f.Data...)
	return c
}
