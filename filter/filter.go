// Package filter selects the packets icqdump prints and writes, with a
// display filter in Wireshark's syntax (-Y, see parse.go) over the fields of
// package catalog, and the shorthands --uin, --command and --host, which
// compile to the same filter:
//
//	--uin N        icq.uin == N
//	--command X    icq.command == "X" (X's canonical name, for an alias)
//	--host A       ip.addr == A (ipv6.addr for an IPv6 address)
//
// Values given to one shorthand are alternatives (in {...}); the shorthands
// and -Y must all hold. It selects; it does not hide packets from the
// analysis, which sees every packet.
//
// icq.uin holds every UIN on either side of a packet:
//
//   - a UIN the packet carries: its header UIN (a client's packets) or any
//     field the tables give a UIN role (RECEIVER_UIN, REMOTE_UIN, USER_UIN,
//     FOUND_UIN, SEARCHED_UIN, QUERY_UIN, the contact list's UINs, a peer's
//     UIN, UIN_2 and MY_UIN): the sender, or the user it is to or about;
//   - or the UIN of the endpoint (address and port) it comes from or goes
//     to, learned from earlier packets: the endpoint's own (a client's header
//     UIN, a peer's UIN or MY_UIN), and the TCP endpoints where users take
//     peer connections, as dissect.PeerAnnouncement reads them from the
//     roles (LOGIN's PORT at the client's address and USER_IP, USER_ONLINE's
//     REMOTE_IP and REMOTE_REAL_IP with REMOTE_PORT, CHANNEL_INIT's MY_PORT,
//     v5's CMD_LOGIN and SRV_USER_ONLINE). So a server's packets
//     to a client (its ACKs, LOGIN_REPLY, USER_ONLINE) match the client's UIN
//     once the client has sent one packet, and a peer connection to a user
//     matches the user's UIN once the server has announced the user online.
package filter

import (
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/catalog"
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
	display  string                    // -Y
	expr     *Expr                     // all of the above; nil when there is none
	late     bool                      // expr reads the analyzer's fields
	learned  map[netip.AddrPort]uint32 // endpoint -> the UIN that sends from it; nil unless icq.uin is used
	start    time.Time                 // the first packet's time
	started  bool
}

// Clone returns a filter that selects as f was set up to, with nothing
// learned: for another capture, read at the same time as f's.
func (f *Filter) Clone() *Filter {
	c := &Filter{uins: f.uins, commands: f.commands, hosts: f.hosts, display: f.display, late: f.late}
	if f.expr != nil {
		c.expr = f.expr.Clone()
	}
	if f.learned != nil {
		c.learned = make(map[netip.AddrPort]uint32)
	}
	return c
}

// SetDisplay sets the display filter of -Y.
func (f *Filter) SetDisplay(src string) error {
	if _, err := Compile(src, catalog.All()); err != nil {
		return err
	}
	f.display = src
	f.compile()
	return nil
}

// NeedsAnalyzer reports whether the filter reads the analyzer's fields,
// which are known only once the analyzer releases a packet: call
// MatchReleased then, not Match.
func (f *Filter) NeedsAnalyzer() bool { return f.late }

// String is the filter that the shorthands and -Y compile to.
func (f *Filter) String() string {
	if f.expr == nil {
		return ""
	}
	return f.expr.String()
}

// compile turns the shorthands and -Y into one expression.
func (f *Filter) compile() {
	var terms []string
	if len(f.uins) > 0 {
		terms = append(terms, "icq.uin in {"+joinValues(f.uins, func(u uint32) string { return strconv.FormatUint(uint64(u), 10) })+"}")
	}
	if len(f.commands) > 0 {
		names := make([]string, 0, len(f.commands))
		for _, c := range f.commands {
			if !slices.Contains(names, c.Name) {
				names = append(names, c.Name)
			}
		}
		terms = append(terms, "icq.command in {"+joinValues(names, strconv.Quote)+"}")
	}
	terms = append(terms, hostTerms(f.hosts)...)
	if f.display != "" {
		terms = append(terms, f.display)
	}
	if len(terms) == 0 {
		f.expr, f.late = nil, false
		return
	}
	src := terms[0]
	if len(terms) > 1 {
		src = "(" + strings.Join(terms, ") and (") + ")"
	}
	e, err := Compile(src, catalog.All())
	if err != nil {
		panic("filter: the shorthands compile to a bad filter: " + err.Error())
	}
	f.expr, f.late = e, e.Uses((*catalog.Field).Analyzer)
	if e.Uses(func(c *catalog.Field) bool { return c.Name == "icq.uin" }) && f.learned == nil {
		f.learned = make(map[netip.AddrPort]uint32)
	}
}

