package capture

// What the reader keeps for peer TCP is bounded whatever the capture holds.
// The bytes it holds (waiting behind holes, partial packets in the framers,
// segments held by connections not yet recognised) share one budget; over
// it, the stream that started holding bytes first is given up as if it had
// gone silent. Peer streams and pending connections are capped in number;
// at a cap, the least recently heard one is retired the same way. Every
// retirement is counted in Stats.Evicted.

// Defaults of Config's limits.
const (
	DefaultPeerMemory     = 64 << 20 // bytes held for peer TCP
	DefaultMaxPeerStreams = 15_000   // peer streams followed at once
	DefaultMaxPending     = 1 << 14  // TCP connections not (yet) recognised
	DefaultFragmentMemory = 32 << 20 // bytes of IP fragments waiting for their datagram
)

// Evictions counts what the reader gave up under its limits.
type Evictions struct {
	PeerMemory  uint64 // peer streams given up because the bytes held for peer TCP passed Config.PeerMemory
	PeerStreams uint64 // peer streams retired early by Config.MaxPeerStreams
	Pending     uint64 // connections not yet recognised forgotten by Config.MaxPending
	Held        uint64 // segments a connection not yet recognised could not hold within Config.PeerMemory
	Fragments   uint64 // IP datagrams given up unassembled because their fragments passed Config.FragmentMemory
}

// limits are the reader's limits with the defaults filled in.
type limits struct {
	peerMemory, maxStreams, maxPending, fragmentMemory int
}

func (c *Config) limits() limits {
	l := limits{peerMemory: c.PeerMemory, maxStreams: c.MaxPeerStreams, maxPending: c.MaxPending, fragmentMemory: c.FragmentMemory}
	for _, f := range []struct {
		v   *int
		def int
	}{{&l.peerMemory, DefaultPeerMemory}, {&l.maxStreams, DefaultMaxPeerStreams}, {&l.maxPending, DefaultMaxPending},
		{&l.fragmentMemory, DefaultFragmentMemory}} {
		if *f.v <= 0 {
			*f.v = f.def
		}
	}
	return l
}

// held is the bytes held for peer TCP.
func (p *peerTCP) held() int { return p.streamBytes + p.heldBytes }

// account brings the count of bytes s holds up to date, and queues s among
// the holders when it starts holding some.
func (p *peerTCP) account(s *peerStream) {
	n := 0
	for d := range s.half {
		n += s.tcp.half[d].waitingBytes + s.half[d].framer.Held()
	}
	if s.gone {
		n = 0
	}
	p.streamBytes += n - s.heldBytes
	s.heldBytes = n
	if n > 0 && !s.holding {
		s.holding = true
		p.pushHolder(s)
	}
}

// pushHolder queues s among the holders. Streams that ended stay queued
// until they come up; when they outnumber the streams, they go at once.
func (p *peerTCP) pushHolder(s *peerStream) {
	if p.holders.Len() > 2*len(p.streams)+64 {
		p.holders.Filter(func(h *peerStream) bool {
			h.holding = !h.gone
			return h.holding
		})
	}
	p.holders.Push(s)
}

// enforceBudget gives up streams, those that started holding bytes first
// first, until the bytes held for peer TCP fit the budget.
func (p *peerTCP) enforceBudget() {
	for p.held() > p.limits.peerMemory && p.holders.Len() > 0 {
		s := *p.holders.Front()
		p.holders.Pop()
		s.holding = false
		if s.gone || s.heldBytes == 0 {
			continue
		}
		p.evicted.PeerMemory++
		p.retire(s)
	}
}

// capStreams retires the least recently heard streams while a new one
// would pass the cap.
func (p *peerTCP) capStreams() {
	for len(p.streams) >= p.limits.maxStreams && len(p.reasm.idle) > 0 {
		c := p.reasm.idle[0].c
		if c.lastSeen.After(p.reasm.idle[0].at) { // heard since it was queued
			p.reasm.idle.rekey(c.lastSeen)
			continue
		}
		p.evicted.PeerStreams++
		p.retire(c.owner.(*peerStream))
	}
}

// retire closes s as if it had gone silent: what it holds is handed on, past
// its holes, and it is remembered as dormant.
func (p *peerTCP) retire(s *peerStream) {
	p.flush(func() { p.reasm.closeConn(&s.tcp) })
}
