package capture

import (
	"bytes"
	"time"

	"github.com/gopacket/gopacket/ip4defrag"
	"github.com/gopacket/gopacket/ip6defrag"
	"github.com/gopacket/gopacket/layers"
)

const (
	// fragTimeout is how long, in capture time, an incomplete IPv4 datagram
	// waits for its other fragments: Linux's default ipfrag_time.
	fragTimeout = 30 * time.Second
	// sweepInterval is how often, in capture time, timed-out datagrams go.
	sweepInterval = time.Second
	// maxHeldBytes bounds the memory of waiting fragments when capture time
	// does not (timestamps that stand still, IPv6): past it every incomplete
	// datagram is dropped.
	maxHeldBytes = 32 << 20
	// fragOverhead is what a held fragment costs besides its payload.
	fragOverhead = 256
)

// farFuture is later than any time a fragment is stamped with.
var farFuture = time.Unix(1<<40, 0)

// reassembler reassembles IP datagrams with gopacket's ip4defrag and
// ip6defrag. Both keep the fragments they are given, so each fragment is
// copied out of the frame buffer: the fragment path allocates, the plain
// path does not.
type reassembler struct {
	v4        *ip4defrag.IPv4Defragmenter
	v6        *ip6defrag.IPv6Defragmenter
	stats     *Stats    // where Reassembled and Incomplete are counted
	lastSweep time.Time // capture time of the last IPv4 sweep
	// held is an upper bound of the bytes the defragmenters hold: fragments
	// of datagrams that completed are subtracted, those of dropped datagrams
	// stay until dropAll.
	held int
}

func (f *reassembler) init(stats *Stats) {
	f.v4 = ip4defrag.NewIPv4Defragmenter()
	f.v6 = ip6defrag.NewIPv6Defragmenter()
	f.stats = stats
}

// add4 takes an IPv4 fragment captured at ts; it returns the datagram the
// fragment completes, or nil. An error means the fragment is unusable
// (overlapping, too small, beyond the maximum datagram size): ip4defrag then
// gives up the whole datagram, which counts as incomplete.
func (f *reassembler) add4(ip *layers.IPv4, ts time.Time) (*layers.IPv4, error) {
	f.sweep(ts)
	frag := *ip
	frag.Contents, frag.Options, frag.Padding = nil, nil, nil
	frag.Payload = bytes.Clone(ip.Payload)
	f.hold(len(frag.Payload))
	out, err := f.v4.DefragIPv4WithTimestamp(&frag, ts)
	switch {
	case err != nil:
		f.stats.Incomplete++
	case out != nil:
		f.complete(len(out.Payload))
	}
	return out, err
}

// add6 takes an IPv6 fragment; it returns the datagram the fragment
// completes, or nil (waiting, or an unusable fragment: ip6defrag does not
// tell which).
func (f *reassembler) add6(ip *layers.IPv6, fh *layers.IPv6Fragment) *layers.IPv6 {
	hdr := layers.IPv6{Version: 6, TrafficClass: ip.TrafficClass, FlowLabel: ip.FlowLabel,
		HopLimit: ip.HopLimit, SrcIP: bytes.Clone(ip.SrcIP), DstIP: bytes.Clone(ip.DstIP)}
	frag := *fh
	frag.Contents = nil
	frag.Payload = bytes.Clone(fh.Payload)
	f.hold(len(frag.Payload))
	out := f.v6.DefragIPv6(&hdr, &frag)
	if out != nil {
		f.complete(len(out.Payload))
	}
	return out
}

// sweep drops the IPv4 datagrams that waited more than fragTimeout of
// capture time. ip6defrag stamps fragments with the wall clock instead, so
// incomplete IPv6 datagrams go only through dropAll.
func (f *reassembler) sweep(ts time.Time) {
	if d := ts.Sub(f.lastSweep); d >= 0 && d < sweepInterval {
		return
	}
	f.lastSweep = ts
	f.stats.Incomplete += uint64(f.v4.DiscardOlderThan(ts.Add(-fragTimeout)))
}

// hold accounts for a fragment of n bytes about to be stored.
func (f *reassembler) hold(n int) {
	if f.held+n+fragOverhead > maxHeldBytes {
		f.dropAll()
	}
	f.held += n + fragOverhead
}

// complete accounts for a reassembled datagram of n bytes.
func (f *reassembler) complete(n int) {
	f.stats.Reassembled++
	f.held = max(f.held-n-fragOverhead, 0)
}

// dropAll drops every incomplete datagram; the reader calls it at the end.
func (f *reassembler) dropAll() {
	f.stats.Incomplete += uint64(f.v4.DiscardOlderThan(farFuture) + f.v6.DiscardOlderThan(farFuture))
	f.held = 0
}
