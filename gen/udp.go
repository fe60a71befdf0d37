package gen

import (
	"fmt"

	"github.com/icqdump/icqdump/dissect"
)

// The reliability layer of the spec's Introduction: every UDP packet but an
// ACK is acknowledged; without an acknowledgement it is sent again after 10
// seconds with the same SEQ_NUM; after 6 unsuccessful transmissions the
// client sends B_MESSAGE_ACK, and the whole procedure runs twice (our
// reading of "is repeated 2 times") before the client assumes it is
// disconnected. The server gives up on a packet after 6 transmissions.
const (
	retryAfter     = 10 * second
	triesPerRound  = 6
	rounds         = 2
	keepAliveEvery = 120 * second
)

var (
	cmdClientAck    = dissect.CmdAck
	cmdLogin        = dissect.CmdLogin
	cmdLogin1       = dissect.CmdLogin1
	cmdContactList  = dissect.CmdContactList
	cmdLogin2       = dissect.CmdLogin2
	cmdKeepAlive    = dissect.CmdKeepAlive
	cmdStatusChange = dissect.CmdStatusChange
	cmdSearchUIN    = dissect.CmdSearchUIN
	cmdSearchUser   = dissect.CmdSearchUser
	cmdInfoReq      = dissect.CmdInfoReq
	cmdExtInfoReq   = dissect.CmdExtInfoReq
	cmdSendMessage  = dissect.CmdSendMessage
	cmdTextCode     = dissect.CmdSendTextCode

	cmdServerAck      = dissect.SrvAck
	cmdLoginReply     = dissect.SrvLoginReply
	cmdUserOnline     = dissect.SrvUserOnline
	cmdUserOffline    = dissect.SrvUserOffline
	cmdStatusUpdate   = dissect.SrvStatusUpdate
	cmdUserFound      = dissect.SrvUserFound
	cmdEndOfSearch    = dissect.SrvEndOfSearch
	cmdInfoReply      = dissect.SrvInfoReply
	cmdExtInfoReply   = dissect.SrvExtInfoReply
	cmdReceiveMessage = dissect.SrvReceiveMessage
)

// txKind says what a UDP packet means to its receiver.
type txKind uint8

const (
	kLogin txKind = iota + 1 // a: STATUS, b: LOGIN_SEQ_NUM
	kLogin1
	kContactList
	kLogin2
	kKeepAlive
	kStatus     // a: STATUS
	kSearchUIN  // a: SEARCH_SEQ_NUM, b: UIN
	kSearchUser // a: SEARCH_SEQ_NUM, b: the user looked for, c: how
	kInfo       // a: INFO_SEQ_NUM, b: UIN
	kExtInfo    // a: INFO_SEQ_NUM, b: UIN
	kSendMessage
	kDisconnect
	kMessageAck

	kLoginReply
	kUserOnline   // a: the contact's index, b: its STATUS
	kStatusUpdate // a: the contact's index, b: its STATUS
	kUserOffline  // a: the contact's index
	kSearchResult
	kInfoReply
	kReceiveMessage // a: the sender's index
)

// udpTx is one UDP packet that needs an acknowledgement, from its first
// transmission until it is acknowledged or given up.
type udpTx struct {
	gen       uint32
	idx       int32
	client    int32
	toServer  bool
	oneShot   bool   // never retransmitted (B_USER_DISCONNECTED, B_MESSAGE_ACK)
	epoch     uint32 // the sender's session
	port      uint16 // the client's UDP port
	seq       uint16
	kind      txKind
	a, b, c   uint32
	cmd       *dissect.Command
	payload   []byte
	sends     int // transmissions in this round
	round     int
	lastSent  int64
	delivered bool
}

func (g *generator) newTx() *udpTx {
	if n := len(g.freeTxs); n > 0 {
		tx := g.freeTxs[n-1]
		g.freeTxs = g.freeTxs[:n-1]
		return tx
	}
	tx := &udpTx{idx: int32(len(g.txs)), payload: make([]byte, 0, 128)}
	g.txs = append(g.txs, tx)
	return tx
}

func (g *generator) freeTx(tx *udpTx) {
	*tx = udpTx{gen: tx.gen + 1, idx: tx.idx, payload: tx.payload[:0]}
	g.freeTxs = append(g.freeTxs, tx)
}

// fields starts a new packet: it empties the values and the text arena, and
// returns the parameters' values to fill in.
func (g *generator) fields() dissect.Fields {
	clear(g.hdr)
	clear(g.par)
	g.arena.reset()
	return g.par
}

