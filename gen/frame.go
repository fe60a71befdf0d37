package gen

import (
	"encoding/binary"
	"net/netip"
)

// host is one machine on the wire: the server or a client.
type host struct {
	ip   [4]byte
	mac  [6]byte
	ttl  uint8
	ipID uint16 // the IP identification of its next datagram
}

func newHost(ip [4]byte, ttl uint8) host {
	return host{ip: ip, mac: [6]byte{0x02, 0x00, ip[0], ip[1], ip[2], ip[3]}, ttl: ttl}
}

func (h *host) addrPort(port uint16) netip.AddrPort {
	return netip.AddrPortFrom(netip.AddrFrom4(h.ip), port)
}

const (
	ethHeaderLen = 14
	ipHeaderLen  = 20
	udpHeaderLen = 8
	tcpHeaderLen = 20
	mssOption    = 4 // the SYN's maximum segment size option
	protoTCP     = 6
	protoUDP     = 17
	etherIPv4    = 0x0800
	mss          = 1460
	tcpWindow    = 8760 // Windows 95's default receive window
)

// TCP flags.
const (
	flagFIN = 0x01
	flagSYN = 0x02
	flagRST = 0x04
	flagPSH = 0x08
	flagACK = 0x10
)

var be = binary.BigEndian

// minFrame is Ethernet's minimum frame without the FCS: shorter frames are
// padded with zeros, as they are on the wire.
const minFrame = 60

// frameBuf returns the reused frame buffer for a frame of n bytes of
// headers and payload, padded.
func (g *generator) frameBuf(n int) []byte {
	size := max(n, minFrame)
	if cap(g.frame) < size {
		g.frame = make([]byte, size)
	}
	f := g.frame[:size]
	clear(f[n:])
	return f
}

// ipv4 writes the Ethernet and IPv4 headers of a frame whose IP payload is
// n bytes, and returns the offset of that payload.
func ipv4(f []byte, src, dst *host, proto uint8, n int) int {
	copy(f[0:6], dst.mac[:])
	copy(f[6:12], src.mac[:])
	be.PutUint16(f[12:], etherIPv4)
	ip := f[ethHeaderLen : ethHeaderLen+ipHeaderLen]
	ip[0], ip[1] = 0x45, 0
	be.PutUint16(ip[2:], uint16(ipHeaderLen+n))
	be.PutUint16(ip[4:], src.ipID)
	src.ipID++
	ip[6], ip[7] = 0, 0
	ip[8], ip[9] = src.ttl, proto
	ip[10], ip[11] = 0, 0
	copy(ip[12:16], src.ip[:])
	copy(ip[16:20], dst.ip[:])
	be.PutUint16(ip[10:], checksum(onesSum(ip, 0)))
	return ethHeaderLen + ipHeaderLen
}

// onesSum adds b to acc as big-endian 16-bit words. Adding 32-bit words and
// folding later gives the same ones' complement sum, in half the steps.
func onesSum(b []byte, acc uint64) uint64 {
	for len(b) >= 8 {
		acc += uint64(be.Uint32(b)) + uint64(be.Uint32(b[4:]))
		b = b[8:]
	}
	for len(b) >= 2 {
		acc += uint64(be.Uint16(b))
		b = b[2:]
	}
	if len(b) == 1 {
		acc += uint64(b[0]) << 8
	}
	return acc
}

func checksum(acc uint64) uint16 {
	for acc > 0xFFFF {
		acc = acc>>16 + acc&0xFFFF
	}
	return ^uint16(acc)
}

// transportChecksum is the UDP or TCP checksum of seg, pseudo-header included.
func transportChecksum(src, dst *host, proto uint8, seg []byte) uint16 {
	acc := uint64(be.Uint32(src.ip[:])) + uint64(be.Uint32(dst.ip[:])) + uint64(proto) + uint64(len(seg))
	return checksum(onesSum(seg, acc))
}

// writeUDP sends one UDP datagram.
func (g *generator) writeUDP(t int64, src *host, sport uint16, dst *host, dport uint16, payload []byte) {
	n := udpHeaderLen + len(payload)
	f := g.frameBuf(ethHeaderLen + ipHeaderLen + n)
	off := ipv4(f, src, dst, protoUDP, n)
	u := f[off : off+n]
	be.PutUint16(u[0:], sport)
	be.PutUint16(u[2:], dport)
	be.PutUint16(u[4:], uint16(n))
	u[6], u[7] = 0, 0
	copy(u[udpHeaderLen:], payload)
	sum := transportChecksum(src, dst, protoUDP, u)
	if sum == 0 {
		sum = 0xFFFF // 0 would mean "no checksum"
	}
	be.PutUint16(u[6:], sum)
	g.emit(t, f)
}

// segment is one TCP segment's header values.
type segment struct {
	sport, dport uint16
	seq, ack     uint32
	flags        uint8
}

// writeTCP sends one TCP segment; a SYN carries the MSS option.
func (g *generator) writeTCP(t int64, src, dst *host, s segment, payload []byte) {
	hl := tcpHeaderLen
	if s.flags&flagSYN != 0 {
		hl += mssOption
	}
	n := hl + len(payload)
	f := g.frameBuf(ethHeaderLen + ipHeaderLen + n)
	off := ipv4(f, src, dst, protoTCP, n)
	h := f[off : off+n]
	be.PutUint16(h[0:], s.sport)
	be.PutUint16(h[2:], s.dport)
	be.PutUint32(h[4:], s.seq)
	be.PutUint32(h[8:], s.ack)
	h[12], h[13] = byte(hl/4)<<4, s.flags
	be.PutUint16(h[14:], tcpWindow)
	h[16], h[17], h[18], h[19] = 0, 0, 0, 0
	if hl > tcpHeaderLen {
		h[20], h[21] = 2, 4 // kind MSS, length 4
		be.PutUint16(h[22:], mss)
	}
	copy(h[hl:], payload)
	be.PutUint16(h[16:], transportChecksum(src, dst, protoTCP, h))
	g.emit(t, f)
}
