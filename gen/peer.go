package gen

import (
	"fmt"

	"github.com/icqdump/icqdump/dissect"
)

// Peer-to-peer messages go over a TCP connection from the sender to the
// port the receiver announced at login (USER_ONLINE's REMOTE_PORT): a
// handshake, CHANNEL_INIT, then CHANNEL_MESSAGEs, each answered by a
// CHANNEL_ACK that carries the auto-reply (empty, or the away/DND text).
// The connection stays open for later messages and closes when either user
// logs off. Segments are never lost; --reorder and --split vary how the
// packets are cut into segments and the order they are sent in.

type connState uint8

const (
	connConnecting connState = iota + 1
	connOpen
	connClosing
)

// Peer packet kinds, in the events that deliver them.
const (
	pkInit = iota
	pkMessage
	pkAck
)

const (
	cmdTypeReal      = 0x0010 // CMD_TYPE of a user's message
	cmdTypeAutoReply = 0x0000 // CMD_TYPE of the acknowledgement
	delayedAck       = 150 * ms
)

var (
	cmdChannelMessage = dissect.PeerMessage
	cmdChannelAck     = dissect.PeerAck
)

// conn is one peer TCP connection; index 0 is the side that opened it.
type conn struct {
	gen      uint32
	idx      int32
	state    connState
	side     [2]int32  // the clients
	port     [2]uint16 // the opener's ephemeral port, the other's listening port
	snd      [2]uint32 // next sequence number each side sends
	rcv      [2]uint32 // next sequence number each side expects
	acked    [2]uint32 // the last acknowledgement number each side sent
	messages [2]uint32 // messages each side sent, which count X4 down
	arrives  [2]int64  // when the last packet from each side is taken in: a stream is read in order
	ow       int64     // one-way latency between the two
	pendType uint16    // the message that made the opener connect
	pendSeed uint32
}

func (g *generator) newConn() *conn {
	if n := len(g.freeConns); n > 0 {
		cn := g.conns[g.freeConns[n-1]]
		g.freeConns = g.freeConns[:n-1]
		return cn
	}
	cn := &conn{idx: int32(len(g.conns))}
	g.conns = append(g.conns, cn)
	return cn
}

func (g *generator) freeConn(cn *conn) {
	*cn = conn{gen: cn.gen + 1, idx: cn.idx}
	g.freeConns = append(g.freeConns, cn.idx)
}

func (cn *conn) sideOf(c *client) int {
	if cn.side[0] == c.idx {
		return 0
	}
	return 1
}

// openConn returns an open connection between c and the client other, and c's side of it.
func (g *generator) openConn(c *client, other int32) (*conn, int) {
	for _, i := range c.conns {
		cn := g.conns[i]
		if cn.state == connOpen && (cn.side[0] == other || cn.side[1] == other) {
			return cn, cn.sideOf(c)
		}
	}
	return nil, 0
}

// segment of side s of cn, with the given flags.
func (cn *conn) segment(s int, flags uint8) segment {
	return segment{sport: cn.port[s], dport: cn.port[1-s], seq: cn.snd[s], ack: cn.rcv[s], flags: flags}
}

// writeSide sends a segment from side s when that client can, and returns the time.
func (g *generator) writeSide(cn *conn, s int, seg segment, payload []byte) int64 {
	c := &g.clients[cn.side[s]]
	t := g.slot(&c.busy)
	g.stats.TCPFrames++
	g.writeTCP(t, &c.host, &g.clients[cn.side[1-s]].host, seg, payload)
	if seg.flags&flagACK != 0 {
		cn.acked[s] = seg.ack
	}
	return t
}

// connect opens a connection from c to client to, to send a message.
func (g *generator) connect(c *client, to int32, typ uint16, seed uint32) {
	cn := g.newConn()
	rc := &g.clients[to]
	cn.state, cn.side = connConnecting, [2]int32{c.idx, to}
	cn.port = [2]uint16{c.nextPort(), rc.peerPort}
	cn.snd = [2]uint32{g.rng.u32(), g.rng.u32()}
	cn.ow = c.lat + rc.lat
	cn.pendType, cn.pendSeed = typ, seed
	c.conns = append(c.conns, cn.idx)
	t := g.writeSide(cn, 0, cn.segment(0, flagSYN), nil)
	cn.snd[0]++
	g.schedule(t+cn.ow, evSynAck, cn.idx, cn.gen, 0, 0, 0)
}

