package analyze

import (
	"cmp"
	"math/bits"
	"net/netip"
	"slices"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/ring"
)

// Window is how long the analyzer waits for the packets that may still refer
// to one: the spec retransmits every 10 s, six times, so an ACK or a
// retransmission comes within 60 s; 10 s more is slack.
const Window = 70 * time.Second

// SilenceTimeout ends a client session that sent and received nothing for
// longer than one and a half keep-alive periods (the spec's 120 s).
const SilenceTimeout = 180 * time.Second

// MaxHeld bounds the packets held back for output: when more wait, the
// oldest goes out with what is known of it.
const MaxHeld = 4096

// Defaults of the caps on live state: far beyond real traffic (sessions
// online at once; packets within one Window), they only bound what a
// hostile capture can make the analyzer remember.
const (
	DefaultMaxSessions = 20_000
	DefaultMaxStreams  = 15_000
	DefaultMaxPairing  = 1 << 16 // packets awaiting their ACK; a quarter as many requests awaiting their reply
)

// Config says who receives the analyzer's output.
type Config struct {
	// Release receives every packet, in frame order, once nothing later can
	// refer to it any more (or Window has passed). Nil: nothing is held.
	Release func(*Released)
	// Immediate releases every packet as soon as it is analysed: nothing
	// waits for a later packet, so forward references (AckedIn, Ack) stay
	// unknown. For live captures, where output must not wait.
	Immediate bool
	// KeepPackets makes held packets keep a copy of their payload and
	// decoding, so that Released.Packet is always set (per-packet output).
	KeepPackets bool
	// Message receives every message between users, in frame order.
	Message func(*Message)
	// Annotate, if set, is called with each packet on arrival; what it
	// appends to dst is kept with the packet as Released.Note.
	Annotate func(dst []byte, m *capture.Packet, p *dissect.Packet) []byte
	// Ended, if set, receives each client session once it has ended (the
	// rest at Finish). The summary is the analyzer's until the next call:
	// copy what you keep.
	Ended func(*SessionSummary)
	// StreamEnded, if set, receives each peer stream once it has been
	// silent for StreamTimeout, or retired by MaxStreams (the rest at
	// Finish).
	StreamEnded func(*StreamSummary)
	// LineEnded, if set, receives the end of each line of sessions (see
	// SessionFacts) once its packets have been released: what the rules
	// remember of it can go.
	LineEnded func(*LineEnded)
	// KeepEnded makes the analyzer keep the summaries of every session and
	// stream, for Sessions and Streams; whatever the callbacks. Without it,
	// memory follows the live sessions and streams.
	KeepEnded bool
	// MaxSessions caps the sessions followed at once: at the cap, the least
	// recently active one is retired early, its summary reported with
	// EndCap. 0 takes DefaultMaxSessions.
	MaxSessions int
	// MaxPairing caps the packets awaiting their ACK (and, a quarter as
	// many, the requests awaiting their reply): at the cap, the oldest is
	// retired early, its ACK state AckUnknown. 0 takes DefaultMaxPairing.
	MaxPairing int
	// MaxStreams caps the peer streams followed at once: at the cap, the
	// least recently active one is handed to StreamEnded early (a later
	// packet of it starts a new record). 0 takes DefaultMaxStreams.
	MaxStreams int
}

// Evictions counts what the analyzer retired early under its caps.
type Evictions struct {
	Sessions uint64 // sessions retired by Config.MaxSessions
	Streams  uint64 // peer stream records retired by Config.MaxStreams
	Pairing  uint64 // packets and requests retired by Config.MaxPairing before their answer could come
}

