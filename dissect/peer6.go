package dissect

import "encoding/binary"

// Peer TCP version 6, the direct connections of ICQ 99a/99b (facts sheet
// §5.2, §5.3): a 44-byte handshake in clear, its 4-byte acknowledgement,
// then message, acknowledgement and cancel packets whose first quarter is
// encrypted with the peer table, keyed by the CHECKCODE they start with.

// PeerInit6 is the v6 handshake, the first packet on a connection.
var PeerInit6 = peerCommand(described(0, "HANDSHAKE_V6", "Initiate a v6 peer connection",
	peerLength("2C 00"),
	fixed(u8("INIT_IDENT", "Identifies this packet as a handshake"), "FF"),
	fixed(u16("TCP_VERSION", "Peer protocol version"), "06 00"),
	u16("X1", "*Unknown (licq: 0x0027; mICQ: 0)"),
	key(as(RoleUIN, u32("DEST_UIN", "The UIN connected to"))),
	u16("X2", "*Unknown (0)"),
	as(RolePort, u32("PORT", "The sender's peer port")),
	key(as(RoleSenderUIN, u32("SRC_UIN", "The sender's UIN"))),
	ip("IP", "The sender's address (licq: local, mICQ: outside)"),
	ip("REAL_IP", "The sender's other address"),
	named(u8("MODE", "Peer connection mode"), Mode),
	u32("PORT2", "The sender's peer port, again"),
	key(hex32("SESSION", "Session cookie, the same on both sides")),
	fixed(u32("X3", "*Unknown (constant 0x50, as in CMD_LOGIN)"), "50 00 00 00"),
	fixed(u32("X4", "*Unknown (constant 3, as in CMD_LOGIN)"), "03 00 00 00")))

// PeerInitAck6 acknowledges the handshake.
var PeerInitAck6 = peerCommand(described(0, "HANDSHAKE_ACK", "Acknowledge a v6 handshake",
	peerLength("04 00"),
	fixed(u32("ACK", "Acknowledgement"), "01 00 00 00")))

// peerCommand finishes a peer packet's declaration made outside a table.
func peerCommand(c *Command) *Command {
	c.Dir = PeerToPeer
	c.display = c.Name
	prepareFields(c.Params)
	return c
}

// PeerAckStatus is a v6 acknowledgement's STATUS (§5.3).
var PeerAckStatus = &Enum{Name: "STATUS", NoteOther: true, Values: []EnumValue{
	{0x0000, "accepted"}, {0x0001, "refused"}, {0x0004, "away"}, {0x0009, "occupied"}, {0x000A, "dnd"},
	{0x000B, "occupied, custom message"}, {0x000E, "n/a"}, {0x000F, "dnd, custom message"},
}}

// message6 is the layout of a v6 message, acknowledgement and cancel.
func message6(code uint16, desc string) []Field {
	return []Field{
		peerLength(""),
		hex32("CHECKCODE", "Checkcode, the key to the rest (in clear)"),
		fixed(u16("COMMAND", desc), contentOf(code)),
		fixed(u16("X1", "*Unknown (length of the next 14 bytes)"), "0E 00"),
		key(u16("SEQUENCE", "Sequence number")),
		x("X2", "00 00 00 00 00 00 00 00 00 00 00 00", "*Unknown (3 × 0)"),
		key(named(u16("MSG_TYPE", "Message type"), MessageType5)),
		key(named(u16("STATUS", "Acknowledgement status"), PeerAckStatus)),
		u16("FLAGS", "Message flags: 0x0010 normal, 0x0020 to contact list, 0x0040 urgent ..."),
		message5(),
		{Name: "EXTRA", Kind: KindRest, Desc: "Text messages: FG colour u32, BG colour u32 (mICQ)"},
	}
}

// peer6Shared is the start of every v6 message, LENGTH and CHECKCODE, for a
// COMMAND that no layout has.
var peer6Shared = func() []Field {
	fs := message6(0, "")[:2:2]
	prepareFields(fs)
	return fs
}()

