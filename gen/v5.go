package gen

import (
	"encoding/binary"
	"fmt"

	"github.com/icqdump/icqdump/dissect"
)

// Version 5 (ICQ 98a/99, facts sheet spec/icq-v5-facts.md): a scripted
// session per client, every client packet encrypted as §2.6 says. The
// clients take turns: in each step every client does one exchange in a
// slot of its own, so frames come out in time order without a queue, and
// memory grows with the number of clients only. Each exchange is a request,
// the server's SRV_ACK, and the answers it asks for, each acknowledged by a
// CMD_ACK carrying its SEQ_NUM1 and SEQ_NUM2 (§1.4).

// The v5 commands the generator sends, by their typed handles.
var (
	v5Ack         = dissect.Client5.Lookup(0x000A)
	v5NewUser1    = dissect.Client5.Lookup(0x04EC)
	v5Login       = dissect.Client5.Lookup(0x03E8)
	v5Login1      = dissect.Client5.Lookup(0x044C)
	v5ContactList = dissect.Client5.Lookup(0x0406)
	v5Meta        = dissect.Client5.Lookup(0x064A)
	v5SendMessage = dissect.Client5.Lookup(0x010E)
	v5Status      = dissect.Client5.Lookup(0x04D8)
	v5KeepAlive   = dissect.Client5.Lookup(0x042E)
	v5SearchUIN   = dissect.Client5.Lookup(0x041A)
	v5TextCode    = dissect.Client5.Lookup(0x0438)

	v5SrvAck        = dissect.Server5.Lookup(0x000A)
	v5LoginReply    = dissect.Server5.Lookup(0x005A)
	v5UserOnline    = dissect.Server5.Lookup(0x006E)
	v5UserOffline   = dissect.Server5.Lookup(0x0078)
	v5ListDone      = dissect.Server5.Lookup(0x021C)
	v5MetaReply     = dissect.Server5.Lookup(0x03DE)
	v5Delivered     = dissect.Server5.Lookup(0x0104)
	v5StatusUpdate  = dissect.Server5.Lookup(0x01A4)
	v5UserFound     = dissect.Server5.Lookup(0x008C)
	v5EndOfSearch   = dissect.Server5.Lookup(0x00A0)
	v5MultiPacket   = dissect.MultiPacket
	v5MetaInfoBasic = uint16(0x0104) // SRV_META_USER's reply to META_USER_INFO
	v5MetaUserInfo  = uint16(0x04BA) // META_USER_INFO
)

// client5 is one v5 client's session state.
type client5 struct {
	host      host
	port      uint16
	uin       uint32
	session   uint32
	seq1      uint16 // the next SEQ_NUM1
	seq2      uint16 // the next SEQ_NUM2
	serverSeq uint16 // the server's next SEQ_NUM1 to this client
	online    bool
	peerPort  uint16 // where it takes peer connections
	cookie    uint32 // its direct-connection cookie (SRV_USER_ONLINE's DC_COOKIE, the handshake's SESSION)
	peerSeq   uint16 // the sequence of its next peer message
}

const modeDirect = 4

// v5 timing: a step every stepEvery (or longer with many clients), each
// client's exchange in a slot of v5Slot within it.
const (
	v5Slot      = 8 * ms
	v5StepEvery = 2 * second
	v5Turn      = 300 * us // between a packet and its answer
)