func (g *generator) handlePeer(e *event) {
	cn := g.conns[e.id]
	if cn.gen != e.gen {
		return
	}
	switch e.kind {
	case evSynAck:
		g.synAck(cn)
	case evEstablish:
		g.establish(cn, e.a == 1)
	case evPeerArrive:
		g.peerArrive(cn, int(e.a&1), int(e.a>>1&3), uint16(e.a>>8), e.b, e.c)
	case evDelayedAck:
		if s := int(e.a); cn.state == connOpen && cn.acked[s] != cn.rcv[s] {
			g.writeSide(cn, s, cn.segment(s, flagACK), nil)
		}
	case evFin:
		s := int(e.a)
		cn.rcv[1-s] = cn.snd[s]
		t := g.writeSide(cn, 1-s, cn.segment(1-s, flagFIN|flagACK), nil)
		cn.snd[1-s]++
		g.schedule(t+cn.ow, evLastAck, cn.idx, cn.gen, uint32(s), 0, 0)
	case evLastAck:
		s := int(e.a)
		cn.rcv[s] = cn.snd[1-s]
		g.writeSide(cn, s, cn.segment(s, flagACK), nil)
		g.freeConn(cn)
	}
}

// synAck: the SYN arrives. A client that is logged in accepts; otherwise
// nothing listens on the port and the host resets the connection.
func (g *generator) synAck(cn *conn) {
	if cn.state != connConnecting {
		return
	}
	rc := &g.clients[cn.side[1]]
	cn.rcv[1] = cn.snd[0]
	refused := !rc.loggedIn
	var t int64
	if refused {
		seg := cn.segment(1, flagRST|flagACK)
		seg.seq = 0
		t = g.writeSide(cn, 1, seg, nil)
	} else {
		t = g.writeSide(cn, 1, cn.segment(1, flagSYN|flagACK), nil)
		cn.snd[1]++
		rc.conns = append(rc.conns, cn.idx)
	}
	g.schedule(t+cn.ow, evEstablish, cn.idx, cn.gen, boolBit(refused), 0, 0)
}

