package capture

import (
	"net/netip"
	"slices"
	"strconv"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/reassembly"

	"github.com/icqdump/icqdump/dissect"
)

// ICQ peers talk over TCP. A connection is a peer stream when one of its
// ports was given with --peer-port, when one of its endpoints was learned
// from the capture's own traffic (LearnPeer), or when a segment of it starts
// with a plausible peer packet (the content test, for captures without the
// UDP or that start mid-connection). Only peer streams reach the reassembly:
// other TCP costs a few map lookups and byte compares per segment.

// Limits, in capture time and memory.
const (
	gapWait     = 30 * time.Second // out-of-order data waits this long for a lost segment
	idleTimeout = 10 * time.Minute // a connection silent this long is closed
	flushEvery  = 5 * time.Second  // how often to look for both

	// Out-of-order data waits in the assembler's pages of 1900 bytes.
	maxPagesPerConnection = 64    // per direction: about 120 KiB
	maxPagesTotal         = 16384 // about 32 MiB

	maxProbes  = 1 << 14 // connections held back by the content test
	maxLearned = 1 << 16 // learned endpoints
)

// recognizedByContent is Packet.Recognized for a stream found by the content test.
const recognizedByContent = "content"

// peerTCP finds the peer streams among TCP connections and reassembles them
// with one gopacket Assembler, on the reading goroutine.
type peerTCP struct {
	portHow  map[uint16]string         // --peer-port ports: how their streams are recognised
	learned  map[netip.AddrPort]string // learned endpoints: how they were learned
	streams  map[connKey]*peerStream
	probes   map[halfKey]probe
	asm      *reassembly.Assembler
	ctx      segmentContext
	cur      frameInfo // the frame being assembled
	opening  *peerStream
	count    int // streams so far
	queue    peerQueue
	now      time.Time // the latest capture time seen
	flushAt  time.Time
	flushing bool // packets come from a flush, not from the frame being read
}

func newPeerTCP(ports []uint16) peerTCP {
	p := peerTCP{
		portHow: make(map[uint16]string, len(ports)),
		learned: make(map[netip.AddrPort]string),
		streams: make(map[connKey]*peerStream),
		probes:  make(map[halfKey]probe),
	}
	for _, port := range ports {
		p.portHow[port] = "--peer-port " + strconv.Itoa(int(port))
	}
	return p
}

// connKey names a connection whichever way a segment goes.
type connKey struct{ a, b netip.AddrPort }

func newConnKey(x, y netip.AddrPort) connKey {
	if x.Compare(y) > 0 {
		x, y = y, x
	}
	return connKey{x, y}
}

// halfKey names one direction of a connection.
type halfKey struct{ src, dst netip.AddrPort }

// probe holds the first bytes of a direction that are too few for the
// content test: real clients send LENGTH in a segment of its own.
type probe struct {
	data   [dissect.PeerProbeLen]byte
	n      int
	next   uint32 // sequence number after the bytes
	frames uint64 // frames they came in
	seen   time.Time
}

// segmentContext gives the assembler the capture info of the segment being
// assembled. The assembler reads it only during AssembleWithContext, so one
// is reused for every segment.
type segmentContext struct{ ci gopacket.CaptureInfo }

func (c *segmentContext) GetCaptureInfo() gopacket.CaptureInfo { return c.ci }

// LearnPeer records an endpoint where a client takes peer connections,
// learned from the capture's traffic; how says where it was learned, and
// becomes Packet.Recognized of its streams. The first word on an endpoint
// stands.
func (r *Reader) LearnPeer(ep netip.AddrPort, how string) {
	p := &r.peers
	if _, known := p.learned[ep]; !known && len(p.learned) < maxLearned {
		p.learned[ep] = how
	}
}

// tcpFrame feeds a segment of a peer stream to the reassembly; the packets
// it completes are queued for Next. Other TCP is skipped.
func (r *Reader) tcpFrame(t *transportPayload, ci gopacket.CaptureInfo) *Packet {
	p := &r.peers
	seg := &r.dec.tcp
	key := newConnKey(t.src, t.dst)
	s := p.streams[key]
	if s == nil {
		how, held := p.recognize(t, seg, ci.Timestamp)
		switch {
		case how == "":
			r.stats.Skipped++
			return nil
		case len(t.payload) == 0 && !seg.SYN: // a bare ACK, FIN or RST opens nothing
			r.stats.PeerFrames++
			r.icqFrame(t, 0)
			return nil
		}
		r.stats.Skipped -= held.frames
		r.stats.PeerFrames += held.frames
		s = p.open(key, t, how, held)
	}
	r.stats.PeerFrames++
	r.icqFrame(t, s.num)
	p.assemble(s, t, seg, ci, r.stats.Frames)
	return nil
}

// recognize says how a connection not yet known is a peer stream, or ""
// when it is not (yet). held is what the content test held back of the
// segment's direction.
func (p *peerTCP) recognize(t *transportPayload, seg *layers.TCP, now time.Time) (how string, held probe) {
	for _, how := range [...]string{p.portHow[t.src.Port()], p.portHow[t.dst.Port()], p.learned[t.dst], p.learned[t.src]} {
		if how != "" {
			return how, held
		}
	}
	if len(t.payload) == 0 {
		return "", held
	}
	return p.content(t, seg, now)
}