// clientSend sends a new packet from c, with the parameters in g.par.
func (g *generator) clientSend(c *client, cmd *dissect.Command, kind txKind, a, b, cc uint32) {
	tx := g.newTx()
	tx.client, tx.toServer, tx.epoch, tx.port = c.idx, true, c.epoch, c.udpPort
	tx.kind, tx.a, tx.b, tx.c = kind, a, b, cc
	tx.seq = c.seq
	c.seq++
	g.hdr[dissect.FUIN] = c.uin
	g.encode(tx, cmd, dissect.ClientToServer)
}

// clientSendOnce sends a SEND_TEXT_CODE that is not retransmitted.
func (g *generator) clientSendOnce(c *client, kind txKind) {
	tx := g.newTx()
	tx.client, tx.toServer, tx.oneShot, tx.epoch, tx.port = c.idx, true, true, c.epoch, c.udpPort
	tx.kind, tx.seq = kind, c.seq
	c.seq++
	g.hdr[dissect.FUIN] = c.uin
	g.encode(tx, cmdTextCode, dissect.ClientToServer)
}

// serverSend sends a new packet from the server to c.
func (g *generator) serverSend(c *client, cmd *dissect.Command, kind txKind, a, b, cc uint32) {
	tx := g.newTx()
	tx.client, tx.epoch, tx.port = c.idx, c.srv.epoch, c.srv.port
	tx.kind, tx.a, tx.b, tx.c = kind, a, b, cc
	tx.seq = c.srv.seq
	c.srv.seq++
	g.encode(tx, cmd, dissect.ServerToClient)
}

func (g *generator) encode(tx *udpTx, cmd *dissect.Command, dir dissect.Direction) {
	g.hdr[dissect.FSeqNum] = tx.seq
	tx.cmd = cmd
	var err error
	tx.payload, err = dissect.EncodeUDPSplit(tx.payload[:0], dir, cmd, g.hdr, g.par)
	if err != nil {
		g.fail(fmt.Errorf("%w %s: %v", errEncode, cmd.Name, err))
		return
	}
	g.transmit(tx, false)
}

// latency is the time from sending tx to its receiver acting on it: the
// network's, with some jitter, and the receiver's processing.
func (g *generator) latency(tx *udpTx) int64 {
	process := g.rng.between(200*us, 2*ms) // the server
	if !tx.toServer {
		process = g.clientDelay()
	}
	return g.clients[tx.client].lat + g.rng.between(0, 2*ms) + process
}

// output returns the busy time of the sender of tx (toServer) or of its receiver.
func (g *generator) output(tx *udpTx, toServer bool) *int64 {
	c := &g.clients[tx.client]
	if toServer {
		return &c.busy
	}
	return &c.srv.busy
}

// endpoints returns the sender's and receiver's hosts and ports.
func (g *generator) endpoints(tx *udpTx) (src *host, sport uint16, dst *host, dport uint16) {
	c := &g.clients[tx.client]
	if tx.toServer {
		return &c.host, tx.port, &g.server, serverPort
	}
	return &g.server, serverPort, &c.host, tx.port
}

// transmit sends tx (again) and decides its fate: lost, or arriving after
// the client's latency and the receiver's processing time.
func (g *generator) transmit(tx *udpTx, again bool) {
	t := g.slot(g.output(tx, tx.toServer))
	tx.sends++
	tx.lastSent = t
	lost := g.rng.chance(g.cfg.Loss)
	dir := dissect.ServerToClient
	if tx.toServer {
		dir = dissect.ClientToServer
	}
	src, sport, dst, dport := g.endpoints(tx)
	g.sendUDP(t, datagram{src, dst, sport, dport, dir, tx.cmd, tx.payload}, again, lost)
	switch {
	case lost && tx.oneShot:
		g.freeTx(tx)
	case lost:
		g.schedule(t+retryAfter, evRetry, tx.idx, tx.gen, 0, 0, 0)
	default:
		g.schedule(t+g.latency(tx), evArrive, tx.idx, tx.gen, 0, 0, 0)
	}
}

// datagram is one UDP packet on the wire.
type datagram struct {
	src, dst     *host
	sport, dport uint16
	dir          dissect.Direction
	cmd          *dissect.Command
	payload      []byte
}

