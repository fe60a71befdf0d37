package capture

import (
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/ring"
)

// A connection found late must decode as one found at its SYN, whatever
// order the network delivered its segments in. So while a connection is not
// (yet) a peer stream, the reader keeps what its stream will need: where
// each direction starts, and the segments the content test could not judge
// yet. Once the connection is recognised, the assembler is told where the
// directions start and the held segments are replayed into it, each with
// its own frame; the assembler then orders them as it orders any stream.

// origin is where a direction's bytes start, as far as the reader knows.
type origin struct {
	seq   uint32
	state originState
}

type originState uint8

const (
	noOrigin originState = iota
	guessed              // a segment too short for the content test may start the direction
	known                // its SYN, or where the stream closed for silence had got to
)

// pending is a connection that is not (yet) a peer stream.
type pending struct {
	from [2]origin     // by dirOf
	held []heldSegment // in arrival order
	buf  []byte        // their bytes, and those of segments forgotten since buf was empty
	seen time.Time
	late *keptFrames // with an OnICQFrame hook; nil without
	// The pending connections form a list, the least recently heard first.
	key        connKey
	prev, next *pending
}

// keptFrames is the frames of a pending connection since it is kept, and
// how many of them found no room.
type keptFrames struct {
	frameLog
	unkept uint64
}

// heldSegment is a TCP segment, header and payload, kept for replay.
type heldSegment struct {
	dir int
	seq uint32
	raw []byte // in pending.buf
	hdr int    // header bytes in raw
	at  frameInfo
}

func (h *heldSegment) payload() []byte { return h.raw[h.hdr:] }

// dormant is a peer stream the assembler closed for silence: if its
// connection speaks again, the new stream goes on from where it stopped.
type dormant struct {
	how  string
	from [2]origin
	seen time.Time
}

// dirOf numbers the direction of a connection whose segments come from src.
func dirOf(key connKey, src netip.AddrPort) int {
	if src == key.a {
		return 0
	}
	return 1
}

// restart forgets what is kept of a previous connection between the same
// endpoints: a SYN without ACK opens a new one.
func (p *peerTCP) restart(key connKey) {
	if pd := p.pending[key]; pd != nil {
		p.release(key, pd)
	}
	delete(p.dormant, key)
	delete(p.closed, key)
}

// track returns what is kept of a connection, kept from now on. At the cap
// on pending connections, the least recently heard one is forgotten first.
func (p *peerTCP) track(key connKey, now time.Time) *pending {
	pd := p.pending[key]
	if pd == nil {
		if len(p.pending) >= p.limits.maxPending {
			p.evicted.Pending++
			p.release(p.lru.first.key, p.lru.first)
		}
		if n := len(p.spare); n > 0 {
			pd, p.spare = p.spare[n-1], p.spare[:n-1]
		} else {
			pd = new(pending)
		}
		pd.key = key
		p.pending[key] = pd
	}
	p.heard(pd, now)
	return pd
}

// pendingList orders the pending connections by when they were last heard.
type pendingList struct{ first, last *pending }

// heard notes that pd was heard at time t: it goes to the end of the list.
func (p *peerTCP) heard(pd *pending, t time.Time) {
	pd.seen = t
	p.lru.unlink(pd)
	pd.prev, pd.next = p.lru.last, nil
	if p.lru.last != nil {
		p.lru.last.next = pd
	} else {
		p.lru.first = pd
	}
	p.lru.last = pd
}

func (l *pendingList) unlink(pd *pending) {
	switch {
	case pd.prev != nil:
		pd.prev.next = pd.next
	case l.first == pd:
		l.first = pd.next
	default:
		return // not in the list
	}
	if pd.next != nil {
		pd.next.prev = pd.prev
	} else {
		l.last = pd.prev
	}
	pd.prev, pd.next = nil, nil
}

// keepHeldBuf is the largest pending.buf kept for the next connection: room
// for a LENGTH in a segment of its own, as real clients send it.
const keepHeldBuf = 256

