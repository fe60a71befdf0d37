package capture

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

var (
	client  = netip.MustParseAddrPort("192.168.1.10:1050")
	server  = netip.MustParseAddrPort("10.0.0.1:4000")
	dns     = netip.MustParseAddrPort("10.0.0.53:53")
	client6 = netip.MustParseAddrPort("[2001:db8::10]:1050")
	server6 = netip.MustParseAddrPort("[2001:db8::1]:4000")
	dns6    = netip.MustParseAddrPort("[2001:db8::53]:53")

	// ackC2S is a client's ACK: version 2, command 0x000a, seq 1, UIN 12345678.
	ackC2S = []byte{0x02, 0x00, 0x0a, 0x00, 0x01, 0x00, 0x4e, 0x61, 0xbc, 0x00}
	// ackS2C is the server's ACK: version 2, command 0x000a, seq 1.
	ackS2C = []byte{0x02, 0x00, 0x0a, 0x00, 0x01, 0x00}
	// dnsQuery is the start of a DNS query: not ICQ.
	dnsQuery = []byte{0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}
)

// got is what the tests check of a Packet.
type got struct {
	Frame     uint64
	Src, Dst  netip.AddrPort
	Dir       dissect.Direction
	Payload   string // hex
	Truncated bool
}

func gotOf(p *Packet) got {
	return got{p.Frame, p.Src, p.Dst, p.Dir, hex.EncodeToString(p.Payload), p.Truncated}
}

// readAll reads r to its end; err is nil at a clean end.
func readAll(t *testing.T, r *Reader) (pkts []got, err error) {
	t.Helper()
	for p, err := range r.All() {
		if err != nil {
			return pkts, err
		}
		if p.Transport != UDP {
			t.Errorf("frame %d: transport %v, want udp", p.Frame, p.Transport)
		}
		pkts = append(pkts, gotOf(p))
	}
	return pkts, nil
}

// checkBuckets checks that every frame read landed in exactly one bucket.
func checkBuckets(t testing.TB, s Stats) {
	t.Helper()
	if sum := s.ICQFrames + s.PeerFrames + s.Skipped + s.Malformed + s.Fragments + s.Unsupported; sum != s.Frames {
		t.Errorf("buckets hold %d frames, %d were read: %+v", sum, s.Frames, s)
	}
}

// read reads a whole capture held in memory.
func read(t *testing.T, file []byte) ([]got, Stats, error) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(file), "test.pcap", Config{})
	if err != nil {
		t.Fatal(err)
	}
	pkts, err := readAll(t, r)
	checkBuckets(t, r.Stats())
	return pkts, r.Stats(), err
}

// expect reads a whole capture and checks its packets and counts.
func expect(t *testing.T, file []byte, want []got, stats Stats) {
	t.Helper()
	pkts, s, err := read(t, file)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pkts, want) {
		t.Errorf("packets:\n got %+v\nwant %+v", pkts, want)
	}
	if s != stats {
		t.Errorf("stats %+v, want %+v", s, stats)
	}
}

// frames returns test frames one millisecond apart.
func frames(data ...[]byte) []pcaptest.Frame {
	fs := make([]pcaptest.Frame, len(data))
	for i, d := range data {
		fs[i] = pcaptest.Frame{Time: pcaptest.At(time.Duration(i) * time.Millisecond), Data: d}
	}
	return fs
}

func identity(ip []byte) []byte { return ip }

func null(family uint32, order binary.AppendByteOrder) func([]byte) []byte {
	return func(ip []byte) []byte { return pcaptest.Null(ip, family, order) }
}

func vlans(ids ...uint16) func([]byte) []byte {
	return func(ip []byte) []byte { return pcaptest.Ethernet(ip, ids...) }
}