// runV5 writes the v5 capture.
func (g *generator) runV5() {
	cs := make([]client5, g.cfg.Clients)
	for i := range cs {
		c := &cs[i]
		c.host = newHost(clientIP(i), clientTTL)
		c.port = uint16(1024 + g.rng.intn(4000))
		c.uin = g.simUIN(i)
		c.session = g.rng.u32() & 0x3FFFFFFF
		c.seq1 = uint16(g.rng.u32() & 0x3FFF)
		c.seq2 = 1
		c.peerPort = uint16(5000 + i%50000)
		c.cookie = g.rng.u32()
		c.peerSeq = 0xFFFE // ICQ 99 counts peer messages down from 0xFFFE (licq, mICQ)
	}
	step := max(v5StepEvery, int64(len(cs))*v5Slot)
	script := []func(*client5, []client5, int, int64){
		g.v5NewUser1, g.v5Login, g.v5Login1, g.v5ContactList, g.v5MetaInfo,
		g.v5Message, g.v5Peer, g.v5Status, g.v5Search,
	}
	at := int64(0)
	for _, do := range script {
		g.v5Round(cs, at, do)
		at += step
	}
	for at-step+keepAliveEvery+2*step <= g.end && g.err == nil && !g.full() {
		at += keepAliveEvery - step
		g.v5Round(cs, at, g.v5KeepAlive)
		at += step
	}
	g.v5Round(cs, max(at, g.end-step), g.v5Logoff) // the users quit as the capture ends
}

// v5Round lets every client do one exchange, in turn.
func (g *generator) v5Round(cs []client5, at int64, do func(*client5, []client5, int, int64)) {
	for i := range cs {
		if g.err != nil || g.full() || at > g.end {
			return
		}
		g.arena.reset()
		do(&cs[i], cs, i, at+int64(i)*v5Slot+g.rng.between(0, v5Slot/4))
	}
}

// v5Send encodes a client packet (header from c, parameters in g.par),
// encrypts it and writes it at t. An ACK takes the numbers it acknowledges
// and does not advance SEQ_NUM1.
func (g *generator) v5Send(c *client5, cmd *dissect.Command, t int64, seq1, seq2 uint16) {
	clear(g.hdr)
	g.hdr[dissect.FUIN], g.hdr[dissect.FSessionID], g.hdr[dissect.FSeqNum1], g.hdr[dissect.FSeqNum2] = c.uin, c.session, seq1, seq2
	pkt, err := dissect.EncodeIn(g.scratch[:0], dissect.Client5, cmd, g.merged())
	if err != nil {
		g.fail(fmt.Errorf("%w %s: %v", errEncode, cmd.Name, err))
		return
	}
	if len(pkt) <= 0x18 { // no client sends a bare header: licq pads with a random number
		pkt = binary.LittleEndian.AppendUint32(pkt, g.rng.u32())
	}
	dissect.Encrypt5(pkt, 0x18+g.rng.intn(len(pkt)-0x18), g.rng.intn(256))
	g.scratch = pkt
	g.v5Trace(t, c, true, cmd, pkt)
	g.now = t
	g.writeUDP(t, &c.host, c.port, &g.server, serverPort, pkt)
}

// merged gives the header's and the parameters' values in one map: the
// v5 tables keep the names apart (a repeated UIN is keyed "UIN[]").
func (g *generator) merged() dissect.Fields {
	clear(g.all)
	for k, v := range g.par {
		g.all[k] = v
	}
	for k, v := range g.hdr {
		g.all[k] = v
	}
	return g.all
}

// v5Request sends a new packet from c, numbered in turn, and returns its numbers.
func (g *generator) v5Request(c *client5, cmd *dissect.Command, t int64, seq2Zero bool) (uint16, uint16) {
	seq1, seq2 := c.seq1, c.seq2
	if seq2Zero {
		seq2 = 0 // KEEP_ALIVE and SEND_TEXT_CODE (§1.4)
	} else {
		c.seq2++
	}
	c.seq1++
	g.v5Send(c, cmd, t, seq1, seq2)
	return seq1, seq2
}

// v5Reply writes a server packet to c at t: numbered by the server's
// counter with seq2 echoed (0 for an unsolicited one), or, for SRV_ACK,
// with the client packet's numbers. A packet other than an ACK is
// acknowledged by c.
func (g *generator) v5Reply(c *client5, cmd *dissect.Command, t int64, seq1, seq2 uint16) int64 {
	if cmd != v5SrvAck {
		seq1 = c.serverSeq
		c.serverSeq++
	}
	pkt := g.v5Server(c, cmd, seq1, seq2)
	if pkt == nil {
		return t
	}
	g.v5Trace(t, c, false, cmd, pkt)
	g.now = t
	g.writeUDP(t, &g.server, serverPort, &c.host, c.port, pkt)
	if cmd == v5SrvAck {
		return t
	}
	t += v5Turn
	clear(g.par)
	g.par[dissect.FRandom] = g.rng.u32()
	g.v5Send(c, v5Ack, t, seq1, seq2)
	return t
}

