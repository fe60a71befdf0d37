package scenarios

import (
	"fmt"
	"io"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// Hostile captures: small files crafted to make a reader keep much, as an
// attacker would write them (bench/hostile.sh, and the tests of the caps).
// The peer ones use TCP port HostilePeerPort, given to icqdump with
// --peer-port.

// HostilePeerPort is the TCP port of the hostile captures' peer streams.
const HostilePeerPort = 6000

// HostileKinds names the hostile captures, each with what it holds for n.
var HostileKinds = []struct{ Name, What string }{
	{"declared", "n TCP connections, each one segment starting a peer packet with LENGTH FD FF"},
	{"partial", "n TCP connections, each a SYN and 1,400 bytes of a packet with LENGTH F0 FF"},
	{"hole", "n TCP connections, each a SYN and 1,000 bytes behind a 100-byte hole"},
	{"sources", "n LOGINs to port 4000 within one second, each from its own address"},
	{"clients", "n packets to port 4000 within one second from 1,000 clients: a LOGIN each, then KEEP_ALIVEs"},
	{"nat", "n LOGINs 10 ms apart from one address (NAT), each from a port of its own: 18,000 sessions live at once"},
	{"reuse", "n/2 pairs of connections on one 4-tuple, the second's ISN behind or ahead of the first's"},
}

// WriteHostile writes the hostile capture kind with n as its size.
func WriteHostile(w io.Writer, kind string, n int) error {
	pw := pcapgo.NewWriter(w)
	if err := pw.WriteFileHeader(65536, layers.LinkTypeEthernet); err != nil {
		return err
	}
	h := &hostile{w: pw, step: time.Second / time.Duration(max(n, 1))}
	switch kind {
	case "declared":
		h.connections(n, false, 0, hostilePacket(0xFFFD, 12))
	case "partial":
		h.connections(n, true, 0, hostilePacket(0xFFF0, 1400))
	case "hole":
		h.connections(n, true, 100, hostilePacket(0x0400, 1000))
	case "sources":
		h.logins(n, n)
	case "clients":
		h.logins(n, 1000)
	case "nat":
		h.step = 10 * time.Millisecond
		h.nat(n)
	case "reuse":
		h.reuse(n / 2)
	default:
		return fmt.Errorf("no hostile capture %q", kind)
	}
	return h.err
}

type hostile struct {
	w    *pcapgo.Writer
	at   time.Duration
	step time.Duration
	err  error
}

func (h *hostile) write(data []byte) {
	if h.err != nil {
		return
	}
	t := pcaptest.At(h.at)
	h.at += h.step
	h.err = h.w.WritePacket(gopacket.CaptureInfo{Timestamp: t, CaptureLength: len(data), Length: len(data)}, data)
}

// hostileAddr is the i-th of a range of IPv4 addresses in 10.0.0.0/8.
func hostileAddr(i int, port uint16) netip.AddrPort {
	return netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, byte(i >> 16), byte(i >> 8), byte(i)}), port)
}

// hostilePacket is n bytes that start a peer packet declaring length.
func hostilePacket(length uint16, n int) []byte {
	b := make([]byte, n)
	b[0], b[1] = byte(length), byte(length>>8)
	return b
}

// connections writes n connections to the peer port, each (after a SYN,
// if syn) one segment of data, hole bytes after where the stream starts.
func (h *hostile) connections(n int, syn bool, hole uint32, data []byte) {
	server := netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), HostilePeerPort)
	for i := range n {
		client := hostileAddr(i, 1024+uint16(i%50000))
		const isn = 1000
		if syn {
			h.write(pcaptest.TCPFrame(client, server, pcaptest.TCP{Seq: isn - 1, SYN: true}, nil))
		}
		h.write(pcaptest.TCPFrame(client, server, pcaptest.TCP{Seq: isn + hole, ACK: true, PSH: true}, data))
	}
}

// logins writes n v2 packets to the server from addrs addresses in turn:
// a LOGIN from each, then KEEP_ALIVEs.
func (h *hostile) logins(n, addrs int) {
	server := netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), 4000)
	for i := range n {
		client := hostileAddr(i%addrs, 1024)
		cmd, vals := hostileLogin, dissect.Fields{dissect.FPort: uint32(2000), dissect.FPassword: "secret"}
		if i >= addrs {
			cmd, vals = hostileKeepAlive, dissect.Fields{}
		}
		vals[dissect.FUIN], vals[dissect.FSeqNum] = uint32(100000+i%addrs), uint16(i/addrs)
		pkt, err := dissect.EncodeUDP(nil, dissect.ClientToServer, cmd, vals)
		if err != nil {
			h.err = err
			return
		}
		h.write(pcaptest.UDPFrame(client, server, pkt))
	}
}

// nat writes n LOGINs from one address, each from a port of its own.
func (h *hostile) nat(n int) {
	server := netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), 4000)
	for i := range n {
		client := netip.AddrPortFrom(netip.MustParseAddr("198.51.100.1"), uint16(1024+i%60000))
		pkt, err := dissect.EncodeUDP(nil, dissect.ClientToServer, hostileLogin, dissect.Fields{
			dissect.FUIN: uint32(100000 + i), dissect.FSeqNum: uint16(1), dissect.FPort: uint32(2000), dissect.FPassword: "secret"})
		if err != nil {
			h.err = err
			return
		}
		h.write(pcaptest.UDPFrame(client, server, pkt))
	}
}

var (
	hostileLogin     = dissect.CmdLogin
	hostileKeepAlive = dissect.CmdKeepAlive
)

// reuse writes pairs of peer connections on one 4-tuple: the first opens,
// sends a CHANNEL_INIT and is never seen to close; the second opens with
// an ISN behind the first's (even pairs) or ahead of it (odd ones) and
// sends one too.
func (h *hostile) reuse(pairs int) {
	server := netip.AddrPortFrom(netip.MustParseAddr("192.0.2.1"), HostilePeerPort)
	for i := range pairs {
		client := hostileAddr(i, 1024+uint16(i%50000))
		first, second := uint32(5_000_000), uint32(1000)
		if i%2 == 1 {
			second = first + 4_900_000
		}
		for _, isn := range []uint32{first, second} {
			init := peerInit(2, uint32(100000+i), client)
			h.write(pcaptest.TCPFrame(client, server, pcaptest.TCP{Seq: isn, SYN: true}, nil))
			h.write(pcaptest.TCPFrame(client, server, pcaptest.TCP{Seq: isn + 1, ACK: true, PSH: true}, init))
		}
	}
}
