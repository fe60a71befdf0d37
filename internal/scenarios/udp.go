package scenarios

import (
	"encoding/binary"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket/layers"
	"golang.org/x/text/encoding/charmap"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// udpScenarios are client/server captures: every command, and malformed input.
func udpScenarios() []Scenario {
	return []Scenario{
		{Name: "udp-commands", Pcap: commandsCapture()},
		{Name: "udp-malformed", Pcap: malformedCapture()},
	}
}

// Addresses from the documentation ranges (RFC 5737).
var (
	annaAddr   = netip.MustParseAddrPort("192.0.2.10:1032")  // a client that is registered
	newbieAddr = netip.MustParseAddrPort("192.0.2.77:1045")  // a client registering a new UIN
	serverAddr = netip.MustParseAddrPort("203.0.113.4:4000") // the ICQ server
)

// fe separates the parts of a message: þ is FE in Windows-1252.
const fe = "þ"

const (
	annaUIN  = 1234567
	bjornUIN = 7654321
	carlUIN  = 2345678
	newUIN   = 3456789
)

// session builds the UDP packets between one client and the server, numbering
// SEQ_NUMs as the spec does: the client's from 1, the server's from 0. Each
// packet follows the one before by gap.
type session struct {
	frames    []pcaptest.Frame
	at        time.Duration
	client    netip.AddrPort
	uin       uint32
	clientSeq uint16
	serverSeq uint16
}

const gap = 400 * time.Microsecond

func newSession(client netip.AddrPort, uin uint32) *session {
	return &session{client: client, uin: uin, clientSeq: 1}
}

// pause lets time pass before the next packet: a user typing, a server busy.
func (s *session) pause(d time.Duration) { s.at += d }

func (s *session) frame(dir dissect.Direction, payload []byte) {
	src, dst := s.client, serverAddr
	if dir == dissect.ServerToClient {
		src, dst = dst, src
	}
	s.frames = append(s.frames, pcaptest.Frame{Time: pcaptest.At(s.at), Data: pcaptest.UDPFrame(src, dst, payload)})
	s.at += gap
}

// send encodes a command from the tables and sends it in dir.
func (s *session) send(dir dissect.Direction, cmd *dissect.Command, seq uint16, vals dissect.Fields) {
	s.frame(dir, s.encode(dir, cmd, seq, vals))
}

func (s *session) encode(dir dissect.Direction, cmd *dissect.Command, seq uint16, vals dissect.Fields) []byte {
	all := dissect.Fields{dissect.FSeqNum: seq}
	if dir == dissect.ClientToServer {
		all[dissect.FUIN] = s.uin
	}
	for k, v := range vals {
		all[k] = v
	}
	payload, err := dissect.EncodeUDP(nil, dir, cmd, all)
	if err != nil {
		panic("scenarios: " + cmd.Name + ": " + err.Error())
	}
	return payload
}

// request sends a client command and the server's ACK of it.
func (s *session) request(cmd *dissect.Command, vals dissect.Fields) {
	seq := s.clientSeq
	s.clientSeq++
	s.send(dissect.ClientToServer, cmd, seq, vals)
	s.send(dissect.ServerToClient, dissect.SrvAck, seq, nil)
}

// notify sends a server command and the client's ACK of it.
func (s *session) notify(cmd *dissect.Command, vals dissect.Fields) {
	seq := s.serverSeq
	s.serverSeq++
	s.send(dissect.ServerToClient, cmd, seq, vals)
	s.send(dissect.ClientToServer, dissect.CmdAck, seq, nil)
}

// contactList sends CONTACT_LIST and the server's ACK.
func (s *session) contactList(uins ...uint32) {
	seq := s.clientSeq
	s.clientSeq++
	s.frame(dissect.ClientToServer, s.encodeContactList(seq, uins...))
	s.send(dissect.ServerToClient, dissect.SrvAck, seq, nil)
}

// encodeContactList encodes CONTACT_LIST. Its list of UINs shares its name
// with the header's UIN, so dissect.Fields cannot hold both: the parameters
// are encoded as they are laid out, NUM_CONTACTS then the UINs.
func (s *session) encodeContactList(seq uint16, uins ...uint32) []byte {
	params := raw(uint16(len(uins)))
	for _, u := range uins {
		params = append(params, raw(u)...)
	}
	asRaw := *dissect.CmdContactList
	asRaw.Described = false
	payload, err := dissect.EncodeUDP(nil, dissect.ClientToServer, &asRaw,
		dissect.Fields{dissect.FSeqNum: seq, dissect.FUIN: s.uin, dissect.FParameters: params})
	if err != nil {
		panic("scenarios: CONTACT_LIST: " + err.Error())
	}
	return payload
}

// commandsCapture is a day of Anna's ICQ: every client and server command of
// the spec, with the values a 1998 client and server would send, Swedish
// text in Windows-1252, CR/LF line ends, URL and you-were-added messages,
// and a new user registering. Commands the spec does not lay out carry
// plausible raw parameters.
func commandsCapture() []byte {
	s := newSession(annaAddr, annaUIN)
	s.login()
	s.chat()
	s.search()
	s.info()
	s.account()
	s.logout()
	n := newSession(newbieAddr, 0)
	n.at = s.at + 2*time.Second
	n.register()
	return pcaptest.Pcap(layers.LinkTypeEthernet, append(s.frames, n.frames...)...)
}

func (s *session) login() {
	s.request(dissect.CmdLogin, dissect.Fields{dissect.FPort: 1033, dissect.FPassword: "hemlig", dissect.FUserIP: annaAddr.Addr(),
		dissect.FStatus: 0, dissect.FLoginSeqNum: 2})
	s.notify(dissect.SrvLoginReply, dissect.Fields{dissect.FUserUIN: annaUIN, dissect.FUserIP: annaAddr.Addr(), dissect.FLoginSeqNum: 2,
		dissect.FX2: []byte{0x19, 0x00, 0x16, 0x00}})
	s.request(dissect.CmdLogin1, nil)
	s.contactList(bjornUIN, carlUIN)
	s.request(dissect.CmdLogin2, nil)
	s.notify(dissect.SrvReplyX1, nil)
	s.notify(dissect.SrvReplyX2, nil)
	s.notify(dissect.SrvUserOnline, dissect.Fields{dissect.FRemoteUIN: bjornUIN, dissect.FRemoteIP: netip.MustParseAddr("198.51.100.7"),
		dissect.FRemotePort: 1029, dissect.FRemoteRealIP: netip.MustParseAddr("10.0.0.7"), dissect.FStatus: 0x01})
	s.notify(dissect.SrvReceiveMessage, offline(0x0001, "Hej Anna!\r\nVill du fika i morgon? /Björn"))
	s.notify(dissect.SrvReceiveMessage, offline(0x0004, "Mitt kafé"+fe+"http://www.example.com/~bjorn/"))
	s.notify(dissect.SrvReceiveMessage, offline(0x000C, "Carl"+fe+"Carl"+fe+"Åberg"+fe+"carl@example.org"+fe+"1"))
}

// offline is a message Björn left the evening before.
func offline(typ uint16, text string) dissect.Fields {
	return dissect.Fields{dissect.FRemoteUIN: bjornUIN, dissect.FYear: 1998, dissect.FMonth: 8, dissect.FDay: 25, dissect.FHour: 19, dissect.FMinute: 42,
		dissect.FType: typ, dissect.FMessage: text}
}

func (s *session) chat() {
	s.pause(12 * time.Second)
	s.request(dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: bjornUIN, dissect.FMessageType: 0x0001,
		dissect.FMessage: "Hej Björn!\r\nJa, gärna. Kl 10 på Café Åkeriet?"})
	s.request(dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: bjornUIN, dissect.FMessageType: 0x0004,
		dissect.FMessage: "Menyn – “fika”" + fe + "http://www.example.org/meny.html"})
	s.request(dissect.CmdStatusChange, dissect.Fields{dissect.FStatus: 0x01})
	s.notify(dissect.SrvStatusUpdate, dissect.Fields{dissect.FRemoteUIN: bjornUIN, dissect.FStatus: 0x11})
	s.pause(3 * time.Second)
	s.request(dissect.CmdStatusChange, dissect.Fields{dissect.FStatus: 0x00})
	s.request(dissect.CmdAddToList, dissect.Fields{dissect.FParameters: raw(uint32(newUIN))})
	s.request(dissect.CmdReqAddToList, dissect.Fields{dissect.FParameters: raw(uint32(newUIN), uint16(0x0001), "Hej! Får jag lägga till dig?")})
}