// v5Server encodes a server packet with the parameters in g.par.
func (g *generator) v5Server(c *client5, cmd *dissect.Command, seq1, seq2 uint16) []byte {
	clear(g.hdr)
	g.hdr[dissect.FUIN], g.hdr[dissect.FSessionID], g.hdr[dissect.FSeqNum1], g.hdr[dissect.FSeqNum2] = c.uin, c.session, seq1, seq2
	pkt, err := dissect.EncodeIn(nil, dissect.Server5, cmd, g.merged())
	if err != nil {
		g.fail(fmt.Errorf("%w %s: %v", errEncode, cmd.Name, err))
		return nil
	}
	return pkt
}

// v5Exchange sends a request from c with the parameters in g.par, and the
// server's SRV_ACK; it returns the request's numbers and the time after.
func (g *generator) v5Exchange(c *client5, cmd *dissect.Command, t int64, seq2Zero bool) (uint16, uint16, int64) {
	seq1, seq2 := g.v5Request(c, cmd, t, seq2Zero)
	t += v5Turn
	clear(g.par)
	g.v5Reply(c, v5SrvAck, t, seq1, seq2)
	return seq1, seq2, t + v5Turn
}

func (g *generator) v5Trace(t int64, c *client5, toServer bool, cmd *dissect.Command, pkt []byte) {
	g.stats.UDPPackets++
	if g.cfg.Trace == nil {
		return
	}
	ev := Event{Time: g.frameTime(t), Command: cmd, Header: g.hdr, Params: g.par, Payload: pkt,
		Src: c.host.addrPort(c.port), Dst: g.server.addrPort(serverPort), Dir: dissect.ClientToServer}
	if !toServer {
		ev.Src, ev.Dst, ev.Dir = ev.Dst, ev.Src, dissect.ServerToClient
	}
	g.cfg.Trace(&ev)
}

// The script, one exchange per step.

func (g *generator) v5NewUser1(c *client5, _ []client5, _ int, t int64) {
	clear(g.par)
	cookie := g.rng.u32()
	g.par[dissect.FCookie] = cookie
	seq1, seq2 := g.v5Request(c, v5NewUser1, t, false)
	clear(g.par)
	body := binary.LittleEndian.AppendUint32([]byte{0x0A}, cookie) // iserverd's answer: 0A, the cookie, 01 00 (§4.5.1)
	g.par[dissect.FBody] = append(body, 0x01, 0x00)
	g.v5Reply(c, v5SrvAck, t+v5Turn, seq1, seq2)
}

func (g *generator) v5Login(c *client5, _ []client5, _ int, t int64) {
	clear(g.par)
	g.par[dissect.FTime] = uint32(g.frameTime(t).Unix())
	g.par[dissect.FTCPPort] = uint32(c.peerPort)
	g.par[dissect.FPassword] = pick(passwords, uint64(c.uin))
	g.par[dissect.FX1] = uint32(0xD5)
	g.par[dissect.FInternalIP] = c.host.ip
	g.par[dissect.FMode] = uint32(modeDirect)
	g.par[dissect.FStatus] = uint32(0)
	g.par[dissect.FTCPVersion] = uint32(6)
	g.par[dissect.FTrailer] = []byte{0x02, 0x00, 0x3F, 0x01, 0x50, 0, 0, 0, 0x03, 0, 0, 0, 0xAC, 0xFA, 0x5B, 0x38, 0, 0, 0, 0, 0, 0, 0, 0}
	_, seq2, t := g.v5Exchange(c, v5Login, t, false)
	clear(g.par)
	g.par[dissect.FX1], g.par[dissect.FPingInterval], g.par[dissect.FTimeout] = uint32(0x8C), uint32(110), uint32(120)
	g.par[dissect.FX3], g.par[dissect.FRetries], g.par[dissect.FClientIP], g.par[dissect.FX4] = uint32(0x0A), uint32(5), c.host.ip, uint32(0x80CDC19B)
	g.v5Reply(c, v5LoginReply, t, 0, seq2)
	c.online = true
	g.stats.Logins++
}

