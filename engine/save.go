package engine

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/filter"
)

// saver writes -w: the frames of the ICQ packets shown, as the capture holds
// them. A UDP frame is written when its datagram passes the display filter,
// with the frames of its other IP fragments. A peer stream's frames are all
// written, handshake and teardown included, when their addresses pass
// --host; with --uin or --command, only the frames of its packets shown,
// with the handshake and teardown of the connections they belong to
// (peerFrames). Frames the reader judges ICQ late (those of a stream
// recognised after its first frames, the fragments of a datagram) are
// written when it hands them over, so the file is not always in time order.
type saver struct {
	path string
	file *os.File
	w    *capture.Writer
	sel  *filter.Filter
	// datagram is the frames of the UDP packet Next is about to return: they
	// wait for that packet's verdict. Their Data is the reader's, valid
	// until the next call to Next.
	datagram []capture.Frame
	err      error
	stop     func() // stops the capture when the file cannot be written
	stderr   io.Writer
	stats    func() capture.Stats
	peers    *peerFrames // nil unless --uin or --command choose packets
}

func newSaver(path string, r *capture.Reader, sel *filter.Filter, stop func(), stderr io.Writer) (*saver, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	s := &saver{path: path, file: f, w: r.NewWriter(SaveSink(f)), sel: sel, stop: stop, stderr: stderr, stats: r.Stats}
	if sel.SelectsByPacket() {
		s.peers = newPeerFrames(s.write)
	}
	r.OnICQFrame(s.frame)
	return s, nil
}

// SaveSink is what -w's frames are written to: the file (tests make it fail).
var SaveSink = func(f *os.File) io.Writer { return f }

// frame takes a frame the reader judged ICQ.
func (s *saver) frame(f *capture.Frame) {
	if f.Transport == capture.UDP {
		s.datagram = append(s.datagram, *f)
		return
	}
	switch {
	case s.peers != nil:
		s.peers.frame(f)
	case s.sel.Hosts(f.Src, f.Dst):
		s.write(f)
	}
}

// packet takes the verdict on a packet Next returned.
func (s *saver) packet(m *capture.Packet, shown bool) {
	if m.Transport == capture.TCP && s.peers != nil {
		s.peers.packet(m, shown)
		return
	}
	if m.Transport != capture.UDP || len(s.datagram) == 0 {
		return
	}
	fs := s.datagram
	if shown && fs[len(fs)-1].Number == m.Frame {
		for i := range fs {
			s.write(&fs[i])
		}
	}
	clear(fs) // the reader's Data goes with the next call to Next
	s.datagram = fs[:0]
}

func (s *saver) write(f *capture.Frame) {
	if s.err != nil {
		return
	}
	if err := s.w.Write(f); err != nil {
		s.err = fmt.Errorf("writing %s: %w", s.path, err)
		s.stop()
	}
}

func (s *saver) flush() {
	if s.err == nil {
		if err := s.w.Flush(); err != nil {
			s.err = fmt.Errorf("writing %s: %w", s.path, err)
			s.stop()
		}
	}
}

// close completes the file: it is a valid capture whatever stopped the run.
// It says how many frames of peer streams the file misses. When a write
// failed (a full disk), the file is cut after its last whole record.
func (s *saver) close() error {
	if n := s.stats().Unsaved; n > 0 {
		fmt.Fprintf(s.stderr, "icqdump: %s misses %d frames of peer streams: they came before their stream was recognised, beyond what is kept of connections not yet recognised\n", s.path, n)
	}
	if s.peers != nil && s.peers.dropped > 0 {
		fmt.Fprintf(s.stderr, "icqdump: %s misses %d frames of peer streams: they waited for their packets beyond %d KiB per side of a connection\n", s.path, s.peers.dropped, maxWaiting>>10)
	}
	err := s.err
	if werr := s.w.Close(); werr != nil && err == nil {
		err = fmt.Errorf("writing %s: %w", s.path, werr)
	}
	if err != nil {
		err = errors.Join(err, s.cutTorn())
	}
	return errors.Join(err, s.file.Close())
}

// cutTorn cuts the file after its last whole record.
func (s *saver) cutTorn() error {
	info, err := s.file.Stat()
	if err != nil {
		return err
	}
	return s.file.Truncate(capture.CompleteLength(s.file, info.Size()))
}