// TestLinkTypes reads, for each link type, a client's ACK, the server's ACK
// and a DNS query, over IPv4 or IPv6.
func TestLinkTypes(t *testing.T) {
	be, le := binary.BigEndian, binary.LittleEndian
	tests := []struct {
		name string
		link layers.LinkType
		v6   bool
		wrap func(ip []byte) []byte
	}{
		{"ethernet", layers.LinkTypeEthernet, false, vlans()},
		{"ethernet ipv6", layers.LinkTypeEthernet, true, vlans()},
		{"802.1Q", layers.LinkTypeEthernet, false, vlans(7)},
		{"802.1Q ipv6", layers.LinkTypeEthernet, true, vlans(7)},
		{"QinQ", layers.LinkTypeEthernet, false, vlans(100, 7)},
		{"sll", layers.LinkTypeLinuxSLL, false, pcaptest.SLL},
		{"sll ipv6", layers.LinkTypeLinuxSLL, true, pcaptest.SLL},
		{"sll2", layers.LinkTypeLinuxSLL2, false, pcaptest.SLL2},
		{"sll2 ipv6", layers.LinkTypeLinuxSLL2, true, pcaptest.SLL2},
		{"raw 101", layers.LinkTypeRaw, false, identity},
		{"raw 101 ipv6", layers.LinkTypeRaw, true, identity},
		{"raw DLT 12", 12, false, identity},
		{"raw DLT 12 ipv6", 12, true, identity},
		{"raw OpenBSD 14", 14, false, identity},
		{"ipv4 228", layers.LinkTypeIPv4, false, identity},
		{"ipv6 229", layers.LinkTypeIPv6, true, identity},
		{"null little-endian", layers.LinkTypeNull, false, null(2, le)},
		{"null big-endian", layers.LinkTypeNull, false, null(2, be)},
		{"null ipv6 BSD 24", layers.LinkTypeNull, true, null(24, le)},
		{"null ipv6 FreeBSD 28", layers.LinkTypeNull, true, null(28, le)},
		{"null ipv6 Darwin 30", layers.LinkTypeNull, true, null(30, be)},
		{"loop", layers.LinkTypeLoop, false, null(2, be)},
		{"loop ipv6", layers.LinkTypeLoop, true, null(24, be)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, s, d := client, server, dns
			if tc.v6 {
				c, s, d = client6, server6, dns6
			}
			file := pcaptest.Pcap(tc.link, frames(
				tc.wrap(pcaptest.UDPPacket(c, s, ackC2S)),
				tc.wrap(pcaptest.UDPPacket(s, c, ackS2C)),
				tc.wrap(pcaptest.UDPPacket(c, d, dnsQuery)),
			)...)
			expect(t, file, []got{
				{1, c, s, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
				{2, s, c, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
			}, Stats{Frames: 3, ICQFrames: 2, Skipped: 1, UDPPackets: 2})
		})
	}
}

func TestUnsupportedLinkType(t *testing.T) {
	const user0 layers.LinkType = 147
	frame := pcaptest.UDPFrame(client, server, ackC2S)
	r, err := NewReader(bytes.NewReader(pcaptest.Pcap(user0, frames(frame, frame)...)), "user0.pcap", Config{})
	if err != nil {
		t.Fatal(err)
	}
	pkts, err := readAll(t, r)
	if err != nil || len(pkts) != 0 {
		t.Fatalf("got %v, %v; want no packets and a clean end", pkts, err)
	}
	if want := (Stats{Frames: 2, Unsupported: 2}); r.Stats() != want {
		t.Errorf("stats %+v, want %+v", r.Stats(), want)
	}
	if links := r.UnsupportedLinks(); !slices.Equal(links, []layers.LinkType{user0}) {
		t.Errorf("UnsupportedLinks() = %v, want [%v]", links, user0)
	}
}

// TestFileFormats reads the same three frames from pcap in both byte orders
// with both time resolutions, from pcapng, and gzip-compressed.
func TestFileFormats(t *testing.T) {
	// 1.000001999 s: a microsecond file keeps 1.000001 s.
	at := pcaptest.At(time.Second + 1999*time.Nanosecond)
	fs := []pcaptest.Frame{
		{Time: at, Data: pcaptest.UDPFrame(client, server, ackC2S)},
		{Time: at.Add(time.Second), Data: pcaptest.UDPFrame(server, client, ackS2C)},
		{Time: at.Add(2 * time.Second), Data: pcaptest.UDPFrame(client, dns, dnsQuery)},
	}
	eth := layers.LinkTypeEthernet
	tests := []struct {
		name string
		file []byte
		unit time.Duration
	}{
		{"pcap little-endian microseconds", pcaptest.Pcap(eth, fs...), time.Microsecond},
		{"pcap little-endian nanoseconds", pcaptest.PcapNano(eth, fs...), time.Nanosecond},
		{"pcap big-endian microseconds", pcaptest.PcapBigEndian(eth, false, fs...), time.Microsecond},
		{"pcap big-endian nanoseconds", pcaptest.PcapBigEndian(eth, true, fs...), time.Nanosecond},
		{"pcapng", pcaptest.Pcapng(fs...), time.Nanosecond},
		{"pcap gzip", pcaptest.Gzip(pcaptest.Pcap(eth, fs...)), time.Microsecond},
		{"pcapng gzip", pcaptest.Gzip(pcaptest.Pcapng(fs...)), time.Nanosecond},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(tc.file), "test", Config{})
			if err != nil {
				t.Fatal(err)
			}
			for i, want := range []got{
				{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
				{2, server, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
			} {
				p, err := r.Next()
				if err != nil {
					t.Fatal(err)
				}
				if gotOf(p) != want {
					t.Errorf("packet %d: got %+v, want %+v", i+1, gotOf(p), want)
				}
				if wantTime := fs[i].Time.Truncate(tc.unit); !p.Time.Equal(wantTime) {
					t.Errorf("packet %d: time %v, want %v", i+1, p.Time, wantTime)
				}
				if p.FrameLen != len(fs[i].Data) {
					t.Errorf("packet %d: FrameLen %d, want %d", i+1, p.FrameLen, len(fs[i].Data))
				}
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("after the last packet: %v, want io.EOF", err)
			}
			if want := (Stats{Frames: 3, ICQFrames: 2, Skipped: 1, UDPPackets: 2}); r.Stats() != want {
				t.Errorf("stats %+v, want %+v", r.Stats(), want)
			}
		})
	}
}