func (s *session) search() {
	s.pause(5 * time.Second)
	s.request(dissect.CmdSearchUIN, dissect.Fields{dissect.FSearchSeqNum: 9, dissect.FSearchedUIN: carlUIN})
	s.notify(dissect.SrvUserFound, userRecord(dissect.FSearchSeqNum, 9, dissect.FFoundUIN))
	s.notify(dissect.SrvEndOfSearch, dissect.Fields{dissect.FSearchSeqNum: 9, dissect.FMoreFound: 0})
	s.request(dissect.CmdSearchUser, dissect.Fields{dissect.FSearchSeqNum: 10, dissect.FNickName: "", dissect.FFirstName: "Carl",
		dissect.FLastName: "Åberg", dissect.FEMail: ""})
	s.notify(dissect.SrvUserFound, userRecord(dissect.FSearchSeqNum, 10, dissect.FFoundUIN))
	s.notify(dissect.SrvEndOfSearch, dissect.Fields{dissect.FSearchSeqNum: 10, dissect.FMoreFound: 1})
}

// userRecord is Carl, as USER_FOUND and INFO_REPLY give him.
func userRecord(seqName dissect.FieldID, seq uint16, uinName dissect.FieldID) dissect.Fields {
	return dissect.Fields{seqName: seq, uinName: carlUIN, dissect.FNickName: "Calle", dissect.FFirstName: "Carl",
		dissect.FLastName: "Åberg", dissect.FEMail: "carl@example.org", dissect.FAuthorize: 0}
}

