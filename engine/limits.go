package engine

import (
	"fmt"
	"io"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/report"
)

// Limits are the caps on what a run keeps in memory: icqdump and icqdump
// check share them.
type Limits struct {
	PeerMemory     int // MiB
	MaxPeerStreams int
	MaxPending     int
	FragmentMemory int // MiB
	MaxSessions    int
	MaxPairing     int
}

// DefaultLimits are the caps of the flags' defaults.
var DefaultLimits = Limits{
	PeerMemory: capture.DefaultPeerMemory >> 20, MaxPeerStreams: capture.DefaultMaxPeerStreams,
	MaxPending: capture.DefaultMaxPending, FragmentMemory: capture.DefaultFragmentMemory >> 20,
	MaxSessions: analyze.DefaultMaxSessions, MaxPairing: analyze.DefaultMaxPairing,
}

func (l *Limits) validate() error {
	for _, f := range []struct {
		name string
		v    int
	}{{"--peer-memory", l.PeerMemory}, {"--max-peer-streams", l.MaxPeerStreams}, {"--max-pending", l.MaxPending},
		{"--fragment-memory", l.FragmentMemory},
		{"--max-sessions", l.MaxSessions}, {"--max-pairing", l.MaxPairing}} {
		if f.v < 1 {
			return fmt.Errorf("%s %d: give a number of at least 1", f.name, f.v)
		}
	}
	return nil
}

// applyCapture sets the reader's caps.
func (l *Limits) applyCapture(c *capture.Config) {
	c.PeerMemory, c.MaxPeerStreams, c.MaxPending = l.PeerMemory<<20, l.MaxPeerStreams, l.MaxPending
	c.FragmentMemory = l.FragmentMemory << 20
}

// applyAnalyzer sets the analyzer's caps.
func (l *Limits) applyAnalyzer(c *analyze.Config) {
	c.MaxSessions, c.MaxPairing, c.MaxStreams = l.MaxSessions, l.MaxPairing, l.MaxPeerStreams
}

// evictions is what the caps retired early in a run, for the reports.
func (l *Limits) evictions(st capture.Stats, a analyze.Evictions) []report.Eviction {
	flag := func(name string, v int) string { return fmt.Sprintf("--%s %d", name, v) }
	return []report.Eviction{
		{Key: "sessions", What: "sessions retired early by the session cap", Flag: flag("max-sessions", l.MaxSessions), Count: a.Sessions},
		{Key: "pairing", What: "packets awaiting an answer retired early by the pairing cap", Flag: flag("max-pairing", l.MaxPairing), Count: a.Pairing},
		{Key: "peer_streams", What: "peer streams retired early by the stream cap", Flag: flag("max-peer-streams", l.MaxPeerStreams), Count: st.Evicted.PeerStreams},
		{Key: "stream_records", What: "peer stream records ended early by the stream cap", Flag: flag("max-peer-streams", l.MaxPeerStreams), Count: a.Streams},
		{Key: "peer_memory", What: "peer streams given up over the peer TCP memory budget", Flag: flag("peer-memory", l.PeerMemory), Count: st.Evicted.PeerMemory},
		{Key: "held", What: "TCP segments the content test could not hold within the peer TCP memory budget", Flag: flag("peer-memory", l.PeerMemory), Count: st.Evicted.Held},
		{Key: "fragments", What: "IP datagrams given up unassembled by the fragment memory cap", Flag: flag("fragment-memory", l.FragmentMemory), Count: st.Evicted.Fragments},
		{Key: "pending", What: "TCP connections not yet recognised forgotten by the pending cap", Flag: flag("max-pending", l.MaxPending), Count: st.Evicted.Pending},
	}
}

// printEvictions writes a line on stderr for each cap that retired something.
func printEvictions(stderr io.Writer, evictions []report.Eviction) {
	for _, line := range report.EvictionLines(evictions) {
		fmt.Fprintf(stderr, "icqdump: %s\n", line)
	}
}
