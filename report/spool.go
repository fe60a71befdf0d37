package report

import (
	"bufio"
	"bytes"
	"io"
	"os"

	"github.com/icqdump/icqdump/internal/tempfile"
)

// spool keeps the records of reports that grow with the capture (the
// message transcript, the ladder diagrams) until they are written at the
// end. Each list keeps a short tail in memory and moves full chunks to one
// temporary file, created when first needed, its name removed at once: memory
// stays bounded by spoolBudget however long the capture.
type spool struct {
	f     *os.File
	size  int64
	err   error
	lists []*spoolList // lists with a tail in memory
	tails int          // bytes in those tails
	read  *bufio.Reader
	// a block of the file read by get, at blockAt: the records of
	// summaries are read back mostly in the order they were put
	block   []byte
	blockAt int64
	free    [][]byte // tail buffers of spilled lists, for other lists to reuse
	wbuf    []byte   // bytes written but not yet in the file: they go in large writes
	// records that put keeps in memory, until moved to the file at recordsAt
	records      []byte
	recordsMoved bool
	recordsAt    int64
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
	spoolBudget    = 4 << 20 // all tails go to the file when together they reach this
)

// append adds a record to l.
func (s *spool) append(l *spoolList, b []byte) {
	if !l.listed {
		l.listed = true
		s.lists = append(s.lists, l)
	}
	if l.tail == nil {
		l.tail = s.newTail()
	}
	l.tail = append(l.tail, b...)
	s.tails += len(b)
	if len(l.tail) >= spoolChunkSize {
		s.spill(l)
		s.recycle(l) // a list that was this busy may be done: its buffer goes to another
	}
	if s.tails >= spoolBudget {
		s.spillAll()
	}
}

// spillAll moves every list's tail to the file.
func (s *spool) spillAll() {
	for _, l := range s.lists {
		s.spill(l)
		s.recycle(l)
		l.listed = false
	}
	s.lists, s.tails, s.free = s.lists[:0], 0, nil
}

// maxFreeTails bounds the buffers kept for reuse (some 8 MiB).
const maxFreeTails = 1024

// newTail returns a buffer for a list's tail: one that another list
// spilled, or a small new one (most lists are short: it grows as needed).
// Reusing them spares the garbage collector a buffer per 4 KiB spilled.
func (s *spool) newTail() []byte {
	if n := len(s.free); n > 0 {
		b := s.free[n-1]
		s.free = s.free[:n-1]
		return b[:0]
	}
	return make([]byte, 0, spoolChunkSize/8)
}

// recycle takes l's tail buffer, after a spill, for newTail.
func (s *spool) recycle(l *spoolList) {
	if len(s.free) < maxFreeTails && cap(l.tail) <= 2*spoolChunkSize {
		s.free = append(s.free, l.tail)
	}
	l.tail = nil
}

// spill moves l's tail to the file.
func (s *spool) spill(l *spoolList) {
	if len(l.tail) == 0 {
		return
	}
	off, ok := s.write(l.tail)
	if !ok {
		return
	}
	if n := len(l.chunks); n > 0 && l.chunks[n-1].off+int64(l.chunks[n-1].n) == off {
		l.chunks[n-1].n += len(l.tail) // right after its last chunk: reader reads them as one
	} else {
		l.chunks = append(l.chunks, spoolChunk{off: off, n: len(l.tail)})
	}
	s.tails -= len(l.tail)
}

// spoolWriteSize is how much the spool writes to its file at once.
const spoolWriteSize = 256 << 10

// write appends b to the file, creating it first if need be; b may wait in
// wbuf until flush.
func (s *spool) write(b []byte) (off int64, ok bool) {
	if s.err != nil {
		return 0, false
	}
	if s.f == nil {
		if s.f, s.err = tempfile.Create("icqdump-*.spool"); s.err != nil {
			return 0, false
		}
	}
	off = s.size
	s.size += int64(len(b))
	s.wbuf = append(s.wbuf, b...)
	if len(s.wbuf) >= spoolWriteSize {
		s.flush()
	}
	return off, s.err == nil
}

// flush writes what waits in wbuf to the file, before the file is read.
func (s *spool) flush() {
	if len(s.wbuf) == 0 || s.err != nil {
		return
	}
	_, s.err = s.f.WriteAt(s.wbuf, s.size-int64(len(s.wbuf)))
	s.wbuf = s.wbuf[:0]
}

// spoolRef locates a record that put stored whole.
type spoolRef struct {
	off   int64
	n     int
	inMem bool
}

// spoolRecordMem is how many bytes of records put keeps in memory before it
// writes them to the file.
const spoolRecordMem = 4 << 20

// put stores a record, to be read back whole, in any order, with get.
func (s *spool) put(b []byte) spoolRef {
	if !s.recordsMoved && len(s.records)+len(b) <= spoolRecordMem {
		ref := spoolRef{off: int64(len(s.records)), n: len(b), inMem: true}
		s.records = append(s.records, b...)
		return ref
	}
	off, _ := s.write(b)
	return spoolRef{off: off, n: len(b)}
}

// get returns a record that put stored, valid until the next get. It reads
// the file a block at a time: one read per record was a system call per
// session of the tables.
func (s *spool) get(ref spoolRef) ([]byte, error) {
	if ref.inMem && !s.recordsMoved {
		end := ref.off + int64(ref.n)
		return s.records[ref.off:end:end], nil
	}
	if ref.inMem {
		ref.off += s.recordsAt
	}
	if ref.off < s.blockAt || ref.off+int64(ref.n) > s.blockAt+int64(len(s.block)) {
		if err := s.readBlock(ref); err != nil {
			return nil, err
		}
	}
	start := ref.off - s.blockAt
	end := start + int64(ref.n)
	return s.block[start:end:end], nil
}

// spoolBlockSize is how much get reads at once.
const spoolBlockSize = 64 << 10

// readBlock reads the block of the file that starts with ref.
func (s *spool) readBlock(ref spoolRef) error {
	if s.flush(); s.err != nil {
		return s.err
	}
	n := min(max(spoolBlockSize, int64(ref.n)), s.size-ref.off)
	if int64(cap(s.block)) < n {
		s.block = make([]byte, n)
	}
	s.block, s.blockAt = s.block[:n], ref.off
	if _, err := s.f.ReadAt(s.block, ref.off); err != nil {
		s.block = s.block[:0]
		return err
	}
	return nil
}

// reader returns l's records from the start; it is valid until the next
// call (one list is read at a time).
func (s *spool) reader(l *spoolList) *bufio.Reader {
	s.flush()
	rs := make([]io.Reader, 0, len(l.chunks)+1)
	for _, c := range l.chunks {
		rs = append(rs, io.NewSectionReader(s.f, c.off, int64(c.n)))
	}
	rs = append(rs, bytes.NewReader(l.tail))
	if s.read == nil {
		s.read = bufio.NewReaderSize(nil, 64<<10)
	}
	s.read.Reset(io.MultiReader(rs...))
	return s.read
}

// moveRecords writes the records kept in memory to the file; put keeps no
// more in memory.
func (s *spool) moveRecords() {
	if s.recordsMoved || len(s.records) == 0 {
		return
	}
	s.recordsAt, _ = s.write(s.records)
	s.records, s.recordsMoved = nil, true
}

// close closes the file (its name went when it was made).
func (s *spool) close() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
}
