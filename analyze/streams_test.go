package analyze

import (
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// With Config.StreamEnded, a peer stream silent for longer than
// StreamTimeout is handed out and no longer kept, the others at Finish:
// memory follows the live streams, not the length of the capture.
func TestStreamsEndWhenSilent(t *testing.T) {
	var ended []StreamSummary
	a := New(Config{StreamEnded: func(s *StreamSummary) { ended = append(ended, *s) }})
	init, err := dissect.EncodePeer(nil, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 1001})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	frame := uint64(0)
	add := func(at time.Duration, stream int) {
		frame++
		dissect.DecodePeer(&p, init)
		src := netip.AddrPortFrom(clientA.Addr(), uint16(2000+stream))
		m := capture.Packet{Frame: frame, Time: base.Add(at), Src: src, Dst: clientB, Transport: capture.TCP,
			Dir: dissect.PeerToPeer, Stream: stream, Payload: init}
		a.Add(&m, &p)
	}
	add(0, 1)
	add(time.Second, 2)
	add(StreamTimeout, 2)
	if len(ended) != 0 {
		t.Fatalf("ended after a silence of StreamTimeout: %+v", ended)
	}
	add(StreamTimeout+2*time.Second, 2)
	if len(ended) != 1 || ended[0].Stream != 1 || ended[0].Packets != [2]uint64{1, 0} || len(a.Streams()) != 1 {
		t.Fatalf("after a longer silence: ended %+v, kept %d", ended, len(a.Streams()))
	}
	a.Finish()
	if len(ended) != 2 || ended[1].Stream != 2 || ended[1].Packets != [2]uint64{3, 0} || len(a.Streams()) != 0 {
		t.Errorf("at the end: ended %+v, kept %d", ended, len(a.Streams()))
	}
}
