package analyze

import (
	"fmt"
	"testing"

	"github.com/icqdump/icqdump/dissect"
)

// The counts of two captures merged are those of one capture holding the
// packets of both, in the same order.
func TestMergeCommands(t *testing.T) {
	one, two, both := newFeed(t, false), newFeed(t, false), newFeed(t, false)
	for _, f := range []*feed{one, both} {
		logIn(f, 0)
	}
	for _, f := range []*feed{two, both} {
		f.c(0, dissect.CmdKeepAlive, 2, nil)
		f.s(ms, dissect.SrvAck, 2, nil)
	}
	got := fmt.Sprint(MergeCommands(one.a.Commands(), two.a.Commands()))
	if want := fmt.Sprint(both.a.Commands()); got != want {
		t.Errorf("merged:\n%s\nwant:\n%s", got, want)
	}
	if got := MergeCommands(); len(got) != 0 {
		t.Errorf("nothing merged: %v", got)
	}
}