func (g *generator) v5Login1(c *client5, _ []client5, _ int, t int64) {
	clear(g.par)
	g.par[dissect.FRandom] = g.rng.u32()
	g.v5Exchange(c, v5Login1, t, false)
}

// neighbours are a client's contacts: the clients before and after it.
func neighbours(cs []client5, i int) []int {
	var out []int
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(cs) {
			out = append(out, j)
		}
	}
	return out
}

// v5ContactList: the list, then the contacts online and the end of the
// burst, both in one SRV_MULTI_PACKET.
func (g *generator) v5ContactList(c *client5, cs []client5, i int, t int64) {
	clear(g.par)
	var uins []uint32
	for _, j := range neighbours(cs, i) {
		uins = append(uins, cs[j].uin)
	}
	g.par[dissect.FUIN.List()] = uins
	_, _, t = g.v5Exchange(c, v5ContactList, t, false)
	var inner [][]byte
	seq := c.serverSeq // the sub-packets repeat the container's SEQ_NUM1 (§1.4)
	for _, j := range neighbours(cs, i) {
		if !cs[j].online {
			continue
		}
		clear(g.par)
		g.v5Online(&cs[j])
		inner = append(inner, g.v5Server(c, v5UserOnline, seq, 0))
	}
	clear(g.par)
	g.par[dissect.FBody] = binary.LittleEndian.AppendUint32(nil, c.uin)
	inner = append(inner, g.v5Server(c, v5ListDone, seq, 0))
	clear(g.par)
	g.par[dissect.FPacket.List()] = inner
	g.v5Reply(c, v5MultiPacket, t, 0, 0)
}

// v5Online fills SRV_USER_ONLINE's parameters for contact o.
func (g *generator) v5Online(o *client5) {
	g.par[dissect.FRemoteUIN], g.par[dissect.FIP], g.par[dissect.FTCPPort], g.par[dissect.FRealIP] = o.uin, o.host.ip, uint32(o.peerPort), o.host.ip
	g.par[dissect.FMode], g.par[dissect.FStatus], g.par[dissect.FTCPVersion] = uint32(modeDirect), uint32(0), uint32(6)
	g.par[dissect.FDcCookie] = o.cookie
	g.par[dissect.FWebPort], g.par[dissect.FClientFeatures], g.par[dissect.FInfoTime] = uint32(0x50), uint32(3), uint32(0x385BFAAC)
}

func (g *generator) v5MetaInfo(c *client5, cs []client5, i int, t int64) {
	who := cs[(i+1)%len(cs)].uin
	clear(g.par)
	g.par[dissect.FSubcmd], g.par[dissect.FQueryUIN] = uint32(v5MetaUserInfo), who
	_, seq2, t := g.v5Exchange(c, v5Meta, t, false)
	p := g.profile(who)
	clear(g.par)
	g.par[dissect.FSubcmd], g.par[dissect.FResult] = uint32(v5MetaInfoBasic), uint32(0x0A)
	g.par[dissect.FNick], g.par[dissect.FFirst], g.par[dissect.FLast], g.par[dissect.FEmail] = p.nick, p.first, p.last, p.email
	g.par[dissect.FAuth], g.par[dissect.FGender] = uint32(p.authorize), uint32(g.userHash(who)%3)
	g.v5Reply(c, v5MetaReply, t, 0, seq2)
}

