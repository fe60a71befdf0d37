package report

import (
	"fmt"

	"github.com/icqdump/icqdump/analyze"
)

// store keeps the summaries of the sessions (or of the peer streams) that
// ended, by their number, for the tables and the ladder diagrams at the end
// of the run: in the spool, so that a capture of a hundred thousand
// sessions keeps only their places (analyze.Config.Ended, StreamEnded).
type store[T any] struct {
	spool *spool
	what  string // "session" or "peer stream", for errors
	write func(*recordWriter, *T)
	read  func(*recordReader, *T)
	refs  []spoolRef // by number - 1; a number never seen has n == 0
	rec   recordWriter
	cur   T
	at    int // the index of cur, plus one (0: none)
	err   error
}

type (
	sessionStore = store[analyze.SessionSummary]
	streamStore  = store[analyze.StreamSummary]
)

func (st *store[T]) add(id int, v *T) {
	st.rec.b = st.rec.b[:0]
	st.write(&st.rec, v)
	for len(st.refs) < id {
		st.refs = append(st.refs, spoolRef{})
	}
	st.refs[id-1] = st.spool.put(st.rec.b)
}

// len is the highest number: summaries are numbered 1 to len (sessions
// without a gap; a peer stream whose every segment was lost has none).
func (st *store[T]) len() int { return len(st.refs) }

// has reports whether summary i+1 was kept.
func (st *store[T]) has(i int) bool { return i >= 0 && i < len(st.refs) && st.refs[i].n > 0 }

// indexes lists the numbers (minus one) of the summaries kept.
func (st *store[T]) indexes() []int {
	var out []int
	for i := range st.refs {
		if st.has(i) {
			out = append(out, i)
		}
	}
	return out
}

// get returns summary i+1, valid until the next get. One that cannot be
// read back (or was never kept) is returned empty, the error kept for
// Write. Asked for the same summary again (the two rows of the acks table),
// it does not decode it again.
func (st *store[T]) get(i int) *T {
	if st.at == i+1 {
		return &st.cur
	}
	st.at = i + 1
	var zero T
	st.cur = zero
	if !st.has(i) {
		return &st.cur
	}
	ref := st.refs[i]
	b, err := st.spool.get(ref)
	if err == nil {
		r := recordReader{b: b}
		st.read(&r, &st.cur)
		err = r.err
	}
	if err != nil && st.err == nil {
		st.err = fmt.Errorf("report: reading back %s %d: %w", st.what, i+1, err)
	}
	return &st.cur
}