// Peer6 holds the v6 packets that follow the handshake, keyed by COMMAND.
var Peer6 = (&Table{Dir: PeerToPeer, Version: 6, Commands: []*Command{
	described(0x07EE, "MESSAGE_V6", "Send a message", message6(0x07EE, "Message")...),
	described(0x07DA, "ACK_V6", "Acknowledge a message", message6(0x07DA, "Acknowledgement")...),
	described(0x07D0, "CANCEL_V6", "Cancel a message", message6(0x07D0, "Cancel")...),
}}).build()

// peerTable is the text of a Mirabilis licence sentence, the key table of
// peer versions 4 and 6 (TABLE_TCP of §5.3).
var peerTable = [256]byte([]byte("As part of this software beta version Mirabilis is granting a limited access to the " +
	"ICQ network, servers, directories, listings, information and databases (\"ICQ Services and Information\"). " +
	"The ICQ Service and Information may databases (\"ICQ Services and Information\"). The ICQ Service and Information may")[:256])

const (
	peerKeyFactor = 0x67657268 // "gehr"
	peerTableUsed = 220        // X2 indexes the first 220 entries
	peerCheckMin  = 10         // M1, the sampled offset, is at least 10
)

// peerCryptEnd is the end of the encrypted part of a body of n bytes: the
// dwords that start in its first quarter.
func peerCryptEnd(n int) int { return min(n, ((n+3)/4+3)/4*4) }

// crypt6 XORs a v6 body's key stream in place from from on (the checkcode
// is the first dword).
func crypt6(body []byte, check uint32, from int) {
	key := uint32(len(body))*peerKeyFactor + check
	for i := from; i < (len(body)+3)/4; i += 4 {
		k := key + uint32(peerTable[i&0xFF])
		for j := 0; j < 4 && i+j < len(body); j++ {
			body[i+j] ^= byte(k >> (8 * j))
		}
	}
}

// peer6Base is the part of a v6 checkcode that the body's bytes fix (B1).
func peer6Base(body []byte) uint32 {
	return uint32(body[4])<<24 | uint32(body[6])<<16 | uint32(body[4])<<8 | uint32(body[6])
}

// Encrypt6 encrypts a v6 peer packet (LENGTH, then the body) in place,
// sampling body byte m1 (10 <= m1 < min(len, 255)) and table entry x2 (< 220).
func Encrypt6(pkt []byte, m1, x2 int) {
	body := pkt[2:]
	check := (uint32(m1)<<24 | uint32(body[m1]^0xFF)<<16 | uint32(x2)<<8 | uint32(peerTable[x2]^0xFF)) ^ peer6Base(body)
	crypt6(body, check, 0)
	binary.LittleEndian.PutUint32(body, check)
}

// Decrypt6 decrypts a v6 peer packet into dst and returns it, and whether
// its checkcode bears out the decrypted bytes.
func Decrypt6(dst, pkt []byte) ([]byte, bool) {
	dst = append(dst[:0], pkt...)
	if len(dst) < 2+8 {
		return dst, false
	}
	body := dst[2:]
	check := binary.LittleEndian.Uint32(body)
	crypt6(body, check, 4)
	return dst, peerCheckOK(body, peer6Base(body)^check)
}

// peerCheckOK verifies a decrypted peer body against its checkcode with the
// clear bytes' part taken out (§5.3): the body byte at M1 and, for X2 below
// 220, the table entry X2.
func peerCheckOK(body []byte, b uint32) bool {
	m1, x2 := int(b>>24), int(b>>8&0xFF)
	return m1 >= peerCheckMin && m1 < len(body) && byte(b>>16) == body[m1]^0xFF &&
		(x2 >= peerTableUsed || byte(b) == peerTable[x2]^0xFF)
}

// isPeerInit6 tells the v6 handshake: INIT_IDENT FF and version 6.
func isPeerInit6(pkt []byte) bool {
	return len(pkt) >= 5 && pkt[2] == 0xFF && binary.LittleEndian.Uint16(pkt[3:]) == 6
}

