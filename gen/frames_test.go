package gen

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// tcpSegment is one TCP segment with data, as read back from a capture.
type tcpSegment struct {
	seq     uint32
	payload []byte
}

// tcpFlows is what the test reads of the TCP frames: per direction the
// initial sequence number and the data segments, in capture order.
type tcpFlows struct {
	isn      map[flow]uint32
	segments map[flow][]tcpSegment
	syns     []flow // connections in the order they were opened
	fins     map[flow]bool
	acks     map[flow]uint32 // the last acknowledgement number
	sent     map[flow]uint32 // the sequence number after the last byte (or SYN, FIN) sent
}

// readFrames parses every frame of a pcap or pcapng independently of the generator
// and of package capture: lengths and checksums are checked, TCP data is
// collected per flow.
func readFrames(t *testing.T, file []byte) *tcpFlows {
	t.Helper()
	var r interface {
		ReadPacketData() ([]byte, gopacket.CaptureInfo, error)
	}
	var err error
	if bytes.HasPrefix(file, []byte{0x0A, 0x0D, 0x0D, 0x0A}) {
		r, err = pcapgo.NewNgReader(bytes.NewReader(file), pcapgo.DefaultNgReaderOptions)
	} else {
		r, err = pcapgo.NewReader(bytes.NewReader(file))
	}
	if err != nil {
		t.Fatal(err)
	}
	var (
		eth     layers.Ethernet
		ip4     layers.IPv4
		udp     layers.UDP
		tcp     layers.TCP
		payload gopacket.Payload
		decoded []gopacket.LayerType
	)
	parser := gopacket.NewDecodingLayerParser(layers.LayerTypeEthernet, &eth, &ip4, &udp, &tcp, &payload)
	parser.IgnoreUnsupported = true // ports that gopacket gives to other protocols
	flows := &tcpFlows{isn: map[flow]uint32{}, segments: map[flow][]tcpSegment{}, fins: map[flow]bool{}, acks: map[flow]uint32{}, sent: map[flow]uint32{}}
	for n := 1; ; n++ {
		data, _, err := r.ReadPacketData()
		if err == io.EOF {
			return flows
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := parser.DecodeLayers(data, &decoded); err != nil {
			t.Fatalf("frame %d: %v", n, err)
		}
		if err := checkFrame(data); err != nil {
			t.Fatalf("frame %d: %v", n, err)
		}
		if !slices.Contains(decoded, layers.LayerTypeTCP) {
			continue
		}
		src := netip.AddrPortFrom(netip.AddrFrom4([4]byte(ip4.SrcIP.To4())), uint16(tcp.SrcPort))
		dst := netip.AddrPortFrom(netip.AddrFrom4([4]byte(ip4.DstIP.To4())), uint16(tcp.DstPort))
		f := flow{src, dst}
		if last, ok := flows.acks[f]; ok && tcp.ACK && int32(tcp.Ack-last) < 0 {
			t.Fatalf("frame %d: %v>%v acknowledges %d after %d", n, src, dst, tcp.Ack, last)
		}
		if tcp.ACK && !tcp.RST {
			flows.acks[f] = tcp.Ack
			if int32(tcp.Ack-flows.sent[flow{dst, src}]) > 0 {
				t.Fatalf("frame %d: %v>%v acknowledges %d, beyond what was sent", n, src, dst, tcp.Ack)
			}
		}
		end := tcp.Seq + uint32(len(tcp.Payload))
		if tcp.SYN || tcp.FIN {
			end++
		}
		if last, ok := flows.sent[f]; !ok || int32(end-last) > 0 {
			flows.sent[f] = end
		}
		switch {
		case tcp.SYN:
			flows.isn[f] = tcp.Seq
			if !tcp.ACK {
				flows.syns = append(flows.syns, f)
			}
		case tcp.FIN:
			flows.fins[f] = true
		case len(tcp.Payload) > 0:
			flows.segments[f] = append(flows.segments[f], tcpSegment{tcp.Seq, bytes.Clone(tcp.Payload)})
		}
	}
}

// checkFrame verifies the IPv4 header's lengths and checksum and the UDP or
// TCP checksum, with a plain 16-bit sum.
func checkFrame(f []byte) error {
	ip := f[14:]
	hl := int(ip[0]&0x0F) * 4
	total := int(binary.BigEndian.Uint16(ip[2:]))
	switch {
	case len(f) < 60:
		return fmt.Errorf("%d bytes: not padded to Ethernet's minimum", len(f))
	case total > len(ip) || total < len(ip) && len(f) > 60:
		return fmt.Errorf("IP total length %d, %d bytes follow", total, len(ip))
	case !allZero(ip[total:]):
		return fmt.Errorf("padding is not zeros")
	}
	ip = ip[:total]
	if sum16(ip[:hl], 0) != 0xFFFF {
		return fmt.Errorf("bad IP header checksum")
	}
	seg := ip[hl:]
	pseudo := sum16(ip[12:20], uint32(ip[9])+uint32(len(seg)))
	if ip[9] == protoUDP && int(binary.BigEndian.Uint16(seg[4:])) != len(seg) {
		return fmt.Errorf("UDP length %d, %d bytes", binary.BigEndian.Uint16(seg[4:]), len(seg))
	}
	if sum16(seg, pseudo) != 0xFFFF {
		return fmt.Errorf("bad %d checksum", ip[9])
	}
	return nil
}

func allZero(b []byte) bool { return !slices.ContainsFunc(b, func(c byte) bool { return c != 0 }) }

func sum16(b []byte, acc uint32) uint32 {
	for i := 0; i+1 < len(b); i += 2 {
		acc += uint32(b[i])<<8 | uint32(b[i+1])
	}
	if len(b)%2 == 1 {
		acc += uint32(b[len(b)-1]) << 8
	}
	for acc > 0xFFFF {
		acc = acc>>16 + acc&0xFFFF
	}
	return acc
}

// stream returns a flow's bytes in sequence order; the segments must cover
// them exactly once, from the SYN on.
func (fl *tcpFlows) stream(f flow) ([]byte, error) {
	segs := slices.Clone(fl.segments[f])
	slices.SortStableFunc(segs, func(a, b tcpSegment) int { return int(int32(a.seq - b.seq)) })
	isn, ok := fl.isn[f]
	if !ok {
		return nil, fmt.Errorf("data without a SYN")
	}
	var out []byte
	for _, s := range segs {
		if want := isn + 1 + uint32(len(out)); s.seq != want {
			return nil, fmt.Errorf("segment at %d, stream at %d", s.seq-isn, want-isn)
		}
		out = append(out, s.payload...)
	}
	return out, nil
}

// reordered reports whether any flow's segments were captured out of order.
func (fl *tcpFlows) reordered() bool {
	for _, segs := range fl.segments {
		for i := 1; i < len(segs); i++ {
			if int32(segs[i].seq-segs[i-1].seq) < 0 {
				return true
			}
		}
	}
	return false
}

// lengthSegments counts data segments of exactly 2 bytes: a LENGTH alone.
func (fl *tcpFlows) lengthSegments() (n, all int) {
	for _, segs := range fl.segments {
		for _, s := range segs {
			all++
			if len(s.payload) == 2 {
				n++
			}
		}
	}
	return n, all
}

// The generator's frames are the frames gopacket's serializers build.
func TestFramesMatchGopacket(t *testing.T) {
	var sink memSink
	g := &generator{sink: &sink, end: 1 << 62}
	src, dst := newHost([4]byte{10, 1, 0, 7}, clientTTL), newHost(serverIP, serverTTL)
	src.ipID, dst.ipID = 0x1234, 0x9876
	payload := []byte{0x02, 0x00, 0x2E, 0x04, 0x05, 0x00, 0x4E, 0x61, 0xBC, 0x00, 0x01}
	g.writeUDP(0, &src, 1030, &dst, serverPort, payload)
	seg := segment{sport: 1031, dport: 1250, seq: 1000, ack: 0, flags: flagSYN}
	g.writeTCP(0, &src, &dst, seg, nil)
	seg.flags, seg.seq, seg.ack = flagPSH|flagACK, 1001, 5001
	g.writeTCP(0, &src, &dst, seg, payload)
	g.loop()

	udp := &layers.UDP{SrcPort: 1030, DstPort: layers.UDPPort(serverPort)}
	synOpt := []layers.TCPOption{{OptionType: layers.TCPOptionKindMSS, OptionLength: 4, OptionData: []byte{0x05, 0xB4}}}
	syn := &layers.TCP{SrcPort: 1031, DstPort: 1250, Seq: 1000, SYN: true, Window: tcpWindow, Options: synOpt}
	data := &layers.TCP{SrcPort: 1031, DstPort: 1250, Seq: 1001, Ack: 5001, PSH: true, ACK: true, Window: tcpWindow}
	want := [][]byte{
		serialize(t, &src, &dst, 0x1234, layers.IPProtocolUDP, udp, payload),
		serialize(t, &src, &dst, 0x1235, layers.IPProtocolTCP, syn, nil),
		serialize(t, &src, &dst, 0x1236, layers.IPProtocolTCP, data, payload),
	}
	for i := range want {
		if !bytes.Equal(sink.frames[i], want[i]) {
			t.Errorf("frame %d:\n got % x\nwant % x", i, sink.frames[i], want[i])
		}
		if err := checkFrame(sink.frames[i]); err != nil {
			t.Errorf("frame %d: %v", i, err)
		}
	}
}

// memSink keeps copies of the frames.
type memSink struct{ frames [][]byte }

func (s *memSink) WriteFrame(_ time.Time, f []byte) error {
	s.frames = append(s.frames, bytes.Clone(f))
	return nil
}

type checksummed interface {
	gopacket.SerializableLayer
	SetNetworkLayerForChecksum(gopacket.NetworkLayer) error
}

func serialize(t *testing.T, src, dst *host, id uint16, proto layers.IPProtocol, l checksummed, payload []byte) []byte {
	eth := &layers.Ethernet{SrcMAC: src.mac[:], DstMAC: dst.mac[:], EthernetType: layers.EthernetTypeIPv4}
	ip := &layers.IPv4{Version: 4, IHL: 5, Id: id, TTL: src.ttl, Protocol: proto, SrcIP: src.ip[:], DstIP: dst.ip[:]}
	if err := l.SetNetworkLayerForChecksum(ip); err != nil {
		t.Fatal(err)
	}
	buf := gopacket.NewSerializeBuffer()
	opts := gopacket.SerializeOptions{FixLengths: true, ComputeChecksums: true}
	if err := gopacket.SerializeLayers(buf, opts, eth, ip, l, gopacket.Payload(payload)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