func boolBit(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// establish: the SYN-ACK arrives and the opener sends CHANNEL_INIT and its
// message; or the RST arrives and the message goes through the server.
func (g *generator) establish(cn *conn, refused bool) {
	if cn.state != connConnecting {
		return
	}
	c := &g.clients[cn.side[0]]
	if refused {
		c.conns = remove(c.conns, cn.idx)
		to, typ, seed := g.clients[cn.side[1]].uin, cn.pendType, cn.pendSeed
		g.freeConn(cn)
		if c.loggedIn {
			g.sendThroughServer(c, to, typ, seed)
		}
		return
	}
	cn.rcv[0] = cn.snd[1]
	cn.state = connOpen
	g.writeSide(cn, 0, cn.segment(0, flagACK), nil)
	g.peerInit(cn)
	g.peerMessage(cn, 0, cn.pendType, cn.pendSeed)
}

func (g *generator) peerInit(cn *conn) {
	c := &g.clients[cn.side[0]]
	p := g.fields()
	p[dissect.FMyUIN] = c.uin
	p[dissect.FMyIP] = c.ip
	p[dissect.FMyIPReal] = c.realIP
	p[dissect.FMyPort] = uint32(c.peerPort)
	g.peerSend(cn, 0, dissect.PeerInit, pkInit, 0, 0)
}

// peerMessage sends a user's message from side s; X4 counts down from FF FF FF FF.
func (g *generator) peerMessage(cn *conn, s int, typ uint16, seed uint32) {
	x4 := 0xFFFFFFFF - cn.messages[s]&0xFF
	cn.messages[s]++
	g.channelFields(&g.clients[cn.side[s]], typ, cmdTypeReal, x4)
	g.par[dissect.FMessage] = g.message(typ, seed)
	g.peerSend(cn, s, cmdChannelMessage, pkMessage, typ, x4)
}

// channelFields fills what CHANNEL_MESSAGE and CHANNEL_ACK share.
func (g *generator) channelFields(c *client, typ uint16, cmdType uint16, x4 uint32) {
	p := g.fields()
	p[dissect.FUIN], p[dissect.FUIN2] = c.uin, c.uin
	p[dissect.FType] = typ
	p[dissect.FMyIPReal], p[dissect.FMyIP] = c.realIP, c.ip
	p[dissect.FPort] = uint32(c.peerPort)
	p[dissect.FCmdType] = cmdType
	p[dissect.FX4] = x4
}

// peerSend encodes a peer packet from side s and writes its segments: one,
// or the LENGTH apart with --split; with --reorder, sometimes the later
// part first (a packet sent whole is cut in two for it).
func (g *generator) peerSend(cn *conn, s int, cmd *dissect.Command, kind int, typ uint16, x4 uint32) {
	var err error
	g.scratch, err = dissect.EncodePeer(g.scratch[:0], cmd, g.par)
	if err != nil {
		g.fail(fmt.Errorf("%w %s: %v", errEncode, cmd.Name, err))
		return
	}
	pkt := g.scratch
	g.stats.PeerPackets++
	cut := len(pkt)
	if g.cfg.Split {
		cut = 2
	}
	reorder := g.rng.chance(g.cfg.Reorder)
	if reorder && cut == len(pkt) {
		cut = 1 + g.rng.intn(len(pkt)-1)
	}
	parts := [2][2]int{{0, cut}, {cut, len(pkt)}}
	if reorder {
		parts[0], parts[1] = parts[1], parts[0]
	}
	base, first, t := cn.snd[s], int64(-1), g.now
	for _, part := range parts {
		if part[0] == part[1] {
			continue
		}
		seg := cn.segment(s, flagPSH|flagACK)
		seg.seq = base + uint32(part[0])
		t = g.writeSide(cn, s, seg, pkt[part[0]:part[1]])
		if first < 0 {
			first = t
		}
	}
	if g.cfg.Trace != nil && g.written(first) {
		src, dst := &g.clients[cn.side[s]], &g.clients[cn.side[1-s]]
		g.cfg.Trace(&Event{Time: g.frameTime(first), Src: src.addrPort(cn.port[s]), Dst: dst.addrPort(cn.port[1-s]),
			Dir: dissect.PeerToPeer, Command: cmd, Params: g.par, Payload: pkt})
	}
	cn.snd[s] = base + uint32(len(pkt))
	arg := uint32(s) | uint32(kind)<<1 | uint32(typ)<<8
	cn.arrives[s] = max(t+cn.ow+g.clientDelay(), cn.arrives[s])
	g.schedule(cn.arrives[s], evPeerArrive, cn.idx, cn.gen, arg, x4, cn.snd[s])
}

// peerArrive: a peer packet from side s has arrived whole. A message is
// acknowledged at once with the auto-reply; anything else gets a delayed ACK.
func (g *generator) peerArrive(cn *conn, s, kind int, typ uint16, x4, end uint32) {
	if cn.state != connOpen {
		return
	}
	r := 1 - s
	cn.rcv[r] = end
	rc := &g.clients[cn.side[r]]
	if kind != pkMessage || !rc.loggedIn {
		g.schedule(g.now+delayedAck, evDelayedAck, cn.idx, cn.gen, uint32(r), 0, 0)
		return
	}
	g.channelFields(rc, typ, cmdTypeAutoReply, x4)
	g.par[dissect.FMessage] = rc.autoReply()
	g.peerSend(cn, r, cmdChannelAck, pkAck, typ, x4)
	g.maybeReply(rc, cn.side[s])
}

// closeConns closes c's connections as c logs off: FIN, the peer's FIN, the last ACK.
func (g *generator) closeConns(c *client) {
	for _, i := range c.conns {
		cn := g.conns[i]
		s := cn.sideOf(c)
		other := &g.clients[cn.side[1-s]]
		other.conns = remove(other.conns, cn.idx)
		if cn.state != connOpen {
			g.freeConn(cn) // still connecting: abandoned
			continue
		}
		cn.state = connClosing
		sent := g.writeSide(cn, s, cn.segment(s, flagFIN|flagACK), nil)
		cn.snd[s]++
		g.schedule(sent+cn.ow, evFin, cn.idx, cn.gen, uint32(s), 0, 0)
	}
	c.conns = c.conns[:0]
}

func remove(list []int32, v int32) []int32 {
	for i, x := range list {
		if x == v {
			return append(list[:i], list[i+1:]...)
		}
	}
	return list
}
