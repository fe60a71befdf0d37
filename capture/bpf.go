package capture

import (
	"fmt"
	"maps"
	"slices"

	"golang.org/x/net/bpf"
)

// The kernel filter of a live capture keeps what can be ICQ, so that a busy
// interface does not flood the decoder: UDP to or from a server port, every
// TCP segment (peer connections use any port), and IP fragments and IPv6
// extension headers, whose ports the filter cannot see. It works on IPv4 and
// IPv6, behind up to two VLAN tags.

// LiveSnapLen is the snapshot length of a live capture, and of the files -w
// writes: libpcap's MAXIMUM_SNAPLEN.
const LiveSnapLen = 262144

// Values the filter reads.
const (
	etherTypeIPv4  = 0x0800
	etherTypeIPv6  = 0x86DD
	etherTypeVLAN  = 0x8100 // 802.1Q
	etherTypeQinQ  = 0x88A8 // 802.1ad
	ipProtoTCP     = 6
	ipProtoUDP     = 17
	ip4FragMask    = 0x3FFF // IPv4 flags and fragment offset: More Fragments and the offset
	ip6HeaderLen   = 40
	packetOutgoing = 4 // PACKET_OUTGOING, a socket's pkttype for a frame the host sent
)

// ip6Unwalked are the IPv6 next headers the filter cannot look past:
// hop-by-hop, routing, fragment and destination options.
var ip6Unwalked = []uint32{0, 43, 44, 60}

// filterLink is how a live socket hands over frames.
type filterLink uint8

const (
	filterEthernet filterLink = iota + 1 // an Ethernet header first (lo too)
	filterIP                             // the IP header first (cooked sockets)
)

// icqFilter returns the kernel filter for a socket of the given link that
// keeps UDP to or from ports. With dropOutgoing, it first drops the frames
// the host sends on the loopback interfaces in loopbacks (an empty list: the
// socket is bound to one loopback interface): the kernel shows a loopback
// packet twice, once sent and once received.
func icqFilter(link filterLink, ports []uint16, dropOutgoing bool, loopbacks []int) ([]bpf.Instruction, error) {
	var a assembler
	if dropOutgoing {
		a.loopbackOutgoing(loopbacks)
	}
	switch link {
	case filterEthernet:
		a.ethernet()
	case filterIP:
		a.ipVersion()
	default:
		return nil, fmt.Errorf("capture: no filter for link %d", link)
	}
	a.ip(slices.Sorted(maps.Keys(portSet(ports))))
	return a.resolve()
}

// loopbackOutgoing drops what the host sends on a loopback interface. On
// every other interface the host's own packets are the only copy.
func (a *assembler) loopbackOutgoing(loopbacks []int) {
	if len(loopbacks) > 0 {
		a.add(bpf.LoadExtension{Num: bpf.ExtInterfaceIndex})
		for _, index := range loopbacks {
			a.jumpIf(uint32(index), "pkttype")
		}
		a.jump("link")
		a.label("pkttype")
	}
	a.add(bpf.LoadExtension{Num: bpf.ExtType})
	a.jumpIf(packetOutgoing, "drop")
	a.label("link")
}

// maxTags is how many VLAN tags the filter looks past: 802.1ad QinQ.
const maxTags = 2

// ethernet leaves the EtherType of the IP packet in A and its offset in X,
// past up to maxTags VLAN tags.
func (a *assembler) ethernet() {
	for tag := 0; tag <= maxTags; tag++ {
		typeAt := uint32(12 + 4*tag)
		a.label(tagLabel(tag))
		a.add(bpf.LoadAbsolute{Off: typeAt, Size: 2})
		if tag < maxTags {
			a.jumpIf(etherTypeVLAN, tagLabel(tag+1))
			a.jumpIf(etherTypeQinQ, tagLabel(tag+1))
		}
		a.add(bpf.LoadConstant{Dst: bpf.RegX, Val: typeAt + 2})
		a.jump("l3")
	}
	a.label("l3")
	a.jumpIf(etherTypeIPv4, "ip4")
	a.jumpIf(etherTypeIPv6, "ip6")
	a.jump("drop")
}

// tagLabel names the code that reads the EtherType after tag VLAN tags.
func tagLabel(tag int) string { return fmt.Sprintf("tag%d", tag) }

