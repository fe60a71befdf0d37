package check

import (
	"bytes"
	"cmp"
	"slices"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/gen"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// allowedCases change the clean capture in ways the spec allows, or that a
// capture cannot tell from them: no rule may find anything.
var allowedCases = []struct {
	name   string
	mutate func(t *testing.T, ev []event) []event
}{
	{"the capture ends before USER_OFFLINE is acknowledged", func(t *testing.T, ev []event) []event {
		return ev[:index(t, ev, s2c, dissect.SrvUserOffline, 0)+1]
	}},
	{"USER_OFFLINE crosses the client's B_USER_DISCONNECTED", func(t *testing.T, ev []event) []event {
		i := index(t, ev, s2c, dissect.SrvUserOffline, 0)
		ev[i].At = ev[index(t, ev, c2s, dissect.CmdSendTextCode, 1)].At - time.Second
		return remove(ev, ackOf(t, ev, i))
	}},
	{"the server misses the B_USER_DISCONNECTED and goes on", func(t *testing.T, ev []event) []event {
		bye := index(t, ev, c2s, dissect.CmdSendTextCode, 1)
		ev = remove(ev, ackOf(t, ev, bye))
		later := ev[index(t, ev, s2c, dissect.SrvUserOffline, 0)]
		for range 3 {
			later.At += 10 * time.Second
			later.Seq++
			ev = append(ev, later)
		}
		return ev
	}},
	{"the ACK of LOGIN is lost: LOGIN again 10 s later", func(t *testing.T, ev []event) []event {
		login := ev[0]
		ev = remove(ev, ackOf(t, ev, 0))
		login.At += 10 * time.Second
		i := index(t, ev, c2s, dissect.CmdSendMessage, 0)
		ack := event{At: login.At, Dir: s2c, Cmd: dissect.SrvAck, Seq: login.Seq}
		return insert(ev, i, login, ack)
	}},
	{"a peer message crosses its sender's B_USER_DISCONNECTED", func(t *testing.T, ev []event) []event {
		ev = remove(ev, index(t, ev, p2p, dissect.PeerAck, 0))
		bye := ev[index(t, ev, c2s, dissect.CmdSendTextCode, 1)].At
		for i := range ev {
			if ev[i].Dir == p2p {
				ev[i].At = bye - 5*time.Second
			}
		}
		slices.SortStableFunc(ev, func(a, b event) int { return cmp.Compare(a.At, b.At) })
		return ev
	}},
}

func TestAllowedCasesPass(t *testing.T) {
	for _, tc := range allowedCases {
		t.Run(tc.name, func(t *testing.T) {
			pcap, _ := scenarios.CheckCapture(tc.mutate(t, scenarios.CheckClean()))
			if found := run(t, pcap, DefaultOptions); len(found) > 0 {
				t.Errorf("%d findings:%s", len(found), describe(found))
			}
		})
	}
}

// The scenarios where the capture, not the sender, is at fault: a peer
// stream joined mid-connection, segments lost (whose two messages after the
// losses are truly never answered). Peer version 3 adds fields: noted
// (ICQ-PEER-V3-EXTRA), not a departure.
func TestCaptureDamageIsNoFinding(t *testing.T) {
	for name, want := range map[string]int{"peer-mid-connection": 0, "peer-lost-segments": 2, "peer-v3": 0} {
		s, ok := scenarios.ByName(name)
		if !ok {
			t.Fatalf("no scenario %s", name)
		}
		found := slices.DeleteFunc(run(t, s.Pcap, DefaultOptions), func(f Finding) bool { return f.Rule.ID == "ICQ-PEER-V3-EXTRA" }) // a note
		unanswered := slices.DeleteFunc(slices.Clone(found), func(f Finding) bool { return f.Rule.ID != "ICQ-PEER-MESSAGE-ANSWERED" })
		if len(found) != want || len(unanswered) != want {
			t.Errorf("%s: %d findings, want %d unanswered messages:%s", name, len(found), want, describe(found))
		}
	}
}

// generated writes the generator's traffic for cfg.
func generated(t *testing.T, cfg gen.Config) ([]byte, gen.Stats) {
	t.Helper()
	var b bytes.Buffer
	st, err := gen.Write(&b, cfg, gen.Pcap)
	if err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), st
}