// Analyzer follows client sessions and peer streams across packets. Feed it
// every packet in capture order with Add, then call Finish.
type Analyzer struct {
	cfg  Config
	now  int64 // latest capture time seen (ns); timestamps may step back
	hold holdback

	sessions  map[sessionKey]*session
	byIP      map[netip.Addr][]*session      // nil until the first peer stream asks (sessionsAt)
	lifetimes ring.Ring[idleEntry[*session]] // every unfinished session, for SilenceTimeout
	done      []SessionSummary               // with Config.KeepEnded
	doneStrm  []StreamSummary                // with Config.KeepEnded
	nextID    int
	spare     []*session                 // finalized sessions for newSession to reuse, at most maxSpare
	waiting   lineHeap                   // lines whose session fell silent, waiting to go on (line.go)
	silent    map[sessionKey]waitingLine // of those, the latest of each endpoints not replaced
	carried   map[int]bool               // of those, the sessions whose line a later session carried on
	finalEnds []pendingEnd               // the lines the end of the capture ended, for after the last packet
	ended     SessionSummary             // what Ended is handed (a field, so as not to allocate)

	sent     *window[sentKey, sent]
	requests *window[requestKey, uint64]

	streams  map[int]*p2pStream
	idle     ring.Ring[idleEntry[*p2pStream]] // every stream still kept, for StreamTimeout
	messages ring.Ring[pendingRef]            // peer messages awaiting an answer, in order

	commands     map[commandKey]*CommandCount
	commandCache commandCache // of commands
	in           arrival      // the packet being analysed (a field, so as not to allocate)
	// explainCtx is what Explain is told of the packet being analysed.
	explainCtx dissect.Context
	listening  map[uint32]uint16 // the listening port each UIN announced last
	maxSess    int
	live       int // sessions not finalized: in sessions, or replaced there by a newer one
	maxStrm    int
	evicted    Evictions // but Pairing, which the windows count
	note       []byte
	finished   bool
}

// sessionKey names a session by its two endpoints without netip's zone
// pointer (packets have no zone): 40 bytes without padding or pointers,
// which a map hashes and compares as one block and the collector skips.
type sessionKey struct{ client, server endpoint }

type endpoint struct {
	ip           [16]byte
	port, family uint16
}

func keyOf(client, server netip.AddrPort) sessionKey {
	return sessionKey{endpointOf(client), endpointOf(server)}
}

func endpointOf(ap netip.AddrPort) endpoint {
	e := endpoint{ip: ap.Addr().As16(), port: ap.Port(), family: 6}
	if ap.Addr().Is4() {
		e.family = 4
	}
	return e
}

// New returns an analyzer that hands its output to cfg's functions.
func New(cfg Config) *Analyzer {
	a := &Analyzer{
		cfg:       cfg,
		sessions:  make(map[sessionKey]*session),
		streams:   make(map[int]*p2pStream),
		commands:  make(map[commandKey]*CommandCount),
		listening: make(map[uint32]uint16),
		silent:    make(map[sessionKey]waitingLine),
		carried:   make(map[int]bool),
		maxSess:   cmp.Or(max(cfg.MaxSessions, 0), DefaultMaxSessions),
		maxStrm:   cmp.Or(max(cfg.MaxStreams, 0), DefaultMaxStreams),
	}
	a.hold = holdback{on: cfg.Release != nil || cfg.Message != nil, keep: cfg.KeepPackets, immediate: cfg.Immediate,
		release: cfg.Release, message: cfg.Message, nextPos: 1, headPos: 1}
	span := int64(Window)
	pairing := cmp.Or(max(cfg.MaxPairing, 0), DefaultMaxPairing)
	a.sent = newWindow(span, pairing, a.sentExpired)
	a.requests = newWindow[requestKey, uint64](span, max(pairing/4, 1), nil)
	return a
}

// arrival is what the analysis of one packet found, for the hold-back.
type arrival struct {
	frame    uint64
	xref     Xref
	match    AckMatch
	note     []byte
	waits    bool          // a later packet may acknowledge it
	prev     uint64        // position of the previous transmission of the same packet
	interval time.Duration // a retransmission: time since the previous transmission
	seq      SeqAnomaly
	expected uint16 // the SEQ_NUM the spec wanted, with seq
	session  int
	line     *SessionFacts // UDP: the session's line
	v5       V5Facts
	stream   *p2pStream
	from     int
	msg      Message
	hasMsg   bool
}

// Add analyses one packet. m and p are not kept: what must outlive the call
// is copied.
func (a *Analyzer) Add(m *capture.Packet, p *dissect.Packet) {
	if t := m.Time.UnixNano(); t > a.now {
		a.now = t
	}
	a.advance()
	a.count(m, p)
	in := &a.in
	*in = arrival{frame: m.Frame}
	if a.cfg.Annotate != nil {
		a.note = a.cfg.Annotate(a.note[:0], m, p)
		in.note = a.note
	}
	if m.Transport == capture.TCP {
		a.explainPeer(m, p)
		a.peerPacket(m, p, in)
	} else {
		a.udpPacket(m, p, in)
	}
	a.hold.add(a, m, p, in)
}

