// Package pcaptest writes small captures for tests: frames built with
// gopacket's serializers, written with pcapgo. Test code only.
package pcaptest

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"net"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// Base is the time of the first frame in test captures.
var Base = time.Date(1998, 8, 26, 12, 0, 0, 0, time.UTC)

// Frame is one frame of a test capture.
type Frame struct {
	Time    time.Time
	Data    []byte
	Link    layers.LinkType // for pcapng: the interface's link type; 0 = Ethernet (so not DLT_NULL: use DLT_LOOP)
	OrigLen int             // length on the wire when Data was cut by the snap length; 0 = len(Data)
}

// captureInfo returns the record header fields of f.
func (f Frame) captureInfo() gopacket.CaptureInfo {
	ci := gopacket.CaptureInfo{Timestamp: f.Time, CaptureLength: len(f.Data), Length: f.OrigLen}
	if ci.Length == 0 {
		ci.Length = len(f.Data)
	}
	return ci
}

// TCP describes a TCP segment for TCPFrame.
type TCP struct {
	Seq, Ack                uint32
	SYN, ACK, FIN, RST, PSH bool
	Window                  uint16
}

var (
	macA = net.HardwareAddr{0x02, 0, 0, 0, 0, 1}
	macB = net.HardwareAddr{0x02, 0, 0, 0, 0, 2}
)

// UDPFrame returns an Ethernet frame carrying an IPv4 or IPv6 UDP datagram.
func UDPFrame(src, dst netip.AddrPort, payload []byte) []byte {
	return Ethernet(UDPPacket(src, dst, payload))
}

// TCPFrame returns an Ethernet frame carrying a TCP segment.
func TCPFrame(src, dst netip.AddrPort, t TCP, payload []byte) []byte {
	tcp := &layers.TCP{SrcPort: layers.TCPPort(src.Port()), DstPort: layers.TCPPort(dst.Port()),
		Seq: t.Seq, Ack: t.Ack, SYN: t.SYN, ACK: t.ACK, FIN: t.FIN, RST: t.RST, PSH: t.PSH, Window: t.Window}
	if tcp.Window == 0 {
		tcp.Window = 8192
	}
	return Ethernet(ipPacket(src.Addr(), dst.Addr(), layers.IPProtocolTCP, tcp, payload))
}

// UDPPacket returns an IPv4 or IPv6 packet, without a link header, carrying
// a UDP datagram.
func UDPPacket(src, dst netip.AddrPort, payload []byte) []byte {
	return ipPacket(src.Addr(), dst.Addr(), layers.IPProtocolUDP, udpLayer(src, dst), payload)
}

func udpLayer(src, dst netip.AddrPort) *layers.UDP {
	return &layers.UDP{SrcPort: layers.UDPPort(src.Port()), DstPort: layers.UDPPort(dst.Port())}
}

type transport interface {
	gopacket.SerializableLayer
	SetNetworkLayerForChecksum(gopacket.NetworkLayer) error
}

func ipPacket(src, dst netip.Addr, proto layers.IPProtocol, t transport, payload []byte) []byte {
	ip := ipLayer(src, dst, proto)
	t.SetNetworkLayerForChecksum(ip)
	return Serialize(ip, t, gopacket.Payload(payload))
}