func (s *session) info() {
	s.pause(4 * time.Second)
	s.request(dissect.CmdInfoReq, dissect.Fields{dissect.FInfoSeqNum: 11, dissect.FQueryUIN: carlUIN})
	s.notify(dissect.SrvInfoReply, userRecord(dissect.FInfoSeqNum, 11, dissect.FRemoteUIN))
	s.request(dissect.CmdExtInfoReq, dissect.Fields{dissect.FInfoSeqNum: 12, dissect.FQueryUIN: carlUIN})
	s.notify(dissect.SrvExtInfoReply, dissect.Fields{dissect.FInfoSeqNum: 12, dissect.FRemoteUIN: carlUIN, dissect.FCity: "Göteborg",
		dissect.FCountryCode: 46, dissect.FCountryStatus: 0xFE, dissect.FState: "", dissect.FAge: 0xFFFF, dissect.FSex: 0x02,
		dissect.FPhone: "+46 31 12 34 56", dissect.FHomePage: "http://www.example.org/~calle/",
		dissect.FAbout: "Fotograf.\r\nGillar kaffe & ICQ."})
}

func (s *session) account() {
	s.pause(30 * time.Second)
	s.request(dissect.CmdUpdateInfo, dissect.Fields{dissect.FParameters: raw(uint16(13), "Anna", "Anna", "Öberg", "anna@example.net")})
	s.notify(dissect.SrvUpdateReply, dissect.Fields{dissect.FParameters: raw(uint16(13))})
	s.request(dissect.CmdUpdateExtInfo, dissect.Fields{dissect.FParameters: raw(uint16(14), "Malmö", uint16(46), byte(0xFE), "",
		uint16(24), byte(0x01), "", "http://www.example.net/anna/", "Säg hej!")})
	s.notify(dissect.SrvUpdateExtReply, dissect.Fields{dissect.FParameters: raw(uint16(14))})
	s.request(dissect.CmdChangePassword, dissect.Fields{dissect.FPasswordSeqNum: 15, dissect.FNewPassword: "nytt123"})
	s.request(dissect.CmdQueryServers, nil)
	s.notify(dissect.SrvQueryReply, dissect.Fields{dissect.FParameters: raw(uint16(1), "icq2.example.com", uint16(4000))})
	s.request(dissect.CmdQueryAddons, nil)
	s.notify(dissect.SrvQueryReply, dissect.Fields{dissect.FParameters: raw(uint16(0))})
	s.request(dissect.CmdX1, nil)
	s.notify(dissect.SrvSystemMessage, dissect.Fields{dissect.FParameters: raw("Ny version av ICQ finns!", "http://www.example.com/download/")})
	s.pause(2 * time.Minute)
	s.request(dissect.CmdKeepAlive, nil)
}

