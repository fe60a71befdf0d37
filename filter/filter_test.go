package filter

import (
	"net/netip"
	"slices"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

const (
	anna  = 1234567
	bjorn = 7654321
	carl  = 2345678
)

var (
	annaAt   = netip.MustParseAddrPort("192.0.2.10:1032")
	bjornAt  = netip.MustParseAddrPort("192.0.2.20:1040")
	serverAt = netip.MustParseAddrPort("203.0.113.4:4000")
	// Where they take peer connections, and where they open them from.
	annaListens  = netip.MustParseAddrPort("192.0.2.10:1033")
	bjornListens = netip.MustParseAddrPort("192.0.2.20:1034")
	annaDials    = netip.MustParseAddrPort("192.0.2.10:1501")
	bjornDials   = netip.MustParseAddrPort("192.0.2.20:1502")
)

// step is one packet of a capture and whether the filter passes it.
type step struct {
	what     string
	src, dst netip.AddrPort
	cmd      *dissect.Command
	vals     dissect.Fields
	params   []byte // the parameters as they are laid out, for CONTACT_LIST
	pass     bool
}

// packet encodes and decodes a step's packet: its direction follows from
// the endpoints.
func (s *step) packet(t *testing.T) (*capture.Packet, *dissect.Packet) {
	t.Helper()
	m := &capture.Packet{Src: s.src, Dst: s.dst, Transport: capture.UDP}
	var b []byte
	var err error
	switch {
	case s.dst == serverAt:
		m.Dir = dissect.ClientToServer
		b, err = dissect.EncodeUDP(nil, m.Dir, s.command(), s.vals)
	case s.src == serverAt:
		m.Dir = dissect.ServerToClient
		b, err = dissect.EncodeUDP(nil, m.Dir, s.command(), s.vals)
	default:
		m.Dir, m.Transport = dissect.PeerToPeer, capture.TCP
		b, err = dissect.EncodePeer(nil, s.cmd, s.vals)
	}
	if err != nil {
		t.Fatalf("%s: %v", s.what, err)
	}
	p := &dissect.Packet{}
	if m.Dir == dissect.PeerToPeer {
		dissect.DecodePeer(p, b)
	} else {
		dissect.Decode(p, b, m.Dir)
	}
	if p.Command == nil || len(p.Issues) > 0 {
		t.Fatalf("%s: %s decoded as %s with issues %v", s.what, s.cmd.Name, p.CommandName(), p.Issues)
	}
	m.Payload = b
	return m, p
}

// command returns the step's command; with params, a copy that takes them
// as they are (CONTACT_LIST's UINs share the header UIN's name).
func (s *step) command() *dissect.Command {
	c := s.cmd
	if s.params == nil {
		return c
	}
	raw := *c
	raw.Described = false
	s.vals[dissect.FParameters] = s.params
	return &raw
}

// session is Anna's session, Bjorn's, and a peer conversation between them.
// pass says which steps the filter passes, by their description.
func session(pass func(what string) bool) []step {
	steps := []step{
		{what: "server ACK to Anna before she spoke", src: serverAt, dst: annaAt, cmd: dissect.SrvAck},
		{what: "Anna's LOGIN", src: annaAt, dst: serverAt, cmd: dissect.CmdLogin, vals: dissect.Fields{dissect.FUIN: anna, dissect.FPort: annaListens.Port()}},
		{what: "server ACK to Anna", src: serverAt, dst: annaAt, cmd: dissect.SrvAck},
		{what: "LOGIN_REPLY to Anna", src: serverAt, dst: annaAt, cmd: dissect.SrvLoginReply, vals: dissect.Fields{dissect.FUserUIN: anna}},
		{what: "Anna's CONTACT_LIST with Bjorn", src: annaAt, dst: serverAt, cmd: dissect.CmdContactList,
			vals: dissect.Fields{dissect.FUIN: anna}, params: []byte{1, 0, 0xB1, 0xCB, 0x74, 0x00}}, // 1 contact: 7654321
		{what: "USER_ONLINE Bjorn to Anna", src: serverAt, dst: annaAt, cmd: dissect.SrvUserOnline,
			vals: dissect.Fields{dissect.FRemoteUIN: bjorn, dissect.FRemoteIP: bjornListens.Addr(), dissect.FRemotePort: bjornListens.Port()}},
		{what: "Anna's SEND_MESSAGE to Carl", src: annaAt, dst: serverAt, cmd: dissect.CmdSendMessage, vals: dissect.Fields{dissect.FUIN: anna, dissect.FReceiverUIN: carl, dissect.FMessageType: 1, dissect.FMessage: "hi"}},
		{what: "Bjorn's KEEP_ALIVE", src: bjornAt, dst: serverAt, cmd: dissect.CmdKeepAlive, vals: dissect.Fields{dissect.FUIN: bjorn}},
		{what: "server ACK to Bjorn", src: serverAt, dst: bjornAt, cmd: dissect.SrvAck},
		{what: "RECEIVE_MESSAGE from Carl to Bjorn", src: serverAt, dst: bjornAt, cmd: dissect.SrvReceiveMessage, vals: dissect.Fields{dissect.FRemoteUIN: carl, dissect.FType: 1, dissect.FMessage: "hi"}},
		{what: "Anna's CHANNEL_INIT to Bjorn", src: annaDials, dst: bjornListens, cmd: dissect.PeerInit, vals: dissect.Fields{dissect.FMyUIN: anna}},
		{what: "Anna's CHANNEL_MESSAGE to Bjorn", src: annaDials, dst: bjornListens, cmd: dissect.PeerMessage,
			vals: dissect.Fields{dissect.FUIN: anna, dissect.FUIN2: anna, dissect.FMessage: "hej", dissect.FType: 1}},
		{what: "Bjorn's CHANNEL_ACK to Anna", src: bjornListens, dst: annaDials, cmd: dissect.PeerAck,
			vals: dissect.Fields{dissect.FUIN: bjorn, dissect.FUIN2: bjorn, dissect.FType: 1}},
		{what: "Bjorn's CHANNEL_INIT to Anna", src: bjornDials, dst: annaListens, cmd: dissect.PeerInit, vals: dissect.Fields{dissect.FMyUIN: bjorn}},
	}
	for i := range steps {
		if steps[i].vals == nil {
			steps[i].vals = dissect.Fields{}
		}
		steps[i].pass = pass(steps[i].what)
	}
	return steps
}

// mentions passes the steps whose description contains any of words.
func mentions(words ...string) func(string) bool {
	return func(what string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(what, w) })
	}
}