// release stops keeping a connection; its memory is kept for the next.
func (p *peerTCP) release(key connKey, pd *pending) {
	p.heldBytes -= len(pd.buf)
	clear(pd.held)
	buf := pd.buf[:0]
	if cap(buf) > keepHeldBuf {
		buf = nil
	}
	p.dropFrames(pd)
	p.lru.unlink(pd)
	*pd = pending{held: pd.held[:0], buf: buf, late: pd.late}
	p.spare = append(p.spare, pd)
	delete(p.pending, key)
}

// content is the content test on a data segment of a connection not yet
// recognised: the first bytes of a direction must start a peer packet. A
// direction starts after its SYN; without one, at any segment (a capture
// that starts mid-connection). Segments that cannot tell yet are held:
// bytes too few, or bytes ahead of a start that has not come.
func (p *peerTCP) content(key connKey, t *transportPayload, seg *layers.TCP, at frameInfo) bool {
	d := dirOf(key, t.src)
	if pd := p.pending[key]; pd != nil {
		switch pd.test(d, seg.Seq, t.payload) {
		case dissect.Plausible:
			return true
		case dissect.NeedMore:
			if p.hold(pd, d, seg, t.payload, at) {
				return false
			}
		}
		p.forget(pd, d) // this start is no peer packet, or there is no room to wait for it
	}
	switch dissect.PeerStart(t.payload) {
	case dissect.Plausible:
		return true
	case dissect.NeedMore:
		if pd := p.track(key, at.time); pd != nil {
			pd.from[d] = origin{seg.Seq, guessed}
			if !p.hold(pd, d, seg, t.payload, at) {
				p.forget(pd, d)
			}
		}
	}
	return false
}

// test is the content test on direction d's bytes from its start, with the
// segment at seq. It is Implausible too when the segment does not belong
// after the start: before it, or, after a guessed start, not next to the
// bytes held.
func (pd *pending) test(d int, seq uint32, payload []byte) dissect.Plausibility {
	o := pd.from[d]
	off := seq - o.seq
	switch {
	case o.state == noOrigin, int32(off) < 0:
		return dissect.Implausible
	case o.state == guessed && int(off) != pd.heldLen(d):
		return dissect.Implausible
	}
	var b [dissect.PeerProbeLen]byte
	return dissect.PeerStart(b[:pd.prefix(d, seq, payload, b[:])])
}

// prefix copies into b the bytes of direction d from its start that have
// come without a hole: held, or in the segment at seq.
func (pd *pending) prefix(d int, seq uint32, payload []byte, b []byte) int {
	pos, n := pd.from[d].seq, 0
	for n < len(b) {
		k := copyAt(b[n:], pos, seq, payload)
		for i := 0; k == 0 && i < len(pd.held); i++ {
			if h := &pd.held[i]; h.dir == d {
				k = copyAt(b[n:], pos, h.seq, h.payload())
			}
		}
		if k == 0 {
			break
		}
		n += k
		pos += uint32(k)
	}
	return n
}

// copyAt copies the bytes of data, which starts at sequence number seq,
// from pos on.
func copyAt(b []byte, pos, seq uint32, data []byte) int {
	if off := pos - seq; off < uint32(len(data)) {
		return copy(b, data[off:])
	}
	return 0
}

func (pd *pending) heldLen(d int) int {
	n := 0
	for i := range pd.held {
		if h := &pd.held[i]; h.dir == d {
			n += len(h.payload())
		}
	}
	return n
}

