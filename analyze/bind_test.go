package analyze

import (
	"net/netip"
	"testing"

	"github.com/icqdump/icqdump/dissect"
)

// Two clients share clientA's address; only one of them (UIN 1001, peer
// port 2001) logs in within the capture. A stream to the other's listener
// (port 2002) is not that session's: the port LOGIN announced tells them
// apart, before and after the other side's UIN is known.
func TestPeerBindsByAnnouncedPort(t *testing.T) {
	for _, tt := range []struct {
		listener uint16
		want     [2]int
	}{{2001, [2]int{0, 1}}, {2002, [2]int{0, 0}}} {
		f := newFeed(t, false)
		f.c(0, dissect.CmdLogin, 1, dissect.Fields{dissect.FPort: 2001, dissect.FLoginSeqNum: 1})
		caller := netip.MustParseAddrPort("10.0.0.9:3000")
		listener := netip.AddrPortFrom(clientA.Addr(), tt.listener)
		f.peer(0, caller, listener, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 3003})
		f.peer(0, caller, listener, dissect.PeerMessage, dissect.Fields{dissect.FUIN: 3003, dissect.FMessage: "hi", dissect.FCmdType: 0x10})
		f.peer(0, listener, caller, dissect.PeerAck, dissect.Fields{dissect.FUIN: 1000 + uint32(tt.listener-2000), dissect.FCmdType: 0x10})
		sessions := f.finish()
		st := f.a.Streams()
		if len(st) != 1 || st[0].Session != tt.want {
			t.Errorf("listener port %d: stream sessions %+v, want %v", tt.listener, st, tt.want)
		}
		if got := sessions[0].ReceivedPeer; got != uint64(tt.want[1]) {
			t.Errorf("listener port %d: session 1 received %d peer messages", tt.listener, got)
		}
	}
}
