package gen

import (
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// serverSession is what the server knows of one client's session.
type serverSession struct {
	epoch    uint32 // server session number: the server's retransmissions of an ended session stop
	online   bool
	listed   bool   // CONTACT_LIST received: the client is told of its contacts from now on
	port     uint16 // the client's UDP port
	seq      uint16 // the server's next SEQ_NUM to this client
	status   uint32
	lastSeen int64
	busy     int64 // the server's output to this client is busy until then
}

// storedMessage is a message the server keeps for a user who is offline.
type storedMessage struct {
	from, seed uint32
	at         int64
	typ        uint16
}

const (
	serverTTL     = 64
	serverTimeout = 300 * second // no packet for this long: the client is gone
	inboxMax      = 20           // messages kept for one offline user
	searchMax     = 40           // the spec: at most 40 USER_FOUND, then MORE_FOUND 01
	searchScan    = 2000         // users a first-name search looks at
)

// loginReplyX2 is LOGIN_REPLY's X2, "xx 00 16 00 (xx=19 or 18)".
var loginReplyX2 = []byte{0x19, 0x00, 0x16, 0x00}

// serverReceive reacts to a client packet the first time it arrives.
func (g *generator) serverReceive(tx *udpTx) {
	c := &g.clients[tx.client]
	if tx.kind == kLogin {
		g.serverLogin(c, tx)
		return
	}
	if !c.srv.online {
		return // a packet after the session ended: acknowledged, nothing more
	}
	switch tx.kind {
	case kContactList:
		g.serverContactList(c)
	case kStatus:
		c.srv.status = tx.a
		g.notifyWatchers(c, kStatusUpdate)
	case kSearchUIN:
		if g.exists(tx.b) {
			g.userFound(c, tx.a, tx.b)
		}
		g.endOfSearch(c, tx.a, 0)
	case kSearchUser:
		g.serverSearch(c, tx.a, tx.b, int(tx.c))
	case kInfo:
		g.infoReply(c, tx.a, tx.b)
	case kExtInfo:
		g.extInfoReply(c, tx.a, tx.b)
	case kSendMessage:
		g.serverMessage(c, tx.a, uint16(tx.b), tx.c)
	case kDisconnect:
		g.serverEndSession(c)
	}
}

// serverLogin starts a session: LOGIN_REPLY, and USER_ONLINE to the users
// who have this one on their contact lists.
func (g *generator) serverLogin(c *client, tx *udpTx) {
	c.srv = serverSession{epoch: c.srv.epoch + 1, online: true, port: tx.port, status: tx.a, lastSeen: g.now}
	g.stats.Logins++
	p := g.fields()
	p[dissect.FUserUIN] = c.uin
	p[dissect.FUserIP] = c.ip // as the server sees it: the outer address
	p[dissect.FLoginSeqNum] = uint16(tx.b)
	p[dissect.FX2] = loginReplyX2
	g.serverSend(c, cmdLoginReply, kLoginReply, 0, 0, 0)
	g.notifyWatchers(c, kUserOnline)
	g.schedule(g.now+serverTimeout, evServerCheck, c.idx, c.srv.epoch, 0, 0, 0)
}

// serverContactList tells the client which contacts are online, then hands
// over the messages kept for it.
func (g *generator) serverContactList(c *client) {
	c.srv.listed = true
	for _, ct := range c.contacts {
		if ct.idx >= 0 && g.clients[ct.idx].srv.online {
			g.userOnline(c, &g.clients[ct.idx], kUserOnline)
		}
	}
	for _, m := range c.inbox {
		g.receiveMessage(c, m)
	}
	c.inbox = c.inbox[:0]
}

// notifyWatchers tells the users who have c on their list (and are logged
// in) that c came online, changed status or went offline.
func (g *generator) notifyWatchers(c *client, kind txKind) {
	for _, w := range c.watchers {
		wc := &g.clients[w]
		if wc.srv.online && wc.srv.listed {
			g.userOnline(wc, c, kind)
		}
	}
}

// userOnline sends USER_ONLINE, STATUS_UPDATE or USER_OFFLINE about "about" to "to".
func (g *generator) userOnline(to, about *client, kind txKind) {
	p := g.fields()
	p[dissect.FRemoteUIN] = about.uin
	switch kind {
	case kUserOnline:
		p[dissect.FRemoteIP] = about.ip
		p[dissect.FRemotePort] = uint32(about.peerPort)
		p[dissect.FRemoteRealIP] = about.realIP
		p[dissect.FStatus] = about.srv.status
		g.serverSend(to, cmdUserOnline, kind, uint32(about.idx), about.srv.status, 0)
	case kStatusUpdate:
		p[dissect.FStatus] = about.srv.status
		g.serverSend(to, cmdStatusUpdate, kind, uint32(about.idx), about.srv.status, 0)
	default:
		g.serverSend(to, cmdUserOffline, kind, uint32(about.idx), 0, 0)
	}
}

// serverSearch answers SEARCH_USER with a USER_FOUND per match and END_OF_SEARCH.
func (g *generator) serverSearch(c *client, sseq, target uint32, mode int) {
	more := uint8(0)
	switch mode {
	case searchEmail, searchName:
		g.userFound(c, sseq, target)
	case searchFirst:
		first := g.firstNameOf(target)
		n := len(g.clients)
		found := 0
		for k, start := 0, g.rng.intn(n); k < min(n, searchScan); k++ {
			uin := g.clients[(start+k)%n].uin
			if g.firstNameOf(uin) != first {
				continue
			}
			if found == searchMax {
				more = 1
				break
			}
			g.userFound(c, sseq, uin)
			found++
		}
	}
	g.endOfSearch(c, sseq, more)
}

func (g *generator) userFound(c *client, sseq, uin uint32) {
	g.userRecord(c, cmdUserFound, kSearchResult, sseq, uin)
}

func (g *generator) endOfSearch(c *client, sseq uint32, more uint8) {
	p := g.fields()
	p[dissect.FSearchSeqNum] = uint16(sseq)
	p[dissect.FMoreFound] = more
	g.serverSend(c, cmdEndOfSearch, kSearchResult, 0, 0, 0)
}

// userRecord sends USER_FOUND or INFO_REPLY, which share their layout (the
// spec's "parameters are identical"): the question's sequence number, the
// UIN, and the directory's record of the user.
func (g *generator) userRecord(c *client, cmd *dissect.Command, kind txKind, seq, uin uint32) {
	p := g.fields()
	who := g.profile(uin)
	p[cmd.WithRole(dissect.RoleRequestKey)] = uint16(seq)
	p[cmd.WithRole(dissect.RoleUIN)] = uin
	p[dissect.FNickName], p[dissect.FFirstName], p[dissect.FLastName], p[dissect.FEMail] = who.nick, who.first, who.last, who.email
	p[dissect.FAuthorize] = who.authorize
	g.serverSend(c, cmd, kind, 0, 0, 0)
}

func (g *generator) infoReply(c *client, iseq, uin uint32) {
	g.userRecord(c, cmdInfoReply, kInfoReply, iseq, uin)
}

func (g *generator) extInfoReply(c *client, iseq, uin uint32) {
	p := g.fields()
	e := g.extProfile(uin)
	p[dissect.FInfoSeqNum] = uint16(iseq)
	p[dissect.FRemoteUIN] = uin
	p[dissect.FCity], p[dissect.FState], p[dissect.FPhone], p[dissect.FHomePage], p[dissect.FAbout] = e.city, e.state, e.phone, e.homePage, e.about
	p[dissect.FCountryCode], p[dissect.FCountryStatus] = e.country, e.countryStatus
	p[dissect.FAge], p[dissect.FSex] = e.age, e.sex
	g.serverSend(c, cmdExtInfoReply, kInfoReply, 0, 0, 0)
}

// serverMessage passes a message on at once to a user who is logged in, or
// keeps it for their next login.
func (g *generator) serverMessage(from *client, to uint32, typ uint16, seed uint32) {
	i := g.lookup(to)
	if i < 0 {
		return // kept for a user who does not log in during the capture
	}
	rc := &g.clients[i]
	m := storedMessage{from: from.uin, seed: seed, at: g.now, typ: typ}
	switch {
	case rc.srv.online && rc.srv.listed:
		g.receiveMessage(rc, m)
	case len(rc.inbox) < inboxMax:
		rc.inbox = append(rc.inbox, m)
	}
}

func (g *generator) receiveMessage(to *client, m storedMessage) {
	sent := g.cfg.Start.Add(time.Duration(m.at)).UTC()
	p := g.fields()
	p[dissect.FRemoteUIN] = m.from
	p[dissect.FYear] = uint16(sent.Year())
	p[dissect.FMonth] = uint8(sent.Month())
	p[dissect.FDay] = uint8(sent.Day())
	p[dissect.FHour] = uint8(sent.Hour())
	p[dissect.FMinute] = uint8(sent.Minute())
	p[dissect.FType] = m.typ
	p[dissect.FMessage] = g.message(m.typ, m.seed)
	g.serverSend(to, cmdReceiveMessage, kReceiveMessage, uint32(g.lookup(m.from)), 0, 0)
}

// serverEndSession ends a session (B_USER_DISCONNECTED, or silence) and
// tells the watchers.
func (g *generator) serverEndSession(c *client) {
	if !c.srv.online {
		return
	}
	c.srv.online, c.srv.listed = false, false
	g.notifyWatchers(c, kUserOffline)
}

// serverCheck ends the session of a client that has been silent too long.
func (g *generator) serverCheck(e *event) {
	c := &g.clients[e.id]
	if !c.srv.online || c.srv.epoch != e.gen {
		return
	}
	if due := c.srv.lastSeen + serverTimeout; due > g.now {
		g.schedule(due, evServerCheck, c.idx, c.srv.epoch, 0, 0, 0)
		return
	}
	g.serverEndSession(c)
}
