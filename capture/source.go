package capture

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// readBufferSize is large so that reading a file costs few system calls.
const readBufferSize = 1 << 20

// maxRecordBytes is the most a single read of a frame may take from the file,
// with the blocks pcapng puts before it. Real records are at most 256 KiB
// (libpcap's MAXIMUM_SNAPLEN); a header that claims more than this is damage,
// and the limit keeps it from making the reader buffer gigabytes. It is well
// above readBufferSize, which fills up to the limit.
const maxRecordBytes = 8 << 20

var errRecordTooLarge = errors.New("record too large")

// meter counts the bytes a capture stream yields and refuses to yield more
// than limit: the reader raises limit before each frame.
type meter struct {
	r     io.Reader
	n     int64 // bytes yielded
	limit int64
	over  bool // a read hit limit
}

func (m *meter) Read(p []byte) (int, error) {
	if m.n >= m.limit {
		m.over = true
		return 0, errRecordTooLarge
	}
	if left := m.limit - m.n; int64(len(p)) > left {
		p = p[:left]
	}
	n, err := m.r.Read(p)
	m.n += int64(n)
	return n, err
}

// format is the kind of capture file.
type format uint8

const (
	formatPcap format = iota + 1
	formatPcapng
)

// magics maps the first four bytes of a capture file to its format: pcap
// with microsecond or nanosecond times in either byte order, and pcapng.
var magics = map[string]format{
	"\xd4\xc3\xb2\xa1": formatPcap,
	"\xa1\xb2\xc3\xd4": formatPcap,
	"\x4d\x3c\xb2\xa1": formatPcap,
	"\xa1\xb2\x3c\x4d": formatPcap,
	"\x0a\x0d\x0d\x0a": formatPcapng,
}

// openStream returns the capture stream of in, decompressed when in is
// gzip-compressed, and its format. The meter sits under the buffer, so that
// meter.n minus the bytes buffered is the position in the stream.
func openStream(in io.Reader) (*meter, *bufio.Reader, format, error) {
	// Small reads of a large buffer go straight to the file: for an
	// uncompressed stream, sniff costs no copy after its first fill.
	sniff := bufio.NewReaderSize(in, 64<<10)
	var src io.Reader = sniff
	if b, _ := sniff.Peek(2); string(b) == "\x1f\x8b" {
		gz, err := gzip.NewReader(sniff)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("damaged gzip header: %w", shortRead(err))
		}
		src = gz
	}
	m := &meter{r: src, limit: maxRecordBytes}
	br := bufio.NewReaderSize(m, readBufferSize)
	magic, err := br.Peek(4)
	switch {
	case len(magic) == 0 && err == io.EOF:
		return nil, nil, 0, errors.New("empty file: not a pcap or pcapng file")
	case len(magic) < 4 && err == io.EOF:
		return nil, nil, 0, fmt.Errorf("not a pcap or pcapng file (only %d bytes)", len(magic))
	case err != nil:
		return nil, nil, 0, err
	}
	f, ok := magics[string(magic)]
	if !ok {
		return nil, nil, 0, notCaptureError(br, magic)
	}
	return m, br, f, nil
}

// compressions are the compressed formats icqdump does not read itself (it
// reads gzip), by their magic numbers, with the commands that decompress
// them to a file and to a pipe.
var compressions = []struct{ magic, name, toFile, toPipe string }{
	{"\xfd7zXZ\x00", "xz", "xz -dk", "xz -dc"},
	{"\x28\xb5\x2f\xfd", "zstd", "zstd -d", "zstd -dc"},
	{"BZh", "bzip2", "bzip2 -dk", "bzip2 -dc"},
	{"\x04\x22\x4d\x18", "lz4", "lz4 -d", "lz4 -dc"},
}

// notCaptureError says what a stream that is no capture is, naming the
// compression when it is a compressed one.
func notCaptureError(br *bufio.Reader, magic []byte) error {
	head, _ := br.Peek(6)
	for _, c := range compressions {
		if strings.HasPrefix(string(head), c.magic) {
			return fmt.Errorf("%s-compressed: decompress it first (%s FILE), or read it from a pipe (%s FILE | icqdump -r -)",
				c.name, c.toFile, c.toPipe)
		}
	}
	return fmt.Errorf("not a pcap or pcapng file (it begins % x)", magic)
}

// headerError describes a failure to read the file header of a capture whose
// magic number was right.
func headerError(f format, err error) error {
	what := "pcap file header"
	if f == formatPcapng {
		what = "pcapng section header"
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return fmt.Errorf("file ends inside the %s", what)
	}
	return fmt.Errorf("damaged %s: %w", what, err)
}

func shortRead(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// pcapRecordHeader is the size of a classic pcap record header.
const pcapRecordHeader = 16

// readError describes the failure of the read of frame r.stats.Frames+1,
// which began at stream position start and ended at end. It is io.EOF at the
// clean end of the file.
func (r *Reader) readError(err error, captured int, start, end int64) error {
	frame := r.stats.Frames + 1
	switch {
	case err == io.EOF && captured == 0:
		// io.EOF with no record header read: the file ends between records.
		return io.EOF
	case r.in == nil:
		// A live capture's source names what failed.
		return err
	case r.in.over && captured > 0:
		return fmt.Errorf("%s: frame %d: the record says %d bytes, more than %d MiB: the file is damaged",
			r.name, frame, captured, maxRecordBytes>>20)
	case r.in.over:
		return fmt.Errorf("%s: %s: a block of more than %d MiB: the file is damaged",
			r.name, r.afterFrame(), maxRecordBytes>>20)
	case err != io.EOF && err != io.ErrUnexpectedEOF:
		if captured > 0 {
			return fmt.Errorf("%s: frame %d: %w", r.name, frame, err)
		}
		return fmt.Errorf("%s: %s: %w", r.name, r.afterFrame(), err)
	case r.format == formatPcapng && captured > 0:
		return fmt.Errorf("%s: file ends inside frame %d (its block says %d captured bytes)", r.name, frame, captured)
	case r.format == formatPcapng:
		return fmt.Errorf("%s: file ends inside a block, %d bytes %s", r.name, end-start, r.afterFrame())
	case captured > 0:
		return fmt.Errorf("%s: file ends inside frame %d (record header says %d bytes, %d present)",
			r.name, frame, captured, end-start-pcapRecordHeader)
	default:
		return fmt.Errorf("%s: file ends inside the record header of frame %d (%d of %d bytes present)",
			r.name, frame, end-start, pcapRecordHeader)
	}
}

// afterFrame says where in the file the next frame is.
func (r *Reader) afterFrame() string {
	if r.stats.Frames == 0 {
		return "before the first frame"
	}
	return fmt.Sprintf("after frame %d", r.stats.Frames)
}
