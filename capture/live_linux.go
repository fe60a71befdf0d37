package capture

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/afpacket"
	"github.com/gopacket/gopacket/layers"
	"golang.org/x/net/bpf"
)

// The ring the kernel fills: TPACKET_V3 packs frames of any size up to a
// block into blocks, and hands over a block when it is full or blockTimeout
// after its first frame, which bounds how late a packet is shown.
const (
	ringBlockSize = 1 << 20
	ringBlocks    = 8
	blockTimeout  = 10 * time.Millisecond
	// pollTimeout is how often the reader looks at Config.Done while no
	// packet comes: the kernel ring is never closed under a reader.
	pollTimeout = 100 * time.Millisecond
)

// ARPHRD types of the interfaces whose frames start with an Ethernet
// header; the others are captured from their IP header (a cooked socket).
const (
	arphrdEther    = "1"
	arphrdLoopback = "772"
)

// OpenLive starts a live capture on the interface name (or its position in
// Interfaces; AnyInterface for all). It needs root or CAP_NET_RAW. The
// reader stops when cfg.Done closes, and Close releases the interface.
func OpenLive(name string, cfg Config) (*Reader, error) {
	ifc, err := lookupInterface(name)
	if err != nil {
		return nil, err
	}
	if ifc != nil {
		name = ifc.Name
		if ifc.Flags&net.FlagUp == 0 {
			return nil, fmt.Errorf("%s: the interface is down (bring it up with: ip link set %s up)", name, name)
		}
	}
	tp, link, err := openRing(ifc)
	if err != nil {
		return nil, liveOpenError(name, err)
	}
	src := &liveSource{tp: tp, done: cfg.Done, ifc: ifc, name: name}
	if err := src.attachFilter(link, cfg.ServerPorts); err != nil {
		tp.Close()
		return nil, fmt.Errorf("%s: setting the kernel filter: %w", name, err)
	}
	r := newReader(name, cfg)
	r.src, r.closer, r.link = src, src, link
	return r, nil
}

// openRing opens a packet socket on ifc (nil: every interface) with its ring.
func openRing(ifc *net.Interface) (*afpacket.TPacket, layers.LinkType, error) {
	opts := []any{afpacket.TPacketVersion3, afpacket.OptBlockSize(ringBlockSize),
		afpacket.OptNumBlocks(ringBlocks), afpacket.OptBlockTimeout(blockTimeout),
		afpacket.OptPollTimeout(pollTimeout)}
	link, sock := layers.LinkTypeRaw, afpacket.SocketDgram
	if ifc != nil {
		opts = append(opts, afpacket.OptInterface(ifc.Name))
		if ethernetFrames(ifc) {
			link, sock = layers.LinkTypeEthernet, afpacket.SocketRaw
		}
	}
	tp, err := afpacket.NewTPacket(append(opts, sock)...)
	return tp, link, err
}

// ethernetFrames reports whether the interface's frames start with an
// Ethernet header: Ethernet and loopback interfaces.
func ethernetFrames(ifc *net.Interface) bool {
	b, err := os.ReadFile("/sys/class/net/" + ifc.Name + "/type")
	if err != nil {
		return ifc.Flags&net.FlagLoopback != 0 || len(ifc.HardwareAddr) == 6
	}
	t := strings.TrimSpace(string(b))
	return t == arphrdEther || t == arphrdLoopback
}

// liveOpenError explains why a capture could not start.
func liveOpenError(name string, err error) error {
	if errors.Is(err, os.ErrPermission) {
		return fmt.Errorf("%s: no permission to capture (%v): live capture needs root or the CAP_NET_RAW capability, "+
			"which you can give icqdump with: sudo setcap cap_net_raw+ep $(which icqdump)", name, err)
	}
	return fmt.Errorf("%s: cannot capture: %w", name, err)
}

// liveSource reads frames from the ring of a packet socket.
type liveSource struct {
	tp   *afpacket.TPacket
	done <-chan struct{}
	ifc  *net.Interface // nil for AnyInterface
	name string
	// since is when the filter was attached: frames stamped before it may
	// have come in unfiltered, before the socket had its filter.
	since time.Time
	// drainEnd is when a stopped capture gives up emptying the ring; zero
	// while it runs.
	drainEnd time.Time
}

// attachFilter gives the socket its kernel filter.
func (s *liveSource) attachFilter(link layers.LinkType, ports []uint16) error {
	flink := filterIP
	if link == layers.LinkTypeEthernet {
		flink = filterEthernet
	}
	dropOutgoing, loopbacks := s.loopbacks()
	prog, err := icqFilter(flink, ports, dropOutgoing, loopbacks)
	if err != nil {
		return err
	}
	raw, err := bpf.Assemble(prog)
	if err != nil {
		return err
	}
	if err := s.tp.SetBPF(raw); err != nil {
		return err
	}
	s.since = time.Now()
	return nil
}

// loopbacks says whether the capture sees loopback traffic, whose packets
// the kernel shows twice, and on which interfaces when it captures on all.
func (s *liveSource) loopbacks() (dropOutgoing bool, indexes []int) {
	if s.ifc != nil {
		return s.ifc.Flags&net.FlagLoopback != 0, nil
	}
	ifs, err := net.Interfaces()
	if err != nil {
		return false, nil
	}
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagLoopback != 0 {
			indexes = append(indexes, ifc.Index)
		}
	}
	return len(indexes) > 0, indexes
}

// drainFor bounds how long a stopped capture goes on reading the frames the
// kernel already holds, on an interface that keeps receiving.
const drainFor = 500 * time.Millisecond

// ZeroCopyReadPacketData waits for the next frame. Once done is closed it
// hands out the frames the ring still holds, as tcpdump does on Ctrl-C, and
// returns io.EOF when the ring is empty (or after drainFor). The frame is
// valid until the next call.
func (s *liveSource) ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error) {
	for {
		if s.drainEnd.IsZero() && stopped(s.done) {
			s.drainEnd = time.Now().Add(drainFor)
		}
		if !s.drainEnd.IsZero() && time.Now().After(s.drainEnd) {
			return nil, gopacket.CaptureInfo{}, io.EOF
		}
		data, ci, err := s.tp.ZeroCopyReadPacketData()
		switch {
		case errors.Is(err, afpacket.ErrTimeout):
			if !s.drainEnd.IsZero() {
				return nil, ci, io.EOF // stopped, and the ring is empty
			}
			continue
		case err != nil:
			return nil, ci, s.failure(err)
		case ci.Timestamp.Before(s.since):
			continue
		}
		return data, ci, nil
	}
}

// failure explains a failed read: most often the interface went down.
func (s *liveSource) failure(err error) error {
	if s.ifc != nil {
		if ifc, ierr := net.InterfaceByIndex(s.ifc.Index); ierr != nil || ifc.Flags&net.FlagUp == 0 {
			return fmt.Errorf("%s: the interface went down or away; the capture stops", s.name)
		}
	}
	return fmt.Errorf("%s: the capture failed: %w", s.name, err)
}

func (s *liveSource) stats() (received, dropped uint64) {
	_, v3, err := s.tp.SocketStats()
	if err != nil {
		return 0, 0
	}
	return uint64(v3.Packets()), uint64(v3.Drops())
}

func (s *liveSource) Close() error {
	s.tp.Close()
	return nil
}