// isPeerInitAck6 tells the handshake's acknowledgement, 01 00 00 00.
func isPeerInitAck6(pkt []byte) bool {
	return len(pkt) == 6 && pkt[2] == 1 && pkt[3] == 0 && pkt[4] == 0 && pkt[5] == 0 && pkt[0] == 4 && pkt[1] == 0
}

// peerFixed decodes a peer packet of one fixed layout.
func (d *decoder) peerFixed(c *Command) {
	d.p.Command = c
	if d.fields(c.Params) {
		d.trailing(Warning)
	}
}

// peerMessage6 decodes a v6 message whose checkcode verified: decrypted,
// the wire bytes kept.
func (d *decoder) peerMessage6(plain []byte) {
	p := d.p
	p.Wire, p.Payload, p.plainBuf = p.Payload, plain, plain
	p.setPeerVersion(6)
	code := binary.LittleEndian.Uint16(plain[6:])
	p.setCode(code)
	c := Peer6.Lookup(code)
	if c == nil {
		if d.fields(peer6Shared) {
			d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 6, int(code))
			d.rest()
		}
		return
	}
	p.Command = c
	if d.fields(c.Params) {
		d.trailing(Warning)
	}
}

// HandshakeUINs returns the sender's and the destination's UIN of a v6
// handshake (0 for one it does not hold).
func HandshakeUINs(p *Packet) (src, dest uint32) {
	if p.Command != PeerInit6 {
		return 0, 0
	}
	for i := range p.Values {
		switch v := &p.Values[i]; {
		case v.Partial:
		case v.Field == &PeerInit6.Params[handshakeSrcUIN]:
			src = v.Num
		case v.Field == &PeerInit6.Params[handshakeDestUIN]:
			dest = v.Num
		}
	}
	return src, dest
}

// Indexes of the UINs in PeerInit6's layout; checked at start-up.
const (
	handshakeDestUIN = 4
	handshakeSrcUIN  = 7
)

var _ = func() bool {
	if PeerInit6.Params[handshakeDestUIN].Name != "DEST_UIN" || PeerInit6.Params[handshakeSrcUIN].Name != "SRC_UIN" {
		panic("dissect: the handshake's UIN indexes disagree with its layout")
	}
	return true
}()

// Peer TCP version 4 (ICQ 98a, §5.3): the v2/v3 message layout with a
// CHECKCODE after VERSION, its first quarter encrypted as v6's but for the
// first 6 bytes (LENGTH aside), which stay in clear.

// message4 is the layout of a v4 message, acknowledgement and cancel.
func message4(code uint16, desc string) []Field {
	return []Field{
		peerLength(""),
		key(as(RoleSenderUIN, u32("UIN", "The sender's UIN"))),
		fixed(u16("VERSION", "Peer protocol version"), "04 00"),
		hex32("CHECKCODE", "Checkcode, the key to the rest (in clear)"),
		fixed(u16("COMMAND", desc), contentOf(code)),
		x("X1", "00 00", "*Unknown"),
		as(RoleSenderUIN, u32("UIN_2", "The sender's UIN")),
		key(named(u16("MSG_TYPE", "Message type"), MessageType5)),
		message5(),
		ip("IP", "The sender's address"),
		ip("REAL_IP", "The sender's other address"),
		as(RolePort, u32("PORT", "The sender's peer port")),
		named(u8("MODE", "Peer connection mode"), Mode),
		key(named(u16("STATUS", "Acknowledgement status"), PeerAckStatus)),
		u16("FLAGS", "Message flags"),
		key(u32("SEQUENCE", "Sequence number")),
	}
}

// Peer4 holds the v4 messages, keyed by COMMAND.
var Peer4 = (&Table{Dir: PeerToPeer, Version: 4, Commands: []*Command{
	described(0x07EE, "MESSAGE_V4", "Send a message", message4(0x07EE, "Message")...),
	described(0x07DA, "ACK_V4", "Acknowledge a message", message4(0x07DA, "Acknowledgement")...),
	described(0x07D0, "CANCEL_V4", "Cancel a message", message4(0x07D0, "Cancel")...),
}}).build()

