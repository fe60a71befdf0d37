package capture

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"net/netip"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// Frame is a captured frame the reader judged ICQ, as the capture holds it.
type Frame struct {
	Data      []byte // the captured bytes; valid only during the OnICQFrame call
	Info      gopacket.CaptureInfo
	Link      layers.LinkType
	Number    uint64 // the frame's number, as in Packet.Frame
	Transport Transport
	Src, Dst  netip.AddrPort
	Stream    int // the peer stream of a TCP frame; 0 for UDP
}

// OnICQFrame has fn called with every frame the reader judges ICQ, in
// capture order among the frames of a datagram or a connection, before Next
// returns the packets the frame completes:
//
//   - UDP: the frame that carried an ICQ datagram; for a datagram in IP
//     fragments, the frames of all its fragments, the one that completed it
//     last. Next returns that datagram's packet next.
//   - TCP: every frame of a peer stream, handshake, bare ACKs and teardown
//     included. The frames of a connection recognised after its first ones
//     (by the content test, or by an endpoint learned meanwhile) come when
//     it is recognised, just before the frame that decided it: fn gets them
//     late, each with its own Info. Only a connection the reader was
//     keeping anyway (its SYN came within the last 30 s of capture time,
//     or the content test held its first bytes) has its first frames kept,
//     within bounds; Stats.Unsaved counts those that found no room.
//
// Stream is the frame's peer stream, 0 for UDP and for the frames of a
// recognised connection that has no stream yet (a bare ACK opens none) or
// no more (the ACKs, FINs and RSTs after its close).
// Number is the frame's own number in the capture. The frame is valid only
// during the call; the Data of a UDP frame until the next call to Next.
// fn must not call the reader. Without a hook, the reader keeps no frame.
func (r *Reader) OnICQFrame(fn func(*Frame)) {
	r.onICQFrame = fn
	if fn != nil {
		r.frags.keepFrames()
	}
}

// icqFrame hands the frame being decoded to the OnICQFrame hook, after the
// frames of the fragments before it in its datagram; t is what the decoder
// found in it, stream its peer stream (0 for UDP). The TCP code calls it for
// every frame of a peer stream.
func (r *Reader) icqFrame(t *transportPayload, stream int) {
	if r.onICQFrame == nil {
		return
	}
	if d := r.frags.done; d != nil {
		d.label(t)
		d.hand(r.onICQFrame, stream)
	}
	f := &r.raw
	f.Transport, f.Src, f.Dst, f.Stream = t.transport, t.src, t.dst, stream
	r.onICQFrame(f)
}

// Writer saves frames to a capture file: pcapng when the reader reads
// pcapng, whose frames may come from links of several types (one interface
// per link type), and classic pcap with nanosecond times otherwise (a pcap
// file or a live capture, one link type).
type Writer struct {
	dst  io.Writer
	out  *bufio.Writer // pcap only: pcapgo's NgWriter buffers itself
	ng   *pcapgo.NgWriter
	pcap *pcapgo.Writer
	link layers.LinkType // of the pcap file, or of the pcapng file's first interface
	ifs  map[layers.LinkType]int
	// started says the file header is written: it waits for the first frame,
	// whose link type a pcapng file's first interface needs.
	started bool
}

// NewWriter returns a writer of the kind of file that suits what r reads.
// Close it to write what is buffered.
func (r *Reader) NewWriter(w io.Writer) *Writer {
	if r.format == formatPcapng {
		// The link type of the first interface, should no frame come.
		return &Writer{dst: w, link: layers.LinkTypeEthernet, ifs: make(map[layers.LinkType]int)}
	}
	return &Writer{dst: w, link: r.link}
}

// Write saves a frame.
func (w *Writer) Write(f *Frame) error {
	if !w.started {
		if err := w.start(f.Link); err != nil {
			return err
		}
	}
	ci := f.Info
	ci.CaptureLength = len(f.Data)
	// Damaged files can claim a frame was shorter on the wire than captured.
	ci.Length = max(ci.Length, ci.CaptureLength)
	ci.AncillaryData = nil
	if w.ng == nil {
		if f.Link != w.link {
			return fmt.Errorf("frame %d is of link type %v, the pcap file being written is %v", f.Number, f.Link, w.link)
		}
		return w.pcap.WritePacket(ci, f.Data)
	}
	id, ok := w.ifs[f.Link]
	if !ok {
		var err error
		if id, err = w.ng.AddInterface(ngInterface(f.Link)); err != nil {
			return err
		}
		w.ifs[f.Link] = id
	}
	ci.InterfaceIndex = id
	return w.ng.WritePacket(ci, f.Data)
}

// start writes the file header; link is the first frame's.
func (w *Writer) start(link layers.LinkType) error {
	w.started = true
	if w.ifs == nil {
		w.out = bufio.NewWriterSize(w.dst, 64<<10)
		w.pcap = pcapgo.NewWriterNanos(w.out)
		return w.pcap.WriteFileHeader(LiveSnapLen, w.link)
	}
	ng, err := pcapgo.NewNgWriterInterface(w.dst, ngInterface(link), pcapgo.NgWriterOptions{
		SectionInfo: pcapgo.NgSectionInfo{Application: "icqdump"}})
	if err != nil {
		return err
	}
	w.ng, w.ifs[link] = ng, 0
	return nil
}

func ngInterface(link layers.LinkType) pcapgo.NgInterface {
	return pcapgo.NgInterface{LinkType: link, SnapLength: LiveSnapLen, TimestampResolution: 9}
}

// Flush writes what is buffered, so that the file holds every frame written.
func (w *Writer) Flush() error {
	switch {
	case w.ng != nil:
		return w.ng.Flush()
	case w.out != nil:
		return w.out.Flush()
	}
	return nil
}

// Close writes the file header if no frame came, and what is buffered. It
// does not close the underlying writer.
func (w *Writer) Close() error {
	var err error
	if !w.started {
		err = w.start(w.link)
	}
	return errors.Join(err, w.Flush())
}

// CompleteLength returns the length of the longest start of a capture file
// (pcap or pcapng, of size bytes) made of whole records or blocks: where a
// file torn by a failed write is cut so that it ends at a record.
func CompleteLength(r io.ReaderAt, size int64) int64 {
	var head [12]byte
	if n, _ := r.ReadAt(head[:], 0); n < len(head) {
		return 0
	}
	order := binary.ByteOrder(binary.LittleEndian)
	var at, headerLen int64
	var lengthAt int64 // where a record or block says its length, from its start
	var fixed int64    // what a record or block adds to that length
	switch {
	case binary.LittleEndian.Uint32(head[:4]) == 0x0A0D0D0A: // pcapng
		if binary.LittleEndian.Uint32(head[8:]) != 0x1A2B3C4D {
			order = binary.BigEndian
		}
		lengthAt, fixed = 4, 0
	default: // pcap: the magic number says the byte order
		if m := binary.LittleEndian.Uint32(head[:4]); m != 0xA1B2C3D4 && m != 0xA1B23C4D {
			order = binary.BigEndian
		}
		at, headerLen, lengthAt, fixed = 24, 24, 8, 16
	}
	if size < headerLen {
		return 0
	}
	var b [4]byte
	for {
		if n, _ := r.ReadAt(b[:], at+lengthAt); n < 4 {
			return at
		}
		next := at + fixed + int64(order.Uint32(b[:]))
		if next > size || next <= at {
			return at
		}
		at = next
	}
}
