package gen

import (
	"io"
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// With OneIP every client sends from one address, each session (LOGIN) on
// a port no session online at the time has, and no peer connects.
func TestOneIP(t *testing.T) {
	_, evs := generate(t, Config{Clients: 300, Duration: 30 * time.Minute, Seed: 3, OneIP: true,
		SessionMean: 3 * time.Minute, AwayMean: 2 * time.Minute}, Pcap)
	nat := netip.AddrFrom4(clientIP(0))
	logins := map[uint16]int{} // LOGINs per port
	for _, e := range evs {
		switch e.Dir {
		case dissect.PeerToPeer:
			t.Fatalf("a peer packet at %v: behind one NAT address, no client is reachable", e.Time)
		case dissect.ClientToServer:
			if e.Src.Addr() != nat {
				t.Fatalf("a client sends from %v, want %v", e.Src, nat)
			}
			if e.Command == cmdLogin && !e.Retransmission {
				logins[e.Src.Port()]++
			}
		}
	}
	n := 0
	for port, k := range logins {
		n += k
		if k > 1 {
			t.Errorf("%d sessions on port %d", k, port)
		}
	}
	if n < 300 {
		t.Errorf("%d logins of 300 clients with 3-minute sessions over 30 minutes, want more", n)
	}
}

// Shorter sessions give more logins over the same time.
func TestSessionMean(t *testing.T) {
	logins := func(mean time.Duration) uint64 {
		st, err := Write(io.Discard, Config{Clients: 200, Duration: time.Hour, Seed: 5, SessionMean: mean, AwayMean: mean}, Pcap)
		if err != nil {
			t.Fatal(err)
		}
		return st.Logins
	}
	if long, short := logins(30*time.Minute), logins(2*time.Minute); short < 5*long {
		t.Errorf("%d logins with 2-minute sessions and absences, %d with 30-minute ones: want many times more", short, long)
	}
}
