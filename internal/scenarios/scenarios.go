// Package scenarios holds the test captures that golden tests render in every
// output mode. Each area adds its scenarios in a file of its own and one line
// to All; a new scenario gets golden files with `go test ./cmd/icqdump -update`.
package scenarios

import "testing"

// Scenario is one named test capture.
type Scenario struct {
	Name string   // file-name safe: golden files are testdata/golden/<Name>.<mode>
	Pcap []byte   // a pcap or pcapng file
	Args []string // extra icqdump flags, if the scenario needs any
}

// All returns every scenario, in a stable order.
func All() []Scenario {
	var all []Scenario
	all = append(all, udpScenarios()...)
	all = append(all, peerScenarios()...)
	all = append(all, analyzerScenarios()...)
	return all
}

// ByName returns the scenario called name.
func ByName(name string) (Scenario, bool) {
	for _, s := range All() {
		if s.Name == name {
			return s, true
		}
	}
	return Scenario{}, false
}

// Get returns the scenario called name, or fails the test.
func Get(tb testing.TB, name string) Scenario {
	tb.Helper()
	s, ok := ByName(name)
	if !ok {
		tb.Fatalf("no scenario %s", name)
	}
	return s
}
