package engine

import (
	"github.com/icqdump/icqdump/check"
)

// verdictWindow is how many of the latest frames check remembers the
// display filter's verdict on: 128 KiB of bits.
const verdictWindow = 1 << 20

// frameVerdicts remembers which of the latest frames read the display
// filter selected, so that check reports only the findings those frames
// show. A finding about a frame older than the window is reported: there
// is no verdict left to drop it on.
type frameVerdicts struct {
	bits   []uint64
	newest uint64
}

// record takes the verdict on a packet of frame; a frame with several
// packets is selected when any of them is.
func (v *frameVerdicts) record(frame uint64, shown bool) {
	if v.bits == nil {
		v.bits = make([]uint64, verdictWindow/64)
	}
	for f := max(v.newest+1, frame-min(frame, verdictWindow-1)); f <= frame; f++ {
		v.bits[f%verdictWindow/64] &^= 1 << (f % 64) // a slot reused for a new frame
	}
	v.newest = max(v.newest, frame)
	if shown {
		v.bits[frame%verdictWindow/64] |= 1 << (frame % 64)
	}
}

func (v *frameVerdicts) selected(frame uint64) bool {
	if v.bits == nil || frame+verdictWindow <= v.newest {
		return true
	}
	return v.bits[frame%verdictWindow/64]&(1<<(frame%64)) != 0
}

// filteredFindings passes on the findings whose first frame (the one that
// shows the finding) the display filter selected, and counts them by rule.
type filteredFindings struct {
	verdicts *frameVerdicts
	emit     func(*check.Finding)
	counts   map[string]int
}

func (f *filteredFindings) add(x *check.Finding) {
	if len(x.Frames) > 0 && !f.verdicts.selected(x.Frames[0]) {
		return
	}
	f.counts[x.Rule.ID]++
	f.emit(x)
}
