package gen

import (
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// client is one simulated user: their machine, their client program's
// session, and what the server knows of them (srv).
type client struct {
	host
	idx      int32
	uin      uint32
	realIP   [4]byte // the address the machine knows itself by; the NAT's inner one if firewalled
	peerPort uint16  // the TCP port it listens on for peers
	udpPort  uint16  // its UDP port in the current session
	eph      uint16  // its last ephemeral port
	lat      int64   // one-way latency to the server
	password []byte
	contacts []contact
	watchers []int32 // clients that have this one on their contact list
	conns    []int32 // open peer connections

	epoch     uint32 // session number: events of an ended session are stale
	online    bool   // from LOGIN to logoff
	loggedIn  bool   // LOGIN_REPLY received
	seq       uint16 // its next SEQ_NUM
	searchSeq uint16
	infoSeq   uint16
	status    uint32

	busy  int64 // its network output is busy until then
	srv   serverSession
	inbox []storedMessage // messages the server keeps until the user logs in
}

// contact is one entry of a contact list, with what its owner has learned
// of it from USER_ONLINE, USER_OFFLINE and STATUS_UPDATE.
type contact struct {
	uin    uint32
	idx    int32 // -1: a user who never logs in during the capture
	online bool
	status uint32
}

// Online statuses (the spec's STATUS).
const (
	statusOnline    = 0x0000
	statusAway      = 0x0001
	statusDND       = 0x0011
	statusInvisible = 0x0100
)

const (
	clientTTL       = 128              // Windows
	sessionMean     = 30 * time.Minute // Config.SessionMean's default
	awayMean        = 15 * time.Minute // Config.AwayMean's default
	activityMean    = 45 * second
	replyChance     = 0.4
	firewalledShare = 8 // one client in 8 is behind a NAT firewall
	maxContacts     = 30
	loginTimeout    = 3 * minute // no LOGIN_REPLY by then: start again
)

var (
	serverIP   = [4]byte{10, 0, 0, 1}
	serverPort = uint16(4000)
)

// clientIP gives client i an address of its own from 10.1.0.1 on, skipping .0 and .255.
func clientIP(i int) [4]byte {
	return [4]byte{10, byte(1 + i/(254*256)), byte(i / 254 % 256), byte(1 + i%254)}
}

// UINs: client i has one of the first simSlots numbers of the i-th block of
// uinStride; the other numbers of the block may belong to a user who never
// logs in (a "ghost", found by searches, sent messages through the server).
const (
	uinBase   = 1_000_000
	uinStride = 7
	simSlots  = 3
	ghostSalt = 0x6760_5757 // keeps a ghost's number independent of its block's client
)

func (g *generator) simUIN(i int) uint32 {
	return uinBase + uint32(i)*uinStride + uint32(mix(g.cfg.Seed^uint64(i))%simSlots)
}

func (g *generator) ghostUIN(j int) uint32 {
	return uinBase + uint32(j)*uinStride + simSlots + uint32(mix(g.cfg.Seed^uint64(j)^ghostSalt)%(uinStride-simSlots))
}

// lookup returns the index of the client with uin, or -1.
func (g *generator) lookup(uin uint32) int32 {
	if uin < uinBase {
		return -1
	}
	k := (uin - uinBase) / uinStride
	if k < uint32(len(g.clients)) && g.clients[k].uin == uin {
		return int32(k)
	}
	return -1
}

// exists reports whether the directory has uin.
func (g *generator) exists(uin uint32) bool {
	if g.lookup(uin) >= 0 {
		return true
	}
	k := (uin - uinBase) / uinStride
	return uin >= uinBase && k < uint32(len(g.clients)) && g.ghostUIN(int(k)) == uin
}

// populate creates the clients, their contact lists, and their first logins.
func (g *generator) populate() {
	n := g.cfg.Clients
	g.clients = make([]client, n)
	for i := range g.clients {
		c := &g.clients[i]
		c.host = newHost(clientIP(i), clientTTL)
		if g.cfg.OneIP {
			c.host = newHost(clientIP(0), clientTTL)
		}
		c.host.ipID = uint16(g.rng.u32())
		c.idx, c.uin, c.realIP = int32(i), g.simUIN(i), c.ip
		if g.rng.intn(firewalledShare) == 0 || g.cfg.OneIP {
			c.realIP = [4]byte{192, 168, byte(i / 254 % 256), byte(1 + i%254)}
		}
		c.peerPort = uint16(g.rng.between(1200, 1300)) // the spec's typical range
		c.eph = uint16(g.rng.between(1025, 3999))
		c.lat = g.rng.between(20*ms, 250*ms)
		c.password = pick(passwords, g.rng.u64())
	}
	for i := range g.clients {
		g.chooseContacts(&g.clients[i])
	}
	for i := range g.clients {
		for _, ct := range g.clients[i].contacts {
			if ct.idx >= 0 {
				w := &g.clients[ct.idx]
				w.watchers = append(w.watchers, int32(i))
			}
		}
	}
	firstWithin := min(int64(g.cfg.Duration)/4, 10*minute)
	for i := range g.clients {
		g.schedule(g.rng.between(0, firstWithin), evLogin, int32(i), 0, 0, 0, 0)
	}
}

// chooseContacts gives c friends, mostly among its neighbours (circles of
// friends), some anywhere, some who never log in; most friendships are mutual.
func (g *generator) chooseContacts(c *client) {
	n := len(g.clients)
	want := 2 + g.rng.intn(19)
	for k := 0; k < want && len(c.contacts) < maxContacts; k++ {
		if n == 1 || g.rng.intn(5) == 0 {
			c.addContact(g.ghostUIN(g.rng.intn(n)), -1)
			continue
		}
		j := (int(c.idx) + 1 + g.rng.intn(min(n-1, 60))) % n
		if g.rng.intn(10) == 0 {
			j = g.rng.intn(n)
		}
		if j == int(c.idx) {
			continue
		}
		friend := &g.clients[j]
		c.addContact(friend.uin, int32(j))
		if g.rng.intn(10) < 7 && len(friend.contacts) < maxContacts {
			friend.addContact(c.uin, c.idx)
		}
	}
}

func (c *client) addContact(uin uint32, idx int32) {
	for _, ct := range c.contacts {
		if ct.uin == uin {
			return
		}
	}
	c.contacts = append(c.contacts, contact{uin: uin, idx: idx})
}

func (c *client) contact(idx int32) *contact {
	for i := range c.contacts {
		if c.contacts[i].idx == idx {
			return &c.contacts[i]
		}
	}
	return nil
}

// sessionPort returns the UDP port of a new session: a new ephemeral port of
// the client's, or with OneIP the NAT's next port (from 1025 to 65535 and
// round again, but for the server's port, which would make the client's
// packets look like the server's).
func (g *generator) sessionPort(c *client) uint16 {
	if !g.cfg.OneIP {
		return c.nextPort()
	}
	g.natPort++
	if g.natPort < 1025 {
		g.natPort = 1025
	}
	if g.natPort == serverPort {
		g.natPort++
	}
	return g.natPort
}

// nextPort returns a new ephemeral port, as Windows 95 hands them out.
func (c *client) nextPort() uint16 {
	for {
		c.eph++
		if c.eph > 3999 {
			c.eph = 1025
		}
		if c.eph != c.peerPort {
			return c.eph
		}
	}
}

// current reports whether a client event still belongs to the session it was scheduled in.
func (c *client) current(e *event) bool { return c.online && c.loggedIn && e.gen == c.epoch }

func (g *generator) handleClient(e *event) {
	c := &g.clients[e.id]
	switch e.kind {
	case evLogin:
		if !c.online && e.gen == c.epoch {
			g.login(c)
		}
	case evLogoff:
		if c.current(e) {
			g.endSession(c, true)
		}
	case evLoginTimeout:
		if c.online && !c.loggedIn && e.gen == c.epoch {
			g.endSession(c, false)
		}
	case evLogin2:
		if c.current(e) {
			g.fields()
			g.clientSend(c, cmdLogin2, kLogin2, 0, 0, 0)
		}
	case evKeepAlive:
		if c.current(e) {
			g.fields()
			g.clientSend(c, cmdKeepAlive, kKeepAlive, 0, 0, 0)
			g.schedule(g.now+keepAliveEvery, evKeepAlive, c.idx, c.epoch, 0, 0, 0)
		}
	case evActivity:
		if c.current(e) {
			g.activity(c)
			g.schedule(g.now+g.rng.exp(activityMean, 2*second, 15*minute), evActivity, c.idx, c.epoch, 0, 0, 0)
		}
	case evReply:
		if c.current(e) {
			to := &g.clients[e.a]
			g.userMessage(c, to.uin, to.idx, typeNormal)
		}
	}
}

// login starts a session: a fresh UDP port, SEQ_NUM 1, nothing known of the contacts.
func (g *generator) login(c *client) {
	c.epoch++
	c.online, c.loggedIn = true, false
	c.seq, c.searchSeq, c.infoSeq = 1, 1, 1
	c.udpPort = g.sessionPort(c)
	c.status = statusOnline
	if g.rng.intn(10) == 0 {
		c.status = statusInvisible
	}
	for i := range c.contacts {
		c.contacts[i].online = false
	}
	loginSeq := uint16(g.rng.u32())
	p := g.fields()
	p[dissect.FPort] = uint32(c.peerPort)
	p[dissect.FPassword] = c.password
	p[dissect.FUserIP] = c.realIP
	p[dissect.FStatus] = c.status
	p[dissect.FLoginSeqNum] = loginSeq
	g.clientSend(c, cmdLogin, kLogin, c.status, uint32(loginSeq), 0)
	g.schedule(g.now+loginTimeout, evLoginTimeout, c.idx, c.epoch, 0, 0, 0)
}

// loginReplied continues the login once LOGIN_REPLY has come, and plans the session.
func (g *generator) loginReplied(c *client) {
	if c.loggedIn {
		return
	}
	c.loggedIn = true
	g.fields()
	g.clientSend(c, cmdLogin1, kLogin1, 0, 0, 0)
	p := g.fields()
	list := g.uins[:0]
	for _, ct := range c.contacts {
		list = append(list, ct.uin)
	}
	g.uins = list
	p[dissect.FUIN] = list
	g.clientSend(c, cmdContactList, kContactList, 0, 0, 0)
	g.schedule(g.now+g.rng.between(300*ms, 1500*ms), evLogin2, c.idx, c.epoch, 0, 0, 0)
	g.schedule(g.now+keepAliveEvery, evKeepAlive, c.idx, c.epoch, 0, 0, 0)
	g.schedule(g.now+g.rng.exp(activityMean, 2*second, 15*minute), evActivity, c.idx, c.epoch, 0, 0, 0)
	g.schedule(g.now+g.rng.exp(int64(g.cfg.SessionMean), int64(g.cfg.SessionMean)/10, 8*int64(g.cfg.SessionMean)), evLogoff, c.idx, c.epoch, 0, 0, 0)
}

// endSession ends c's session: its peer connections close, and if the user
// quit (rather than the client giving up on the server) it says
// B_USER_DISCONNECTED, which is never retransmitted: the program is gone.
func (g *generator) endSession(c *client, quit bool) {
	g.closeConns(c)
	if quit && c.loggedIn {
		p := g.fields()
		p[dissect.FTextCode] = textDisconnected
		p[dissect.FX1] = textCodeX1
		g.clientSendOnce(c, kDisconnect)
	}
	c.online, c.loggedIn = false, false
	c.epoch++
	away := g.rng.exp(int64(g.cfg.AwayMean), int64(g.cfg.AwayMean)/15, 8*int64(g.cfg.AwayMean))
	if !quit {
		away = g.rng.between(30*second, 3*minute)
	}
	g.schedule(g.now+away, evLogin, c.idx, c.epoch, 0, 0, 0)
}

// activity is what a user does now and then.
func (g *generator) activity(c *client) {
	switch r := g.rng.intn(100); {
	case r < 60:
		if len(c.contacts) > 0 {
			ct := c.contacts[g.rng.intn(len(c.contacts))]
			typ := uint16(typeNormal)
			if g.rng.intn(7) == 0 {
				typ = typeURL
			}
			g.userMessage(c, ct.uin, ct.idx, typ)
		}
	case r < 75:
		g.askInfo(c)
	case r < 88:
		g.search(c)
	default:
		g.changeStatus(c)
	}
}

// userMessage sends a message: over an open peer connection, over a new one
// to a contact known to be online and reachable, or else through the server.
func (g *generator) userMessage(c *client, to uint32, toIdx int32, typ uint16) {
	seed := g.rng.u32()
	if toIdx >= 0 {
		if cn, side := g.openConn(c, toIdx); cn != nil {
			g.peerMessage(cn, side, typ, seed)
			return
		}
		if ct := c.contact(toIdx); ct != nil && ct.online && g.reachable(toIdx) {
			g.connect(c, toIdx, typ, seed)
			return
		}
	}
	g.sendThroughServer(c, to, typ, seed)
}

func (g *generator) sendThroughServer(c *client, to uint32, typ uint16, seed uint32) {
	p := g.fields()
	p[dissect.FReceiverUIN] = to
	p[dissect.FMessageType] = typ
	p[dissect.FMessage] = g.message(typ, seed)
	g.clientSend(c, cmdSendMessage, kSendMessage, to, uint32(typ), seed)
}

// reachable reports whether peers can connect to client i: not behind a firewall.
func (g *generator) reachable(i int32) bool { return g.clients[i].ip == g.clients[i].realIP }

func (g *generator) randomUser(c *client) uint32 {
	if len(c.contacts) > 0 && g.rng.intn(3) > 0 {
		return c.contacts[g.rng.intn(len(c.contacts))].uin
	}
	j := g.rng.intn(len(g.clients))
	if g.rng.intn(4) == 0 {
		return g.ghostUIN(j)
	}
	return g.clients[j].uin
}

// askInfo asks for a user's information, often the extended one right after.
func (g *generator) askInfo(c *client) {
	uin := g.randomUser(c)
	g.infoRequest(c, cmdInfoReq, kInfo, uin)
	if g.rng.intn(5) >= 2 {
		g.infoRequest(c, cmdExtInfoReq, kExtInfo, uin)
	}
}

func (g *generator) infoRequest(c *client, cmd *dissect.Command, kind txKind, uin uint32) {
	p := g.fields()
	p[dissect.FInfoSeqNum] = c.infoSeq
	p[dissect.FQueryUIN] = uin
	g.clientSend(c, cmd, kind, uint32(c.infoSeq), uin, 0)
	c.infoSeq++
}

// How SEARCH_USER searches.
const (
	searchEmail  = iota // by e-mail: one user
	searchName          // by first and last name: one user
	searchFirst         // by first name only: many
	searchNobody        // a nick nobody has
)

var noSuchNick = []byte("nosuchnick")

// search looks a user up by UIN, e-mail or name.
func (g *generator) search(c *client) {
	uin := g.randomUser(c)
	p := g.fields()
	p[dissect.FSearchSeqNum] = c.searchSeq
	sseq := uint32(c.searchSeq)
	c.searchSeq++
	if g.rng.intn(10) < 4 {
		if g.rng.intn(10) == 0 {
			uin = uinBase - 1 - g.rng.u32()%1000 // no such user
		}
		p[dissect.FSearchedUIN] = uin
		g.clientSend(c, cmdSearchUIN, kSearchUIN, sseq, uin, 0)
		return
	}
	mode := g.rng.intn(4)
	who := g.profile(uin)
	empty := who.nick[:0]
	p[dissect.FNickName], p[dissect.FFirstName], p[dissect.FLastName], p[dissect.FEMail] = empty, empty, empty, empty
	switch mode {
	case searchEmail:
		p[dissect.FEMail] = who.email
	case searchName:
		p[dissect.FFirstName], p[dissect.FLastName] = who.first, who.last
	case searchFirst:
		p[dissect.FFirstName] = who.first
	case searchNobody:
		p[dissect.FNickName] = noSuchNick
	}
	g.clientSend(c, cmdSearchUser, kSearchUser, sseq, uin, uint32(mode))
}

// changeStatus goes away, busy or invisible, and back.
func (g *generator) changeStatus(c *client) {
	s := uint32(statusOnline)
	if c.status == statusOnline || g.rng.intn(10) < 3 {
		s = [...]uint32{statusAway, statusAway, statusAway, statusDND, statusInvisible}[g.rng.intn(5)]
	}
	c.status = s
	p := g.fields()
	p[dissect.FStatus] = s
	g.clientSend(c, cmdStatusChange, kStatus, s, 0, 0)
}

// clientReceive reacts to a server packet the first time it arrives.
func (g *generator) clientReceive(tx *udpTx) {
	c := &g.clients[tx.client]
	switch tx.kind {
	case kLoginReply:
		g.loginReplied(c)
	case kUserOnline, kStatusUpdate:
		if ct := c.contact(int32(tx.a)); ct != nil {
			ct.online, ct.status = true, tx.b
		}
	case kUserOffline:
		if ct := c.contact(int32(tx.a)); ct != nil {
			ct.online = false
		}
	case kReceiveMessage:
		g.maybeReply(c, int32(tx.a))
	}
}

// maybeReply has the user answer a message a little later.
func (g *generator) maybeReply(c *client, from int32) {
	if from >= 0 && g.rng.chance(replyChance) {
		g.schedule(g.now+g.rng.between(5*second, 90*second), evReply, c.idx, c.epoch, uint32(from), 0, 0)
	}
}

// autoReply is the text a client acknowledges a peer message with.
func (c *client) autoReply() []byte {
	switch c.status {
	case statusAway:
		return pick(aways, uint64(c.uin))
	case statusDND:
		return pick(dnds, uint64(c.uin))
	}
	return nil
}

func (g *generator) clientDelay() int64 { return g.rng.between(1*ms, 15*ms) }

// gap is the time between frames a host sends back to back.
func (g *generator) gap() int64 { return g.rng.between(30*us, 120*us) }

// slot returns when a host whose output is busy until *busy can send a
// frame it wants to send now, and keeps it busy a little after. A host
// sends one frame after the other, in the order it decided to send them:
// SEQ_NUMs and TCP sequence numbers go out in order.
func (g *generator) slot(busy *int64) int64 {
	t := max(*busy, g.now)
	*busy = t + g.gap()
	return t
}
