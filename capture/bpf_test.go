package capture

import (
	"encoding/binary"
	"net/netip"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"golang.org/x/net/bpf"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// The addresses of reader_test.go: client, server and dns, and their IPv6 twins.
var (
	client4, server4, other4 = client, server, dns
	other6                   = dns6
)

// filterCases are IP packets, without link header, and whether the filter
// for server port 4000 keeps them.
func filterCases() []struct {
	name string
	ip   []byte
	keep bool
} {
	icq := ackC2S
	tcp := pcaptest.TCPFrame(client4, netip.MustParseAddrPort("192.0.2.20:1045"), pcaptest.TCP{SYN: true}, nil)[14:]
	tcp6 := pcaptest.TCPFrame(client6, netip.MustParseAddrPort("[2001:db8::20]:1045"), pcaptest.TCP{ACK: true}, icq)[14:]
	frags := pcaptest.UDPFragments(client4, other4, make([]byte, 100), 48, 7)
	frags6 := pcaptest.UDPFragments(client6, other6, make([]byte, 100), 48, 7)
	return []struct {
		name string
		ip   []byte
		keep bool
	}{
		{"UDP to the server port", pcaptest.UDPPacket(client4, server4, icq), true},
		{"UDP from the server port", pcaptest.UDPPacket(server4, client4, icq), true},
		{"UDP to another port", pcaptest.UDPPacket(client4, other4, icq), false},
		{"UDP from another port", pcaptest.UDPPacket(other4, client4, icq), false},
		{"TCP, any port", tcp, true},
		{"IPv6 UDP to the server port", pcaptest.UDPPacket(client6, server6, icq), true},
		{"IPv6 UDP from the server port", pcaptest.UDPPacket(server6, client6, icq), true},
		{"IPv6 UDP to another port", pcaptest.UDPPacket(client6, other6, icq), false},
		{"IPv6 TCP", tcp6, true},
		{"IPv4 options before UDP to the server port", withIPv4Options(client4, server4, icq), true},
		{"IPv4 options before UDP to another port", withIPv4Options(client4, other4, icq), false},
		{"first IPv4 fragment (ports unknown to the reassembly)", frags[0], true},
		{"last IPv4 fragment", frags[len(frags)-1], true},
		{"IPv6 fragment", frags6[1], true},
		{"ICMP", pcaptest.Serialize(&layers.IPv4{Version: 4, TTL: 64, Protocol: layers.IPProtocolICMPv4,
			SrcIP: client4.Addr().AsSlice(), DstIP: server4.Addr().AsSlice()},
			&layers.ICMPv4{TypeCode: layers.CreateICMPv4TypeCode(8, 0)}), false},
	}
}

// withIPv4Options returns an IPv4 UDP packet with 8 bytes of options, so
// that the UDP header is not at offset 20.
func withIPv4Options(src, dst netip.AddrPort, payload []byte) []byte {
	ip := &layers.IPv4{Version: 4, TTL: 64, Protocol: layers.IPProtocolUDP,
		SrcIP: src.Addr().AsSlice(), DstIP: dst.Addr().AsSlice(),
		Options: []layers.IPv4Option{{OptionType: 1}, {OptionType: 1}, {OptionType: 1}, {OptionType: 1},
			{OptionType: 1}, {OptionType: 1}, {OptionType: 1}, {OptionType: 0}}}
	udp := &layers.UDP{SrcPort: layers.UDPPort(src.Port()), DstPort: layers.UDPPort(dst.Port())}
	udp.SetNetworkLayerForChecksum(ip)
	b := pcaptest.Serialize(ip, udp, gopacket.Payload(payload))
	if b[0]&0x0F != 7 {
		panic("withIPv4Options: IHL is not 7")
	}
	return b
}

func runFilter(t *testing.T, prog []bpf.Instruction, frame []byte) bool {
	t.Helper()
	vm, err := bpf.NewVM(prog)
	if err != nil {
		t.Fatal(err)
	}
	n, err := vm.Run(frame)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 && n != LiveSnapLen {
		t.Fatalf("filter returned %d, want 0 or the snap length", n)
	}
	return n > 0
}

func mustFilter(t *testing.T, link filterLink, dropOutgoing bool, loopbacks []int) []bpf.Instruction {
	t.Helper()
	prog, err := icqFilter(link, []uint16{DefaultServerPort}, dropOutgoing, loopbacks)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bpf.Assemble(prog); err != nil {
		t.Fatal(err)
	}
	return prog
}

func TestFilterEthernet(t *testing.T) {
	prog := mustFilter(t, filterEthernet, false, nil)
	for _, c := range filterCases() {
		for _, v := range []struct {
			name  string
			vlans []uint16
		}{{"", nil}, {" in VLAN 5", []uint16{5}}, {" in QinQ 100.5", []uint16{100, 5}}} {
			t.Run(c.name+v.name, func(t *testing.T) {
				if got := runFilter(t, prog, pcaptest.Ethernet(c.ip, v.vlans...)); got != c.keep {
					t.Errorf("kept %v, want %v", got, c.keep)
				}
			})
		}
	}
	arp := pcaptest.Serialize(&layers.Ethernet{EthernetType: layers.EthernetTypeARP, SrcMAC: make([]byte, 6), DstMAC: make([]byte, 6)},
		&layers.ARP{AddrType: layers.LinkTypeEthernet, Protocol: layers.EthernetTypeIPv4, HwAddressSize: 6, ProtAddressSize: 4,
			SourceHwAddress: make([]byte, 6), SourceProtAddress: make([]byte, 4), DstHwAddress: make([]byte, 6), DstProtAddress: make([]byte, 4)})
	if runFilter(t, prog, arp) {
		t.Error("ARP kept")
	}
	if runFilter(t, prog, pcaptest.Ethernet(pcaptest.UDPPacket(client4, server4, nil))[:30]) {
		t.Error("a frame cut inside the IP header kept")
	}
}

func TestFilterIP(t *testing.T) {
	prog := mustFilter(t, filterIP, false, nil)
	for _, c := range filterCases() {
		t.Run(c.name, func(t *testing.T) {
			if got := runFilter(t, prog, c.ip); got != c.keep {
				t.Errorf("kept %v, want %v", got, c.keep)
			}
		})
	}
	if runFilter(t, prog, []byte{0x00, 0x01, 0x08, 0x00, 6, 4, 0, 1}) {
		t.Error("an ARP packet kept")
	}
}

// On loopback the filter first drops the host's outgoing copy, by the
// packet type only the kernel knows (and the interface, for "any"); the
// rest is the plain filter, which the VM can run.
func TestFilterLoopbackPrologue(t *testing.T) {
	plain := mustFilter(t, filterEthernet, false, nil)
	tests := []struct {
		name      string
		loopbacks []int
		prologue  []bpf.Instruction
	}{
		{"lo", nil, []bpf.Instruction{
			bpf.LoadExtension{Num: bpf.ExtType},
			bpf.JumpIf{Cond: bpf.JumpEqual, Val: packetOutgoing, SkipTrue: uint8(len(plain) - 2)},
		}},
		{"any, loopbacks 1 and 7", []int{1, 7}, []bpf.Instruction{
			bpf.LoadExtension{Num: bpf.ExtInterfaceIndex},
			bpf.JumpIf{Cond: bpf.JumpEqual, Val: 1, SkipTrue: 2},
			bpf.JumpIf{Cond: bpf.JumpEqual, Val: 7, SkipTrue: 1},
			bpf.Jump{Skip: 2},
			bpf.LoadExtension{Num: bpf.ExtType},
			bpf.JumpIf{Cond: bpf.JumpEqual, Val: packetOutgoing, SkipTrue: uint8(len(plain) - 2)},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prog := mustFilter(t, filterEthernet, true, tt.loopbacks)
			n := len(tt.prologue)
			if len(prog) != n+len(plain) {
				t.Fatalf("%d instructions, want %d of prologue and %d of filter", len(prog), n, len(plain))
			}
			for i, want := range tt.prologue {
				if prog[i] != want {
					t.Errorf("instruction %d is %v, want %v", i, prog[i], want)
				}
			}
			// The outgoing jump lands on the filter's "drop", before its "keep".
			if drop := prog[len(prog)-2]; drop != (bpf.RetConstant{Val: 0}) {
				t.Errorf("the prologue jumps to %v, not to the drop", drop)
			}
			for i := range plain {
				if prog[n+i] != plain[i] {
					t.Fatalf("instruction %d after the prologue is %v, want %v", i, prog[n+i], plain[i])
				}
			}
		})
	}
}

func TestFilterPortsKeptInOrder(t *testing.T) {
	a, err := icqFilter(filterEthernet, []uint16{4000, 4001, 4000}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := icqFilter(filterEthernet, []uint16{4001, 4000}, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("%d and %d instructions for the same ports", len(a), len(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("instruction %d differs: %v, %v", i, a[i], b[i])
		}
	}
	for _, port := range []uint16{4000, 4001} {
		dst := netip.AddrPortFrom(server4.Addr(), port)
		if !runFilter(t, a, pcaptest.UDPFrame(client4, dst, nil)) {
			t.Errorf("UDP to port %d dropped", port)
		}
	}
}

// wireIP reports whether an Ethernet frame says it carries IPv4 or IPv6
// behind at most maxTags VLAN tags. The reader decodes more: gopacket takes
// the EtherType FFFF for IPv4, and any number of tags.
func wireIP(frame []byte) bool {
	for tag := 0; tag <= maxTags; tag++ {
		at := 12 + 4*tag
		if len(frame) < at+2 {
			return false
		}
		switch binary.BigEndian.Uint16(frame[at:]) {
		case etherTypeIPv4, etherTypeIPv6:
			return true
		case etherTypeVLAN, etherTypeQinQ:
		default:
			return false
		}
	}
	return false
}

// FuzzFilterKeepsICQ: whatever the frame, the kernel filter never drops
// what the reader would decode as ICQ UDP or as TCP.
func FuzzFilterKeepsICQ(f *testing.F) {
	for _, c := range filterCases() {
		f.Add(pcaptest.Ethernet(c.ip), false)
		f.Add(pcaptest.Ethernet(c.ip, 5, 7), false)
		f.Add(c.ip, true)
	}
	progs := map[bool][]bpf.Instruction{}
	for raw, link := range map[bool]filterLink{false: filterEthernet, true: filterIP} {
		prog, err := icqFilter(link, []uint16{DefaultServerPort}, false, nil)
		if err != nil {
			f.Fatal(err)
		}
		progs[raw] = prog
	}
	var dec linkDecoder
	dec.init()
	f.Fuzz(func(t *testing.T, frame []byte, raw bool) {
		link := layers.LinkTypeEthernet
		if raw {
			link = layers.LinkTypeRaw
		} else if !wireIP(frame) {
			return
		}
		tp, kind := dec.decode(link, frame)
		icq := kind == frameTransport && (tp.transport == TCP ||
			tp.src.Port() == DefaultServerPort || tp.dst.Port() == DefaultServerPort)
		if icq && !runFilter(t, progs[raw], frame) {
			t.Errorf("the filter drops a frame the reader decodes as %v %v > %v", tp.transport, tp.src, tp.dst)
		}
	})
}
