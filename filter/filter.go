// Package filter selects the packets icqdump prints and writes: by UIN
// (--uin), by command (--command) and by host (--host). It selects; it does
// not hide packets from the analysis, which sees every packet.
//
// A packet passes when it matches every kind of condition given, and a kind
// matches when any of its values does.
//
// --uin N matches a packet when N is on either side of it:
//
//   - a UIN the packet carries: its header UIN (a client's packets) or any
//     field the tables name UIN, *_UIN or UIN_* (RECEIVER_UIN, REMOTE_UIN,
//     USER_UIN, FOUND_UIN, SEARCHED_UIN, QUERY_UIN, the contact list's UINs,
//     a peer's UIN, UIN_2 and MY_UIN): the sender, or the user it is to or
//     about;
//   - or the UIN of the endpoint (address and port) it comes from or goes
//     to, learned from earlier packets: the endpoint's own (a client's header
//     UIN, a peer's UIN or MY_UIN), and the TCP endpoints where users take
//     peer connections (LOGIN's PORT at the client's address, USER_ONLINE's
//     REMOTE_IP and REMOTE_REAL_IP with REMOTE_PORT). So a server's packets
//     to a client (its ACKs, LOGIN_REPLY, USER_ONLINE) match the client's UIN
//     once the client has sent one packet, and a peer connection to a user
//     matches the user's UIN once the server has announced the user online.
package filter