// TestPcapngMixedLinkTypes reads one pcapng file whose interfaces have
// different link types, with frames of each interleaved.
func TestPcapngMixedLinkTypes(t *testing.T) {
	const user0 layers.LinkType = 147
	fs := []pcaptest.Frame{
		{Link: layers.LinkTypeEthernet, Data: pcaptest.UDPFrame(client, server, ackC2S)},
		{Link: layers.LinkTypeLinuxSLL, Data: pcaptest.SLL(pcaptest.UDPPacket(server, client, ackS2C))},
		{Link: layers.LinkTypeRaw, Data: pcaptest.UDPPacket(client6, server6, ackC2S)},
		{Link: user0, Data: pcaptest.UDPFrame(client, server, ackC2S)},
		{Link: layers.LinkTypeLoop, Data: pcaptest.Null(pcaptest.UDPPacket(server6, client6, ackS2C), 30, binary.BigEndian)},
		{Link: layers.LinkTypeLinuxSLL2, Data: pcaptest.SLL2(pcaptest.UDPPacket(client, dns, dnsQuery))},
		{Link: layers.LinkTypeEthernet, Data: pcaptest.UDPFrame(server, client, ackS2C)},
	}
	for i := range fs {
		fs[i].Time = pcaptest.At(time.Duration(i) * time.Second)
	}
	r, err := NewReader(bytes.NewReader(pcaptest.Pcapng(fs...)), "mixed.pcapng", Config{})
	if err != nil {
		t.Fatal(err)
	}
	pkts, err := readAll(t, r)
	if err != nil {
		t.Fatal(err)
	}
	want := []got{
		{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
		{2, server, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
		{3, client6, server6, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
		{5, server6, client6, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
		{7, server, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
	}
	if !slices.Equal(pkts, want) {
		t.Errorf("packets:\n got %+v\nwant %+v", pkts, want)
	}
	if want := (Stats{Frames: 7, ICQFrames: 5, Skipped: 1, Unsupported: 1, UDPPackets: 5}); r.Stats() != want {
		t.Errorf("stats %+v, want %+v", r.Stats(), want)
	}
	checkBuckets(t, r.Stats())
	if links := r.UnsupportedLinks(); !slices.Equal(links, []layers.LinkType{user0}) {
		t.Errorf("UnsupportedLinks() = %v, want [%v]", links, user0)
	}
}

func TestOpenStdin(t *testing.T) {
	file := pcaptest.Pcap(layers.LinkTypeEthernet, frames(pcaptest.UDPFrame(client, server, ackC2S))...)
	r, err := Open("-", bytes.NewReader(file), Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.Name() != "standard input" {
		t.Errorf("Name() = %q, want %q", r.Name(), "standard input")
	}
	pkts, err := readAll(t, r)
	if err != nil || len(pkts) != 1 || pkts[0].Payload != hex.EncodeToString(ackC2S) {
		t.Errorf("got %+v, %v; want the client's ACK", pkts, err)
	}
	// A cut-off stream is named in the error.
	r, err = Open("-", bytes.NewReader(file[:30]), Config{})
	if err != nil {
		t.Fatal(err)
	}
	const want = "standard input: file ends inside the record header of frame 1 (6 of 16 bytes present)"
	if _, err := r.Next(); err == nil || err.Error() != want {
		t.Errorf("Next() = %v, want %q", err, want)
	}
}

func TestServerPorts(t *testing.T) {
	alt := netip.AddrPortFrom(server.Addr(), 4001)
	file := pcaptest.Pcap(layers.LinkTypeEthernet, frames(
		pcaptest.UDPFrame(client, server, ackC2S),
		pcaptest.UDPFrame(alt, client, ackS2C),
	)...)
	tests := []struct {
		ports []uint16
		want  []got
	}{
		{nil, []got{{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false}}},
		{[]uint16{4001}, []got{{2, alt, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), false}}},
		{[]uint16{4000, 4001}, []got{
			{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
			{2, alt, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), false},
		}},
	}
	for _, tc := range tests {
		r, err := NewReader(bytes.NewReader(file), "ports.pcap", Config{ServerPorts: tc.ports})
		if err != nil {
			t.Fatal(err)
		}
		pkts, err := readAll(t, r)
		if err != nil || !slices.Equal(pkts, tc.want) {
			t.Errorf("ports %v: got %+v, %v; want %+v", tc.ports, pkts, err, tc.want)
		}
		checkBuckets(t, r.Stats())
	}
}

// TestNotICQ checks that frames that are not ICQ UDP are counted in the
// right bucket: skipped when they are something else, malformed when a
// header is damaged.
func TestNotICQ(t *testing.T) {
	ack := pcaptest.UDPPacket(client, server, ackC2S)
	arp := pcaptest.Serialize(&layers.Ethernet{SrcMAC: make([]byte, 6), DstMAC: make([]byte, 6), EthernetType: layers.EthernetTypeARP},
		&layers.ARP{AddrType: layers.LinkTypeEthernet, Protocol: layers.EthernetTypeIPv4, HwAddressSize: 6, ProtAddressSize: 4,
			SourceHwAddress: make([]byte, 6), SourceProtAddress: client.Addr().AsSlice(),
			DstHwAddress: make([]byte, 6), DstProtAddress: server.Addr().AsSlice()})
	icmp := pcaptest.Serialize(&layers.IPv4{Version: 4, TTL: 64, Protocol: layers.IPProtocolICMPv4,
		SrcIP: client.Addr().AsSlice(), DstIP: server.Addr().AsSlice()},
		&layers.ICMPv4{TypeCode: layers.CreateICMPv4TypeCode(layers.ICMPv4TypeEchoRequest, 0)})
	tests := []struct {
		name    string
		link    layers.LinkType
		frame   []byte
		skipped bool // else malformed
	}{
		{"arp", layers.LinkTypeEthernet, arp, true},
		{"icmp", layers.LinkTypeEthernet, pcaptest.Ethernet(icmp), true},
		{"other port", layers.LinkTypeEthernet, pcaptest.UDPFrame(client, dns, dnsQuery), true},
		{"loopback family 7", layers.LinkTypeNull, pcaptest.Null(ack, 7, binary.LittleEndian), true},
		{"ip header cut", layers.LinkTypeEthernet, pcaptest.Ethernet(ack)[:14+12], false},
		{"udp header cut", layers.LinkTypeRaw, ack[:20+5], false},
		{"raw ip version 5", layers.LinkTypeRaw, append([]byte{0x50}, ack[1:]...), false},
		{"raw empty", layers.LinkTypeRaw, nil, false},
		{"sll cut", layers.LinkTypeLinuxSLL, pcaptest.SLL(ack)[:10], false},
		{"sll2 cut", layers.LinkTypeLinuxSLL2, pcaptest.SLL2(ack)[:19], false},
		{"vlan tag cut", layers.LinkTypeEthernet, pcaptest.Ethernet(ack, 7)[:16], false},
		{"loopback family 0x1234", layers.LinkTypeNull, pcaptest.Null(ack, 0x1234, binary.BigEndian), false},
		{"udp length 3", layers.LinkTypeRaw, udpLength(ack, 3), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := Stats{Frames: 1, Malformed: 1}
			if tc.skipped {
				want = Stats{Frames: 1, Skipped: 1}
			}
			expect(t, pcaptest.Pcap(tc.link, frames(tc.frame)...), nil, want)
		})
	}
}

// udpLength returns a copy of an IPv4 UDP packet with the UDP length set to n.
func udpLength(ip []byte, n uint16) []byte {
	ip = bytes.Clone(ip)
	binary.BigEndian.PutUint16(ip[20+4:], n)
	return ip
}

// TestTruncated reads datagrams that are longer than the bytes captured: cut
// by the snap length, or with a UDP length that claims more than there is.
func TestTruncated(t *testing.T) {
	full := pcaptest.UDPFrame(client, server, ackC2S)
	cut := full[:14+20+8+len(ackC2S)-4] // Ethernet, IPv4, UDP headers, then all but 4 bytes
	liar := pcaptest.Ethernet(udpLength(pcaptest.UDPPacket(server, client, ackS2C), uint16(8+len(ackS2C)+10)))
	file := pcaptest.Pcap(layers.LinkTypeEthernet,
		pcaptest.Frame{Time: pcaptest.Base, Data: cut, OrigLen: len(full)},
		pcaptest.Frame{Time: pcaptest.Base, Data: liar},
		pcaptest.Frame{Time: pcaptest.Base, Data: full},
	)
	expect(t, file, []got{
		{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S[:len(ackC2S)-4]), true},
		{2, server, client, dissect.ServerToClient, hex.EncodeToString(ackS2C), true},
		{3, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
	}, Stats{Frames: 3, ICQFrames: 3, UDPPackets: 3, Truncated: 2})
}

// TestMicqSession reads the real capture of a mICQ 0.2.5 session: 56 frames,
// every one an ICQ datagram on the loopback interface.
func TestMicqSession(t *testing.T) {
	r, err := Open("../testdata/micq-0.2.5-session.pcap", nil, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	pkts, err := readAll(t, r)
	if err != nil {
		t.Fatal(err)
	}
	var c2s, s2c int
	for i, p := range pkts {
		if p.Frame != uint64(i+1) {
			t.Errorf("packet %d is frame %d", i+1, p.Frame)
		}
		switch p.Dir {
		case dissect.ClientToServer:
			c2s++
		case dissect.ServerToClient:
			s2c++
		}
	}
	if c2s != 28 || s2c != 28 {
		t.Errorf("%d c2s and %d s2c packets, want 28 and 28", c2s, s2c)
	}
	micq := netip.MustParseAddrPort("127.0.0.1:39467")
	// Version 2, command 0x03e8 (LOGIN), 50 bytes in all.
	if p := pkts[0]; p.Src != micq || p.Dst.Port() != 4000 || !strings.HasPrefix(p.Payload, "0200e803") || len(p.Payload) != 2*50 {
		t.Errorf("first packet %+v, want the 50-byte LOGIN from %v", p, micq)
	}
	if want := (Stats{Frames: 56, ICQFrames: 56, UDPPackets: 56}); r.Stats() != want {
		t.Errorf("stats %+v, want %+v", r.Stats(), want)
	}
}

// TestNextAfterEnd checks that Next keeps returning io.EOF.
func TestNextAfterEnd(t *testing.T) {
	r, err := NewReader(bytes.NewReader(pcaptest.Pcap(layers.LinkTypeEthernet)), "empty.pcap", Config{})
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if _, err := r.Next(); !errors.Is(err, io.EOF) {
			t.Fatalf("Next() = %v, want io.EOF", err)
		}
	}
}

// TestLongerThanOriginal: a record whose captured length exceeds its
// original length is read, as libpcap reads it, and counted; the records
// after it are read too.
func TestLongerThanOriginal(t *testing.T) {
	full := pcaptest.UDPFrame(client, server, ackC2S)
	file := pcaptest.Pcap(layers.LinkTypeEthernet,
		pcaptest.Frame{Time: pcaptest.Base, Data: full},
		pcaptest.Frame{Time: pcaptest.Base, Data: full},
	)
	// The first record's orig_len (after the 24-byte file header, at 12 in
	// the record header), 10 bytes short of what it holds.
	binary.LittleEndian.PutUint32(file[24+12:], uint32(len(full)-10))
	expect(t, file, []got{
		{1, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
		{2, client, server, dissect.ClientToServer, hex.EncodeToString(ackC2S), false},
	}, Stats{Frames: 2, ICQFrames: 2, UDPPackets: 2, LongerThanOriginal: 1})
}

// TestPcapngBlocksLimitedEach: blocks that hold no frame count against the
// 8 MiB limit each, not together: three custom blocks of 5 MiB between
// two frames are read past; one of 9 MiB is damage.
func TestPcapngBlocksLimitedEach(t *testing.T) {
	frame := pcaptest.Frame{Time: pcaptest.Base, Data: pcaptest.UDPFrame(client, server, ackC2S)}
	file := pcaptest.Pcapng(frame, frame)
	// The blocks: section header, interface, then the two packets.
	at := 0
	for range 3 {
		at += int(binary.LittleEndian.Uint32(file[at+4:]))
	}
	custom := func(n int) []byte {
		b := make([]byte, n)
		binary.LittleEndian.PutUint32(b, 0x0BAD)
		binary.LittleEndian.PutUint32(b[4:], uint32(n))
		binary.LittleEndian.PutUint32(b[n-4:], uint32(n))
		return b
	}
	insert := func(blocks ...[]byte) []byte {
		out := slices.Clone(file[:at])
		for _, b := range blocks {
			out = append(out, b...)
		}
		return append(out, file[at:]...)
	}
	read := func(f []byte) (int, error) {
		r, err := NewReader(bytes.NewReader(f), "blocks.pcapng", Config{})
		if err != nil {
			return 0, err
		}
		n := 0
		for _, err := range r.All() {
			if err != nil {
				return n, err
			}
			n++
		}
		return n, nil
	}
	if n, err := read(insert(custom(5<<20), custom(5<<20), custom(5<<20))); n != 2 || err != nil {
		t.Errorf("15 MiB of custom blocks in three: %d packets, %v", n, err)
	}
	if n, err := read(insert(custom(9 << 20))); n != 1 || err == nil || !strings.Contains(err.Error(), "8 MiB") {
		t.Errorf("a custom block of 9 MiB: %d packets, %v", n, err)
	}
}

// portBits holds exactly the ports put in it, at the edges of its words too.
func TestPortBits(t *testing.T) {
	in := map[uint16]bool{0: true, 63: true, 64: true, 4000: true, 65535: true}
	s := newPortBits(in)
	for _, p := range []uint16{0, 1, 62, 63, 64, 65, 3999, 4000, 4001, 65534, 65535} {
		if s.has(p) != in[p] {
			t.Errorf("has(%d) = %t, want %t", p, s.has(p), in[p])
		}
	}
}