// is passes the steps described so.
func is(whats ...string) func(string) bool {
	return func(what string) bool { return slices.Contains(whats, what) }
}

func not(f func(string) bool) func(string) bool { return func(w string) bool { return !f(w) } }

func and(f, g func(string) bool) func(string) bool {
	return func(w string) bool { return f(w) && g(w) }
}

func or(f, g func(string) bool) func(string) bool { return func(w string) bool { return f(w) || g(w) } }

func check(t *testing.T, f *Filter, steps []step) {
	t.Helper()
	for _, s := range steps {
		m, p := s.packet(t)
		if got := f.Match(m, p); got != s.pass {
			t.Errorf("%s: passed %v, want %v", s.what, got, s.pass)
		}
	}
}

func TestUIN(t *testing.T) {
	tests := []struct {
		name string
		uins []uint32
		pass func(string) bool
	}{
		// Everything of Anna's once she has spoken: the server's packets to
		// her, the peer conversation both ways, the connection Bjorn opens
		// to the port she logged in with.
		{"anna", []uint32{anna}, and(mentions("Anna"), not(is("server ACK to Anna before she spoke")))},
		// Bjorn: the contact list and USER_ONLINE that name him, his own
		// packets, the server's to him, and the peer connection to the
		// endpoint USER_ONLINE announced for him.
		{"bjorn", []uint32{bjorn}, mentions("Bjorn")},
		// Carl never sends: only the packets that name him.
		{"carl", []uint32{carl}, mentions("Carl")},
		{"anna or carl", []uint32{anna, carl}, or(mentions("Carl"), and(mentions("Anna"), not(is("server ACK to Anna before she spoke"))))},
		{"nobody", []uint32{99}, is()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var f Filter
			for _, u := range tt.uins {
				f.AddUIN(u)
			}
			check(t, &f, session(tt.pass))
		})
	}
}

func TestCommand(t *testing.T) {
	tests := []struct {
		names []string
		pass  func(string) bool
	}{
		{[]string{"LOGIN"}, is("Anna's LOGIN")},
		{[]string{"login"}, is("Anna's LOGIN")},
		// The client's and the server's ACK; not CHANNEL_ACK.
		{[]string{"ack"}, is("server ACK to Anna before she spoke", "server ACK to Anna", "server ACK to Bjorn")},
		{[]string{"Login_Reply", "USER_ONLINE"}, mentions("LOGIN_REPLY", "USER_ONLINE")},
		{[]string{"channel_init", "CHANNEL_ACK"}, mentions("CHANNEL_INIT", "CHANNEL_ACK")},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.names, ","), func(t *testing.T) {
			var f Filter
			for _, n := range tt.names {
				if err := f.AddCommand(n); err != nil {
					t.Fatal(err)
				}
			}
			check(t, &f, session(tt.pass))
		})
	}
}

// An alias selects its command; an unknown name is refused with the list.
func TestCommandNames(t *testing.T) {
	var f Filter
	if err := f.AddCommand("msg_to_new_user"); err != nil {
		t.Fatal(err)
	}
	if len(f.commands) != 1 || f.commands[0].Name != "REQ_ADD_TO_LIST" {
		t.Errorf("MSG_TO_NEW_USER selects %v, want REQ_ADD_TO_LIST", f.commands)
	}
	err := f.AddCommand("LOGON")
	if err == nil {
		t.Fatal("LOGON accepted")
	}
	for _, s := range []string{`"LOGON"`, "LOGIN, LOGIN_1, LOGIN_2, LOGIN_REPLY", "MSG_TO_NEW_USER", "CHANNEL_INIT"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("the error does not say %q: %v", s, err)
		}
	}
	names := CommandNames()
	for i := 1; i < len(names); i++ {
		if names[i-1] >= names[i] {
			t.Fatalf("CommandNames not sorted and unique at %q, %q", names[i-1], names[i])
		}
	}
}

