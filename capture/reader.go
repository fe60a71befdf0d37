package capture

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/dissect"
)

// DefaultServerPort is the UDP port of the ICQ server.
const DefaultServerPort = 4000

// Config says which traffic is ICQ.
type Config struct {
	ServerPorts []uint16 // UDP server ports; DefaultServerPort when empty
	PeerPorts   []uint16 // TCP ports whose connections are peer streams (--peer-port)
}

// frameSource is what pcapgo's two readers have in common.
type frameSource interface {
	ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error)
}

// Reader reads a capture file and hands out its ICQ payloads one at a time.
type Reader struct {
	name    string
	src     frameSource
	ng      *pcapgo.NgReader
	link    layers.LinkType
	closer  io.Closer
	servers map[uint16]bool
	dec     linkDecoder
	stats   Stats
	pkt     Packet
	peers   peerTCP
	err     error // io.EOF or the damage that ended the file, once seen
}

// Open opens a pcap or pcapng file; "-" is standard input (stdin).
func Open(path string, stdin io.Reader, cfg Config) (*Reader, error) {
	var f io.ReadCloser
	if path == "-" {
		f = io.NopCloser(stdin)
	} else {
		of, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		f = of
	}
	r, err := NewReader(f, path, cfg)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = f
	return r, nil
}

// readBufferSize is large so that reading a file costs few system calls.
const readBufferSize = 1 << 20

// NewReader reads a pcap or pcapng stream; name is used in errors.
func NewReader(in io.Reader, name string, cfg Config) (*Reader, error) {
	br := bufio.NewReaderSize(in, readBufferSize)
	magic, err := br.Peek(4)
	if err != nil {
		return nil, fmt.Errorf("%s: not a capture file: %w", name, shortRead(err))
	}
	r := &Reader{name: name, servers: portSet(cfg.ServerPorts), peers: newPeerTCP(cfg.PeerPorts)}
	if string(magic) == "\x0a\x0d\x0d\x0a" {
		ng, err := pcapgo.NewNgReader(br, pcapgo.NgReaderOptions{WantMixedLinkType: true})
		if err != nil {
			return nil, fmt.Errorf("%s: not a pcapng file: %w", name, err)
		}
		r.src, r.ng = ng, ng
	} else {
		pr, err := pcapgo.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: not a pcap or pcapng file: %w", name, err)
		}
		r.src, r.link = pr, pr.LinkType()
	}
	return r, nil
}

func portSet(ports []uint16) map[uint16]bool {
	if len(ports) == 0 {
		ports = []uint16{DefaultServerPort}
	}
	s := make(map[uint16]bool, len(ports))
	for _, p := range ports {
		s[p] = true
	}
	return s
}

func shortRead(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Name returns the name the reader was opened with.
func (r *Reader) Name() string { return r.name }

// Stats returns the counts so far.
func (r *Reader) Stats() Stats { return r.stats }

// Close closes the file.
func (r *Reader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// Next returns the next ICQ payload. It returns io.EOF at the clean end of the
// file, and another error (naming the file) when the file is damaged: every
// payload before the damage has been returned first.
func (r *Reader) Next() (*Packet, error) {
	for {
		if p := r.peers.queue.pop(); p != nil {
			if p.Transport == TCP {
				r.stats.PeerPackets++
			}
			return p, nil
		}
		if r.err != nil {
			return nil, r.err
		}
		data, ci, err := r.src.ZeroCopyReadPacketData()
		if err != nil {
			r.err = io.EOF
			if err != io.EOF {
				r.err = fmt.Errorf("%s: after frame %d: %w", r.name, r.stats.Frames, shortRead(err))
			}
			r.peers.finish() // what the peer streams still hold comes first
			continue
		}
		r.stats.Frames++
		link := r.link
		if r.ng != nil && len(ci.AncillaryData) > 0 {
			link, _ = ci.AncillaryData[0].(layers.LinkType)
		}
		r.peers.tick(ci.Timestamp) // what waited too long for lost data comes before this frame
		if p := r.frame(link, data, ci); p != nil {
			if r.peers.queue.len() == 0 {
				return p, nil
			}
			r.peers.queue.push(*p, p.Payload)
		}
	}
}

// frame decodes one frame; it returns the ICQ payload it holds, or nil.
func (r *Reader) frame(link layers.LinkType, data []byte, ci gopacket.CaptureInfo) *Packet {
	t, ok := r.dec.decode(link, data)
	if !ok {
		r.stats.Malformed++
		return nil
	}
	if t.transport == TCP {
		return r.tcpFrame(&t, ci)
	}
	var dir dissect.Direction
	switch {
	case r.servers[t.dst.Port()]:
		dir = dissect.ClientToServer
	case r.servers[t.src.Port()]:
		dir = dissect.ServerToClient
	default:
		r.stats.Skipped++
		return nil
	}
	r.stats.ICQFrames++
	r.stats.UDPPackets++
	r.pkt = Packet{Frame: r.stats.Frames, Time: ci.Timestamp, Src: t.src, Dst: t.dst,
		Transport: UDP, Dir: dir, Payload: t.payload, FrameLen: ci.Length}
	return &r.pkt
}

// transportPayload is what the link decoder finds in a frame.
type transportPayload struct {
	transport Transport
	src, dst  netip.AddrPort
	payload   []byte
}

var errUnsupportedLink = errors.New("unsupported link type")