// hostTerms writes --host as ip.addr and ipv6.addr tests.
func hostTerms(hosts []netip.Addr) []string {
	var v4, v6 []netip.Addr
	for _, h := range hosts {
		if h.Is4() {
			v4 = append(v4, h)
		} else {
			v6 = append(v6, h)
		}
	}
	var alts []string
	if len(v4) > 0 {
		alts = append(alts, "ip.addr in {"+joinValues(v4, netip.Addr.String)+"}")
	}
	if len(v6) > 0 {
		alts = append(alts, "ipv6.addr in {"+joinValues(v6, netip.Addr.String)+"}")
	}
	if len(alts) == 0 {
		return nil
	}
	return []string{strings.Join(alts, " or ")}
}

func joinValues[T any](vs []T, format func(T) string) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = format(v)
	}
	return strings.Join(s, ", ")
}

// AddUIN selects the packets with uin on either side.
func (f *Filter) AddUIN(uin uint32) {
	f.uins = append(f.uins, uin)
	f.compile()
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
	f.compile()
	if !found {
		return fmt.Errorf("unknown command %q; the commands are: %s", name, strings.Join(CommandNames(), ", "))
	}
	return nil
}

// AddHost selects the packets from or to addr.
func (f *Filter) AddHost(addr netip.Addr) {
	f.hosts = append(f.hosts, addr.Unmap())
	f.compile()
}

// Selective reports whether f can reject a packet.
func (f *Filter) Selective() bool { return f.expr != nil }

// SelectsByPacket reports whether f looks inside packets (--uin, --command,
// -Y), not only at their addresses.
func (f *Filter) SelectsByPacket() bool { return len(f.uins)+len(f.commands) > 0 || f.display != "" }

// Match reports whether the packet passes. Call it for every packet, in
// order, passed or not: it learns the UINs of endpoints as it goes. A
// filter that NeedsAnalyzer passes every packet here.
func (f *Filter) Match(m *capture.Packet, p *dissect.Packet) bool {
	if !f.started {
		f.start, f.started = m.Time, true
	}
	if f.learned != nil {
		f.learn(m, p)
	}
	if f.expr == nil || f.NeedsAnalyzer() {
		return true
	}
	return f.eval(m, p, nil)
}

// MatchReleased is Match for a filter that NeedsAnalyzer, once the analyzer
// has released the packet with its cross references. The packet must have
// been through Match first, so that the endpoints are learned in order.
func (f *Filter) MatchReleased(m *capture.Packet, p *dissect.Packet, x *analyze.Xref) bool {
	return f.expr == nil || f.eval(m, p, x)
}

func (f *Filter) eval(m *capture.Packet, p *dissect.Packet, x *analyze.Xref) bool {
	c := catalog.Packet{Meta: m, Pkt: p, Xref: x, Start: f.start}
	if f.learned != nil {
		c.Sides = [2]uint32{f.learned[m.Src], f.learned[m.Dst]}
	}
	return f.expr.Eval(&c)
}

// Hosts reports whether a frame from src to dst passes --host.
func (f *Filter) Hosts(src, dst netip.AddrPort) bool {
	if len(f.hosts) == 0 {
		return true
	}
	s, d := src.Addr().Unmap(), dst.Addr().Unmap()
	return slices.ContainsFunc(f.hosts, func(h netip.Addr) bool { return h == s || h == d })
}

// learn remembers the UIN a packet's sender gives as its own, and the peer
// endpoints a packet announces (dissect.PeerAnnouncement): LOGIN's PORT at
// the sender's address and USER_IP, USER_ONLINE's REMOTE_PORT at REMOTE_IP
// and REMOTE_REAL_IP, CHANNEL_INIT's and v5's alike. A PORT wider than 16
// bits (mICQ 0.2.5's LOGIN) keeps its low 16, the port mICQ listens on.
func (f *Filter) learn(m *capture.Packet, p *dissect.Packet) {
	if uin, ok := senderUIN(p); ok {
		f.remember(m.Src, uin)
	}
	a, ok := dissect.PeerAnnouncement(p)
	if !ok || a.UIN == 0 {
		return
	}
	port := uint16(a.Port)
	if a.FromSource {
		f.remember(netip.AddrPortFrom(m.Src.Addr(), port), a.UIN)
	}
	for _, addr := range a.Addrs {
		if ip := netip.AddrFrom4(addr); !ip.IsUnspecified() {
			f.remember(netip.AddrPortFrom(ip, port), a.UIN)
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
// client's header UIN, a peer's field of role RoleSenderUIN (UIN, MY_UIN).
func senderUIN(p *dissect.Packet) (uint32, bool) {
	switch p.Dir {
	case dissect.ClientToServer:
		return p.UIN, p.HasHeader()
	case dissect.PeerToPeer:
		if v, ok := p.FirstWithRole(dissect.RoleSenderUIN); ok {
			return v.Num, true
		}
	}
	return 0, false
}

// IsUINField reports whether a field holds a UIN, the sender's or another
// user's (the roles the tables declare).
func IsUINField(f *dissect.Field) bool { return f.HoldsUIN() }

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