import (
	"fmt"
	"net/netip"
	"slices"
	"strings"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// maxEndpoints bounds the endpoints whose UIN is remembered; past it the
// memory starts afresh, so it does not grow with the length of a capture.
const maxEndpoints = 1 << 16

// Filter selects packets. The zero Filter passes everything.
type Filter struct {
	uins     []uint32
	commands []*dissect.Command
	hosts    []netip.Addr
	learned  map[netip.AddrPort]uint32 // endpoint -> the UIN that sends from it
}

// Clone returns a filter that selects as f was set up to, with nothing
// learned: for another capture, read at the same time as f's.
func (f *Filter) Clone() *Filter {
	c := &Filter{uins: f.uins, commands: f.commands, hosts: f.hosts}
	if f.learned != nil {
		c.learned = make(map[netip.AddrPort]uint32)
	}
	return c
}

// AddUIN selects the packets with uin on either side.
func (f *Filter) AddUIN(uin uint32) {
	f.uins = append(f.uins, uin)
	if f.learned == nil {
		f.learned = make(map[netip.AddrPort]uint32)
	}
}

// AddCommand selects the packets of the commands called name, in any table:
// a name or alias of the spec, in any case. ACK is the client's and the
// server's.
func (f *Filter) AddCommand(name string) error {
	found := false
	for _, c := range allCommands() {
		if slices.ContainsFunc(c.Names(), func(n string) bool { return strings.EqualFold(n, name) }) {
			f.commands = append(f.commands, c)
			found = true
		}
	}
	if !found {
		return fmt.Errorf("unknown command %q; the commands are: %s", name, strings.Join(CommandNames(), ", "))
	}
	return nil
}

// AddHost selects the packets from or to addr.
func (f *Filter) AddHost(addr netip.Addr) { f.hosts = append(f.hosts, addr.Unmap()) }

// Selective reports whether f can reject a packet.
func (f *Filter) Selective() bool {
	return len(f.uins)+len(f.commands)+len(f.hosts) > 0
}

// SelectsByPacket reports whether f looks inside packets (--uin, --command),
// not only at their addresses.
func (f *Filter) SelectsByPacket() bool { return len(f.uins)+len(f.commands) > 0 }

// Match reports whether the packet passes. Call it for every packet, in
// order, passed or not: it learns the UINs of endpoints as it goes.
func (f *Filter) Match(m *capture.Packet, p *dissect.Packet) bool {
	if len(f.uins) > 0 {
		f.learn(m, p)
	}
	return f.Hosts(m.Src, m.Dst) && f.matchCommand(p) && f.matchUIN(m, p)
}

// Hosts reports whether a frame from src to dst passes --host.
func (f *Filter) Hosts(src, dst netip.AddrPort) bool {
	if len(f.hosts) == 0 {
		return true
	}
	s, d := src.Addr().Unmap(), dst.Addr().Unmap()
	return slices.ContainsFunc(f.hosts, func(h netip.Addr) bool { return h == s || h == d })
}

func (f *Filter) matchCommand(p *dissect.Packet) bool {
	return len(f.commands) == 0 || p.Command != nil && slices.Contains(f.commands, p.Command)
}

func (f *Filter) matchUIN(m *capture.Packet, p *dissect.Packet) bool {
	if len(f.uins) == 0 {
		return true
	}
	for _, side := range [...]netip.AddrPort{m.Src, m.Dst} {
		if uin, ok := f.learned[side]; ok && slices.Contains(f.uins, uin) {
			return true
		}
	}
	for i := range p.Values {
		v := &p.Values[i]
		if IsUINField(v.Field) && !v.Partial && slices.Contains(f.uins, v.Num) {
			return true
		}
	}
	return false
}

// learn remembers the UIN a packet's sender gives as its own, and the peer
// endpoints a packet announces.
func (f *Filter) learn(m *capture.Packet, p *dissect.Packet) {
	if uin, ok := senderUIN(p); ok {
		f.remember(m.Src, uin)
	}
	if p.Command == nil {
		return
	}
	switch p.Command.Name {
	case "LOGIN":
		if port := p.Field("PORT"); port != nil && !port.Partial && p.HasHeader {
			f.remember(netip.AddrPortFrom(m.Src.Addr(), uint16(port.Num)), p.UIN)
		}
	case "USER_ONLINE":
		uin, port := p.Field("REMOTE_UIN"), p.Field("REMOTE_PORT")
		if uin == nil || uin.Partial || port == nil || port.Partial {
			return
		}
		for _, name := range [...]string{"REMOTE_IP", "REMOTE_REAL_IP"} {
			if ip := p.Field(name); ip != nil && ip.DataLen == 4 {
				addr := netip.AddrFrom4([4]byte(p.Data(ip)))
				f.remember(netip.AddrPortFrom(addr, uint16(port.Num)), uin.Num)
			}
		}
	}
}

func (f *Filter) remember(ep netip.AddrPort, uin uint32) {
	if _, known := f.learned[ep]; !known && len(f.learned) >= maxEndpoints {
		clear(f.learned)
	}
	f.learned[ep] = uin
}

// senderUIN returns the UIN the sender of a packet gives as its own: a
// client's header UIN, a peer's UIN or MY_UIN.
func senderUIN(p *dissect.Packet) (uint32, bool) {
	switch p.Dir {
	case dissect.ClientToServer:
		return p.UIN, p.HasHeader
	case dissect.PeerToPeer:
		for _, name := range [...]string{"MY_UIN", "UIN"} {
			if v := p.Field(name); v != nil && !v.Partial {
				return v.Num, true
			}
		}
	}
	return 0, false
}

// IsUINField reports whether a field holds a UIN: a 4-byte integer named
// UIN, *_UIN or UIN_*.
func IsUINField(f *dissect.Field) bool {
	return f.Kind == dissect.KindU32 &&
		(f.Name == "UIN" || strings.HasSuffix(f.Name, "_UIN") || strings.HasPrefix(f.Name, "UIN_"))
}

// allCommands returns every command of the tables.
func allCommands() []*dissect.Command {
	all := []*dissect.Command{dissect.PeerInit}
	for _, t := range []*dissect.Table{dissect.Client, dissect.Server, dissect.Peer} {
		all = append(all, t.Commands...)
	}
	return all
}

// CommandNames returns every name and alias --command takes, sorted.
func CommandNames() []string {
	var names []string
	for _, c := range allCommands() {
		names = append(names, c.Names()...)
	}
	slices.Sort(names)
	return slices.Compact(names)
}
