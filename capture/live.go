package capture

import (
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"github.com/gopacket/gopacket/layers"
)

// AnyInterface captures on every interface at once.
const AnyInterface = "any"

// Interface is a network interface a live capture can use.
type Interface struct {
	Name  string
	Flags net.Flags // AnyInterface: up and running
	Addrs []netip.Prefix
}

// Interfaces returns the interfaces to capture on, in the order of their
// kernel index, and AnyInterface last. OpenLive takes a name, or a position
// in this list counted from 1.
func Interfaces() ([]Interface, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, fmt.Errorf("listing the interfaces: %w", err)
	}
	list := make([]Interface, 0, len(ifs)+1)
	for _, ifc := range ifs {
		list = append(list, Interface{Name: ifc.Name, Flags: ifc.Flags, Addrs: prefixes(&ifc)})
	}
	return append(list, Interface{Name: AnyInterface, Flags: net.FlagUp | net.FlagRunning}), nil
}

func prefixes(ifc *net.Interface) []netip.Prefix {
	addrs, err := ifc.Addrs()
	if err != nil {
		return nil
	}
	var ps []netip.Prefix
	for _, a := range addrs {
		if p, err := netip.ParsePrefix(a.String()); err == nil {
			ps = append(ps, p)
		}
	}
	return ps
}

// lookupInterface finds the interface called name, or at that position in
// Interfaces; nil for AnyInterface.
func lookupInterface(name string) (*net.Interface, error) {
	if name == AnyInterface {
		return nil, nil
	}
	ifc, err := net.InterfaceByName(name)
	if err == nil {
		return ifc, nil
	}
	list, lerr := Interfaces()
	if lerr != nil {
		return nil, lerr
	}
	if n, perr := strconv.Atoi(name); perr == nil && n >= 1 && n <= len(list) {
		return lookupInterface(list[n-1].Name)
	}
	names := make([]string, len(list))
	for i := range list {
		names[i] = list[i].Name
	}
	return nil, fmt.Errorf("no such interface %q; the interfaces are: %s (icqdump -D lists them)",
		name, strings.Join(names, ", "))
}

// stopped reports whether done is closed; a nil done never is.
func stopped(done <-chan struct{}) bool {
	select {
	case <-done:
		return true
	default:
		return false
	}
}

// Link returns the link type of a pcap file or a live capture; a pcapng
// file gives each frame its own.
func (r *Reader) Link() layers.LinkType { return r.link }

// LiveStats says, for a live capture, how many frames the kernel filter
// kept and how many of those the kernel dropped because the reader was too
// slow. ok is false for a file.
func (r *Reader) LiveStats() (received, dropped uint64, ok bool) {
	s, isLive := r.src.(interface{ stats() (uint64, uint64) })
	if !isLive {
		return 0, 0, false
	}
	received, dropped = s.stats()
	return received, dropped, true
}