func (s *session) logout() {
	s.pause(10 * time.Second)
	s.notify(dissect.SrvUserOffline, dissect.Fields{dissect.FRemoteUIN: bjornUIN})
	s.request(dissect.CmdSendTextCode, dissect.Fields{dissect.FTextCode: dissect.TextDisconnected, dissect.FX1: []byte{0x05, 0x00}})
}

// register is a new user getting a UIN: the client has none yet (UIN 0).
func (s *session) register() {
	s.request(dissect.CmdNewUser1, nil)
	s.request(dissect.CmdNewUserReg, dissect.Fields{dissect.FParameters: raw("lösen1", []byte{0x72, 0x00, 0x00, 0x00})})
	s.notify(dissect.SrvNewUserUIN, dissect.Fields{dissect.FParameters: raw(uint32(newUIN))})
	s.uin = newUIN
	s.request(dissect.CmdNewUserInfo, dissect.Fields{dissect.FParameters: raw("Doris", "Doris", "Dahl", "doris@example.com", byte(1))})
	s.notify(dissect.SrvNewUserReply, nil)
}

// raw builds parameters the spec does not lay out, in the protocol's own
// encodings: little-endian integers, strings with LENGTH and NUL.
func raw(vals ...any) []byte {
	var b []byte
	for _, v := range vals {
		switch v := v.(type) {
		case byte:
			b = append(b, v)
		case uint16:
			b = binary.LittleEndian.AppendUint16(b, v)
		case uint32:
			b = binary.LittleEndian.AppendUint32(b, v)
		case []byte:
			b = append(b, v...)
		case string:
			text, err := charmap.Windows1252.NewEncoder().Bytes([]byte(v))
			if err != nil {
				panic("scenarios: " + err.Error())
			}
			b = binary.LittleEndian.AppendUint16(b, uint16(len(text)+1))
			b = append(append(b, text...), 0)
		default:
			panic("scenarios: raw cannot encode this value")
		}
	}
	return b
}