// v5Message: a text message through the server to the next client, who
// gets it as SRV_SYS_DELIVERED_MESS.
func (g *generator) v5Message(c *client5, cs []client5, i int, t int64) {
	to := &cs[(i+1)%len(cs)]
	text := pick(phrases, uint64(c.uin)^uint64(t))
	clear(g.par)
	g.par[dissect.FToUIN], g.par[dissect.FMsgType], g.par[dissect.FMessage] = to.uin, uint32(1), text
	_, _, t = g.v5Exchange(c, v5SendMessage, t, false)
	clear(g.par)
	g.par[dissect.FFromUIN], g.par[dissect.FMsgType], g.par[dissect.FMessage] = c.uin, uint32(1), text
	g.v5Reply(to, v5Delivered, t, 0, 0)
}

// v5Status: away, and the contacts told.
func (g *generator) v5Status(c *client5, cs []client5, i int, t int64) {
	clear(g.par)
	g.par[dissect.FStatus] = uint32(0x00010001) // away, web-aware
	_, _, t = g.v5Exchange(c, v5Status, t, false)
	for _, j := range neighbours(cs, i) {
		clear(g.par)
		g.par[dissect.FRemoteUIN], g.par[dissect.FStatus] = c.uin, uint32(0x00010001)
		t = g.v5Reply(&cs[j], v5StatusUpdate, t, 0, 0) + v5Turn
	}
}

// v5Search: an old-style search by UIN, its hit and the end of the search.
func (g *generator) v5Search(c *client5, cs []client5, i int, t int64) {
	who := cs[len(cs)-1-i].uin
	clear(g.par)
	g.par[dissect.FSearchUIN] = who
	_, seq2, t := g.v5Exchange(c, v5SearchUIN, t, false)
	p := g.profile(who)
	clear(g.par)
	g.par[dissect.FFoundUIN], g.par[dissect.FNick], g.par[dissect.FFirst], g.par[dissect.FLast], g.par[dissect.FEmail] = who, p.nick, p.first, p.last, p.email
	g.par[dissect.FAuth], g.par[dissect.FSearchStatus] = uint32(p.authorize), uint32(1)
	t = g.v5Reply(c, v5UserFound, t, 0, seq2) + v5Turn
	clear(g.par)
	g.par[dissect.FMore] = uint32(0)
	g.v5Reply(c, v5EndOfSearch, t, 0, seq2)
}

func (g *generator) v5KeepAlive(c *client5, _ []client5, _ int, t int64) {
	clear(g.par)
	g.par[dissect.FRandom] = g.rng.u32()
	g.v5Exchange(c, v5KeepAlive, t, true)
}

// v5Logoff: B_USER_DISCONNECTED; the contacts told.
func (g *generator) v5Logoff(c *client5, cs []client5, i int, t int64) {
	clear(g.par)
	g.par[dissect.FTextCode], g.par[dissect.FX1] = textDisconnected, uint32(5)
	_, _, t = g.v5Exchange(c, v5TextCode, t, true) // acknowledged like any packet (facts §1.4)
	c.online = false
	for _, j := range neighbours(cs, i) {
		if !cs[j].online {
			continue
		}
		clear(g.par)
		g.par[dissect.FRemoteUIN] = c.uin
		t = g.v5Reply(&cs[j], v5UserOffline, t, 0, 0) + v5Turn
	}
}

