package capture

import (
	"bytes"
	"net"
	"net/netip"
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
	v4    *ip4defrag.IPv4Defragmenter
	v6    *ip6defrag.IPv6Defragmenter
	stats *Stats // where Reassembled and Incomplete are counted
	// maxHeld bounds the memory of waiting fragments when capture time does
	// not (timestamps that stand still, IPv6): past it every incomplete
	// datagram is dropped, and counted in evicted (Config.FragmentMemory).
	maxHeld   int
	evicted   uint64
	lastSweep time.Time // capture time of the last IPv4 sweep
	// held is an upper bound of the bytes the defragmenters hold: fragments
	// of datagrams that completed are subtracted, those of dropped datagrams
	// stay until dropAll. The frames kept count too.
	held int

	// With an OnICQFrame hook, the frames of the fragments held are kept
	// (late.go), by datagram; nil without.
	frames map[fragKey]*fragFrames
	spare  []*fragFrames
	// done holds the frames of the fragments before the one that completed
	// a datagram, until the next frame is read.
	done *fragFrames
}

// fragKey names a datagram being reassembled, as the defragmenters do.
type fragKey struct {
	src, dst netip.Addr
	id       uint32
	proto    layers.IPProtocol // IPv4 only
}

func newFragKey(src, dst net.IP, id uint32, proto layers.IPProtocol) fragKey {
	s, _ := netip.AddrFromSlice(src)
	d, _ := netip.AddrFromSlice(dst)
	return fragKey{s, d, id, proto}
}

// fragFrames is the frames of a datagram's fragments.
type fragFrames struct {
	frameLog
	last time.Time // capture time of the latest, as ip4defrag's LastSeen
}

func (f *reassembler) init(stats *Stats, maxHeld int) {
	f.v4 = ip4defrag.NewIPv4Defragmenter()
	f.v6 = ip6defrag.NewIPv6Defragmenter()
	f.stats, f.maxHeld = stats, maxHeld
}

// keepFrames has the frames of fragments kept from now on.
func (f *reassembler) keepFrames() {
	if f.frames == nil {
		f.frames = make(map[fragKey]*fragFrames)
	}
}

// add4 takes an IPv4 fragment captured at ts; it returns the datagram the
// fragment completes, or nil. An error means the fragment is unusable
// (overlapping, too small, beyond the maximum datagram size): ip4defrag then
// gives up the whole datagram, which counts as incomplete.
func (f *reassembler) add4(ip *layers.IPv4, ts time.Time, raw *Frame) (*layers.IPv4, error) {
	f.sweep(ts)
	frag := *ip
	frag.Contents, frag.Options, frag.Padding = nil, nil, nil
	frag.Payload = bytes.Clone(ip.Payload)
	f.hold(len(frag.Payload) + f.frameCost(raw))
	out, err := f.v4.DefragIPv4WithTimestamp(&frag, ts)
	key := newFragKey(ip.SrcIP, ip.DstIP, uint32(ip.Id), ip.Protocol)
	switch {
	case err != nil:
		f.stats.Incomplete++
		f.forget(key)
		f.unhold(f.frameCost(raw))
	case out != nil:
		f.complete(len(out.Payload), key)
		f.unhold(f.frameCost(raw))
	default:
		f.keep(key, raw, ts)
	}
	return out, err
}

// add6 takes an IPv6 fragment; it returns the datagram the fragment
// completes, or nil (waiting, or an unusable fragment: ip6defrag does not
// tell which). So the frame of a fragment dropped with its datagram stays
// kept until dropAll, or until its Identification completes a datagram.
func (f *reassembler) add6(ip *layers.IPv6, fh *layers.IPv6Fragment, ts time.Time, raw *Frame) *layers.IPv6 {
	hdr := layers.IPv6{Version: 6, TrafficClass: ip.TrafficClass, FlowLabel: ip.FlowLabel,
		HopLimit: ip.HopLimit, SrcIP: bytes.Clone(ip.SrcIP), DstIP: bytes.Clone(ip.DstIP)}
	frag := *fh
	frag.Contents = nil
	frag.Payload = bytes.Clone(fh.Payload)
	f.hold(len(frag.Payload) + f.frameCost(raw))
	out := f.v6.DefragIPv6(&hdr, &frag)
	key := newFragKey(ip.SrcIP, ip.DstIP, fh.Identification, 0)
	if out != nil {
		f.complete(len(out.Payload), key)
		f.unhold(f.frameCost(raw))
	} else {
		f.keep(key, raw, ts)
	}
	return out
}

// frameCost is what keeping raw costs, if frames are kept.
func (f *reassembler) frameCost(raw *Frame) int {
	if f.frames == nil {
		return 0
	}
	return cost(raw)
}

// keep keeps the frame of a fragment held, if frames are kept.
func (f *reassembler) keep(key fragKey, raw *Frame, ts time.Time) {
	if f.frames == nil {
		return
	}
	ff := f.frames[key]
	if ff == nil {
		if n := len(f.spare); n > 0 {
			ff, f.spare = f.spare[n-1], f.spare[:n-1]
		} else {
			ff = new(fragFrames)
		}
		f.frames[key] = ff
	}
	ff.keep(raw)
	ff.last = ts
}

// forget drops the frames kept of a datagram given up.
func (f *reassembler) forget(key fragKey) {
	if ff := f.frames[key]; ff != nil {
		f.unhold(ff.size())
		f.recycle(key, ff)
	}
}

func (f *reassembler) recycle(key fragKey, ff *fragFrames) {
	ff.reset()
	f.spare = append(f.spare, ff)
	delete(f.frames, key)
}

// release recycles the frames of the datagram completed last: the frame
// after it is being read.
func (f *reassembler) release() {
	f.done.reset()
	f.spare = append(f.spare, f.done)
	f.done = nil
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
	for k, ff := range f.frames {
		if k.src.Is4() && ff.last.Before(ts.Add(-fragTimeout)) {
			f.forget(k)
		}
	}
}

// hold accounts for a fragment of n bytes about to be stored.
func (f *reassembler) hold(n int) {
	if f.held+n+fragOverhead > f.maxHeld {
		f.evicted += f.dropAll()
	}
	f.held += n + fragOverhead
}

// complete accounts for a reassembled datagram of n bytes, key; the frames
// kept of its fragments wait in done for the reader.
func (f *reassembler) complete(n int, key fragKey) {
	f.stats.Reassembled++
	f.unhold(n + fragOverhead)
	if ff := f.frames[key]; ff != nil {
		f.unhold(ff.size())
		f.done = ff
		delete(f.frames, key)
	}
}

// unhold accounts for n bytes no longer held.
func (f *reassembler) unhold(n int) { f.held = max(f.held-n, 0) }

// dropAll drops every incomplete datagram, and returns how many; the reader
// calls it at the end.
func (f *reassembler) dropAll() uint64 {
	n := uint64(f.v4.DiscardOlderThan(farFuture) + f.v6.DiscardOlderThan(farFuture))
	f.stats.Incomplete += n
	f.held = 0
	for k, ff := range f.frames {
		f.recycle(k, ff)
	}
	return n
}
