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
	anna.notify(dissect.SrvUserOnline, online(bjornUIN, bjornListen))
	bjorn.notify(dissect.SrvUserOnline, online(annaUIN, netip.AddrPortFrom(annaAddr.Addr(), annaListenPort)))
	anna.notify(dissect.SrvReceiveMessage, dissect.Fields{dissect.FRemoteUIN: carlUIN, dissect.FYear: 1998, dissect.FMonth: 8, dissect.FDay: 25,
		dissect.FHour: 21, dissect.FMinute: 5, dissect.FType: 0x0001, dissect.FMessage: "Ring mig när du ser det här! /Carl"})

	anna.at = 5 * time.Second
	anna.request(dissect.CmdSearchUser, dissect.Fields{dissect.FSearchSeqNum: 3, dissect.FNickName: "", dissect.FFirstName: "Carl",
		dissect.FLastName: "", dissect.FEMail: ""})
	for i, last := range []string{"Åberg", "Berg", "Ceder"} {
		anna.notify(dissect.SrvUserFound, dissect.Fields{dissect.FSearchSeqNum: 3, dissect.FFoundUIN: carlUIN + uint32(i),
			dissect.FNickName: "Calle", dissect.FFirstName: "Carl", dissect.FLastName: last, dissect.FEMail: "", dissect.FAuthorize: 1})
	}
	anna.notify(dissect.SrvEndOfSearch, dissect.Fields{dissect.FSearchSeqNum: 3, dissect.FMoreFound: 0})

	anna.at = 8 * time.Second
	away := anna.clientSeq
	anna.clientSeq++
	anna.send(dissect.ClientToServer, dissect.CmdStatusChange, away, dissect.Fields{dissect.FStatus: 0x01}) // lost
	bjorn.at = 8*time.Second + 2*time.Millisecond
	bjorn.send(dissect.ServerToClient, dissect.SrvStatusUpdate, bjorn.serverSeq, dissect.Fields{dissect.FRemoteUIN: annaUIN, dissect.FStatus: 0x01})
	bjorn.serverSeq++ // Björn never acknowledges it
	anna.at = 18 * time.Second
	anna.send(dissect.ClientToServer, dissect.CmdStatusChange, away, dissect.Fields{dissect.FStatus: 0x01})
	anna.send(dissect.ServerToClient, dissect.SrvAck, away, nil)

	chat := annaChatsWithBjorn(20 * time.Second)

	anna.at = 25 * time.Second
	anna.request(dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: carlUIN, dissect.FMessageType: 0x0001,
		dissect.FMessage: "Hej Carl! Jag ringer i kväll."})
	bjorn.at = 30 * time.Second
	keepAlive := bjorn.clientSeq
	bjorn.request(dissect.CmdKeepAlive, nil)
	bjorn.send(dissect.ClientToServer, dissect.CmdAck, keepAlive, nil) // an ACK of the server's ACK
	anna.at = 40 * time.Second
	anna.request(dissect.CmdSendTextCode, dissect.Fields{dissect.FTextCode: dissect.TextDisconnected, dissect.FX1: []byte{0x05, 0x00}})
	bjorn.at = 150 * time.Second
	bjorn.request(dissect.CmdKeepAlive, nil)

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
	s.request(dissect.CmdLogin, dissect.Fields{dissect.FPort: port, dissect.FPassword: password, dissect.FUserIP: s.client.Addr(),
		dissect.FStatus: 0, dissect.FLoginSeqNum: loginSeq})
	s.notify(dissect.SrvLoginReply, dissect.Fields{dissect.FUserUIN: s.uin, dissect.FUserIP: s.client.Addr(), dissect.FLoginSeqNum: loginSeq,
		dissect.FX2: []byte{0x19, 0x00, 0x16, 0x00}})
	s.request(dissect.CmdLogin1, nil)
	s.contactList(contacts...)
	s.request(dissect.CmdLogin2, nil)
}

func online(uin uint32, at netip.AddrPort) dissect.Fields {
	return dissect.Fields{dissect.FRemoteUIN: uin, dissect.FRemoteIP: at.Addr(), dissect.FRemotePort: uint32(at.Port()),
		dissect.FRemoteRealIP: at.Addr(), dissect.FStatus: 0}
}

// annaChatsWithBjorn is a peer connection from Anna to Björn: CHANNEL_INIT,
// her message, his CHANNEL_ACK and (empty) auto reply, his answer and her
// acknowledgement, a URL from her, and the close.
func annaChatsWithBjorn(at time.Duration) timedFrames {
	c := &timedConn{ends: [2]netip.AddrPort{annaOut, bjornListen}, next: [2]uint32{1000, 5000}, at: at}
	c.open()
	c.peer(0, dissect.PeerInit, annaInit())
	c.message(0, dissect.PeerMessage, 0x0001, "Hej Björn! Fika kl 10 i morgon?", 0x0010, 0xFFFFFFFF)
	c.message(1, dissect.PeerAck, 0x0001, "", 0x0010, 0xFFFFFFFF)
	c.message(1, dissect.PeerMessage, 0x0001, "", 0x0000, 0xFFFFFFFF)
	c.at += 4 * time.Second
	c.message(1, dissect.PeerMessage, 0x0001, "Ja! Vi ses på Åkeriet.", 0x0010, 0xFFFFFFFE)
	c.message(0, dissect.PeerAck, 0x0001, "", 0x0010, 0xFFFFFFFE)
	c.at += 1 * time.Second
	c.message(0, dissect.PeerMessage, 0x0004, "Kartan"+fe+"http://www.example.org/karta.html", 0x0010, 0xFFFFFFFE)
	c.message(1, dissect.PeerAck, 0x0004, "", 0x0010, 0xFFFFFFFE)
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
func (c *timedConn) message(from int, cmd *dissect.Command, typ uint16, text string, cmdType uint16, x4 uint32) {
	c.peer(from, cmd, chatFields(from, c.ends[from].Addr(), typ, text, cmdType, x4))
}

// annaInit is the CHANNEL_INIT of Anna's client, listening at port 1033.
func annaInit() dissect.Fields {
	return dissect.Fields{dissect.FX1: []byte{2, 0, 0, 0}, dissect.FMyUIN: annaUIN, dissect.FMyIP: annaAddr.Addr(),
		dissect.FMyIPReal: annaAddr.Addr(), dissect.FMyPort: annaListenPort}
}

// chatFields are the fields of a message packet between Anna (side 0) and
// Björn (side 1), sent from address me.
func chatFields(from int, me netip.Addr, typ uint16, text string, cmdType uint16, x4 uint32) dissect.Fields {
	uin, port := uint32(annaUIN), uint32(annaListenPort)
	if from == 1 {
		uin, port = bjornUIN, uint32(bjornListen.Port())
	}
	return dissect.Fields{dissect.FUIN: uin, dissect.FUIN2: uin, dissect.FType: typ, dissect.FMessage: text,
		dissect.FMyIPReal: me, dissect.FMyIP: me, dissect.FPort: port, dissect.FCmdType: cmdType,
		dissect.FX4: []byte{byte(x4), byte(x4 >> 8), byte(x4 >> 16), byte(x4 >> 24)}}
}
