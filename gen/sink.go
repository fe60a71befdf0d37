package gen

import (
	"bufio"
	"io"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

// Sink receives the generated frames in time order. The frame is valid only
// during the call.
type Sink interface {
	WriteFrame(t time.Time, frame []byte) error
}

// Format is a capture file format.
type Format uint8

const (
	Pcap   Format = iota // classic pcap, microsecond timestamps
	Pcapng               // pcapng, nanosecond timestamps
)

func (f Format) String() string {
	if f == Pcapng {
		return "pcapng"
	}
	return "pcap"
}

const snapLen = 65535

// writeBufferSize is large so that writing costs few system calls.
const writeBufferSize = 1 << 20

// FileSink writes frames as a pcap or pcapng file. Call Flush at the end.
type FileSink struct {
	buf *bufio.Writer
	pw  *pcapgo.Writer
	ng  *pcapgo.NgWriter
}

// NewFileSink writes the file header to w. The pcapng headers name icqgen,
// not the machine, so that the same run gives the same bytes anywhere.
func NewFileSink(w io.Writer, format Format) (*FileSink, error) {
	s := &FileSink{buf: bufio.NewWriterSize(w, writeBufferSize)}
	if format == Pcapng {
		intf := pcapgo.NgInterface{Name: "icqgen", LinkType: layers.LinkTypeEthernet, SnapLength: snapLen}
		opts := pcapgo.NgWriterOptions{SectionInfo: pcapgo.NgSectionInfo{Application: "icqgen"}}
		ng, err := pcapgo.NewNgWriterInterface(s.buf, intf, opts)
		if err != nil {
			return nil, err
		}
		s.ng = ng
		return s, nil
	}
	s.pw = pcapgo.NewWriter(s.buf)
	if err := s.pw.WriteFileHeader(snapLen, layers.LinkTypeEthernet); err != nil {
		return nil, err
	}
	return s, nil
}

// WriteFrame appends one frame.
func (s *FileSink) WriteFrame(t time.Time, frame []byte) error {
	ci := gopacket.CaptureInfo{Timestamp: t, CaptureLength: len(frame), Length: len(frame)}
	if s.ng != nil {
		return s.ng.WritePacket(ci, frame)
	}
	return s.pw.WritePacket(ci, frame)
}

// Flush writes out what is buffered.
func (s *FileSink) Flush() error {
	if s.ng != nil {
		if err := s.ng.Flush(); err != nil {
			return err
		}
	}
	return s.buf.Flush()
}

// Write generates a capture of cfg into w.
func Write(w io.Writer, cfg Config, format Format) (Stats, error) {
	s, err := NewFileSink(w, format)
	if err != nil {
		return Stats{}, err
	}
	st, err := Run(cfg, s)
	if err != nil {
		return st, err
	}
	return st, s.Flush()
}