func TestHost(t *testing.T) {
	bjornsHost := mentions("Bjorn's", "to Bjorn")
	tests := []struct {
		hosts []string
		pass  func(string) bool
	}{
		{[]string{"192.0.2.20"}, bjornsHost},
		{[]string{"::ffff:192.0.2.20"}, bjornsHost},
		{[]string{"203.0.113.4"}, not(mentions("CHANNEL"))},
		{[]string{"198.51.100.1", "192.0.2.10"}, mentions("Anna")},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.hosts, ","), func(t *testing.T) {
			var f Filter
			for _, h := range tt.hosts {
				f.AddHost(netip.MustParseAddr(h))
			}
			check(t, &f, session(tt.pass))
		})
	}
}

// Kinds combine with AND: Anna's LOGIN_REPLY, and only it.
func TestCombined(t *testing.T) {
	var f Filter
	f.AddUIN(anna)
	f.AddHost(annaAt.Addr())
	if err := f.AddCommand("LOGIN_REPLY"); err != nil {
		t.Fatal(err)
	}
	check(t, &f, session(is("LOGIN_REPLY to Anna")))
	if !f.Selective() || !f.SelectsByPacket() {
		t.Error("a filter with conditions says it is not selective")
	}
	var none Filter
	if none.Selective() || none.SelectsByPacket() {
		t.Error("the zero filter says it is selective")
	}
	check(t, &none, session(not(is())))
	var hosts Filter
	hosts.AddHost(annaAt.Addr())
	if !hosts.Selective() || hosts.SelectsByPacket() {
		t.Error("--host alone: want selective, by addresses only")
	}
}

// A UIN cut short by the end of the packet is not a UIN.
func TestPartialUIN(t *testing.T) {
	b, err := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdSendMessage,
		dissect.Fields{dissect.FUIN: anna, dissect.FReceiverUIN: carl})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	dissect.Decode(&p, b[:12+2], dissect.ClientToServer) // two bytes of RECEIVER_UIN
	var f Filter
	f.AddUIN(carl & 0xFFFF)
	m := &capture.Packet{Src: annaAt, Dst: serverAt, Dir: dissect.ClientToServer}
	if f.Match(m, &p) {
		t.Error("a partial RECEIVER_UIN matched")
	}
}

// The endpoints remembered are bounded.
func TestLearnedBounded(t *testing.T) {
	var f Filter
	f.AddUIN(anna)
	var p dissect.Packet
	b, _ := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdKeepAlive, dissect.Fields{dissect.FUIN: bjorn})
	dissect.Decode(&p, b, dissect.ClientToServer)
	base := netip.MustParseAddr("10.0.0.0").As4()
	for i := range maxEndpoints + 10 {
		base[2], base[3] = byte(i>>8), byte(i)
		m := &capture.Packet{Src: netip.AddrPortFrom(netip.AddrFrom4(base), uint16(1024+i>>16)), Dst: serverAt, Dir: dissect.ClientToServer}
		f.Match(m, &p)
		if len(f.learned) > maxEndpoints {
			t.Fatalf("%d endpoints remembered", len(f.learned))
		}
	}
}

func TestIsUINField(t *testing.T) {
	var names []string
	for _, c := range allCommands() {
		for i := range c.Params {
			if IsUINField(&c.Params[i]) {
				names = append(names, c.Params[i].Name)
			}
		}
	}
	for _, want := range []string{"UIN", "RECEIVER_UIN", "REMOTE_UIN", "MY_UIN", "UIN_2", "USER_UIN", "FOUND_UIN", "SEARCHED_UIN", "QUERY_UIN"} {
		if !strings.Contains(" "+strings.Join(names, " ")+" ", " "+want+" ") {
			t.Errorf("%s is not a UIN field of any command", want)
		}
	}
	if IsUINField(&dissect.Field{Name: "PORT", Kind: dissect.KindU32}) || IsUINField(&dissect.Field{Name: "UIN", Kind: dissect.KindString}) {
		t.Error("PORT, or a string named UIN, is a UIN field")
	}
}

// A clone selects as the original was set up to, and learns on its own:
// what the original learned from Anna's packets the clone does not know.
func TestClone(t *testing.T) {
	var f Filter
	f.AddUIN(anna)
	check(t, &f, session(and(mentions("Anna"), not(is("server ACK to Anna before she spoke")))))
	c := f.Clone()
	if len(f.learned) == 0 || len(c.learned) != 0 {
		t.Fatalf("original learned %d endpoints, clone %d", len(f.learned), len(c.learned))
	}
	check(t, c, session(and(mentions("Anna"), not(is("server ACK to Anna before she spoke")))))
	var none Filter
	check(t, none.Clone(), session(func(string) bool { return true }))
}
