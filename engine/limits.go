package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/report"
)

// limitOptions are the caps on what a run keeps in memory: icqdump and
// icqdump check share them.
type limitOptions struct {
	peerMemory     int // MiB
	maxPeerStreams int
	maxPending     int
	fragmentMemory int // MiB
	maxSessions    int
	maxPairing     int
}

func (l *limitOptions) register(fs *pflag.FlagSet) {
	fs.IntVar(&l.peerMemory, "peer-memory", capture.DefaultPeerMemory>>20,
		"hold at most `MIB` MiB for peer TCP (out-of-order data, partial packets); over it, give up the stream that began holding first")
	fs.IntVar(&l.maxPeerStreams, "max-peer-streams", capture.DefaultMaxPeerStreams,
		"follow at most `N` peer streams at once; at the cap, retire the least recently heard")
	fs.IntVar(&l.maxPending, "max-pending", capture.DefaultMaxPending,
		"keep at most `N` TCP connections not yet recognised as peer streams; at the cap, forget the least recently heard")
	fs.IntVar(&l.fragmentMemory, "fragment-memory", capture.DefaultFragmentMemory>>20,
		"hold at most `MIB` MiB of IP fragments waiting for the rest of their datagram; over it, give up every incomplete datagram")
	fs.IntVar(&l.maxSessions, "max-sessions", analyze.DefaultMaxSessions,
		"follow at most `N` client sessions at once; at the cap, retire the least recently active (its summary is still reported)")
	fs.IntVar(&l.maxPairing, "max-pairing", analyze.DefaultMaxPairing,
		"keep at most `N` packets awaiting their ACK (and N/4 requests awaiting their reply); at the cap, retire the oldest")
}

func (l *limitOptions) validate() error {
	for _, f := range []struct {
		name string
		v    int
	}{{"--peer-memory", l.peerMemory}, {"--max-peer-streams", l.maxPeerStreams}, {"--max-pending", l.maxPending},
		{"--fragment-memory", l.fragmentMemory},
		{"--max-sessions", l.maxSessions}, {"--max-pairing", l.maxPairing}} {
		if f.v < 1 {
			return fmt.Errorf("%s %d: give a number of at least 1", f.name, f.v)
		}
	}
	return nil
}

// applyCapture sets the reader's caps.
func (l *limitOptions) applyCapture(c *capture.Config) {
	c.PeerMemory, c.MaxPeerStreams, c.MaxPending = l.peerMemory<<20, l.maxPeerStreams, l.maxPending
	c.FragmentMemory = l.fragmentMemory << 20
}

// applyAnalyzer sets the analyzer's caps.
func (l *limitOptions) applyAnalyzer(c *analyze.Config) {
	c.MaxSessions, c.MaxPairing, c.MaxStreams = l.maxSessions, l.maxPairing, l.maxPeerStreams
}

// evictions is what the caps retired early in a run, for the reports.
func (l *limitOptions) evictions(st capture.Stats, a analyze.Evictions) []report.Eviction {
	flag := func(name string, v int) string { return fmt.Sprintf("--%s %d", name, v) }
	return []report.Eviction{
		{Key: "sessions", What: "sessions retired early by the session cap", Flag: flag("max-sessions", l.maxSessions), Count: a.Sessions},
		{Key: "pairing", What: "packets awaiting an answer retired early by the pairing cap", Flag: flag("max-pairing", l.maxPairing), Count: a.Pairing},
		{Key: "peer_streams", What: "peer streams retired early by the stream cap", Flag: flag("max-peer-streams", l.maxPeerStreams), Count: st.Evicted.PeerStreams},
		{Key: "stream_records", What: "peer stream records ended early by the stream cap", Flag: flag("max-peer-streams", l.maxPeerStreams), Count: a.Streams},
		{Key: "peer_memory", What: "peer streams given up over the peer TCP memory budget", Flag: flag("peer-memory", l.peerMemory), Count: st.Evicted.PeerMemory},
		{Key: "held", What: "TCP segments the content test could not hold within the peer TCP memory budget", Flag: flag("peer-memory", l.peerMemory), Count: st.Evicted.Held},
		{Key: "fragments", What: "IP datagrams given up unassembled by the fragment memory cap", Flag: flag("fragment-memory", l.fragmentMemory), Count: st.Evicted.Fragments},
		{Key: "pending", What: "TCP connections not yet recognised forgotten by the pending cap", Flag: flag("max-pending", l.maxPending), Count: st.Evicted.Pending},
	}
}

// printEvictions writes a line on stderr for each cap that retired something.
func printEvictions(stderr io.Writer, evictions []report.Eviction) {
	for _, line := range report.EvictionLines(evictions) {
		fmt.Fprintf(stderr, "icqdump: %s\n", line)
	}
}