// content is the content test: the first bytes of a direction must start a
// peer packet. Bytes too few to tell wait for the direction's next segment.
func (p *peerTCP) content(t *transportPayload, seg *layers.TCP, now time.Time) (string, probe) {
	hk := halfKey{t.src, t.dst}
	if pr, ok := p.probes[hk]; ok {
		delete(p.probes, hk)
		if seg.Seq == pr.next {
			var b [dissect.PeerProbeLen]byte
			n := copy(b[:], pr.data[:pr.n])
			n += copy(b[n:], t.payload)
			switch dissect.PeerStart(b[:n]) {
			case dissect.Plausible:
				return recognizedByContent, pr
			case dissect.NeedMore: // the whole payload fitted
				pr.add(t.payload, seg.Seq, now)
				p.probes[hk] = pr
				return "", probe{}
			}
		}
	}
	switch dissect.PeerStart(t.payload) {
	case dissect.Plausible:
		return recognizedByContent, probe{}
	case dissect.NeedMore:
		if len(p.probes) < maxProbes {
			var pr probe
			pr.add(t.payload, seg.Seq, now)
			p.probes[hk] = pr
		}
	}
	return "", probe{}
}

func (pr *probe) add(b []byte, seq uint32, now time.Time) {
	pr.n += copy(pr.data[pr.n:], b)
	pr.next = seq + uint32(len(b))
	pr.frames++
	pr.seen = now
}

// open starts a peer stream at the segment t; held are bytes of t's
// direction that came before it.
func (p *peerTCP) open(key connKey, t *transportPayload, how string, held probe) *peerStream {
	if p.asm == nil {
		p.asm = reassembly.NewAssembler(reassembly.NewStreamPool(p))
		p.asm.MaxBufferedPagesPerConnection = maxPagesPerConnection
		p.asm.MaxBufferedPagesTotal = maxPagesTotal
	}
	p.count++
	s := &peerStream{peers: p, key: key, num: p.count, how: how}
	s.half[0].src, s.half[0].dst = t.src, t.dst
	s.half[1].src, s.half[1].dst = t.dst, t.src
	p.streams[key] = s
	if held.n > 0 {
		s.seed(slices.Clone(held.data[:held.n]))
	}
	return s
}

// New hands the assembler the stream of the segment being assembled
// (reassembly.StreamFactory).
func (p *peerTCP) New(_, _ gopacket.Flow, _ *layers.TCP, _ reassembly.AssemblerContext) reassembly.Stream {
	return p.opening
}

func (p *peerTCP) assemble(s *peerStream, t *transportPayload, seg *layers.TCP, ci gopacket.CaptureInfo, frame uint64) {
	p.cur = frameInfo{frame: frame, time: ci.Timestamp, length: ci.Length}
	p.ctx.ci = ci
	p.opening = s
	p.asm.AssembleWithContext(netFlow(t.src.Addr(), t.dst.Addr()), seg, &p.ctx)
}

func netFlow(src, dst netip.Addr) gopacket.Flow {
	if src.Is4() && dst.Is4() {
		a, b := src.As4(), dst.As4()
		return gopacket.NewFlow(layers.EndpointIPv4, a[:], b[:])
	}
	a, b := src.As16(), dst.As16()
	return gopacket.NewFlow(layers.EndpointIPv6, a[:], b[:])
}

// completion returns the frame that completed the bytes of h up to end: the
// frame being assembled, or, for bytes a flush hands on, the latest frame
// that brought them.
func (p *peerTCP) completion(h *peerHalf, end reassembly.Sequence) frameInfo {
	if !p.flushing {
		return p.cur
	}
	at := h.delivered
	for i := range h.marks {
		if m := &h.marks[i]; m.seq.Difference(end) > 0 && m.at.frame > at.frame {
			at = m.at
		}
	}
	return at
}

// tick runs the flushes that capture time calls for: out-of-order data that
// waited gapWait for a lost segment goes on past the hole, connections idle
// for idleTimeout (or half-closed that long) are closed, old probes are
// dropped.
func (p *peerTCP) tick(now time.Time) {
	if now.After(p.now) {
		p.now = now
	}
	if p.now.Before(p.flushAt) {
		return
	}
	p.flushAt = p.now.Add(flushEvery)
	if p.asm != nil {
		p.flush(func() {
			p.asm.FlushWithOptions(reassembly.FlushOptions{T: p.now.Add(-gapWait), TC: p.now.Add(-idleTimeout)})
		})
	}
	for k, pr := range p.probes {
		if pr.seen.Before(p.now.Add(-gapWait)) {
			delete(p.probes, k)
		}
	}
}

// finish hands on everything the streams hold at the end of the capture.
func (p *peerTCP) finish() {
	if p.asm != nil {
		p.flush(func() { p.asm.FlushAll() })
	}
	clear(p.probes)
}

func (p *peerTCP) flush(run func()) {
	from := p.queue.len()
	p.flushing = true
	run()
	p.flushing = false
	p.queue.sortFrom(from)
}
