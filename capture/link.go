package capture

import (
	"encoding/binary"
	"net"
	"net/netip"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// Link types that carry a bare IP packet and that gopacket has no name for:
// DLT_RAW is 12 in most libpcap headers and 14 in OpenBSD's. Files record
// them when the writer put the DLT in the header instead of LINKTYPE_RAW.
const (
	linkTypeRawDLT     layers.LinkType = 12
	linkTypeRawOpenBSD layers.LinkType = 14
)

// frameKind is what the link decoder made of a frame.
type frameKind uint8

const (
	frameTransport   frameKind = iota // a UDP datagram or TCP segment, in transportPayload
	frameOther                        // decoded, but carries neither UDP nor TCP (ARP, ICMP, ...)
	frameMalformed                    // a link, IP, UDP or TCP header could not be decoded
	frameUnsupported                  // a link type the decoder does not know
	frameFragment4                    // an IPv4 fragment, in linkDecoder.ip4
	frameFragment6                    // an IPv6 fragment, in linkDecoder.ip6 and ip6frag
	frameHeld                         // a fragment kept until its datagram is complete
)

// linkDecoder decodes link, IP and transport headers with preallocated
// layers: decoding a frame allocates nothing. There is one parser for each
// layer a frame can begin with; all of them share the layer objects.
type linkDecoder struct {
	eth     layers.Ethernet
	dot1q   layers.Dot1Q
	sll     layers.LinuxSLL
	sll2    layers.LinuxSLL2
	loop    layers.Loopback
	ip4     layers.IPv4
	ip6     layers.IPv6
	ip6frag layers.IPv6Fragment
	udp     layers.UDP
	tcp     layers.TCP
	parsers map[gopacket.LayerType]*gopacket.DecodingLayerParser
	decoded []gopacket.LayerType
}

// firstLayers are the layers a parser may start at: link layers for frames,
// IP for raw IP links, UDP and TCP for reassembled datagrams.
var firstLayers = []gopacket.LayerType{
	layers.LayerTypeEthernet, layers.LayerTypeLinuxSLL, layers.LayerTypeLinuxSLL2,
	layers.LayerTypeLoopback, layers.LayerTypeIPv4, layers.LayerTypeIPv6,
	layers.LayerTypeUDP, layers.LayerTypeTCP,
}

func (d *linkDecoder) init() {
	d.parsers = make(map[gopacket.LayerType]*gopacket.DecodingLayerParser, len(firstLayers))
	for _, first := range firstLayers {
		p := gopacket.NewDecodingLayerParser(first)
		p.SetDecodingLayerContainer(gopacket.DecodingLayerSparse(nil))
		for _, l := range []gopacket.DecodingLayer{&d.eth, &d.dot1q, &d.sll, &d.sll2, &d.loop,
			&d.ip4, &d.ip6, &d.ip6frag, &d.udp, &d.tcp} {
			p.AddDecodingLayer(l)
		}
		// A layer the parsers lack (ARP, ICMP, DNS, ...) ends decoding
		// without an error: the frame is simply not ICQ.
		p.IgnoreUnsupported = true
		d.parsers[first] = p
	}
	d.decoded = make([]gopacket.LayerType, 0, 8)
}

// firstLayer returns the layer a frame of the link type begins with, and
// whether the link type is supported at all. For a supported link type the
// layer is LayerTypeZero when the frame cannot be IP (a raw IP frame whose
// version is neither 4 nor 6).
func firstLayer(link layers.LinkType, data []byte) (gopacket.LayerType, bool) {
	switch link {
	case layers.LinkTypeEthernet:
		return layers.LayerTypeEthernet, true
	case layers.LinkTypeLinuxSLL:
		return layers.LayerTypeLinuxSLL, true
	case layers.LinkTypeLinuxSLL2:
		return layers.LayerTypeLinuxSLL2, true
	case layers.LinkTypeNull, layers.LinkTypeLoop:
		// gopacket's Loopback takes the family in either byte order.
		return layers.LayerTypeLoopback, true
	case layers.LinkTypeIPv4:
		return layers.LayerTypeIPv4, true
	case layers.LinkTypeIPv6:
		return layers.LayerTypeIPv6, true
	case layers.LinkTypeRaw, linkTypeRawDLT, linkTypeRawOpenBSD:
		return ipByVersion(data), true
	}
	return gopacket.LayerTypeZero, false
}

// ipByVersion picks the IP layer by the version in the packet's first nibble.
func ipByVersion(data []byte) gopacket.LayerType {
	if len(data) > 0 {
		switch data[0] >> 4 {
		case 4:
			return layers.LayerTypeIPv4
		case 6:
			return layers.LayerTypeIPv6
		}
	}
	return gopacket.LayerTypeZero
}

// decode decodes a frame's headers; for frameTransport it returns the
// transport payload.
func (d *linkDecoder) decode(link layers.LinkType, data []byte) (transportPayload, frameKind) {
	if link == layers.LinkTypeEthernet {
		if t, ok := fastUDP4(data); ok {
			return t, frameTransport
		}
		if t, ok := d.fastTCP4(data); ok {
			return t, frameTransport
		}
	}
	return d.decodeLayers(link, data)
}

// decodeLayers decodes a frame's headers with the parsers, layer by layer.
func (d *linkDecoder) decodeLayers(link layers.LinkType, data []byte) (transportPayload, frameKind) {
	first, ok := firstLayer(link, data)
	if !ok {
		return transportPayload{}, frameUnsupported
	}
	truncated, ok := d.parse(first, data)
	if !ok {
		return transportPayload{}, frameMalformed
	}
	src, dst := d.addrs()
	return d.transport(src, dst, truncated)
}

// datagram decodes the transport header of a reassembled IP datagram.
func (d *linkDecoder) datagram(proto layers.IPProtocol, payload []byte, src, dst net.IP) (transportPayload, frameKind) {
	truncated, ok := d.parse(proto.LayerType(), payload)
	if !ok {
		return transportPayload{}, frameMalformed
	}
	srcIP, _ := netip.AddrFromSlice(src)
	dstIP, _ := netip.AddrFromSlice(dst)
	return d.transport(srcIP, dstIP, truncated)
}

// parse decodes data from the first layer on. ok is false when a header is
// damaged; truncated says a length field claims more bytes than data holds.
func (d *linkDecoder) parse(first gopacket.LayerType, data []byte) (truncated, ok bool) {
	p := d.parsers[first]
	if p == nil {
		return false, false
	}
	if err := p.DecodeLayers(data, &d.decoded); err != nil || len(d.decoded) == 0 {
		return false, false
	}
	return p.Truncated, true
}

// addrs returns the addresses of the innermost IP header decoded.
func (d *linkDecoder) addrs() (src, dst netip.Addr) {
	for i := len(d.decoded) - 1; i >= 0; i-- {
		switch d.decoded[i] {
		case layers.LayerTypeIPv4:
			src, _ = netip.AddrFromSlice(d.ip4.SrcIP)
			dst, _ = netip.AddrFromSlice(d.ip4.DstIP)
			return src, dst
		case layers.LayerTypeIPv6:
			src, _ = netip.AddrFromSlice(d.ip6.SrcIP)
			dst, _ = netip.AddrFromSlice(d.ip6.DstIP)
			return src, dst
		}
	}
	return src, dst
}

// transport classifies a decoded frame by its last layer.
func (d *linkDecoder) transport(src, dst netip.Addr, truncated bool) (t transportPayload, kind frameKind) {
	t.truncated = truncated
	switch d.decoded[len(d.decoded)-1] {
	case layers.LayerTypeUDP:
		t.transport = UDP
		t.src = netip.AddrPortFrom(src, uint16(d.udp.SrcPort))
		t.dst = netip.AddrPortFrom(dst, uint16(d.udp.DstPort))
		t.payload = d.udp.Payload
	case layers.LayerTypeTCP:
		t.transport = TCP
		t.src = netip.AddrPortFrom(src, uint16(d.tcp.SrcPort))
		t.dst = netip.AddrPortFrom(dst, uint16(d.tcp.DstPort))
		t.payload = d.tcp.Payload
	case layers.LayerTypeIPv4:
		if d.ip4.Flags&layers.IPv4MoreFragments != 0 || d.ip4.FragOffset != 0 {
			return t, frameFragment4
		}
		return t, frameOther
	case layers.LayerTypeIPv6Fragment:
		if d.ip6frag.MoreFragments || d.ip6frag.FragmentOffset != 0 {
			return t, frameFragment6
		}
		return t, frameOther
	default:
		return t, frameOther
	}
	return t, frameTransport
}

// fastUDP4 decodes the commonest frame straight from its bytes: Ethernet,
// IPv4 without options and not a fragment, UDP, every length consistent
// and within the frame. ok is false for any other frame, which the parsers
// decode; for this one they find what fastUDP4 finds (TestFastUDP4, and
// FuzzFastUDP4), at a fraction of the cost: the parsers' layer-by-layer
// decoding was a third of the reading goroutine's CPU.
func fastUDP4(data []byte) (t transportPayload, ok bool) {
	const udpLen = 8
	ip, ok := fastIPv4(data, layers.IPProtocolUDP)
	if !ok || len(ip) < ipv4Len+udpLen {
		return t, false
	}
	udp := ip[ipv4Len:]
	length := int(binary.BigEndian.Uint16(udp[4:]))
	if length < udpLen || length > len(udp) {
		return t, false
	}
	t.transport = UDP
	t.src, t.dst = fastAddrs(ip, udp)
	t.payload = udp[udpLen:length]
	return t, true
}

// fastTCP4 is fastUDP4 for TCP: Ethernet and IPv4 read straight from the
// bytes, the TCP header (its options too) by gopacket's own decoder into the
// layer the parsers fill, so that the reassembly reads the same segment
// (TestFastTCP4, FuzzFastTCP4). The peer TCP profile showed the parsers'
// Ethernet and IPv4 layers at a third of the link decoding.
func (d *linkDecoder) fastTCP4(data []byte) (t transportPayload, ok bool) {
	ip, ok := fastIPv4(data, layers.IPProtocolTCP)
	if !ok || d.tcp.DecodeFromBytes(ip[ipv4Len:], gopacket.NilDecodeFeedback) != nil {
		return t, false
	}
	t.transport = TCP
	t.src, t.dst = fastAddrs(ip, ip[ipv4Len:])
	t.payload = d.tcp.Payload
	return t, true
}

const ipv4Len = 20 // an IPv4 header without options

// fastIPv4 returns the IPv4 packet of an Ethernet frame, cut to its total
// length, when it carries proto, has no options, is no fragment, and its
// total length is within the frame; ok is false for any other frame.
func fastIPv4(data []byte, proto layers.IPProtocol) (ip []byte, ok bool) {
	const ethLen = 14
	be := binary.BigEndian
	if len(data) < ethLen+ipv4Len || be.Uint16(data[12:]) != uint16(layers.EthernetTypeIPv4) {
		return nil, false
	}
	ip = data[ethLen:]
	total := int(be.Uint16(ip[2:]))
	const moreFragments, offset = 0x2000, 0x1fff
	if ip[0] != 0x45 || ip[9] != byte(proto) || total < ipv4Len || total > len(ip) ||
		be.Uint16(ip[6:])&(moreFragments|offset) != 0 {
		return nil, false
	}
	return ip[:total], true
}

// fastAddrs returns the addresses of an IPv4 packet with the ports that
// begin its UDP or TCP header.
func fastAddrs(ip, transport []byte) (src, dst netip.AddrPort) {
	be := binary.BigEndian
	src = netip.AddrPortFrom(netip.AddrFrom4([4]byte(ip[12:16])), be.Uint16(transport[0:]))
	dst = netip.AddrPortFrom(netip.AddrFrom4([4]byte(ip[16:20])), be.Uint16(transport[2:]))
	return src, dst
}