// v5Peer: client i talks to the next client directly, over peer TCP
// version 6: the connection, the 44-byte handshake and its acknowledgement,
// a message and its acknowledgement (with the auto-reply status), the close.
func (g *generator) v5Peer(c *client5, cs []client5, i int, t int64) {
	if i+1 >= len(cs) {
		return
	}
	to := &cs[i+1]
	cn := peer6Conn{g: g, hosts: [2]*host{&c.host, &to.host}, ports: [2]uint16{c.nextPeerPort(), to.peerPort},
		seq: [2]uint32{g.rng.u32(), g.rng.u32()}, t: t}
	cn.open()
	clear(g.par)
	g.par[dissect.FX1], g.par[dissect.FDestUIN], g.par[dissect.FPort], g.par[dissect.FSrcUIN] = uint32(0x27), to.uin, uint32(c.peerPort), c.uin
	g.par[dissect.FIP], g.par[dissect.FRealIP], g.par[dissect.FMode], g.par[dissect.FPort2] = c.host.ip, c.host.ip, uint32(modeDirect), uint32(c.peerPort)
	g.par[dissect.FSession] = to.cookie
	cn.send(0, dissect.PeerInit6, false)
	clear(g.par)
	cn.send(1, dissect.PeerInitAck6, false)
	clear(g.par)
	text := pick(phrases, uint64(c.uin)<<1^uint64(t))
	g.par[dissect.FSequence], g.par[dissect.FMsgType], g.par[dissect.FFlags], g.par[dissect.FMessage] = uint32(c.peerSeq), uint32(1), uint32(0x10), text
	g.par[dissect.FExtra] = colours
	cn.send(0, peer6Message, true)
	clear(g.par)
	g.par[dissect.FSequence], g.par[dissect.FMsgType], g.par[dissect.FStatus], g.par[dissect.FMessage] = uint32(c.peerSeq), uint32(1), uint32(0), []byte{}
	g.par[dissect.FExtra] = colours
	cn.send(1, peer6Ack, true)
	c.peerSeq--
	cn.close()
}

var (
	peer6Message = dissect.Peer6.Lookup(0x07EE)
	peer6Ack     = dissect.Peer6.Lookup(0x07DA)
	colours      = []byte{0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0} // FG black, BG white
)

// nextPeerPort is the ephemeral port of the client's next outgoing connection.
func (c *client5) nextPeerPort() uint16 { return c.port + 1 }

// peer6Conn is one scripted peer TCP connection; side 0 opened it.
type peer6Conn struct {
	g     *generator
	hosts [2]*host
	ports [2]uint16
	seq   [2]uint32 // each side's next sequence number
	t     int64
}

// segment writes one TCP segment from side s and moves the clock on.
func (cn *peer6Conn) segment(s int, flags uint8, payload []byte) {
	g := cn.g
	seg := segment{sport: cn.ports[s], dport: cn.ports[1-s], seq: cn.seq[s], ack: cn.seq[1-s], flags: flags}
	if flags&flagSYN != 0 && s == 0 {
		seg.ack = 0
	}
	g.now = cn.t
	g.stats.TCPFrames++
	g.writeTCP(cn.t, cn.hosts[s], cn.hosts[1-s], seg, payload)
	cn.seq[s] += uint32(len(payload))
	if flags&(flagSYN|flagFIN) != 0 {
		cn.seq[s]++
	}
	cn.t += v5Turn / 3
}

func (cn *peer6Conn) open() {
	cn.segment(0, flagSYN, nil)
	cn.segment(1, flagSYN|flagACK, nil)
	cn.segment(0, flagACK, nil)
}

func (cn *peer6Conn) close() {
	cn.segment(0, flagFIN|flagACK, nil)
	cn.segment(1, flagFIN|flagACK, nil)
	cn.segment(0, flagACK, nil)
}

// send encodes a peer packet from side s with the parameters in g.par,
// encrypts it if asked, and sends it in one segment.
func (cn *peer6Conn) send(s int, cmd *dissect.Command, encrypt bool) {
	g := cn.g
	pkt, err := dissect.EncodePeer(nil, cmd, g.par)
	if err != nil {
		g.fail(fmt.Errorf("%w %s: %v", errEncode, cmd.Name, err))
		return
	}
	if encrypt {
		size := len(pkt) - 2
		dissect.Encrypt6(pkt, 10+g.rng.intn(min(size, 255)-10), g.rng.intn(220))
	}
	g.stats.PeerPackets++
	if g.cfg.Trace != nil {
		g.cfg.Trace(&Event{Time: g.frameTime(cn.t), Src: cn.hosts[s].addrPort(cn.ports[s]), Dst: cn.hosts[1-s].addrPort(cn.ports[1-s]),
			Dir: dissect.PeerToPeer, Command: cmd, Params: g.par, Payload: pkt})
	}
	cn.segment(s, flagPSH|flagACK, pkt)
}
