package capture

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"iter"
	"net/netip"
	"os"
	"slices"

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
	// Done stops the reader when it is closed: Next then returns io.EOF, as
	// at the end of a file. The frame being read when it closes is decoded.
	Done <-chan struct{}
	// Limits on what is kept for peer TCP; 0 takes the default (limits.go).
	PeerMemory     int // bytes held for peer TCP: out-of-order data, partial packets, held segments
	MaxPeerStreams int // peer streams followed at once
	MaxPending     int // TCP connections not (yet) recognised, followed at once
	FragmentMemory int // bytes of IP fragments waiting for the rest of their datagram
}

// frameSource is what pcapgo's two readers have in common.
type frameSource interface {
	ZeroCopyReadPacketData() ([]byte, gopacket.CaptureInfo, error)
}

// Reader reads a capture file and hands out its ICQ payloads one at a time.
type Reader struct {
	name        string
	in          *meter        // the capture stream, under br
	br          *bufio.Reader // what pcapgo reads
	format      format
	src         frameSource
	link        layers.LinkType // of a pcap file; pcapng gives it per frame
	closer      io.Closer
	servers     *portBits // the server ports
	dec         linkDecoder
	frags       reassembler
	unsupported []layers.LinkType // link types met that the decoder does not know
	links       []LinkCount       // frames per link type (survey.go)
	lookalikes  []PortCount       // ICQ-looking datagrams on other ports (survey.go)
	err         error             // what Next returns once the file is done
	stats       Stats
	pkt         Packet
	peers       peerTCP
	drained     bool             // the peer streams were flushed at the end of the file
	longBuf     []byte           // the data of a record longer than its original length
	ngOrder     binary.ByteOrder // of the pcapng section being read
	done        <-chan struct{}  // Config.Done
	onICQFrame  func(*Frame)     // see OnICQFrame
	raw         Frame            // the frame being decoded, for onICQFrame
}

// Open opens a pcap or pcapng file; "-" is standard input (stdin).
func Open(path string, stdin io.Reader, cfg Config) (*Reader, error) {
	var f io.ReadCloser
	name := path
	if path == "-" {
		f, name = io.NopCloser(stdin), "standard input"
	} else {
		of, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		f = of
	}
	r, err := NewReader(f, name, cfg)
	if err != nil {
		f.Close()
		return nil, err
	}
	r.closer = f
	return r, nil
}

// NewReader reads a pcap or pcapng stream, optionally gzip-compressed; name
// is used in errors.
func NewReader(in io.Reader, name string, cfg Config) (*Reader, error) {
	m, br, f, err := openStream(in)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	r := newReader(name, cfg)
	r.in, r.br, r.format = m, br, f
	if head, err := br.Peek(12); err == nil && f == formatPcapng {
		r.ngOrder = ngOrderOf(head)
	}
	// pcapgo reads br itself: bufio.NewReader returns a large enough
	// *bufio.Reader unchanged, so r.offset stays true.
	if f == formatPcapng {
		ng, err := pcapgo.NewNgReader(br, pcapgo.NgReaderOptions{WantMixedLinkType: true})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, headerError(f, err))
		}
		r.src = ng
	} else {
		pr, err := pcapgo.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, headerError(f, err))
		}
		r.src, r.link = pr, pr.LinkType()
	}
	return r, nil
}

