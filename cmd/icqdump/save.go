package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/filter"
)

// saver writes -w: the frames of the ICQ packets shown, as the capture holds
// them. A UDP frame is written when its datagram passes the display filter.
// A peer stream's frames are all written, handshake and teardown included,
// when their addresses pass --host: --uin and --command do not cut streams,
// which would then not reassemble.
type saver struct {
	path string
	file *os.File
	w    *capture.Writer
	sel  *filter.Filter
	// pending is the UDP frame of the packet Next is about to return: it
	// waits for that packet's verdict. It is the reader's, valid until the
	// next call to Next.
	pending *capture.Frame
	err     error
	stop    func() // stops the capture when the file cannot be written
}

func newSaver(path string, r *capture.Reader, sel *filter.Filter, stop func()) (*saver, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	s := &saver{path: path, file: f, w: r.NewWriter(f), sel: sel, stop: stop}
	r.OnICQFrame(s.frame)
	return s, nil
}

// frame takes a frame the reader judged ICQ.
func (s *saver) frame(f *capture.Frame) {
	if f.Transport == capture.UDP {
		s.pending = f
		return
	}
	if s.sel.Hosts(f.Src, f.Dst) {
		s.write(f)
	}
}

// packet takes the verdict on a packet Next returned.
func (s *saver) packet(m *capture.Packet, shown bool) {
	f := s.pending
	if f == nil || m.Transport != capture.UDP || f.Number != m.Frame {
		return
	}
	s.pending = nil
	if shown {
		s.write(f)
	}
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
func (s *saver) close() error {
	err := s.err
	if werr := s.w.Close(); werr != nil && err == nil {
		err = fmt.Errorf("writing %s: %w", s.path, werr)
	}
	return errors.Join(err, s.file.Close())
}