// ipVersion is ethernet's counterpart for a packet that starts with its IP
// header: the version nibble tells IPv4 from IPv6, and X is 0.
func (a *assembler) ipVersion() {
	a.add(bpf.LoadConstant{Dst: bpf.RegX, Val: 0})
	a.add(bpf.LoadAbsolute{Off: 0, Size: 1})
	a.add(bpf.ALUOpConstant{Op: bpf.ALUOpShiftRight, Val: 4})
	a.jumpIf(4, "ip4")
	a.jumpIf(6, "ip6")
	a.jump("drop")
}

// ip judges the IP packet at offset X: TCP is kept, UDP by its ports.
func (a *assembler) ip(ports []uint16) {
	a.label("ip4")
	a.add(bpf.LoadIndirect{Off: 9, Size: 1}) // protocol
	a.jumpIf(ipProtoTCP, "keep")
	a.jumpIf(ipProtoUDP, "udp4")
	a.jump("drop")
	a.label("udp4")
	a.add(bpf.LoadIndirect{Off: 6, Size: 2}) // flags and fragment offset
	a.add(bpf.ALUOpConstant{Op: bpf.ALUOpAnd, Val: ip4FragMask})
	a.jumpIf(0, "unfragmented")
	a.jump("keep") // a fragment: only the first has the ports
	a.label("unfragmented")
	a.add(bpf.LoadIndirect{Off: 0, Size: 1}) // version and IHL
	a.add(bpf.ALUOpConstant{Op: bpf.ALUOpAnd, Val: 0x0F})
	a.add(bpf.ALUOpConstant{Op: bpf.ALUOpShiftLeft, Val: 2})
	a.add(bpf.ALUOpX{Op: bpf.ALUOpAdd})
	a.add(bpf.TAX{})
	a.jump("ports")

	a.label("ip6")
	a.add(bpf.LoadIndirect{Off: 6, Size: 1}) // next header
	a.jumpIf(ipProtoTCP, "keep")
	for _, h := range ip6Unwalked {
		a.jumpIf(h, "keep")
	}
	a.jumpIf(ipProtoUDP, "udp6")
	a.jump("drop")
	a.label("udp6")
	a.add(bpf.TXA{})
	a.add(bpf.ALUOpConstant{Op: bpf.ALUOpAdd, Val: ip6HeaderLen})
	a.add(bpf.TAX{})

	a.label("ports") // X: the UDP header
	for _, off := range []uint32{0, 2} {
		a.add(bpf.LoadIndirect{Off: off, Size: 2})
		for _, port := range ports {
			a.jumpIf(uint32(port), "keep")
		}
	}
	a.label("drop")
	a.add(bpf.RetConstant{Val: 0})
	a.label("keep")
	a.add(bpf.RetConstant{Val: LiveSnapLen})
}

// assembler builds a program with named jump targets.
type assembler struct {
	prog   []bpf.Instruction
	labels map[string]int
	jumps  map[int]string // instruction index -> its target
}

func (a *assembler) add(in bpf.Instruction) { a.prog = append(a.prog, in) }

// jumpIf jumps to target when A equals val, else goes on.
func (a *assembler) jumpIf(val uint32, target string) {
	a.refer(target)
	a.add(bpf.JumpIf{Cond: bpf.JumpEqual, Val: val})
}

func (a *assembler) jump(target string) {
	a.refer(target)
	a.add(bpf.Jump{})
}

func (a *assembler) refer(target string) {
	if a.jumps == nil {
		a.jumps = make(map[int]string)
	}
	a.jumps[len(a.prog)] = target
}

func (a *assembler) label(name string) {
	if a.labels == nil {
		a.labels = make(map[string]int)
	}
	a.labels[name] = len(a.prog)
}

// resolve turns the targets into the relative skips BPF jumps take.
func (a *assembler) resolve() ([]bpf.Instruction, error) {
	for i, target := range a.jumps {
		to, ok := a.labels[target]
		if !ok || to <= i {
			return nil, fmt.Errorf("capture: filter jumps to %q, not a label after it", target)
		}
		skip := to - i - 1
		switch in := a.prog[i].(type) {
		case bpf.JumpIf:
			if skip > 0xFF {
				return nil, fmt.Errorf("capture: filter jump to %q is too long", target)
			}
			in.SkipTrue = uint8(skip)
			a.prog[i] = in
		case bpf.Jump:
			in.Skip = uint32(skip)
			a.prog[i] = in
		}
	}
	return a.prog, nil
}
