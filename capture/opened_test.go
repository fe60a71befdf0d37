package capture_test

import (
	"bytes"
	"io"
	"maps"
	"testing"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Packet.Opened says the capture holds a stream's SYN, so that its first
// packet is the connection's first. A stream found by its content has it
// too when its handshake is in the capture (the reader notes where each
// direction of an unrecognised connection starts); a stream that resumes
// after an idle close, or that the capture joined late, has not.
func TestOpenedWhenTheSYNIsCaptured(t *testing.T) {
	tests := []struct {
		scenario string
		opened   map[int]bool // by stream
	}{
		{"peer-session", map[int]bool{1: true, 2: true}},           // both known from UDP before they open
		{"peer-port", map[int]bool{1: true}},                       // --peer-port
		{"peer-learned-from-init", map[int]bool{1: true, 2: true}}, // the first by content, its handshake captured; the second learned from it
		{"peer-mid-connection", map[int]bool{1: false}},            // no SYN at all
		{"peer-idle", map[int]bool{1: true, 2: false}},             // by content, handshake captured; the second resumes after an idle close
	}
	for _, tt := range tests {
		t.Run(tt.scenario, func(t *testing.T) {
			r, err := capture.NewReader(bytes.NewReader(scenario(t, tt.scenario).Pcap), tt.scenario, capture.Config{PeerPorts: []uint16{4321}})
			if err != nil {
				t.Fatal(err)
			}
			var p dissect.Packet
			got := map[int]bool{}
			m, err := r.Next()
			for ; err == nil; m, err = r.Next() {
				dissect.Decode(&p, m.Payload, m.Dir)
				for _, ep := range analyze.AppendPeerEndpoints(nil, m, &p) {
					r.LearnPeer(ep.Addr, ep.How)
				}
				if m.Transport == capture.TCP {
					got[m.Stream] = m.Opened
				}
			}
			if err != io.EOF {
				t.Fatal(err)
			}
			if !maps.Equal(got, tt.opened) {
				t.Errorf("opened %v, want %v", got, tt.opened)
			}
		})
	}
}
