package analyze

import (
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// TestSessionCap: past the cap on sessions, the least recently active one
// is retired early, its summary still reported, with EndCap; sessions
// heard since are kept.
func TestSessionCap(t *testing.T) {
	f := &feed{t: t}
	f.a = New(Config{KeepEnded: true, MaxSessions: 3})
	client := func(i int) netip.AddrPort {
		return netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, 1, 0, byte(i)}), 1024)
	}
	login := func(at time.Duration, i int) {
		f.udp(at, dissect.ClientToServer, client(i), dissect.CmdLogin, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1000 + i})
	}
	for i := range 3 {
		login(time.Duration(i)*time.Second, i)
	}
	f.udp(4*time.Second, dissect.ClientToServer, client(0), dissect.CmdKeepAlive, dissect.Fields{dissect.FSeqNum: 2, dissect.FUIN: 1000})
	login(5*time.Second, 3) // retires client 1: client 0 was heard since
	login(6*time.Second, 4) // retires client 2
	sessions := f.finish()
	ends := map[uint32]End{}
	for _, s := range sessions {
		ends[s.UIN] = s.End
	}
	want := map[uint32]End{1000: EndCapture, 1001: EndCap, 1002: EndCap, 1003: EndCapture, 1004: EndCapture}
	if len(ends) != len(want) {
		t.Fatalf("sessions %v, want %v", ends, want)
	}
	for uin, end := range want {
		if ends[uin] != end {
			t.Errorf("UIN %d ended by %v, want %v", uin, ends[uin], end)
		}
	}
	if ev := f.a.Evicted(); ev.Sessions != 2 {
		t.Errorf("evicted %+v, want 2 sessions", ev)
	}
}

// TestPairingCap: past the cap on packets awaiting their ACK, the oldest
// is retired early and released as AckUnknown, not as missing.
func TestPairingCap(t *testing.T) {
	f := &feed{t: t}
	f.a = New(Config{KeepEnded: true, MaxPairing: 4, Release: f.onRelease})
	for i := range 6 {
		f.c(time.Duration(i)*time.Millisecond, dissect.CmdKeepAlive, i+1, nil)
	}
	f.finish()
	var states []AckState
	for _, r := range f.released {
		states = append(states, r.Ack)
	}
	want := []AckState{AckUnknown, AckUnknown, AckMissing, AckMissing, AckMissing, AckMissing}
	if len(states) != len(want) {
		t.Fatalf("released %v, want %v", states, want)
	}
	for i := range want {
		if states[i] != want[i] {
			t.Errorf("packet %d: %v, want %v", i+1, states[i], want[i])
		}
	}
	if ev := f.a.Evicted(); ev.Pairing != 2 {
		t.Errorf("evicted %+v, want 2 pairing entries", ev)
	}
}

// TestByIPRemoval: sessions of one address end in any order; the ones left
// are still found, each at its index.
func TestByIPRemoval(t *testing.T) {
	a := New(Config{})
	ip := netip.MustParseAddr("10.9.9.9")
	var list []*session
	for i := range 6 {
		client := netip.AddrPortFrom(ip, uint16(1000+i))
		key := keyOf(client, server)
		s := &session{SessionSummary: SessionSummary{ID: i + 1, Client: client, Server: server}}
		a.lifetimes.Push(idleEntry[*session]{v: s})
		a.sessions[key] = s
		list = append(list, s)
	}
	if got := a.sessionsAt(ip); len(got) != 6 {
		t.Fatalf("the index built from the live sessions holds %d of 6", len(got))
	}
	for _, i := range []int{2, 0, 5, 3} {
		a.unlistIP(list[i])
		for j, s := range a.byIP[ip] {
			if s.ipAt != j {
				t.Fatalf("after removing %d: session %d at %d thinks %d", i, s.ID, j, s.ipAt)
			}
		}
	}
	if got := a.byIP[ip]; len(got) != 2 {
		t.Fatalf("%d sessions left, want 2", len(got))
	}
	a.unlistIP(list[1])
	a.unlistIP(list[4])
	if _, ok := a.byIP[ip]; ok {
		t.Error("an address with no session left is still listed")
	}
}

// TestReusedSessionCountsOnlyItsOwn: a session retired by the cap is reused
// for the next one, and its packets still awaiting an ACK, given up later,
// are not counted on the session that took its place.
func TestReusedSessionCountsOnlyItsOwn(t *testing.T) {
	f := &feed{t: t}
	f.a = New(Config{KeepEnded: true, MaxSessions: 1})
	client := func(i int) netip.AddrPort {
		return netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, 1, 0, byte(i)}), 1024)
	}
	f.udp(0, dissect.ClientToServer, client(0), dissect.CmdLogin, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1000})
	f.udp(time.Second, dissect.ClientToServer, client(1), dissect.CmdLogin, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1001}) // retires 1000
	f.udp(Window+10*time.Second, dissect.ClientToServer, client(1), dissect.CmdKeepAlive, dissect.Fields{dissect.FSeqNum: 2, dissect.FUIN: 1001})
	unacked := map[uint32]uint64{}
	for _, s := range f.finish() {
		unacked[s.UIN] = s.Dir[c2s].Unacked
	}
	// 1001: its LOGIN (given up after the Window) and its KEEP_ALIVE (at
	// the end); 1000's LOGIN, given up after 1000 ended, is nobody's.
	if want := map[uint32]uint64{1000: 0, 1001: 2}; len(unacked) != 2 || unacked[1000] != want[1000] || unacked[1001] != want[1001] {
		t.Errorf("unacknowledged by UIN %v, want %v", unacked, want)
	}
}
