package report

import (
	"encoding/json"
	"fmt"

	"github.com/icqdump/icqdump/analyze"
)

// sessionStore keeps the summaries of the sessions that ended, for the
// tables and the ladder diagrams at the end of the run: in the spool, so
// that a capture of a hundred thousand sessions keeps only their places
// (analyze.Config.Ended).
type sessionStore struct {
	spool *spool
	refs  []spoolRef // by session ID - 1
	buf   []byte
	cur   analyze.SessionSummary
	at    int // the index of cur, plus one (0: none)
	err   error
}

func (st *sessionStore) add(s *analyze.SessionSummary) {
	b, err := json.Marshal(s)
	if err != nil {
		st.err = err
		return
	}
	for len(st.refs) < s.ID {
		st.refs = append(st.refs, spoolRef{})
	}
	st.refs[s.ID-1] = st.spool.put(b)
}

// len is the number of sessions: they are numbered 1 to len.
func (st *sessionStore) len() int { return len(st.refs) }

// get returns session i+1, valid until the next get. A summary that cannot
// be read back is returned empty (but for its ID), the error kept for Write.
// Asked for the same session again (the two rows of the acks table), it
// does not decode it again.
func (st *sessionStore) get(i int) *analyze.SessionSummary {
	if st.at == i+1 {
		return &st.cur
	}
	st.at = i + 1
	st.cur = analyze.SessionSummary{}
	ref := st.refs[i]
	b, err := st.spool.get(ref, st.buf)
	if !ref.inMem {
		st.buf = b[:0]
	}
	if err == nil {
		err = json.Unmarshal(b, &st.cur)
	}
	if err != nil && st.err == nil {
		st.err = fmt.Errorf("report: reading back session %d: %w", i+1, err)
	}
	st.cur.ID = i + 1
	return &st.cur
}
