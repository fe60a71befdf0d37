package analyze

import (
	"fmt"
	"net/netip"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// PeerEndpoint is a TCP endpoint where a client takes peer connections.
type PeerEndpoint struct {
	Addr    netip.AddrPort
	Command string // the packet that announced it, and its frame
	Frame   uint64
}

// How says where the endpoint was learned: "learned from USER_ONLINE in
// frame 7" (formatted only when asked: most are never shown).
func (e *PeerEndpoint) How() string {
	return fmt.Sprintf("learned from %s in frame %d", e.Command, e.Frame)
}

// Where packets announce a client's peer port, and the addresses that go
// with it (field names; "" is the packet's source address).
var peerAnnouncements = []struct {
	dir     dissect.Direction
	command string
	port    string
	addrs   []string
}{
	{dissect.ClientToServer, "LOGIN", "PORT", []string{"", "USER_IP"}},
	{dissect.ServerToClient, "USER_ONLINE", "REMOTE_PORT", []string{"REMOTE_IP", "REMOTE_REAL_IP"}},
	{dissect.PeerToPeer, "CHANNEL_INIT", "MY_PORT", []string{"", "MY_IP", "MY_IP_REAL"}},
}

// AppendPeerEndpoints appends the peer endpoints a decoded packet announces:
// LOGIN's PORT at the client's address (the packet's source and USER_IP),
// USER_ONLINE's REMOTE_PORT at REMOTE_IP and REMOTE_REAL_IP, CHANNEL_INIT's
// MY_PORT at the sender's address, MY_IP and MY_IP_REAL. A port outside
// 1-65535 (mICQ 0.2.5 writes more than 16 bits into LOGIN's PORT) and an
// unspecified address announce nothing.
func AppendPeerEndpoints(dst []PeerEndpoint, m *capture.Packet, p *dissect.Packet) []PeerEndpoint {
	if a, ok := dissect.PeerAnnouncement5(p); ok {
		return appendAnnounced5(dst, m, p, &a)
	}
	for _, a := range peerAnnouncements {
		if p.Dir == a.dir && p.Command != nil && p.Command.Name == a.command {
			return appendAnnounced(dst, m, p, a.command, a.port, a.addrs)
		}
	}
	return dst
}

func appendAnnounced(dst []PeerEndpoint, m *capture.Packet, p *dissect.Packet, command, portField string, addrFields []string) []PeerEndpoint {
	port := p.Field(portField)
	if port == nil || port.Partial || port.Num == 0 || port.Num > 0xFFFF {
		return dst
	}
	for _, name := range addrFields {
		addr, ok := m.Src.Addr(), true
		if name != "" {
			addr, ok = ipField(p, name)
		}
		ep := netip.AddrPortFrom(addr, uint16(port.Num))
		if ok && addr.IsValid() && !addr.IsUnspecified() && !hasEndpoint(dst, ep) {
			dst = append(dst, PeerEndpoint{Addr: ep, Command: command, Frame: m.Frame})
		}
	}
	return dst
}

// appendAnnounced5 appends the endpoints of a v5 CMD_LOGIN or SRV_USER_ONLINE.
func appendAnnounced5(dst []PeerEndpoint, m *capture.Packet, p *dissect.Packet, a *dissect.Announcement5) []PeerEndpoint {
	if a.Port == 0 || a.Port > 0xFFFF {
		return dst
	}
	addrs := [3]netip.Addr{netip.AddrFrom4(a.Addrs[0]), netip.AddrFrom4(a.Addrs[1])}
	if a.FromSource {
		addrs[2] = m.Src.Addr()
	}
	for _, addr := range addrs {
		ep := netip.AddrPortFrom(addr, uint16(a.Port))
		if addr.IsValid() && !addr.IsUnspecified() && !hasEndpoint(dst, ep) {
			dst = append(dst, PeerEndpoint{Addr: ep, Command: p.Command.Name, Frame: m.Frame})
		}
	}
	return dst
}

func ipField(p *dissect.Packet, name string) (netip.Addr, bool) {
	v := p.Field(name)
	if v == nil || v.Partial {
		return netip.Addr{}, false
	}
	return netip.AddrFrom4([4]byte(p.Data(v))), true
}

func hasEndpoint(eps []PeerEndpoint, ep netip.AddrPort) bool {
	for _, e := range eps {
		if e.Addr == ep {
			return true
		}
	}
	return false
}
