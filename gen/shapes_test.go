package gen

import (
	"io"
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// With OneIP every client sends from one address, each session (LOGIN) on
// a port of its own, never the server's, and no peer connects.
func TestOneIP(t *testing.T) {
	nat := netip.AddrFrom4(clientIP(0))
	logins := map[uint16]int{} // LOGINs per port
	cfg := Config{Clients: 1000, Duration: 20 * time.Minute, Seed: 3, OneIP: true,
		SessionMean: time.Minute, AwayMean: time.Minute}
	cfg.Trace = func(e *Event) {
		switch e.Dir {
		case dissect.PeerToPeer:
			t.Fatalf("a peer packet at %v: behind one NAT address, no client is reachable", e.Time)
		case dissect.ClientToServer:
			if e.Src.Addr() != nat || e.Src.Port() == serverPort {
				t.Fatalf("a client sends from %v, want %v and not the server's port", e.Src, nat)
			}
			if e.Command == cmdLogin && !e.Retransmission {
				logins[e.Src.Port()]++
			}
		}
	}
	if _, err := Write(io.Discard, cfg, Pcap); err != nil {
		t.Fatal(err)
	}
	n := 0
	for port, k := range logins {
		n += k
		if k > 1 {
			t.Errorf("%d sessions on port %d", k, port)
		}
	}
	// More sessions than ports below the server's: the NAT went past it.
	if n < int(serverPort) {
		t.Errorf("%d logins of 1000 clients with 1-minute sessions over 20 minutes, want more than %d", n, serverPort)
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
