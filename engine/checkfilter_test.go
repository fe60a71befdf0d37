package engine

import "testing"

// The verdicts kept are bounded; a frame older than the window counts as
// selected, a slot reused for a later frame forgets the earlier verdict.
func TestFrameVerdictsWindow(t *testing.T) {
	var v frameVerdicts
	v.record(1, true)
	v.record(2, false)
	if !v.selected(1) || v.selected(2) {
		t.Fatal("verdicts of frames 1 and 2 wrong")
	}
	v.record(verdictWindow+2, false)
	if !v.selected(1) || !v.selected(2) {
		t.Error("frames out of the window must count as selected")
	}
	if v.selected(verdictWindow + 1) {
		t.Error("a frame skipped over keeps an old verdict")
	}
	if len(v.bits) != verdictWindow/64 {
		t.Errorf("%d words kept", len(v.bits))
	}
}