// hold keeps a copy of a segment for replay. It reports false when the
// bounds leave no room.
func (p *peerTCP) hold(pd *pending, d int, seg *layers.TCP, payload []byte, at frameInfo) bool {
	n, from := len(seg.Contents)+len(payload), len(pd.buf)
	if from+n > maxHeldPerConnection {
		return false
	}
	if p.held()+n > p.limits.peerMemory {
		p.evicted.Held++
		return false
	}
	// Segments held before keep the array they were appended to.
	pd.buf = append(append(pd.buf, seg.Contents...), payload...)
	raw := pd.buf[from:len(pd.buf):len(pd.buf)]
	pd.held = append(pd.held, heldSegment{dir: d, seq: seg.Seq, raw: raw, hdr: len(seg.Contents), at: at})
	p.heldBytes += n
	p.heard(pd, at.time)
	return true
}

// holdEnd holds a FIN or RST that comes while the content test waits for
// bytes of the connection: it may have overtaken them.
func (p *peerTCP) holdEnd(key connKey, t *transportPayload, seg *layers.TCP, at frameInfo) {
	if pd := p.pending[key]; pd != nil && len(pd.held) > 0 {
		p.hold(pd, dirOf(key, t.src), seg, nil, at)
	}
}

// forget drops direction d's start and held segments.
func (p *peerTCP) forget(pd *pending, d int) {
	pd.from[d] = origin{}
	kept := pd.held[:0]
	for _, h := range pd.held {
		if h.dir != d {
			kept = append(kept, h)
		}
	}
	clear(pd.held[len(kept):])
	pd.held = kept
	if len(kept) == 0 {
		p.heldBytes -= len(pd.buf)
		pd.buf = pd.buf[:0]
	}
}

// start records a direction's start from its SYN.
func (p *peerTCP) start(key connKey, src netip.AddrPort, seq uint32, now time.Time) {
	if pd := p.track(key, now); pd != nil {
		pd.from[dirOf(key, src)] = origin{seq + 1, known}
	}
}

// catchUp gives a stream just opened what was kept of its connection: the
// assembler learns where the directions start, and the held segments are
// replayed. It returns the number of segments replayed.
func (p *peerTCP) catchUp(s *peerStream, at frameInfo) int {
	var from [2]origin
	ends := [2]netip.AddrPort{s.key.a, s.key.b}
	pd := p.pending[s.key]
	if dm, ok := p.dormant[s.key]; ok {
		from, s.resumed = dm.from, true
		delete(p.dormant, s.key)
	} else if pd != nil {
		from = pd.from
	}
	for d, o := range from {
		if o.state == known {
			p.sync(s, ends[d], ends[1-d], o.seq, at)
		}
	}
	if pd == nil {
		return 0
	}
	n := len(pd.held)
	for i := range pd.held {
		h := &pd.held[i]
		if p.replay.DecodeFromBytes(h.raw, gopacket.NilDecodeFeedback) == nil {
			p.assemble(s, ends[h.dir], ends[1-h.dir], &p.replay, h.at)
		}
	}
	p.release(s.key, pd)
	return n
}

// sync tells the reassembly that the direction src>dst of s goes on at
// sequence number next. A SYN just before next is how a direction's
// position is set without data: it carries none.
func (p *peerTCP) sync(s *peerStream, src, dst netip.AddrPort, next uint32, at frameInfo) {
	p.take(s, src, dst, &segment{seq: next - 1, syn: true}, at)
}

// rest remembers a stream the assembler closed for silence, neither
// direction ended: where each direction had got to.
func (p *peerTCP) rest(s *peerStream) {
	if s.half[0].ended || s.half[1].ended { // by FIN or RST, not for silence
		if len(p.closed) < maxDormant {
			p.closed[s.key] = p.now
			enqueueKey(&p.closedAt, keyAt{s.key, p.now}, func(e keyAt) bool { at, ok := p.closed[e.key]; return ok && at.Equal(e.at) })
		}
		return
	}
	if len(p.dormant) >= maxDormant {
		return
	}
	dm := dormant{how: s.how, seen: p.now}
	for i := range s.half {
		if h := &s.tcp.half[i]; h.started {
			dm.from[dirOf(s.key, s.half[i].src)] = origin{h.next, known}
		}
	}
	p.dormant[s.key] = dm
	enqueueKey(&p.dormantAt, keyAt{s.key, p.now}, func(e keyAt) bool { dm, ok := p.dormant[e.key]; return ok && dm.seen.Equal(e.at) })
}