// Offsets in a v4 peer body (after LENGTH).
const (
	peer4CheckAt = 6
	peer4Command = 10
)

// peer4Base is the part of a v4 checkcode that the body's bytes fix (B1).
func peer4Base(body []byte) uint32 {
	return uint32(body[10])<<24 | uint32(body[12])<<16 | uint32(body[2])<<8 | uint32(body[0])
}

// Encrypt4Peer encrypts a v4 peer packet (LENGTH, then the body) in place,
// sampling body byte m1 (10 <= m1 < min(len, 255)) and table entry x2 (< 220).
func Encrypt4Peer(pkt []byte, m1, x2 int) {
	body := pkt[2:]
	check := (uint32(m1)<<24 | uint32(body[m1]^0xFF)<<16 | uint32(x2)<<8 | uint32(peerTable[x2]^0xFF)) ^ peer4Base(body)
	var clear [6]byte
	copy(clear[:], body)
	crypt6(body, check, 0)
	copy(body, clear[:])
	binary.LittleEndian.PutUint32(body[peer4CheckAt:], check)
}

// Decrypt4Peer decrypts a v4 peer packet into dst, CHECKCODE kept in clear,
// and returns it and whether the checkcode bears out the decrypted bytes.
func Decrypt4Peer(dst, pkt []byte) ([]byte, bool) {
	dst = append(dst[:0], pkt...)
	if len(dst) < 2+peer4Command+4 {
		return dst, false
	}
	body := dst[2:]
	check := binary.LittleEndian.Uint32(body[peer4CheckAt:])
	var clear [6]byte
	copy(clear[:], body)
	crypt6(body, check, 4)
	copy(body, clear[:])
	binary.LittleEndian.PutUint32(body[peer4CheckAt:], check)
	return dst, peerCheckOK(body, peer4Base(body)^check)
}

// isPeer4 tells a v4 message: VERSION 04 00 where v2 and v3 have theirs.
func isPeer4(pkt []byte) bool {
	return len(pkt) >= peerVersionAt+2 && pkt[peerVersionAt] == 4 && pkt[peerVersionAt+1] == 0
}

// tryPeer4 decodes a v4 message if its checkcode verifies.
func (d *decoder) tryPeer4() bool {
	plain, ok := Decrypt4Peer(d.p.plainBuf, d.p.Payload)
	d.p.plainBuf = plain
	if !ok {
		return false
	}
	p := d.p
	p.Wire, p.Payload = p.Payload, plain
	p.setPeerVersion(4)
	p.setCode(binary.LittleEndian.Uint16(plain[2+peer4Command:]))
	c := Peer4.Lookup(p.Code)
	if c == nil {
		if d.fields(peer4Shared) {
			d.issue(IssueUnknownCommand, Warning, nil, -1, d.off, d.left(), 6, int(p.Code)) // the peer tables
			d.rest()
		}
		return true
	}
	d.peerFixed(c)
	return true
}

// peer4Shared is the start of every v4 message, up to CHECKCODE.
var peer4Shared = func() []Field {
	fs := message4(0, "")[:4:4]
	prepareFields(fs)
	return fs
}()

// Crypt6Params are the constants of peer v6 encryption, for a decoder
// written outside Go (the Wireshark plugin): generated from here, not retyped.
type Crypt6Params struct {
	Table                          [256]byte
	KeyFactor                      uint32
	TableUsed, CheckMin, CommandAt int
}

// Crypt6 returns the constants of peer v6 encryption.
func Crypt6() Crypt6Params {
	return Crypt6Params{Table: peerTable, KeyFactor: peerKeyFactor, TableUsed: peerTableUsed, CheckMin: peerCheckMin,
		CommandAt: peerMsgCommandAt}
}