// sendUDP writes one datagram and tells the tracer.
func (g *generator) sendUDP(t int64, d datagram, again, lost bool) {
	g.stats.UDPPackets++
	if again {
		g.stats.Retransmissions++
	}
	if lost {
		g.stats.Lost++
	}
	if g.cfg.Trace != nil && g.written(t) {
		ev := Event{Time: g.frameTime(t), Src: d.src.addrPort(d.sport), Dst: d.dst.addrPort(d.dport),
			Dir: d.dir, Command: d.cmd, Payload: d.payload, Retransmission: again, Lost: lost}
		if !again {
			ev.Header, ev.Params = g.hdr, g.par
		}
		g.cfg.Trace(&ev)
	}
	g.writeUDP(t, d.src, d.sport, d.dst, d.dport, d.payload)
}

func (g *generator) handleUDP(e *event) {
	tx := g.txs[e.id]
	if tx.gen != e.gen {
		return
	}
	if e.kind == evArrive {
		g.arrive(tx)
	} else {
		g.retry(tx)
	}
}

// listening reports whether tx's receiver is there to take it: the server
// always is; a client only in the session the packet was sent to.
func (g *generator) listening(tx *udpTx) bool {
	if tx.toServer {
		return true
	}
	c := &g.clients[tx.client]
	return c.online && c.udpPort == tx.port && c.srv.online && c.srv.epoch == tx.epoch
}

// arrive: the receiver acknowledges tx (the ACK may be lost in turn) and,
// the first time, acts on it.
func (g *generator) arrive(tx *udpTx) {
	if !g.listening(tx) {
		g.retryLater(tx)
		return
	}
	if c := &g.clients[tx.client]; tx.toServer && c.srv.online {
		c.srv.lastSeen = g.now
	}
	ackLost := g.rng.chance(g.cfg.Loss)
	g.acknowledge(tx, ackLost)
	if !tx.delivered {
		tx.delivered = true
		if tx.toServer {
			g.serverReceive(tx)
		} else {
			g.clientReceive(tx)
		}
	}
	if ackLost {
		g.retryLater(tx)
	} else {
		g.freeTx(tx) // acknowledged: its pending timer, if any, is now stale
	}
}

// retryLater waits for the retransmission timer of tx's last transmission.
func (g *generator) retryLater(tx *udpTx) {
	if tx.oneShot {
		g.freeTx(tx)
		return
	}
	g.schedule(tx.lastSent+retryAfter, evRetry, tx.idx, tx.gen, 0, 0, 0)
}

// acknowledge sends the receiver's ACK, which carries tx's SEQ_NUM.
func (g *generator) acknowledge(tx *udpTx, lost bool) {
	g.fields()
	g.hdr[dissect.FSeqNum] = tx.seq
	src, sport, dst, dport := g.endpoints(tx)
	d := datagram{dst, src, dport, sport, dissect.ServerToClient, cmdServerAck, nil}
	if !tx.toServer {
		d.dir, d.cmd = dissect.ClientToServer, cmdClientAck
		g.hdr[dissect.FUIN] = g.clients[tx.client].uin
	}
	var err error
	g.scratch, err = dissect.EncodeUDPSplit(g.scratch[:0], d.dir, d.cmd, g.hdr, g.par)
	if err != nil {
		g.fail(fmt.Errorf("%w ACK: %v", errEncode, err))
		return
	}
	d.payload = g.scratch
	g.sendUDP(g.slot(g.output(tx, !tx.toServer)), d, false, lost)
}

// retry: the retransmission timer of tx expired without an acknowledgement.
func (g *generator) retry(tx *udpTx) {
	c := &g.clients[tx.client]
	switch {
	case g.senderGone(tx):
		g.freeTx(tx)
	case tx.round == rounds:
		g.freeTx(tx)
		g.endSession(c, false) // still no reply: the client assumes it is disconnected
	case tx.sends < triesPerRound:
		g.transmit(tx, true)
	case !tx.toServer:
		g.freeTx(tx) // the server gives up on this packet
	default:
		g.messageAck(c)
		tx.round++
		if tx.round < rounds {
			tx.sends = 0
			g.transmit(tx, true)
		} else {
			g.schedule(g.now+retryAfter, evRetry, tx.idx, tx.gen, 0, 0, 0)
		}
	}
}

// messageAck sends B_MESSAGE_ACK: "a request for the server to answer immediately".
func (g *generator) messageAck(c *client) {
	p := g.fields()
	p[dissect.FTextCode] = textMessageAck
	p[dissect.FX1] = textCodeX1
	g.clientSendOnce(c, kMessageAck)
}

// senderGone reports whether the session that sent tx has ended.
func (g *generator) senderGone(tx *udpTx) bool {
	c := &g.clients[tx.client]
	if tx.toServer {
		return !c.online || c.epoch != tx.epoch
	}
	return !c.srv.online || c.srv.epoch != tx.epoch
}
