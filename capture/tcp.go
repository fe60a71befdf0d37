package capture

import (
	"net/netip"
	"strconv"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/ring"
)

// ICQ peers talk over TCP. A connection is a peer stream when one of its
// ports was given with --peer-port, when one of its endpoints was learned
// from the capture's own traffic (LearnPeer), or when a segment of it starts
// with a plausible peer packet (the content test, for captures without the
// UDP or that start mid-connection). Only peer streams reach the reassembly:
// other TCP costs a few map lookups and byte compares per segment, and for
// gapWait after its SYN a note of where its directions start (pending.go).

// Limits, in capture time and memory.
const (
	gapWait        = 30 * time.Second // out-of-order data waits this long for a lost segment
	idleTimeout    = 10 * time.Minute // a connection silent this long is closed
	dormantTimeout = 24 * time.Hour   // where a connection closed for silence had got to is kept this long
	closedLinger   = 4 * time.Minute  // a connection closed by FIN or RST is known this long (TCP's TIME_WAIT)
	flushEvery     = 5 * time.Second  // how often to look for all three

	// Out-of-order data waiting for a hole to fill (reassemble.go).
	maxWaitingSegments     = 64        // per direction
	maxWaitingPerDirection = 120 << 10 // bytes, per direction

	// The segments the content test holds, per connection not yet recognised.
	maxHeldPerConnection = 4 << 10
	// Their frames, kept for OnICQFrame (late.go): a handshake, the held
	// segments with their headers, and some bare ACKs.
	maxKeptPerConnection = 8 << 10
	maxKeptTotal         = 8 << 20

	maxDormant = 1 << 16 // streams closed for silence
	maxLearned = 1 << 16 // learned endpoints
)

// recognizedByContent is Packet.Recognized for a stream found by the content test.
const recognizedByContent = "content"

// peerTCP finds the peer streams among TCP connections and reassembles them,
// on the reading goroutine.
type peerTCP struct {
	portHow   map[uint16]string         // --peer-port ports: how their streams are recognised
	learned   map[netip.AddrPort]string // learned endpoints: how they were learned
	streams   map[connKey]*peerStream
	pending   map[connKey]*pending // connections not (yet) recognised
	spare     []*pending
	heldBytes int // segments held by pending connections
	// streamBytes is what the streams hold: waiting data and framers' bytes.
	streamBytes int
	holders     ring.Ring[*peerStream] // streams that hold bytes, in the order they started to
	limits      limits
	evicted     Evictions
	keptBytes   int         // frames kept of pending connections (pending.frames)
	lru         pendingList // the pending connections, least recently heard first
	dormant     map[connKey]dormant
	closed      map[connKey]time.Time // streams ended by FIN or RST, and when
	dormantAt   ring.Ring[keyAt]      // dormant's entries in time order, and some deleted since
	closedAt    ring.Ring[keyAt]      // closed's, likewise
	reasm       tcpReassembler
	cur         frameInfo  // the frame being assembled
	replay      layers.TCP // a held segment
	count       int        // streams so far
	queue       peerQueue
	now         time.Time // the latest capture time seen
	flushAt     time.Time
	flushing    bool // packets come from a flush, not from the frame being read
}

