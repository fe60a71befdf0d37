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

// AppendPeerEndpoints appends the peer endpoints a decoded packet announces
// (dissect.PeerAnnouncement reads them from the fields' roles): LOGIN's PORT
// at the client's address (the packet's source and USER_IP), USER_ONLINE's
// REMOTE_PORT at REMOTE_IP and REMOTE_REAL_IP, CHANNEL_INIT's MY_PORT at the
// sender's address, MY_IP and MY_IP_REAL, and v5's CMD_LOGIN and
// SRV_USER_ONLINE alike. A port outside 1-65535 (mICQ 0.2.5 writes more
// than 16 bits into LOGIN's PORT) and an unspecified address announce nothing.
func AppendPeerEndpoints(dst []PeerEndpoint, m *capture.Packet, p *dissect.Packet) []PeerEndpoint {
	a, ok := dissect.PeerAnnouncement(p)
	if !ok || a.Port == 0 || a.Port > 0xFFFF {
		return dst
	}
	var addrs [3]netip.Addr // the source address first, then those the packet gives
	if a.FromSource {
		addrs[0] = m.Src.Addr()
	}
	addrs[1], addrs[2] = netip.AddrFrom4(a.Addrs[0]), netip.AddrFrom4(a.Addrs[1])
	for _, addr := range addrs {
		ep := netip.AddrPortFrom(addr, uint16(a.Port))
		if addr.IsValid() && !addr.IsUnspecified() && !hasEndpoint(dst, ep) {
			dst = append(dst, PeerEndpoint{Addr: ep, Command: p.Command.Name, Frame: m.Frame})
		}
	}
	return dst
}

func hasEndpoint(eps []PeerEndpoint, ep netip.AddrPort) bool {
	for _, e := range eps {
		if e.Addr == ep {
			return true
		}
	}
	return false
}
