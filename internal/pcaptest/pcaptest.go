// Package pcaptest writes small captures for tests: frames built with
// gopacket's serializers, written with pcapgo. Test code only.
package pcaptest

import (
	"bytes"
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
	Time time.Time
	Data []byte
	Link layers.LinkType // for pcapng: the interface's link type; 0 = Ethernet
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
	udp := &layers.UDP{SrcPort: layers.UDPPort(src.Port()), DstPort: layers.UDPPort(dst.Port())}
	return ethernet(src.Addr(), dst.Addr(), layers.IPProtocolUDP, udp, payload)
}

// TCPFrame returns an Ethernet frame carrying a TCP segment.
func TCPFrame(src, dst netip.AddrPort, t TCP, payload []byte) []byte {
	tcp := &layers.TCP{SrcPort: layers.TCPPort(src.Port()), DstPort: layers.TCPPort(dst.Port()),
		Seq: t.Seq, Ack: t.Ack, SYN: t.SYN, ACK: t.ACK, FIN: t.FIN, RST: t.RST, PSH: t.PSH, Window: t.Window}
	if tcp.Window == 0 {
		tcp.Window = 8192
	}
	return ethernet(src.Addr(), dst.Addr(), layers.IPProtocolTCP, tcp, payload)
}

type transport interface {
	gopacket.SerializableLayer
	SetNetworkLayerForChecksum(gopacket.NetworkLayer) error
}

func ethernet(src, dst netip.Addr, proto layers.IPProtocol, t transport, payload []byte) []byte {
	eth := &layers.Ethernet{SrcMAC: macA, DstMAC: macB}
	var ipLayer gopacket.SerializableLayer
	if src.Is4() {
		eth.EthernetType = layers.EthernetTypeIPv4
		ip4 := &layers.IPv4{Version: 4, TTL: 64, Protocol: proto, SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
		t.SetNetworkLayerForChecksum(ip4)
		ipLayer = ip4
	} else {
		eth.EthernetType = layers.EthernetTypeIPv6
		ip6 := &layers.IPv6{Version: 6, HopLimit: 64, NextHeader: proto, SrcIP: src.AsSlice(), DstIP: dst.AsSlice()}
		t.SetNetworkLayerForChecksum(ip6)
		ipLayer = ip6
	}
	return Serialize(eth, ipLayer, t, gopacket.Payload(payload))
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

func writeFrame(w *pcapgo.Writer, f Frame) {
	ci := gopacket.CaptureInfo{Timestamp: f.Time, CaptureLength: len(f.Data), Length: len(f.Data)}
	if err := w.WritePacket(ci, f.Data); err != nil {
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
		ci := gopacket.CaptureInfo{Timestamp: f.Time, CaptureLength: len(f.Data), Length: len(f.Data), InterfaceIndex: id}
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