// newReader returns a reader of name without its frame source.
func newReader(name string, cfg Config) *Reader {
	r := &Reader{name: name, servers: newPortBits(portSet(cfg.ServerPorts)), done: cfg.Done,
		peers: newPeerTCP(cfg.PeerPorts, cfg.limits())}
	r.dec.init()
	r.frags.init(&r.stats, cfg.limits().fragmentMemory)
	return r
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

// portBits is a set of ports with a bit for each: the two lookups of the
// server ports per datagram were a sixth of Next's CPU as map lookups.
type portBits [65536 / 64]uint64

func newPortBits(ports map[uint16]bool) *portBits {
	var s portBits
	for p := range ports {
		s[p/64] |= 1 << (p % 64)
	}
	return &s
}

func (s *portBits) has(p uint16) bool { return s[p/64]&(1<<(p%64)) != 0 }

// Name returns the name the reader was opened with.
func (r *Reader) Name() string { return r.name }

// Stats returns the counts so far.
func (r *Reader) Stats() Stats {
	st := r.stats
	st.Evicted = r.peers.evicted
	st.Evicted.Fragments = r.frags.evicted
	return st
}

// UnsupportedLinks returns the link types of the frames counted in
// Stats.Unsupported, in the order they were first met.
func (r *Reader) UnsupportedLinks() []layers.LinkType {
	return append([]layers.LinkType(nil), r.unsupported...)
}

// Close closes the file.
func (r *Reader) Close() error {
	if r.closer != nil {
		return r.closer.Close()
	}
	return nil
}

// All returns the capture's packets as Next returns them, for a range loop:
// it ends at the clean end of the file, or after yielding the error that
// stopped the reading (with a nil packet). Each packet is valid until the
// loop goes on.
func (r *Reader) All() iter.Seq2[*Packet, error] {
	return func(yield func(*Packet, error) bool) {
		for {
			p, err := r.Next()
			if err == io.EOF || !yield(p, err) || err != nil {
				return
			}
		}
	}
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
		data, ci, err := r.readFrame()
		if err != nil {
			if !r.drained { // what the peer streams still hold comes first
				r.drained = true
				r.peers.finish()
				continue
			}
			return nil, err
		}
		r.peers.tick(ci.Timestamp) // what waited too long for lost data comes before this frame
		if p := r.frame(r.linkOf(ci), data, ci); p != nil {
			if r.peers.queue.len() == 0 {
				return p, nil
			}
			r.peers.queue.push(*p, p.Payload)
		}
	}
}

// readFrame reads the next frame. At the end of the file, clean or not, it
// drops the datagrams still waiting for fragments, and from then on returns
// io.EOF or the error that describes the damage.
func (r *Reader) readFrame() ([]byte, gopacket.CaptureInfo, error) {
	if r.err == nil && r.in != nil && stopped(r.done) { // a live source drains its ring itself
		r.err = io.EOF
		r.frags.dropAll()
	}
	if r.err != nil {
		return nil, gopacket.CaptureInfo{}, r.err
	}
	if r.in != nil && r.format == formatPcapng {
		if err := r.skipOtherBlocks(); err != nil {
			r.err = r.readError(err, 0, r.offset(), r.offset())
			r.frags.dropAll()
			return nil, gopacket.CaptureInfo{}, r.err
		}
	}
	start := r.offset()
	if r.in != nil {
		r.in.limit = start + maxRecordBytes
	}
	data, ci, err := r.src.ZeroCopyReadPacketData()
	if err != nil && r.format == formatPcap && ci.CaptureLength > ci.Length && ci.CaptureLength <= maxRecordBytes {
		data, err = r.readLongerThanOriginal(ci.CaptureLength)
		ci.Length = ci.CaptureLength
	}
	if err != nil {
		r.err = r.readError(err, ci.CaptureLength, start, r.offset())
		r.frags.dropAll()
		return nil, ci, r.err
	}
	r.stats.Frames++
	return data, ci, nil
}

// skipOtherBlocks skips the pcapng blocks before the next frame that the
// reading of frames does not need (name resolution, statistics, journal
// export, decryption secrets, custom blocks), each within maxRecordBytes
// of its own: the limit bounds a block, not all the blocks between two
// frames. It stops at any other block (pcapgo reads it, and says what is
// wrong with it).
func (r *Reader) skipOtherBlocks() error {
	for {
		r.in.limit = r.offset() + maxRecordBytes
		head, err := r.br.Peek(12)
		if err != nil {
			return nil
		}
		if binary.LittleEndian.Uint32(head[:4]) == ngSectionHeader {
			r.ngOrder = ngOrderOf(head)
			return nil
		}
		if !ngSkippable[r.ngOrder.Uint32(head[:4])] {
			return nil
		}
		n := r.ngOrder.Uint32(head[4:8])
		if n < 12 || n%4 != 0 || n > maxRecordBytes {
			return nil
		}
		if _, err := r.br.Discard(int(n)); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
	}
}

const ngSectionHeader = 0x0A0D0D0A

// ngSkippable are the pcapng block types that hold no frame and nothing
// the reading of frames needs.
var ngSkippable = map[uint32]bool{4: true, 5: true, 9: true, 10: true, 0x0BAD: true, 0x40000BAD: true}

