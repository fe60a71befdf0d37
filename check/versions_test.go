package check

import (
	"os"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// TestEveryRuleDeclaresVersions: a rule without versions would be listed
// nowhere, one of the capture's and of packets' would pass on both.
func TestEveryRuleDeclaresVersions(t *testing.T) {
	for _, r := range Rules {
		capture := strings.HasPrefix(r.ID, "CAPTURE-")
		switch {
		case r.Versions == 0:
			t.Errorf("%s declares no versions", r.ID)
		case capture && r.Versions != OfCapture, !capture && r.Versions&OfCapture != 0:
			t.Errorf("%s declares %v: only the CAPTURE- rules judge the capture, and nothing else", r.ID, r.Versions)
		}
	}
}

// judgedWithVersions checks a capture and notes the version of each frame's
// packets; the reading may end in damage, whose findings are the capture's.
func judgedWithVersions(t *testing.T, pcap []byte) ([]Finding, map[uint64]Versions) {
	t.Helper()
	var found []Finding
	of := map[uint64]Versions{}
	c := New(DefaultOptions, func(f *Finding) { found = append(found, *f) })
	err := feedEach(pcap, c.AnalyzerConfig(), func(m *capture.Packet, p *dissect.Packet) { of[m.Frame] |= PacketVersion(m, p) })
	c.Finish()
	if err != nil {
		t.Logf("reading ended: %v", err)
	}
	return found, of
}

// assertDeclared fails for a finding of a rule on a version the rule does
// not declare: a report would list that rule as not judged there.
func assertDeclared(t *testing.T, found []Finding, of map[uint64]Versions) {
	t.Helper()
	for _, f := range found {
		v := OfCapture
		if len(f.Frames) > 0 {
			v = of[f.Frames[0]]
		}
		if f.Rule.Versions&v == 0 {
			t.Errorf("%s on a packet of %v, which it does not declare (%v): frames %v %s", f.Rule.ID, v, f.Rule.Versions, f.Frames, f.Message)
		}
		if f.Rule.Versions&f.Scope.Versions() == 0 {
			t.Errorf("%s in %s, judged under %v", f.Rule.ID, f.Scope.Label, f.Scope.Versions())
		}
	}
}

// TestFindingsOnDeclaredVersions runs the checker over the test captures,
// the scenarios and the capture of each rule's case, and fails when it
// evaluates a rule on a version the rule does not declare.
func TestFindingsOnDeclaredVersions(t *testing.T) {
	seen := map[string]Versions{}
	check := func(t *testing.T, pcap []byte) {
		found, of := judgedWithVersions(t, pcap)
		assertDeclared(t, found, of)
		for _, f := range found {
			if len(f.Frames) > 0 {
				seen[f.Rule.ID] |= of[f.Frames[0]]
			}
		}
	}
	for _, name := range []string{"micq-0.2.5-session.pcap", "icqgen-v5.pcap", "peer-session.pcap", "udp-commands.pcap", "analyzer-sessions.pcap"} {
		t.Run(name, func(t *testing.T) {
			pcap, err := os.ReadFile("../testdata/" + name)
			if err != nil {
				t.Fatal(err)
			}
			check(t, pcap)
		})
	}
	for _, s := range scenarios.All() {
		t.Run(s.Name, func(t *testing.T) { check(t, s.Pcap) })
	}
	t.Run("v3 session", func(t *testing.T) {
		events := scenarios.CheckClean()
		for i := range events {
			if events[i].Dir != p2p {
				events[i].Edit = asVersion3(events[i].Dir)
			}
		}
		pcap, _ := scenarios.CheckCapture(events)
		check(t, pcap)
	})
	for _, tc := range ruleCases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			events, _ := tc.mutate(t, scenarios.CheckClean())
			pcap, _ := scenarios.CheckCapture(events)
			check(t, pcap)
		})
	}
	for id, v := range seen {
		t.Logf("%s found on %v", id, v)
	}
}

// asVersion3 rewrites a v2 UDP packet with a v3 header (facts sheet §1.3):
// VERSION 03 00, COMMAND, SEQ_NUM1, SEQ_NUM2 0, UIN (the server's v2
// header has none: 0), CHECKCODE 0, then the parameters.
func asVersion3(dir dissect.Direction) func([]byte) []byte {
	return func(b []byte) []byte {
		out := append([]byte{3, 0}, b[2:6]...)
		out = append(out, 0, 0)
		params := b[6:]
		if dir == dissect.ClientToServer {
			out, params = append(out, b[6:10]...), b[10:]
		} else {
			out = append(out, 0, 0, 0, 0)
		}
		return append(append(out, 0, 0, 0, 0), params...)
	}
}

// TestScopeVersions: sessions and streams are judged under the versions
// of their packets.
func TestScopeVersions(t *testing.T) {
	for _, tc := range []struct {
		file            string
		session, stream Versions
	}{{"micq-0.2.5-session.pcap", V2, 0}, {"peer-session.pcap", V2, Peer2}, {"icqgen-v5.pcap", V5, Peer4}} {
		pcap, err := os.ReadFile("../testdata/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		c := New(DefaultOptions, func(*Finding) {})
		feed(t, pcap, c.AnalyzerConfig())
		c.Finish()
		want := map[ScopeKind]Versions{ScopeSession: tc.session, ScopeStream: tc.stream}
		for _, s := range c.Scopes() {
			if s.Versions() != want[s.Kind] {
				t.Errorf("%s: %s judged under %v, want %v", tc.file, s.Label, s.Versions(), want[s.Kind])
			}
		}
		if len(c.Scopes()) == 0 || c.Checked().Versions != tc.session|tc.stream {
			t.Errorf("%s: %d scopes, versions %v", tc.file, len(c.Scopes()), c.Checked().Versions)
		}
	}
}