// ipLayer returns an IPv4 or IPv6 header from src to dst for proto.
func ipLayer(src, dst netip.Addr, proto layers.IPProtocol) ipHeader {
	if src.Is4() {
		return &layers.IPv4{Version: 4, TTL: 64, Protocol: proto, SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
	}
	return &layers.IPv6{Version: 6, HopLimit: 64, NextHeader: proto, SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
}

type ipHeader interface {
	gopacket.SerializableLayer
	gopacket.NetworkLayer
}

// UDPFragments returns the IPv4 or IPv6 packets, without link headers, that
// carry one UDP datagram in pieces of at most size bytes (a multiple of 8),
// in order. id is the datagram's identification.
func UDPFragments(src, dst netip.AddrPort, payload []byte, size int, id uint32) [][]byte {
	udp := udpLayer(src, dst)
	udp.SetNetworkLayerForChecksum(ipLayer(src.Addr(), dst.Addr(), layers.IPProtocolUDP))
	datagram := Serialize(udp, gopacket.Payload(payload))
	var packets [][]byte
	for off := 0; off < len(datagram); off += size {
		end := min(off+size, len(datagram))
		packets = append(packets, fragment(src.Addr(), dst.Addr(), id, off, end < len(datagram), datagram[off:end]))
	}
	return packets
}

// fragment returns the IP packet that carries piece of a UDP datagram at
// byte offset off.
func fragment(src, dst netip.Addr, id uint32, off int, more bool, piece []byte) []byte {
	if src.Is4() {
		ip := &layers.IPv4{Version: 4, TTL: 64, Protocol: layers.IPProtocolUDP, Id: uint16(id),
			FragOffset: uint16(off / 8), SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
		if more {
			ip.Flags = layers.IPv4MoreFragments
		}
		return Serialize(ip, gopacket.Payload(piece))
	}
	ip := &layers.IPv6{Version: 6, HopLimit: 64, NextHeader: layers.IPProtocolIPv6Fragment,
		SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
	fh := &layers.IPv6Fragment{NextHeader: layers.IPProtocolUDP, FragmentOffset: uint16(off / 8),
		MoreFragments: more, Identification: id}
	return Serialize(ip, fh, gopacket.Payload(piece))
}

// etherType returns the EtherType of an IP packet, by its version.
func etherType(ip []byte) layers.EthernetType {
	if len(ip) > 0 && ip[0]>>4 == 6 {
		return layers.EthernetTypeIPv6
	}
	return layers.EthernetTypeIPv4
}

// Ethernet wraps an IP packet in an Ethernet frame, with an 802.1Q tag for
// each VLAN id, outermost first; the outer tag of two or more is an 802.1ad
// (QinQ) service tag.
func Ethernet(ip []byte, vlans ...uint16) []byte {
	// Each header names the type of the one after it, so build inside out.
	ls := []gopacket.SerializableLayer{gopacket.Payload(ip)}
	next := etherType(ip)
	for i := len(vlans) - 1; i >= 0; i-- {
		ls = append([]gopacket.SerializableLayer{&layers.Dot1Q{VLANIdentifier: vlans[i], Type: next}}, ls...)
		next = layers.EthernetTypeDot1Q
		if i == 0 && len(vlans) > 1 {
			next = layers.EthernetTypeQinQ
		}
	}
	eth := &layers.Ethernet{SrcMAC: macA, DstMAC: macB, EthernetType: next}
	return Serialize(append([]gopacket.SerializableLayer{eth}, ls...)...)
}

// SLL wraps an IP packet in a Linux cooked capture (v1) header, as a packet
// sent by this host on an Ethernet interface.
func SLL(ip []byte) []byte {
	h := make([]byte, 16, 16+len(ip))
	binary.BigEndian.PutUint16(h[0:], 4) // LINUX_SLL_OUTGOING
	binary.BigEndian.PutUint16(h[2:], uint16(layers.LinkTypeEthernet))
	binary.BigEndian.PutUint16(h[4:], uint16(len(macA)))
	copy(h[6:14], macA)
	binary.BigEndian.PutUint16(h[14:], uint16(etherType(ip)))
	return append(h, ip...)
}

// SLL2 wraps an IP packet in a Linux cooked capture v2 header.
func SLL2(ip []byte) []byte {
	h := make([]byte, 20, 20+len(ip))
	binary.BigEndian.PutUint16(h[0:], uint16(etherType(ip)))
	binary.BigEndian.PutUint32(h[4:], 2) // interface index
	binary.BigEndian.PutUint16(h[8:], uint16(layers.LinkTypeEthernet))
	h[10] = 4 // LINUX_SLL_OUTGOING
	h[11] = byte(len(macA))
	copy(h[12:20], macA)
	return append(h, ip...)
}

// Null wraps an IP packet in a BSD loopback header: the address family as a
// 4-byte integer, in the capturing host's byte order for DLT_NULL and in
// network byte order for DLT_LOOP.
func Null(ip []byte, family uint32, order binary.AppendByteOrder) []byte {
	return append(order.AppendUint32(nil, family), ip...)
}

// Serialize builds a frame from layers, with lengths and checksums computed.
func Serialize(ls ...gopacket.SerializableLayer) []byte {
	buf := gopacket.NewSerializeBuffer()
	opts := gopacket.SerializeOptions{FixLengths: true, ComputeChecksums: true}
	if err := gopacket.SerializeLayers(buf, opts, ls...); err != nil {
		panic("pcaptest: " + err.Error())
	}
	return append([]byte(nil), buf.Bytes()...)
}

// Pcap returns a classic pcap file (microsecond, little-endian) of frames on link.
func Pcap(link layers.LinkType, frames ...Frame) []byte {
	var out bytes.Buffer
	w := pcapgo.NewWriter(&out)
	if err := w.WriteFileHeader(65536, link); err != nil {
		panic(err)
	}
	for _, f := range frames {
		writeFrame(w, f)
	}
	return out.Bytes()
}

// PcapNano returns a classic pcap file with nanosecond timestamps.
func PcapNano(link layers.LinkType, frames ...Frame) []byte {
	var out bytes.Buffer
	w := pcapgo.NewWriterNanos(&out)
	if err := w.WriteFileHeader(65536, link); err != nil {
		panic(err)
	}
	for _, f := range frames {
		writeFrame(w, f)
	}
	return out.Bytes()
}

// PcapBigEndian returns a classic pcap file written in big-endian byte order,
// as a SPARC or PowerPC host writes it, with microsecond or nanosecond times.
// pcapgo writes little-endian only, so this writes the format by hand.
func PcapBigEndian(link layers.LinkType, nano bool, frames ...Frame) []byte {
	be := binary.BigEndian
	magic, unit := uint32(0xa1b2c3d4), time.Microsecond
	if nano {
		magic, unit = 0xa1b23c4d, time.Nanosecond
	}
	out := be.AppendUint32(nil, magic)
	out = be.AppendUint16(out, 2) // version 2.4
	out = be.AppendUint16(out, 4)
	out = be.AppendUint32(out, 0) // time zone
	out = be.AppendUint32(out, 0) // sigfigs
	out = be.AppendUint32(out, 65536)
	out = be.AppendUint32(out, uint32(link))
	for _, f := range frames {
		ci := f.captureInfo()
		out = be.AppendUint32(out, uint32(f.Time.Unix()))
		out = be.AppendUint32(out, uint32(time.Duration(f.Time.Nanosecond())/unit))
		out = be.AppendUint32(out, uint32(ci.CaptureLength))
		out = be.AppendUint32(out, uint32(ci.Length))
		out = append(out, f.Data...)
	}
	return out
}

// Gzip returns b gzip-compressed, as a capture saved as file.pcap.gz.
func Gzip(b []byte) []byte {
	var out bytes.Buffer
	w := gzip.NewWriter(&out)
	w.Write(b)
	if err := w.Close(); err != nil {
		panic(err)
	}
	return out.Bytes()
}

func writeFrame(w *pcapgo.Writer, f Frame) {
	if err := w.WritePacket(f.captureInfo(), f.Data); err != nil {
		panic(err)
	}
}

// Pcapng returns a pcapng file; each distinct Frame.Link gets an interface.
func Pcapng(frames ...Frame) []byte {
	var out bytes.Buffer
	first := linkOf(frames, 0)
	w, err := pcapgo.NewNgWriterInterface(&out, pcapgo.NgInterface{Name: "if0", LinkType: first, SnapLength: 65536}, pcapgo.DefaultNgWriterOptions)
	if err != nil {
		panic(err)
	}
	ifaces := map[layers.LinkType]int{first: 0}
	for i, f := range frames {
		link := linkOf(frames, i)
		id, ok := ifaces[link]
		if !ok {
			id, err = w.AddInterface(pcapgo.NgInterface{Name: "if", LinkType: link, SnapLength: 65536})
			if err != nil {
				panic(err)
			}
			ifaces[link] = id
		}
		ci := f.captureInfo()
		ci.InterfaceIndex = id
		if err := w.WritePacket(ci, f.Data); err != nil {
			panic(err)
		}
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	return out.Bytes()
}

func linkOf(frames []Frame, i int) layers.LinkType {
	if i < len(frames) && frames[i].Link != 0 {
		return frames[i].Link
	}
	return layers.LinkTypeEthernet
}

// At returns Base plus d, for frame times.
func At(d time.Duration) time.Time { return Base.Add(d) }