// ngOrderOf is the byte order of the pcapng section whose header starts head.
func ngOrderOf(head []byte) binary.ByteOrder {
	if binary.LittleEndian.Uint32(head[8:]) == 0x1A2B3C4D {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

// readLongerThanOriginal reads the data of a pcap record whose captured
// length exceeds its original length: pcapgo refuses such a record after
// its header, libpcap reads it. The frame is counted in
// Stats.LongerThanOriginal and taken at its captured length.
func (r *Reader) readLongerThanOriginal(n int) ([]byte, error) {
	r.stats.LongerThanOriginal++
	if cap(r.longBuf) < n {
		r.longBuf = make([]byte, n)
	}
	_, err := io.ReadFull(r.br, r.longBuf[:n])
	return r.longBuf[:n], err
}

// offset is the position in the capture stream that pcapgo has read up to;
// 0 for a live capture.
func (r *Reader) offset() int64 {
	if r.in == nil {
		return 0
	}
	return r.in.n - int64(r.br.Buffered())
}

// linkOf returns the link type of a frame.
func (r *Reader) linkOf(ci gopacket.CaptureInfo) layers.LinkType {
	if len(ci.AncillaryData) > 0 {
		if link, ok := ci.AncillaryData[0].(layers.LinkType); ok {
			return link
		}
	}
	return r.link
}

// frame decodes one frame; it returns the ICQ payload it holds, or nil.
func (r *Reader) frame(link layers.LinkType, data []byte, ci gopacket.CaptureInfo) *Packet {
	if r.frags.done != nil {
		r.frags.release()
	}
	r.raw.Data, r.raw.Info, r.raw.Link, r.raw.Number = data, ci, link, r.stats.Frames
	r.countLink(link)
	t, kind := r.dec.decode(link, data)
	if kind == frameFragment4 || kind == frameFragment6 {
		t, kind = r.reassemble(&t, kind, ci)
	}
	switch kind {
	case frameUnsupported:
		r.stats.Unsupported++
		r.noteUnsupported(link)
		return nil
	case frameMalformed:
		r.stats.Malformed++
		return nil
	case frameHeld:
		r.stats.Fragments++
		return nil
	case frameOther:
		r.stats.Skipped++
		return nil
	}
	if t.transport == TCP {
		return r.tcpFrame(&t, ci)
	}
	return r.udpFrame(&t, ci)
}

// reassemble hands a fragment to the reassembler. When the fragment
// completes its datagram, the result is the datagram's transport payload,
// and the frame counts as the datagram's frame.
func (r *Reader) reassemble(t *transportPayload, kind frameKind, ci gopacket.CaptureInfo) (transportPayload, frameKind) {
	if t.truncated {
		// A fragment cut by the snap length would leave a hole.
		return transportPayload{}, frameMalformed
	}
	if kind == frameFragment6 {
		ip := r.frags.add6(&r.dec.ip6, &r.dec.ip6frag, ci.Timestamp, &r.raw)
		if ip == nil {
			return transportPayload{}, frameHeld
		}
		return r.dec.datagram(ip.NextHeader, ip.Payload, ip.SrcIP, ip.DstIP)
	}
	ip, err := r.frags.add4(&r.dec.ip4, ci.Timestamp, &r.raw)
	switch {
	case err != nil:
		return transportPayload{}, frameMalformed
	case ip == nil:
		return transportPayload{}, frameHeld
	}
	return r.dec.datagram(ip.Protocol, ip.Payload, ip.SrcIP, ip.DstIP)
}

// udpFrame hands out a UDP datagram to or from a server port.
func (r *Reader) udpFrame(t *transportPayload, ci gopacket.CaptureInfo) *Packet {
	var dir dissect.Direction
	switch {
	case r.servers.has(t.dst.Port()):
		dir = dissect.ClientToServer
	case r.servers.has(t.src.Port()):
		dir = dissect.ServerToClient
	default:
		r.stats.Skipped++
		r.noteLookalike(t)
		return nil
	}
	r.stats.ICQFrames++
	r.stats.UDPPackets++
	r.icqFrame(t, 0)
	if t.truncated {
		r.stats.Truncated++
	}
	r.pkt = Packet{Frame: r.stats.Frames, Time: ci.Timestamp, Src: t.src, Dst: t.dst,
		Transport: UDP, Dir: dir, Payload: t.payload, FrameLen: ci.Length, Truncated: t.truncated}
	return &r.pkt
}

// noteUnsupported remembers a link type the decoder does not know.
func (r *Reader) noteUnsupported(link layers.LinkType) {
	if !slices.Contains(r.unsupported, link) {
		r.unsupported = append(r.unsupported, link)
	}
}

// transportPayload is what the link decoder finds in a frame.
type transportPayload struct {
	transport Transport
	src, dst  netip.AddrPort
	payload   []byte
	truncated bool // the datagram or segment is longer than the bytes captured
}