// icqgen follows the spec: its traffic without loss breaks no rule.
func TestGeneratedTrafficPasses(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		pcap, _ := generated(t, gen.Config{Clients: 20, Duration: 30 * time.Minute, Seed: seed})
		if found := run(t, pcap, DefaultOptions); len(found) > 0 {
			t.Errorf("seed %d: %d findings:%s", seed, len(found), describe(found))
		}
	}
}

// The checker's memory follows the live sessions and streams, not the
// length of the capture: sessions and streams that have ended are forgotten.
func TestCheckerForgetsEndedSessions(t *testing.T) {
	const clients = 8
	pcap, st := generated(t, gen.Config{Clients: clients, Duration: 6 * time.Hour, Seed: 1})
	c := New(DefaultOptions, func(*Finding) {})
	var sessions, streams int
	seen := map[int]bool{}
	cfg := c.AnalyzerConfig()
	release := cfg.Release
	cfg.Release = func(r *analyze.Released) {
		release(r)
		sessions = max(sessions, len(c.sessions))
		streams = max(streams, len(c.streams))
		seen[r.Meta.Stream] = true
	}
	feed(t, pcap, cfg)
	c.Finish()
	if st.Logins < 4*clients || len(seen) < 100 {
		t.Fatalf("only %d logins and %d streams: too few to show anything", st.Logins, len(seen))
	}
	if sessions > 2*clients || streams > len(seen)/4 {
		t.Errorf("the checker held up to %d sessions of %d and %d streams of %d for %d clients", sessions, st.Logins, streams, len(seen), clients)
	}
	if len(c.sessions)+len(c.pending) > 0 {
		t.Errorf("after Finish it holds %d sessions, %d messages", len(c.sessions), len(c.pending))
	}
}

// BenchmarkCheck reads an hour of generated traffic (20 clients) through
// the analyzer alone and through the checker: the difference is the
// checker's cost. It allocates for findings and for each new session,
// search and stream, not per packet.
func BenchmarkCheck(b *testing.B) {
	var buf bytes.Buffer
	st, err := gen.Write(&buf, gen.Config{Clients: 20, Duration: time.Hour, Seed: 1}, gen.Pcap)
	if err != nil {
		b.Fatal(err)
	}
	packets := float64(st.UDPPackets + st.PeerPackets)
	for _, bc := range []struct {
		name string
		cfg  func() analyze.Config
	}{
		{"analyze", func() analyze.Config { return analyze.Config{Release: func(*analyze.Released) {}, KeepPackets: true} }},
		{"check", func() analyze.Config { return New(DefaultOptions, func(*Finding) {}).AnalyzerConfig() }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				feed(b, buf.Bytes(), bc.cfg())
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/packets, "ns/packet")
		})
	}
}

// The analyzer ends a session silent for analyze.SilenceTimeout; one that
// then goes on without a LOGIN is the same session to the rules, unless it
// stayed silent past what its packets can wait in the analyzer.
func TestSessionGoesOnAfterSilence(t *testing.T) {
	for _, tc := range []struct {
		shift    time.Duration
		sessions int
	}{{0, 1}, {200 * time.Second, 1}, {400 * time.Second, 2}} {
		events := scenarios.CheckClean()
		for j := index(t, events, s2c, dissect.SrvUserOffline, 0); j < len(events); j++ {
			events[j].At += tc.shift
		}
		pcap, _ := scenarios.CheckCapture(events)
		c := New(DefaultOptions, func(*Finding) {})
		feed(t, pcap, c.AnalyzerConfig())
		c.Finish()
		if got := c.Checked().Sessions; got != tc.sessions {
			t.Errorf("silent %v more before USER_OFFLINE: %d sessions, want %d", tc.shift, got, tc.sessions)
		}
	}
}
