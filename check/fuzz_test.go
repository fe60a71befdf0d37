package check

import (
	"testing"
	"time"

	"github.com/icqdump/icqdump/internal/scenarios"
)

// FuzzCheck damages the clean capture in any way, packet by packet: bytes
// changed, packets cut short, moved in time, dropped or sent twice. Whatever
// comes, the checker does not panic, every finding names frames of the
// capture, and each blames one side: --role client and --role server
// together find what --role all finds.
//
// Input: records of [event][operation][a][b].
func FuzzCheck(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{0, 0, 10, 0xFF, 3, 1, 12, 0, 40, 2, 0, 200, 20, 3, 0, 0, 60, 4, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		events := scenarios.CheckClean()
		for ; len(data) >= 4 && len(events) > 0; data = data[4:] {
			events = damage(events, int(data[0])%len(events), data[1], int(data[2]), data[3])
		}
		pcap, frames := scenarios.CheckCapture(events)
		last := uint64(0)
		if len(frames) > 0 {
			last = frames[len(frames)-1]
		}
		all := run(t, pcap, DefaultOptions)
		for _, f := range all {
			for _, n := range f.Frames {
				if n < 1 || n > last {
					t.Errorf("%s names frame %d of %d: %s", f.Rule.ID, n, last, f.Message)
				}
			}
		}
		sides := 0
		for _, role := range []Role{Client, Server} {
			opts := DefaultOptions
			opts.Role = role
			sides += len(run(t, pcap, opts))
		}
		if sides != len(all) {
			t.Errorf("%d findings for all, %d for client and server:%s", len(all), sides, describe(all))
		}
	})
}

// damage applies operation op to event i.
func damage(events []event, i int, op byte, a int, b byte) []event {
	ev := &events[i]
	edit := ev.Edit
	switch op % 5 {
	case 0: // a byte changed
		ev.Edit = func(p []byte) []byte {
			if edit != nil {
				p = edit(p)
			}
			if len(p) > 0 {
				p[a%len(p)] = b
			}
			return p
		}
	case 1: // cut short
		ev.Edit = func(p []byte) []byte {
			if edit != nil {
				p = edit(p)
			}
			return p[:min(a, len(p))]
		}
	case 2: // moved in time
		ev.At += time.Duration(int8(b)) * time.Second
	case 3:
		return remove(events, i)
	case 4:
		return insert(events, i, *ev)
	}
	return events
}