// malformedCapture holds a datagram for each way one can be wrong, roughly in
// the order a decoder meets them going deeper into a packet.
func malformedCapture() []byte {
	const c2s, s2c = dissect.ClientToServer, dissect.ServerToClient
	s := newSession(annaAddr, annaUIN)
	login := s.encode(c2s, dissect.CmdLogin, 1, dissect.Fields{dissect.FPort: 1033, dissect.FPassword: "hemlig",
		dissect.FUserIP: annaAddr.Addr(), dissect.FLoginSeqNum: 2})
	const password = 14 // PASSWORD's LENGTH: after the 10-byte header and PORT
	hej := s.encode(c2s, dissect.CmdSendMessage, 2, dissect.Fields{dissect.FReceiverUIN: bjornUIN, dissect.FMessageType: 1, dissect.FMessage: "Hej!"})
	const message = 16 // MESSAGE's LENGTH: after the header, RECEIVER_UIN and MESSAGE_TYPE

	s.frame(c2s, nil)
	s.frame(c2s, login[:1])                                 // ends inside VERSION
	s.frame(c2s, login[:8])                                 // ends inside the client's UIN
	s.frame(s2c, s.encode(s2c, dissect.SrvAck, 1, nil)[:5]) // ends inside SEQ_NUM
	s.frame(c2s, login[:password+1])                        // ends inside PASSWORD's LENGTH
	s.frame(c2s, login[:password+5])                        // ends inside PASSWORD's text
	s.frame(c2s, patch(hej, message, 0x00, 0x01))           // LENGTH 256 for 5 bytes
	s.frame(c2s, patch(login, password+2+6, 'X'))           // no NUL after the text
	s.frame(c2s, zeroLength(s.encode(c2s, dissect.CmdSendTextCode, 3, nil)))
	s.frame(c2s, append(s.encode(c2s, dissect.CmdStatusChange, 4, dissect.Fields{dissect.FStatus: 1}), 0xDE, 0xAD, 0x01))
	s.frame(c2s, s.encode(c2s, dissect.CmdStatusChange, 5, dissect.Fields{dissect.FStatus: 0x13})) // not a documented status
	s.frame(c2s, raw(uint16(5), uint32(0), uint32(annaUIN), uint32(0x0E115A3C), uint16(0x03E8),
		uint16(1), uint16(0), uint32(0x9A5BC3D1))) // a version 5 LOGIN, not encrypted: its checkcode fails
	s.frame(c2s, patch(s.encode(c2s, dissect.CmdKeepAlive, 6, nil), 2, 0xAE, 0x06)) // no such command
	s.frame(s2c, patch(s.encode(s2c, dissect.SrvAck, 1, nil), 2, 0x58, 0x02))       // nor from the server
	s.frame(c2s, patch(s.encodeContactList(7, bjornUIN, carlUIN), 10, 3))           // three contacts announced, two sent
	s.frame(c2s, s.encodeContactList(8))                                            // an empty list
	s.frame(c2s, s.encode(c2s, dissect.CmdSendMessage, 9, dissect.Fields{dissect.FReceiverUIN: bjornUIN, dissect.FMessageType: 0x0008,
		dissect.FMessage: []byte("say \"hi\" \\ \x01\x7f\x81\tend\xfepart two")})) // unknown type, control bytes
	// an *Unknown field away from its typical value
	s.frame(s2c, s.encode(s2c, dissect.SrvLoginReply, 0, dissect.Fields{dissect.FUserUIN: annaUIN, dissect.FUserIP: annaAddr.Addr(),
		dissect.FLoginSeqNum: 2, dissect.FX2: []byte{0x18, 0x00, 0x16, 0x00}, dissect.FX3: []byte{0x8D, 0x00, 0x00, 0x00}}))
	s.frame(c2s, raw(uint16(6), uint32(0), uint32(annaUIN))) // a version no client spoke, shown raw
	return pcaptest.Pcap(layers.LinkTypeEthernet, s.frames...)
}

// patch returns a copy of b with the bytes at off replaced.
func patch(b []byte, off int, with ...byte) []byte {
	c := append([]byte(nil), b...)
	copy(c[off:], with)
	return c
}

// zeroLength turns the first string after a client header, "" (LENGTH 1 and
// a NUL), into LENGTH 0 and no NUL.
func zeroLength(b []byte) []byte {
	const at = 10
	c := append([]byte(nil), b[:at]...)
	c = append(c, 0, 0)
	return append(c, b[at+3:]...)
}