// advance retires what the capture time has made stale.
func (a *Analyzer) advance() {
	a.sent.advance(a.now)
	a.requests.advance(a.now)
	a.expireMessages(false)
	a.expireSessions(false)
	a.expireLines(false)
	a.expireStreams(false)
}

// Finish settles everything still open (the capture ended) and releases
// every held packet. Call it once, after the last Add.
func (a *Analyzer) Finish() {
	if a.finished {
		return
	}
	a.finished = true
	a.sent.drain()
	a.expireMessages(true)
	a.expireSessions(true)
	a.expireLines(true)
	a.hold.flush(a)
	a.releaseFinalEnds()
	a.expireStreams(true) // after the flush: released packets name their streams' sessions
	slices.SortFunc(a.done, func(x, y SessionSummary) int { return x.ID - y.ID })
}

// Evicted returns what the caps retired early.
func (a *Analyzer) Evicted() Evictions {
	ev := a.evicted
	ev.Pairing = a.sent.evicted + a.requests.evicted
	return ev
}

// Sessions returns every client session in order of first appearance
// (complete after Finish) with Config.KeepEnded.
func (a *Analyzer) Sessions() []SessionSummary { return a.done }

// sessionFor returns the client session a UDP packet belongs to, starting
// one when the packet cannot belong to the current one.
func (a *Analyzer) sessionFor(m *capture.Packet, p *dissect.Packet) *session {
	client, server := m.Src, m.Dst
	if m.Dir == dissect.ServerToClient {
		client, server = m.Dst, m.Src
	}
	key := keyOf(client, server)
	s := a.sessions[key]
	var prev *session
	if s != nil && m.Dir == dissect.ClientToServer && a.startsNew(s, p) {
		if s.End == EndCapture {
			s.End = EndNewLogin
		}
		s.replaced = true
		s, prev = nil, s
	}
	if s == nil {
		s = a.newSession(key, client, server, m, p)
		a.startLine(s, prev, key, m, p)
	}
	return s
}

// startsNew reports whether a client packet begins a new session rather
// than continuing s: after a disconnect, a second LOGIN, or another UIN.
func (a *Analyzer) startsNew(s *session, p *dissect.Packet) bool {
	switch {
	case !p.HasHeader() || isAck(p):
		return false
	case s.ended:
		return true
	case p.Version == 5 && s.session5 != 0 && p.Session != s.session5 && newLogin5(p):
		return true // a login with a new SESSION_ID (facts §1.5); another change is check's finding
	case p.Command == login && s.Login.Frame != 0:
		// A client that got its LOGIN_REPLY sends that LOGIN again only when
		// the LOGIN's ACK was lost: the spec's 10 s after the last time.
		ago, again := a.sentAgo(s, c2s, p)
		return !again || s.Login.ReplyFrame != 0 && ago < retransmitAfter/2
	}
	// A UIN written big-endian is the session's own, explained (explain.go).
	return s.UIN != 0 && p.UIN != 0 && p.UIN != s.UIN && p.UIN != bits.ReverseBytes32(s.UIN)
}

// newLogin5 reports the v5 packets that begin a login.
func newLogin5(p *dissect.Packet) bool {
	return p.Command == dissect.Cmd5Login || p.Command == dissect.Cmd5NewUser1 || p.Command == dissect.Cmd5RegNewUser
}

func (a *Analyzer) newSession(key sessionKey, client, server netip.AddrPort, m *capture.Packet, p *dissect.Packet) *session {
	a.capSessions()
	a.nextID++
	s := a.reuseSession()
	s.SessionSummary = SessionSummary{ID: a.nextID, Client: client, Server: server, First: m.Time}
	s.sawLogin = m.Dir == dissect.ClientToServer && (p.Command == login || p.Command == dissect.Cmd5Login)
	a.sessions[key] = s
	a.live++
	if a.byIP != nil {
		a.listIP(s)
	}
	a.lifetimes.Push(idleEntry[*session]{v: s, at: a.now})
	return s
}

// maxSpare bounds the finalized sessions kept for reuse: enough for a
// capture where every new session retires an old one under the cap, or
// many fall silent at once.
const maxSpare = 1024