func newPeerTCP(ports []uint16, l limits) peerTCP {
	p := peerTCP{
		limits:  l,
		portHow: make(map[uint16]string, len(ports)),
		learned: make(map[netip.AddrPort]string),
		streams: make(map[connKey]*peerStream),
		pending: make(map[connKey]*pending),
		dormant: make(map[connKey]dormant),
		closed:  make(map[connKey]time.Time),
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

// LearnPeer records an endpoint where a client takes peer connections,
// learned from the capture's traffic; how says where it was learned, and
// becomes Packet.Recognized of its streams. The first word on an endpoint
// stands: how is called only for an endpoint kept, so that a capture of a
// million LOGINs does not format a million sentences.
func (r *Reader) LearnPeer(ep netip.AddrPort, how func() string) {
	p := &r.peers
	if _, known := p.learned[ep]; !known && len(p.learned) < maxLearned {
		p.learned[ep] = how()
	}
}

// tcpFrame feeds a segment of a peer stream to the reassembly; the packets
// it completes are queued for Next. Other TCP is skipped.
func (r *Reader) tcpFrame(t *transportPayload, ci gopacket.CaptureInfo) *Packet {
	p := &r.peers
	seg := &r.dec.tcp
	key := newConnKey(t.src, t.dst)
	at := frameInfo{frame: r.stats.Frames, time: ci.Timestamp, length: ci.Length}
	s := p.streams[key]
	if s != nil && seg.SYN && !seg.ACK && s.newConnection(t.src, seg.Seq) {
		s.reused = true
		p.retire(s)
		s = nil
	}
	if s == nil && p.lingers(key, t, seg) {
		r.stats.PeerFrames++
		r.icqFrame(t, 0)
		return nil
	}
	if s == nil {
		how := p.recognize(key, t, seg, at)
		switch {
		case how == "":
			r.stats.Skipped++
			r.keepPending(key, t)
			return nil
		case len(t.payload) == 0 && !seg.SYN: // a bare ACK, FIN or RST opens nothing
			r.stats.PeerFrames++
			r.handPending(key, 0)
			r.icqFrame(t, 0)
			return nil
		}
		p.capStreams()
		s = p.open(key, how)
		r.handPending(key, s.num)
		replayed := uint64(p.catchUp(s, at))
		r.stats.Skipped -= replayed
		r.stats.PeerFrames += replayed
	}
	r.stats.PeerFrames++
	r.icqFrame(t, s.num)
	p.assemble(s, t.src, t.dst, seg, at)
	p.enforceBudget()
	return nil
}

// lingers reports whether a segment is one of the ACKs, FINs and RSTs that
// follow a peer stream's close by FIN or RST: it belongs to the stream,
// though the stream takes nothing more. (Streams known by a port or an
// endpoint are recognised again anyway; those found by content are not.)
func (p *peerTCP) lingers(key connKey, t *transportPayload, seg *layers.TCP) bool {
	if len(t.payload) > 0 || seg.SYN {
		return false
	}
	_, ok := p.closed[key]
	return ok
}

// recognize says how a connection not yet known is a peer stream (its
// port, a learned endpoint, a stream closed for silence that speaks again,
// its content), or "" when it is not (yet).
func (p *peerTCP) recognize(key connKey, t *transportPayload, seg *layers.TCP, at frameInfo) string {
	if seg.SYN && !seg.ACK {
		p.restart(key)
	}
	for _, how := range [...]string{p.portHow[t.src.Port()], p.portHow[t.dst.Port()], p.learned[t.dst], p.learned[t.src], p.dormant[key].how} {
		if how != "" {
			return how
		}
	}
	if seg.SYN {
		p.start(key, t.src, seg.Seq, at.time)
	}
	switch {
	case len(t.payload) > 0:
		if p.content(key, t, seg, at) {
			return recognizedByContent
		}
	case seg.FIN || seg.RST:
		p.holdEnd(key, t, seg, at)
	}
	return ""
}

// open starts a peer stream.
func (p *peerTCP) open(key connKey, how string) *peerStream {
	p.count++
	s := &peerStream{peers: p, key: key, num: p.count, how: how}
	s.tcp = newTCPConn(s)
	p.streams[key] = s
	return s
}

// assemble hands the reassembly a segment from src to dst that came in the frame at.
func (p *peerTCP) assemble(s *peerStream, src, dst netip.AddrPort, seg *layers.TCP, at frameInfo) {
	p.take(s, src, dst, &segment{seq: seg.Seq, syn: seg.SYN, fin: seg.FIN, rst: seg.RST, payload: seg.Payload}, at)
}

func (p *peerTCP) take(s *peerStream, src, dst netip.AddrPort, sg *segment, at frameInfo) {
	p.cur = at
	s.take(src, dst, sg, at)
}

// completion returns the frame that completed the bytes of h up to end: the
// frame being assembled, or, for bytes a flush hands on, the latest frame
// that brought them.
func (p *peerTCP) completion(h *peerHalf, end uint32) frameInfo {
	if !p.flushing {
		return p.cur
	}
	at := h.delivered
	for i := range h.marks {
		if m := &h.marks[i]; seqDiff(m.seq, end) > 0 && m.at.frame > at.frame {
			at = m.at
		}
	}
	return at
}

// tick runs the flushes that capture time calls for: out-of-order data that
// waited gapWait for a lost segment goes on past the hole, connections idle
// for idleTimeout (or half-closed that long) are closed, and what is kept of
// connections that are not streams expires.
func (p *peerTCP) tick(now time.Time) {
	if now.After(p.now) {
		p.now = now
	}
	if p.now.Before(p.flushAt) {
		return
	}
	p.flushAt = p.now.Add(flushEvery)
	p.flush(func() {
		p.reasm.skipHoles(p.now.Add(-gapWait))
		p.reasm.closeIdle(p.now.Add(-idleTimeout))
	})
	p.expire()
}

// finish hands on everything the streams hold at the end of the capture.
func (p *peerTCP) finish() {
	p.flush(p.reasm.closeAll)
	for k, pd := range p.pending {
		p.release(k, pd)
	}
	// Nothing more comes: what was kept for later frames goes now, before
	// the reports are drawn (a cleared map keeps its memory).
	p.streams, p.pending, p.dormant = map[connKey]*peerStream{}, map[connKey]*pending{}, map[connKey]dormant{}
	p.closed, p.dormantAt, p.closedAt, p.holders = map[connKey]time.Time{}, ring.Ring[keyAt]{}, ring.Ring[keyAt]{}, ring.Ring[*peerStream]{}
	p.learned, p.spare, p.reasm = map[netip.AddrPort]string{}, nil, tcpReassembler{}
}

func (p *peerTCP) flush(run func()) {
	from := p.queue.len()
	p.flushing = true
	run()
	p.flushing = false
	p.queue.sortFrom(from)
}
