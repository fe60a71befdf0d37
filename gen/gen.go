// Package gen generates deterministic captures of ICQ v2 traffic (and, with
// Config.Protocol 5, scripted v5 sessions: v5.go): clients
// log in, keep alive, change status, search, ask for information, send
// messages through the server to offline users and peer to peer over TCP to
// online ones, and log off; the server answers as the spec says. Every ICQ
// packet is encoded from the tables the dissector decodes with.
//
// The traffic is a discrete-event simulation: one timeline of events for
// all clients and the server (a heap), so frames come out in time order and
// memory grows with the number of clients, never with the duration. Each
// host sends its frames one after the other, in the order it decided to
// send them. The same Config gives the same frames, byte for byte.
package gen

import (
	"errors"
	"fmt"
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// Config says what to generate.
type Config struct {
	Clients  int
	Duration time.Duration
	Seed     uint64
	Loss     float64 // probability that a UDP datagram is lost on its way
	Reorder  float64 // probability that a peer packet's TCP segments are sent out of order
	Split    bool    // send each peer packet's 2-byte LENGTH in a segment of its own
	// Protocol is the UDP protocol version: 2 (the default, also for 0) or
	// 5, scripted sessions of ICQ 98a/99 clients with encrypted packets (no
	// loss, reordering nor peer TCP yet).
	Protocol int
	Start    time.Time // time of the capture's start; zero means DefaultStart
	// Frames, if not zero, ends the capture after that many frames: the
	// first Frames frames of the same run without the limit.
	Frames uint64
	// Trace, if set, is told of every ICQ packet as it is encoded or
	// retransmitted, for tests and tools. The Event is valid only during the call.
	Trace func(*Event)
}

// DefaultStart is the default time of the first frame: the day of the
// spec's last update.
var DefaultStart = time.Date(1998, 8, 26, 12, 0, 0, 0, time.UTC)

// MaxClients bounds --clients: each client has an address of its own in 10.1.0.0-10.16.255.255.
const MaxClients = 1_000_000

// Validate reports the first thing wrong with c.
func (c *Config) Validate() error {
	switch {
	case c.Clients < 1 || c.Clients > MaxClients:
		return fmt.Errorf("clients must be between 1 and %d, not %d", MaxClients, c.Clients)
	case c.Duration <= 0:
		return fmt.Errorf("duration must be positive, not %v", c.Duration)
	case !(c.Loss >= 0 && c.Loss <= 1):
		return fmt.Errorf("loss must be a probability between 0 and 1, not %v", c.Loss)
	case !(c.Reorder >= 0 && c.Reorder <= 1):
		return fmt.Errorf("reorder must be a probability between 0 and 1, not %v", c.Reorder)
	case c.Protocol != 0 && c.Protocol != 2 && c.Protocol != 5:
		return fmt.Errorf("protocol must be 2 or 5, not %d", c.Protocol)
	case c.Protocol == 5 && (c.Loss != 0 || c.Reorder != 0 || c.Split):
		return errors.New("protocol 5 has no --loss, --reorder nor --split yet")
	}
	return nil
}

// Event is one ICQ packet as the generator built it.
type Event struct {
	Time     time.Time
	Src, Dst netip.AddrPort
	Dir      dissect.Direction // ClientToServer, ServerToClient or PeerToPeer
	Command  *dissect.Command
	// Header and Params are the values given to the encoder (for a peer
	// packet, all values are in Params); nil for a retransmission.
	Header, Params dissect.Fields
	Payload        []byte // the encoded packet; a peer packet with its LENGTH
	Retransmission bool   // a UDP packet sent again with the same SEQ_NUM
	Lost           bool   // a UDP datagram that will not arrive
}

// Stats counts what a run wrote.
type Stats struct {
	Frames          uint64
	Bytes           uint64 // frame bytes
	UDPPackets      uint64
	Retransmissions uint64
	Lost            uint64 // UDP datagrams lost on their way
	PeerPackets     uint64
	TCPFrames       uint64
	Logins          uint64
}

// Units of simulated time, in nanoseconds.
const (
	us     = int64(time.Microsecond)
	ms     = int64(time.Millisecond)
	second = int64(time.Second)
	minute = int64(time.Minute)
)

// generator is one run of the simulation.
type generator struct {
	cfg        Config
	sink       Sink
	rng        rng
	heap       eventHeap // timers and arrivals
	staged     eventHeap // frames waiting for their time
	ord        uint64    // the next event's number
	now, end   int64
	server     host
	clients    []client
	txs        []*udpTx
	freeTxs    []*udpTx
	conns      []*conn
	freeConns  []int32
	frame      []byte   // the frame being built
	frames     [][]byte // frames waiting for their time
	freeFrames []int32
	scratch    []byte // the packet being encoded when it is not kept for retransmission
	uins       []uint32
	arena      arena
	hdr, par   dissect.Fields
	all        dissect.Fields // v5: the header's and the parameters' values together
	stats      Stats
	err        error
}

// Run generates the capture that cfg describes into sink.
func Run(cfg Config, sink Sink) (Stats, error) {
	if err := cfg.Validate(); err != nil {
		return Stats{}, err
	}
	if cfg.Start.IsZero() {
		cfg.Start = DefaultStart
	}
	g := &generator{cfg: cfg, sink: sink, rng: newRNG(cfg.Seed), end: int64(cfg.Duration),
		hdr: dissect.Fields{}, par: dissect.Fields{}}
	g.server = newHost(serverIP, serverTTL)
	if cfg.Protocol == 5 {
		g.all = dissect.Fields{}
		g.runV5()
		return g.stats, g.err
	}
	g.populate()
	g.loop()
	return g.stats, g.err
}

// loop handles the events in time order until the capture ends.
func (g *generator) loop() {
	for g.err == nil {
		h := &g.heap
		if s := g.staged.top(); s != nil && (h.top() == nil || s.before(h.top())) {
			h = &g.staged
		}
		if h.top() == nil || h.top().at > g.end || g.full() && g.staged.top() == nil {
			return
		}
		e := h.pop()
		g.now = e.at
		g.handle(&e)
	}
}

func (g *generator) push(h *eventHeap, e event) {
	e.ord = g.ord
	g.ord++
	h.push(e)
}

// emit sends a frame at t (not before now). Frames are written in time
// order, and in the order sent at the same time. A frame for later (a
// host's output is busy) waits as an evFrame, so that other hosts' frames
// interleave with it at their exact times.
func (g *generator) emit(t int64, f []byte) {
	if !g.written(t) {
		return
	}
	g.stats.Frames++
	g.stats.Bytes += uint64(len(f))
	if s := g.staged.top(); t <= g.now && (s == nil || s.at > g.now) {
		g.write(g.now, f)
		return
	}
	var slot int32
	if n := len(g.freeFrames); n > 0 {
		slot = g.freeFrames[n-1]
		g.freeFrames = g.freeFrames[:n-1]
	} else {
		slot = int32(len(g.frames))
		g.frames = append(g.frames, make([]byte, 0, 128))
	}
	g.frames[slot] = append(g.frames[slot][:0], f...)
	g.push(&g.staged, event{at: max(t, g.now), kind: evFrame, id: slot})
}

// writeFrame writes a staged frame when its time has come.
func (g *generator) writeFrame(e *event) {
	g.write(e.at, g.frames[e.id])
	g.freeFrames = append(g.freeFrames, e.id)
}

func (g *generator) write(t int64, f []byte) {
	if err := g.sink.WriteFrame(g.frameTime(t), f); err != nil {
		g.fail(err)
	}
}

// written reports whether a frame sent at t makes it into the capture: it
// does unless the capture has ended by then.
func (g *generator) written(t int64) bool { return t <= g.end && g.err == nil && !g.full() }

// full reports whether the capture has all the frames Config.Frames asks
// for (some may still wait for their time).
func (g *generator) full() bool { return g.cfg.Frames != 0 && g.stats.Frames >= g.cfg.Frames }

// frameTime is the time of a frame sent at t.
func (g *generator) frameTime(t int64) time.Time { return g.cfg.Start.Add(time.Duration(t)) }

func (g *generator) fail(err error) {
	if g.err == nil {
		g.err = err
	}
}

var errEncode = errors.New("gen: cannot encode")

func (g *generator) schedule(at int64, kind evKind, id int32, gen uint32, a, b, c uint32) {
	if at > g.end {
		return // after the capture ends: nothing of it would be written
	}
	g.push(&g.heap, event{at: at, kind: kind, id: id, gen: gen, a: a, b: b, c: c})
}

// evKind says what an event does.
type evKind uint8

const (
	evLogin        evKind = iota + 1 // a client starts a session
	evLogin2                         // a client finishes its login with LOGIN_2
	evKeepAlive                      // a client's keep-alive timer
	evActivity                       // a client's user does something
	evReply                          // a client's user answers a message
	evLogoff                         // a client's user quits
	evLoginTimeout                   // a client that had no LOGIN_REPLY starts again
	evArrive                         // a UDP datagram arrives
	evRetry                          // a UDP retransmission timer expires
	evServerCheck                    // the server looks for a silent client
	evSynAck                         // a SYN arrives at the peer
	evEstablish                      // a SYN-ACK (or RST) arrives at the initiator
	evPeerArrive                     // a peer packet arrives
	evDelayedAck                     // a peer's delayed-ACK timer
	evFin                            // a FIN arrives
	evLastAck                        // the FIN's answer arrives
	evFrame                          // a frame's time has come
)

func (g *generator) handle(e *event) {
	switch e.kind {
	case evFrame:
		g.writeFrame(e)
	case evArrive, evRetry:
		g.handleUDP(e)
	case evServerCheck:
		g.serverCheck(e)
	case evSynAck, evEstablish, evPeerArrive, evDelayedAck, evFin, evLastAck:
		g.handlePeer(e)
	default:
		g.handleClient(e)
	}
}
