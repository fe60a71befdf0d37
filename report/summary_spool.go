package report

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// spool keeps the records of reports that grow with the capture (the
// message transcript, the ladder diagrams) until they are written at the
// end. Each list keeps a short tail in memory and moves full chunks to one
// temporary file, created when first needed and removed by close: memory
// stays bounded by spoolBudget however long the capture.
type spool struct {
	f     *os.File
	size  int64
	err   error
	lists []*spoolList // lists with a tail in memory
	tails int          // bytes in those tails
}

// spoolList is one ordered list of records.
type spoolList struct {
	tail   []byte
	chunks []spoolChunk
	listed bool
}

type spoolChunk struct {
	off int64
	n   int
}

const (
	spoolChunkSize = 4 << 10 // a list's tail goes to the file when it reaches this
	spoolBudget    = 8 << 20 // all tails go to the file when together they reach this
)

// append adds a record to l.
func (s *spool) append(l *spoolList, b []byte) {
	if !l.listed {
		l.listed = true
		s.lists = append(s.lists, l)
	}
	l.tail = append(l.tail, b...)
	s.tails += len(b)
	if len(l.tail) >= spoolChunkSize {
		s.spill(l)
		l.tail = l.tail[:0]
	}
	if s.tails >= spoolBudget {
		for _, l := range s.lists {
			s.spill(l)
			l.tail, l.listed = nil, false
		}
		s.lists, s.tails = s.lists[:0], 0
	}
}

// spill moves l's tail to the file.
func (s *spool) spill(l *spoolList) {
	if len(l.tail) == 0 || s.err != nil {
		return
	}
	if s.f == nil {
		if s.f, s.err = os.CreateTemp("", "icqdump-*.spool"); s.err != nil {
			return
		}
	}
	if _, s.err = s.f.WriteAt(l.tail, s.size); s.err != nil {
		return
	}
	l.chunks = append(l.chunks, spoolChunk{off: s.size, n: len(l.tail)})
	s.size += int64(len(l.tail))
	s.tails -= len(l.tail)
}

// reader returns l's records from the start.
func (s *spool) reader(l *spoolList) *bufio.Reader {
	rs := make([]io.Reader, 0, len(l.chunks)+1)
	for _, c := range l.chunks {
		rs = append(rs, io.NewSectionReader(s.f, c.off, int64(c.n)))
	}
	rs = append(rs, bytes.NewReader(l.tail))
	return bufio.NewReaderSize(io.MultiReader(rs...), 64<<10)
}

// close removes the file.
func (s *spool) close() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name())
		s.f = nil
	}
}