// expire drops what was kept too long: connections whose start did not
// come within gapWait, streams silent for dormantTimeout, streams closed
// closedLinger ago. Each comes off the front of a list in time order: the
// work follows what expires, not what is kept.
func (p *peerTCP) expire() {
	for pd := p.lru.first; pd != nil && pd.seen.Before(p.now.Add(-gapWait)); pd = p.lru.first {
		p.release(pd.key, pd)
	}
	expireKeys(&p.dormantAt, p.now.Add(-dormantTimeout), func(e keyAt) {
		if dm, ok := p.dormant[e.key]; ok && dm.seen.Equal(e.at) {
			delete(p.dormant, e.key)
		}
	})
	expireKeys(&p.closedAt, p.now.Add(-closedLinger), func(e keyAt) {
		if at, ok := p.closed[e.key]; ok && at.Equal(e.at) {
			delete(p.closed, e.key)
		}
	})
}

// keyAt is a connection in a time-ordered queue: when it entered a map.
type keyAt struct {
	key connKey
	at  time.Time
}

// expireKeys hands drop the entries of q from before cutoff; drop deletes
// the entry from its map unless it has been replaced since.
func expireKeys(q *ring.Ring[keyAt], cutoff time.Time, drop func(keyAt)) {
	for q.Len() > 0 && q.Front().at.Before(cutoff) {
		drop(*q.Front())
		q.Pop()
	}
}

// enqueueKey queues a connection entered into a map at time at. Entries of
// connections since deleted from it stay in q until they expire; when they
// pass the map's bound, the queue is rebuilt with the live ones only.
func enqueueKey(q *ring.Ring[keyAt], e keyAt, live func(keyAt) bool) {
	if q.Len() >= 2*maxDormant {
		q.Filter(live)
	}
	q.Push(e)
}

// keepPending keeps the frame being read, of a connection not recognised
// (yet), for OnICQFrame: should the connection be recognised, its frames
// are handed over then. Only connections kept anyway (tracked) keep frames.
func (r *Reader) keepPending(key connKey, t *transportPayload) {
	if r.onICQFrame == nil {
		return
	}
	p := &r.peers
	pd := p.pending[key]
	if pd == nil {
		return
	}
	if d := r.frags.done; d != nil {
		d.label(t)
		for i := range d.frames {
			p.keepFrame(pd, &d.frames[i])
		}
	}
	r.raw.Transport, r.raw.Src, r.raw.Dst = t.transport, t.src, t.dst
	p.keepFrame(pd, &r.raw)
}

// keepFrame keeps a frame of a pending connection, or counts it unkept
// when the bounds leave no room.
func (p *peerTCP) keepFrame(pd *pending, f *Frame) {
	if pd.late == nil {
		pd.late = new(keptFrames)
	}
	k, n := pd.late, cost(f)
	if k.size()+n > maxKeptPerConnection || p.keptBytes+n > maxKeptTotal {
		k.unkept++
		return
	}
	k.keep(f)
	p.keptBytes += n
}

// handPending hands OnICQFrame the frames kept of a connection just
// recognised, as frames of stream, and counts those that found no room in
// Stats.Unsaved.
func (r *Reader) handPending(key connKey, stream int) {
	if r.onICQFrame == nil {
		return
	}
	pd := r.peers.pending[key]
	if pd == nil || pd.late == nil {
		return
	}
	pd.late.hand(r.onICQFrame, stream)
	r.stats.Unsaved += pd.late.unkept
	r.peers.dropFrames(pd)
}

// dropFrames forgets the frames kept of a connection.
func (p *peerTCP) dropFrames(pd *pending) {
	if k := pd.late; k != nil {
		p.keptBytes -= k.size()
		k.reset()
		k.unkept = 0
	}
}