// reuseSession returns a zero session, a finalized one when there is one:
// a capture of a million short sessions then allocates a few thousand.
// Nothing reaches a finalized session but the pairing windows, which hold
// its ID too, and peer streams, whose sessions are not reused.
func (a *Analyzer) reuseSession() *session {
	n := len(a.spare)
	if n == 0 {
		return new(session)
	}
	s := a.spare[n-1]
	a.spare = a.spare[:n-1]
	delays, retrans := s.delays, s.retrans
	*s = session{} // UnackedFrames too: the summaries handed out share its array
	for d := range s.delays {
		s.delays[d].sample = delays[d].sample[:0]
		s.retrans[d].sample = retrans[d].sample[:0]
	}
	return s
}

// expireSessions finalizes sessions silent for SilenceTimeout, or all of
// them at the end of the capture.
func (a *Analyzer) expireSessions(all bool) {
	expireIdle(&a.lifetimes, a.now, int64(SilenceTimeout), all, func(s *session) int64 { return s.last },
		func(s *session) {
			how := EndCapture
			if !all {
				how = EndSilence
			}
			if s.End == EndCapture {
				s.End = how
			}
			a.finalize(s, how)
		})
}

// capSessions retires the least recently active sessions while a new one
// would pass the cap: the front of lifetimes, once those heard since they
// were queued have gone to the back.
func (a *Analyzer) capSessions() {
	for a.live >= a.maxSess && a.lifetimes.Len() > 0 {
		e := *a.lifetimes.Front()
		a.lifetimes.Pop()
		s := e.v
		if s.last > e.at {
			a.lifetimes.Push(idleEntry[*session]{v: s, at: s.last})
			continue
		}
		if s.End == EndCapture {
			s.End = EndCap
		}
		a.evicted.Sessions++
		a.finalize(s, EndCap)
	}
}

// idleEntry queues something by the capture time (ns) it was last seen.
type idleEntry[T any] struct {
	v  T
	at int64
}

// expireIdle ends the entries of q silent for longer than span before now
// (all of them if all): an entry seen since it was queued goes to the back
// instead, so each is looked at a bounded number of times per use.
func expireIdle[T any](q *ring.Ring[idleEntry[T]], now, span int64, all bool, last func(T) int64, end func(T)) {
	for q.Len() > 0 {
		e := *q.Front()
		if !all && now-e.at <= span {
			return
		}
		q.Pop()
		if seen := last(e.v); !all && now-seen <= span {
			q.Push(idleEntry[T]{v: e.v, at: seen})
			continue
		}
		end(e.v)
	}
}

// finalize writes the summary of a session that ended how (silence, the
// cap, the end of the capture).
func (a *Analyzer) finalize(s *session, how End) {
	if !s.replaced {
		delete(a.sessions, keyOf(s.Client, s.Server))
	}
	if a.byIP != nil {
		a.unlistIP(s)
	}
	a.live--
	s.finalized = true
	if a.cfg.Ended != nil || a.cfg.KeepEnded {
		a.ended = s.summary()
		if a.cfg.KeepEnded {
			a.done = append(a.done, a.ended)
		}
		if a.cfg.Ended != nil {
			a.cfg.Ended(&a.ended)
		}
	}
	a.endLine(s, how)
	if len(a.spare) < maxSpare && !s.bound {
		a.spare = append(a.spare, s)
	}
}

// sessionsAt returns the live sessions of a client address, in no order.
// The index is built when a peer stream first asks, from every unfinished
// session (lifetimes), and kept from then on: a capture without peer
// streams does not pay two map operations for each session.
func (a *Analyzer) sessionsAt(ip netip.Addr) []*session {
	if a.byIP == nil {
		a.byIP = make(map[netip.Addr][]*session)
		for i := range a.lifetimes.Len() {
			a.listIP(a.lifetimes.At(i).v)
		}
	}
	return a.byIP[ip]
}

// listIP adds s to the list of its address.
func (a *Analyzer) listIP(s *session) {
	ip := s.Client.Addr()
	s.ipAt = len(a.byIP[ip])
	a.byIP[ip] = append(a.byIP[ip], s)
}

// unlistIP takes s off the list of its address: the last one takes its
// place, so the work does not grow with the sessions of one address (NAT).
func (a *Analyzer) unlistIP(s *session) {
	ip := s.Client.Addr()
	list := a.byIP[ip]
	last := len(list) - 1
	if last == 0 {
		delete(a.byIP, ip)
		return
	}
	list[s.ipAt] = list[last]
	list[s.ipAt].ipAt = s.ipAt
	list[last] = nil
	a.byIP[ip] = list[:last]
}
