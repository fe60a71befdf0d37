package scenarios

import (
	"net/netip"
	"slices"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// analyzerScenarios exercise the analyzer and its reports.
func analyzerScenarios() []Scenario {
	return []Scenario{{Name: "analyzer-sessions", Pcap: pcaptest.Pcap(layers.LinkTypeEthernet, analyzerFrames()...)}}
}

var (
	bjornClient = netip.MustParseAddrPort("198.51.100.7:1030") // Björn's client (he takes peer connections at bjornListen)
	annaOut     = netip.MustParseAddrPort("192.0.2.10:1100")   // Anna's end of her connection to Björn
)

const annaListenPort = 1033

// timedFrames are the frames of a scenario built from several conversations.
type timedFrames []pcaptest.Frame

// analyzerFrames is an evening of Anna and Björn, interleaved: both log in;
// Anna gets an offline message, searches (three results), changes status
// (her packet is lost once and retransmitted) and chats with Björn peer to
// peer, sends Carl a message through the server and logs out. The server
// tells Björn of her status, which he never acknowledges; Björn's client
// acknowledges an ACK, and keeps the session alive until the capture ends.
func analyzerFrames() timedFrames {
	anna := newSession(annaAddr, annaUIN)
	bjorn := newSession(bjornClient, bjornUIN)
	bjorn.at = 1500 * time.Microsecond

	anna.signOn(annaListenPort, "hemlig", 2, bjornUIN, carlUIN)
	bjorn.signOn(uint32(bjornListen.Port()), "lösen", 9, annaUIN)
	anna.at, bjorn.at = 500*time.Millisecond, 501*time.Millisecond
	anna.notify("USER_ONLINE", online(bjornUIN, bjornListen))
	bjorn.notify("USER_ONLINE", online(annaUIN, netip.AddrPortFrom(annaAddr.Addr(), annaListenPort)))
	anna.notify("RECEIVE_MESSAGE", dissect.Fields{"REMOTE_UIN": carlUIN, "YEAR": 1998, "MONTH": 8, "DAY": 25,
		"HOUR": 21, "MINUTE": 5, "TYPE": 0x0001, "MESSAGE": "Ring mig när du ser det här! /Carl"})

	anna.at = 5 * time.Second
	anna.request("SEARCH_USER", dissect.Fields{"SEARCH_SEQ_NUM": 3, "NICK_NAME": "", "FIRST_NAME": "Carl",
		"LAST_NAME": "", "E_MAIL": ""})
	for i, last := range []string{"Åberg", "Berg", "Ceder"} {
		anna.notify("USER_FOUND", dissect.Fields{"SEARCH_SEQ_NUM": 3, "FOUND_UIN": carlUIN + uint32(i),
			"NICK_NAME": "Calle", "FIRST_NAME": "Carl", "LAST_NAME": last, "E_MAIL": "", "AUTHORIZE": 1})
	}
	anna.notify("END_OF_SEARCH", dissect.Fields{"SEARCH_SEQ_NUM": 3, "MORE_FOUND": 0})

	anna.at = 8 * time.Second
	away := anna.clientSeq
	anna.clientSeq++
	anna.send(dissect.ClientToServer, "STATUS_CHANGE", away, dissect.Fields{"STATUS": 0x01}) // lost
	bjorn.at = 8*time.Second + 2*time.Millisecond
	bjorn.send(dissect.ServerToClient, "STATUS_UPDATE", bjorn.serverSeq, dissect.Fields{"REMOTE_UIN": annaUIN, "STATUS": 0x01})
	bjorn.serverSeq++ // Björn never acknowledges it
	anna.at = 18 * time.Second
	anna.send(dissect.ClientToServer, "STATUS_CHANGE", away, dissect.Fields{"STATUS": 0x01})
	anna.send(dissect.ServerToClient, "ACK", away, nil)

	chat := annaChatsWithBjorn(20 * time.Second)

	anna.at = 25 * time.Second
	anna.request("SEND_MESSAGE", dissect.Fields{"RECEIVER_UIN": carlUIN, "MESSAGE_TYPE": 0x0001,
		"MESSAGE": "Hej Carl! Jag ringer i kväll."})
	bjorn.at = 30 * time.Second
	keepAlive := bjorn.clientSeq
	bjorn.request("KEEP_ALIVE", nil)
	bjorn.send(dissect.ClientToServer, "ACK", keepAlive, nil) // an ACK of the server's ACK
	anna.at = 40 * time.Second
	anna.request("SEND_TEXT_CODE", dissect.Fields{"TEXT_CODE": "B_USER_DISCONNECTED", "X1": []byte{0x05, 0x00}})
	bjorn.at = 150 * time.Second
	bjorn.request("KEEP_ALIVE", nil)

	var all timedFrames
	for _, s := range []*session{anna, bjorn} {
		for _, f := range s.frames {
			all = append(all, f)
		}
	}
	all = append(all, chat...)
	slices.SortStableFunc(all, func(x, y pcaptest.Frame) int { return x.Time.Compare(y.Time) })
	return all
}

// signOn is the login of a 1998 client: LOGIN and its LOGIN_REPLY, LOGIN_1,
// the contact list and LOGIN_2.
func (s *session) signOn(port uint32, password string, loginSeq uint16, contacts ...uint32) {
	s.request("LOGIN", dissect.Fields{"PORT": port, "PASSWORD": password, "USER_IP": s.client.Addr(),
		"STATUS": 0, "LOGIN_SEQ_NUM": loginSeq})
	s.notify("LOGIN_REPLY", dissect.Fields{"USER_UIN": s.uin, "USER_IP": s.client.Addr(), "LOGIN_SEQ_NUM": loginSeq,
		"X2": []byte{0x19, 0x00, 0x16, 0x00}})
	s.request("LOGIN_1", nil)
	s.contactList(contacts...)
	s.request("LOGIN_2", nil)
}

func online(uin uint32, at netip.AddrPort) dissect.Fields {
	return dissect.Fields{"REMOTE_UIN": uin, "REMOTE_IP": at.Addr(), "REMOTE_PORT": uint32(at.Port()),
		"REMOTE_REAL_IP": at.Addr(), "STATUS": 0}
}

// annaChatsWithBjorn is a peer connection from Anna to Björn: CHANNEL_INIT,
// her message, his CHANNEL_ACK and (empty) auto reply, his answer and her
// acknowledgement, a URL from her, and the close.
func annaChatsWithBjorn(at time.Duration) timedFrames {
	c := &timedConn{ends: [2]netip.AddrPort{annaOut, bjornListen}, next: [2]uint32{1000, 5000}, at: at}
	c.open()
	c.peer(0, dissect.PeerInit, annaInit())
	c.message(0, "CHANNEL_MESSAGE", 0x0001, "Hej Björn! Fika kl 10 i morgon?", 0x0010, 0xFFFFFFFF)
	c.message(1, "CHANNEL_ACK", 0x0001, "", 0x0010, 0xFFFFFFFF)
	c.message(1, "CHANNEL_MESSAGE", 0x0001, "", 0x0000, 0xFFFFFFFF)
	c.at += 4 * time.Second
	c.message(1, "CHANNEL_MESSAGE", 0x0001, "Ja! Vi ses på Åkeriet.", 0x0010, 0xFFFFFFFE)
	c.message(0, "CHANNEL_ACK", 0x0001, "", 0x0010, 0xFFFFFFFE)
	c.at += 1 * time.Second
	c.message(0, "CHANNEL_MESSAGE", 0x0004, "Kartan"+fe+"http://www.example.org/karta.html", 0x0010, 0xFFFFFFFE)
	c.message(1, "CHANNEL_ACK", 0x0004, "", 0x0010, 0xFFFFFFFE)
	c.at += 15 * time.Second
	c.close()
	return c.frames
}

// timedConn builds one TCP connection whose sequence numbers add up:
// handshake, a segment per peer packet, the close. Side 0 connects.
type timedConn struct {
	ends   [2]netip.AddrPort
	next   [2]uint32 // each side's next sequence number
	at     time.Duration
	frames timedFrames
}

func (c *timedConn) segment(from int, t pcaptest.TCP, payload []byte) {
	to := 1 - from
	t.Seq = c.next[from]
	if t.ACK {
		t.Ack = c.next[to]
	}
	c.next[from] += uint32(len(payload))
	if t.SYN || t.FIN {
		c.next[from]++
	}
	c.frames = append(c.frames, pcaptest.Frame{Time: pcaptest.At(c.at),
		Data: pcaptest.TCPFrame(c.ends[from], c.ends[to], t, payload)})
	c.at += gap
}

func (c *timedConn) open() {
	c.segment(0, pcaptest.TCP{SYN: true}, nil)
	c.segment(1, pcaptest.TCP{SYN: true, ACK: true}, nil)
	c.segment(0, pcaptest.TCP{ACK: true}, nil)
}

func (c *timedConn) close() {
	c.segment(0, pcaptest.TCP{FIN: true, ACK: true}, nil)
	c.segment(1, pcaptest.TCP{FIN: true, ACK: true}, nil)
	c.segment(0, pcaptest.TCP{ACK: true}, nil)
}

// peer sends one peer packet in a segment of its own.
func (c *timedConn) peer(from int, cmd *dissect.Command, vals dissect.Fields) {
	payload, err := dissect.EncodePeer(nil, cmd, vals)
	if err != nil {
		panic("scenarios: " + cmd.Name + ": " + err.Error())
	}
	c.segment(from, pcaptest.TCP{ACK: true, PSH: true}, payload)
}

// message sends a CHANNEL_MESSAGE or CHANNEL_ACK from side from.
func (c *timedConn) message(from int, name string, typ uint16, text string, cmdType uint16, x4 uint32) {
	c.peer(from, dissect.Peer.ByName(name), chatFields(from, c.ends[from].Addr(), typ, text, cmdType, x4))
}

// annaInit is the CHANNEL_INIT of Anna's client, listening at port 1033.
func annaInit() dissect.Fields {
	return dissect.Fields{"X1": []byte{2, 0, 0, 0}, "MY_UIN": annaUIN, "MY_IP": annaAddr.Addr(),
		"MY_IP_REAL": annaAddr.Addr(), "MY_PORT": annaListenPort}
}

// chatFields are the fields of a message packet between Anna (side 0) and
// Björn (side 1), sent from address me.
func chatFields(from int, me netip.Addr, typ uint16, text string, cmdType uint16, x4 uint32) dissect.Fields {
	uin, port := uint32(annaUIN), uint32(annaListenPort)
	if from == 1 {
		uin, port = bjornUIN, uint32(bjornListen.Port())
	}
	return dissect.Fields{"UIN": uin, "UIN_2": uin, "TYPE": typ, "MESSAGE": text,
		"MY_IP_REAL": me, "MY_IP": me, "PORT": port, "CMD_TYPE": cmdType,
		"X4": []byte{byte(x4), byte(x4 >> 8), byte(x4 >> 16), byte(x4 >> 24)}}
}
