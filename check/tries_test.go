package check

import (
	"maps"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
)

// TestTransmittedForgetsAsASweep checks that forgetting transmissions oldest
// first keeps the same packets as a sweep of every one, in time order and
// when the capture's times go back.
func TestTransmittedForgetsAsASweep(t *testing.T) {
	type send struct {
		frame, retransOf uint64 // retransOf: 0 for a first transmission
		at               time.Duration
	}
	base := time.Unix(1000, 0)
	w := analyze.Window
	tests := []struct {
		name  string
		sends []send
	}{
		{"in order, retransmitted then forgotten", []send{{1, 0, 0}, {2, 0, time.Second}, {3, 1, w / 2}, {4, 0, w + 2*time.Second}, {5, 0, w/2 + w + time.Second}}},
		{"times go back", []send{{1, 0, 0}, {2, 0, w}, {3, 0, time.Second}, {4, 1, 2 * w}, {5, 0, 3*w + 2*time.Second}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := &sessionState{tries: map[uint64]tries{}}
			want := map[uint64]tries{}
			for _, s := range tt.sends {
				r := &analyze.Released{Meta: &capture.Packet{Frame: s.frame, Time: base.Add(s.at)}}
				first := s.frame
				if s.retransOf != 0 {
					r.Xref = analyze.Xref{Retransmission: 1, RetransmissionOf: s.retransOf}
					first = s.retransOf
				}
				st.transmitted(r)
				want[first] = tries{n: want[first].n + 1, at: r.Meta.Time}
				maps.DeleteFunc(want, func(_ uint64, v tries) bool { return r.Meta.Time.Sub(v.at) > w })
				if !maps.EqualFunc(st.tries, want, func(a, b tries) bool { return a.n == b.n && a.at.Equal(b.at) }) {
					t.Fatalf("after frame %d: tries %v, want %v", s.frame, st.tries, want)
				}
			}
			if len(st.tries) == 0 {
				t.Fatal("every transmission forgotten: the case tests nothing")
			}
		})
	}
}
