package dissect

// The peer-to-peer (TCP) layouts, from "COMMUNICATION BETWEEN TWO CLIENTS
// USING TCP" in spec/icq-v2-protocol.txt. Each packet starts with a 2-byte
// LENGTH that does not count itself.

// PeerVersion names the version a peer packet declares: the spec's 2, and
// the 3 of clients from late 1998 on, which keep the same layout.
var PeerVersion = &Enum{Name: "VERSION", Values: []EnumValue{
	{2, "peer v2"},
	{3, "peer v3"},
}}

func peerLength(content string) Field {
	return fixed(u16("LENGTH", "Length of this packet"), content)
}

// PeerInit is CHANNEL_INIT, the first packet on a new connection.
var PeerInit = func() *Command {
	c := described(0, "CHANNEL_INIT", "Initiate inter-user communication using TCP",
		peerLength("1A 00"),
		fixed(u8("INIT_IDENT", "Identifies this packet as an initiation"), "FF"),
		named(x("X1", "02 00 00 00", "*Unknown (the peer version)"), PeerVersion),
		x("X2", "00 00 00 00", "*Unknown"),
		key(as(RoleSenderUIN, u32("MY_UIN", "The local user's UIN"))),
		key(as(RolePeerIP, ip("MY_IP", "The user's IP address"))),
		key(as(RolePeerIP, ip("MY_IP_REAL", "The user's actual IP address"))),
		x("X3", "04", "*Unknown"),
		key(as(RolePeerPort, u32("MY_PORT", "The user's TCP port for incoming messages"))))
	c.Dir = PeerToPeer
	c.display = c.Name
	prepareFields(c.Params)
	c.announces = c.WithRole(RolePeerPort) != 0
	return c
}()

// channelMessage is CHANNEL_MESSAGE's layout; the acknowledgement and the
// cancel share it, told apart by MSG_COMMAND, whose Content is each one's code.
func channelMessage(name string, code uint16) []Field {
	return []Field{
		peerLength(""),
		key(as(RoleSenderUIN, u32("UIN", "The local user's UIN"))),
		named(fixed(u16("VERSION", "Identifies this as a ICQ packet"), "02 00"), PeerVersion),
		fixed(u16("MSG_COMMAND", "The message type for "+name), contentOf(code)),
		x("X1", "00 00", "*Unknown"),
		as(RoleSenderUIN, u32("UIN_2", "The local user's UIN")),
		key(named(u16("TYPE", "Message type"), MessageType)),
		message("MESSAGE", "TYPE", "The message to be sent, NULL terminated"),
		ip("MY_IP_REAL", "The user's actual IP address"),
		ip("MY_IP", "The user's IP address"),
		as(RolePort, u32("PORT", "The user's TCP port for incoming messages")),
		x("X2", "04", "*Unknown"),
		x("X3", "00 00", "*Unknown"),
		key(named(u16("CMD_TYPE", "Identifies message as new message or reply"), CmdType)),
		Field{Name: "X4", Kind: KindBytes, Width: 4, Content: "xx xx xx xx", Desc: "*Unknown (checksum? sequence number?)"},
	}
}

// contentOf writes a 2-byte code as a Content column does: EE 07.
func contentOf(code uint16) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[code>>4&0xF], digits[code&0xF], ' ', digits[code>>12], digits[code>>8&0xF]})
}

func channelCommand(code uint16, name, desc string) *Command {
	return described(code, name, desc, channelMessage(name, code)...)
}

// Peer holds the packets that follow CHANNEL_INIT, keyed by MSG_COMMAND.
var Peer = (&Table{
	Dir: PeerToPeer,
	Commands: []*Command{
		channelCommand(0x07EE, "CHANNEL_MESSAGE", "Send message to online user"),
		channelCommand(0x07DA, "CHANNEL_ACK", "Acknowledge a message (carries the auto-reply text)"),
		channelCommand(0x07D0, "CHANNEL_CANCEL", "Cancel a message"),
	},
}).build()

// peerShared is the start every peer message shares, for a MSG_COMMAND that
// no layout has: LENGTH, UIN, VERSION and MSG_COMMAND.
var peerShared = func() []Field {
	fs := channelMessage("", 0)[:4:4]
	fs[3] = u16("MSG_COMMAND", "The message type")
	prepareFields(fs)
	return fs
}()

// Peer message offsets. They are constants (the probe length sizes arrays),
// so they restate peerShared; checkPeerOffsets holds them to it.
const (
	peerVersionField = 2 // index of VERSION in peerShared
	peerVersionAt    = 2 + 4
	peerMsgCommandAt = peerVersionAt + 2
)

var _ = checkPeerOffsets()

// checkPeerOffsets panics at start-up if the offsets disagree with the
// table: a programming error, like a bad declaration in Table.build.
func checkPeerOffsets() bool {
	at := 0
	for i := range peerShared {
		f := &peerShared[i]
		switch {
		case f.Name == "VERSION" && (at != peerVersionAt || i != peerVersionField),
			f.Name == "MSG_COMMAND" && at != peerMsgCommandAt:
			panic("dissect: peer offsets disagree with the table at " + f.Name)
		}
		at += f.Width
	}
	return true
}

// PeerMaxLength is the largest body a LENGTH can announce.
const PeerMaxLength = 0xFFFF

// PeerShared is the layout of the start of a peer message whose MSG_COMMAND
// no table lays out: the values of such a message point into it.
func PeerShared() []Field { return peerShared }
