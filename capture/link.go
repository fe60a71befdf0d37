package capture

import (
	"net/netip"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
)

// linkDecoder decodes link, IP and transport headers with preallocated
// layers: decoding a frame allocates nothing.
type linkDecoder struct {
	eth     layers.Ethernet
	dot1q   layers.Dot1Q
	ip4     layers.IPv4
	ip6     layers.IPv6
	udp     layers.UDP
	tcp     layers.TCP
	payload gopacket.Payload
	parsers map[layers.LinkType]*gopacket.DecodingLayerParser
	decoded []gopacket.LayerType
}

func (d *linkDecoder) parser(link layers.LinkType) *gopacket.DecodingLayerParser {
	if p, ok := d.parsers[link]; ok {
		return p
	}
	var first gopacket.LayerType
	switch link {
	case layers.LinkTypeEthernet:
		first = layers.LayerTypeEthernet
	default:
		return nil
	}
	p := gopacket.NewDecodingLayerParser(first, &d.eth, &d.dot1q, &d.ip4, &d.ip6, &d.udp, &d.tcp, &d.payload)
	p.IgnoreUnsupported = true
	if d.parsers == nil {
		d.parsers = make(map[layers.LinkType]*gopacket.DecodingLayerParser)
	}
	d.parsers[link] = p
	return p
}

// decode returns the transport payload of a frame; ok is false when the
// frame's headers cannot be decoded.
func (d *linkDecoder) decode(link layers.LinkType, data []byte) (t transportPayload, ok bool) {
	p := d.parser(link)
	if p == nil {
		return t, false
	}
	if err := p.DecodeLayers(data, &d.decoded); err != nil && len(d.decoded) == 0 {
		return t, false
	}
	var srcIP, dstIP netip.Addr
	for _, lt := range d.decoded {
		switch lt {
		case layers.LayerTypeIPv4:
			srcIP, _ = netip.AddrFromSlice(d.ip4.SrcIP.To4())
			dstIP, _ = netip.AddrFromSlice(d.ip4.DstIP.To4())
		case layers.LayerTypeIPv6:
			srcIP, _ = netip.AddrFromSlice(d.ip6.SrcIP)
			dstIP, _ = netip.AddrFromSlice(d.ip6.DstIP)
		case layers.LayerTypeUDP:
			t.transport = UDP
			t.src = netip.AddrPortFrom(srcIP, uint16(d.udp.SrcPort))
			t.dst = netip.AddrPortFrom(dstIP, uint16(d.udp.DstPort))
			t.payload = d.udp.Payload
		case layers.LayerTypeTCP:
			t.transport = TCP
			t.src = netip.AddrPortFrom(srcIP, uint16(d.tcp.SrcPort))
			t.dst = netip.AddrPortFrom(dstIP, uint16(d.tcp.DstPort))
			t.payload = d.tcp.Payload
		}
	}
	return t, true
}
