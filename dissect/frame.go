package dissect

import (
	"encoding/binary"
)

// Framing peer packets. On a TCP stream each packet is a 2-byte LENGTH that
// does not count itself, then LENGTH bytes. Once a packet's start is known,
// LENGTH is trusted (capped); where it is not known (a capture that starts
// mid-connection, bytes lost from the capture), the framer skips to the next
// plausible start: a LENGTH the layouts allow, followed by CHANNEL_INIT's
// INIT_IDENT and version, or by a UIN, a peer VERSION and a known MSG_COMMAND.

// PeerMaxPacket is the most bytes of one peer packet, LENGTH included, that
// are buffered: a LENGTH announcing more is taken for a loss of framing.
const PeerMaxPacket = 64 << 10

// PeerProbeLen is the number of bytes PeerStart needs to decide.
const PeerProbeLen = peerMsgCommandAt + 2

// Plausibility is PeerStart's verdict, ordered from worst to best.
type Plausibility uint8

const (
	Implausible Plausibility = iota // these bytes cannot start a peer packet
	NeedMore                        // too few bytes to tell
	Plausible                       // a packet start
)

// The smallest bodies the layouts allow (LENGTH's value), from the tables.
var (
	peerInitMin    = minBody(PeerInit.Params)
	peerMessageMin = minBody(Peer.Commands[0].Params) // every message shares the layout
)

// minBody adds up a layout's fixed widths after LENGTH; a string takes at
// least its LENGTH and NUL.
func minBody(fs []Field) int {
	n := 0
	for i := range fs[1:] {
		switch f := &fs[1+i]; f.Kind {
		case KindString:
			n += 3
		case KindRest:
		default:
			n += f.Width
		}
	}
	return n
}

// PeerStart reports whether b can begin a peer packet. The verdict depends
// on the first PeerProbeLen bytes only; with fewer it may be NeedMore.
func PeerStart(b []byte) Plausibility {
	return max(initStart(b), messageStart(b))
}

// initStart: LENGTH, INIT_IDENT FF, then a peer version as 4 bytes.
func initStart(b []byte) Plausibility {
	const versionAt, end = 3, 7
	ident := PeerInit.Params[1].want[0]
	switch {
	case len(b) >= 2 && !plausibleLength(b, peerInitMin):
		return Implausible
	case len(b) > 2 && b[2] != ident:
		return Implausible
	case len(b) >= versionAt+2 && isPeerInit6(b):
		return Plausible
	case len(b) < end:
		return NeedMore
	}
	if _, ok := PeerVersion.Lookup(binary.LittleEndian.Uint32(b[versionAt:])); !ok {
		return Implausible
	}
	return Plausible
}

// messageStart: LENGTH, UIN, a peer VERSION and a MSG_COMMAND of the table.
func messageStart(b []byte) Plausibility {
	switch {
	case len(b) >= 2 && !plausibleLength(b, peerMessageMin):
		return Implausible
	case len(b) >= peerMsgCommandAt && !plausiblePeerVersion(b[peerVersionAt:]):
		return Implausible
	case len(b) < PeerProbeLen:
		return NeedMore
	case Peer.Lookup(binary.LittleEndian.Uint16(b[peerMsgCommandAt:])) == nil:
		return Implausible
	}
	return Plausible
}

func plausibleLength(b []byte, least int) bool {
	n := int(binary.LittleEndian.Uint16(b))
	return n >= least && 2+n <= PeerMaxPacket
}

// framedLen is the length of the packet at the start of b (len(b) >= 2).
func framedLen(b []byte) int { return 2 + int(binary.LittleEndian.Uint16(b)) }

// Frame is one packet cut from a stream.
type Frame struct {
	Packet  []byte // LENGTH and body; valid until the next call to the Framer
	Gap     int    // bytes of the stream lost just before the packet
	Skipped int    // bytes skipped to find the packet's start
	End     int    // bytes of the latest Push up to the end of the packet
}

// Framer cuts one direction of a peer TCP stream into packets. Offer bytes
// with Push, report lost bytes with Lost and the end of the stream with End;
// after each, call Next until it returns false. A packet cut short by a loss
// or by the end is handed out as it is; skipped bytes are counted on the next
// packet, or at the end on an empty one: no byte goes unreported.
type Framer struct {
	buf     []byte // the head of a packet, or bytes that may start one
	in      []byte // pushed bytes not yet framed
	pushed  int    // len of the latest Push
	synced  bool   // buf (or in, when buf is empty) begins at a packet start
	taken   bool   // the packet handed out last is buf
	cut     bool   // Lost or End: buf is handed out as it is
	ended   bool
	gap     int // bytes lost before the next packet
	skipped int // bytes skipped before the next packet
	lost    int // bytes lost after buf
}

// keepBuf is the largest buffer a framer keeps once it is empty: a stream
// that once carried a large packet does not hold its memory while idle.
const keepBuf = 4 << 10

// Held is the memory the framer holds for bytes not yet handed out: a
// partial packet or bytes that may start one.
func (f *Framer) Held() int { return cap(f.buf) }

// Start says the stream begins with the next byte pushed (a SYN was seen):
// it begins a packet.
func (f *Framer) Start() { f.synced = true }

// Push offers the next bytes of the stream. b is read until Next returns
// false, then no longer used.
func (f *Framer) Push(b []byte) { f.in, f.pushed = b, len(b) }

// Lost says n bytes of the stream are missing before the next Push.
func (f *Framer) Lost(n int) {
	f.interrupt()
	f.lost += n
}

// End says the stream has ended.
func (f *Framer) End() {
	f.interrupt()
	f.ended = true
}

// interrupt ends the bytes pushed so far: the head of a packet in buf is
// handed out as it is, bytes that might have started one are skipped.
func (f *Framer) interrupt() {
	if !f.synced {
		f.skipped += len(f.buf)
		f.buf = f.buf[:0]
	}
	f.synced, f.cut = false, true
}

// Next hands out the next packet, or returns false when the bytes pushed so
// far hold no further complete packet.
func (f *Framer) Next(fr *Frame) bool {
	f.release()
	if f.cut {
		f.cut = false
		if len(f.buf) > 0 || f.ended && f.gap+f.skipped > 0 {
			f.emit(fr, f.buf)
			f.taken = true
			f.gap, f.lost = f.lost, 0
			return true
		}
		f.gap, f.lost = f.gap+f.lost, 0
	}
	for len(f.in) > 0 {
		if !f.synced {
			f.resync()
			continue
		}
		if p, ok := f.take(); ok {
			f.emit(fr, p)
			return true
		}
	}
	return false
}

func (f *Framer) emit(fr *Frame, p []byte) {
	*fr = Frame{Packet: p, Gap: f.gap, Skipped: f.skipped, End: f.pushed - len(f.in)}
	f.gap, f.skipped = 0, 0
}

// release forgets the packet handed out from buf.
func (f *Framer) release() {
	if !f.taken {
		return
	}
	f.taken = false
	if cap(f.buf) > keepBuf {
		f.buf = nil
		return
	}
	f.buf = f.buf[:0]
}

// take returns the next packet once all its bytes are there; until then it
// keeps its head in buf. A LENGTH over the cap loses the framing.
func (f *Framer) take() ([]byte, bool) {
	if len(f.buf) == 0 && len(f.in) >= 2 {
		n := framedLen(f.in)
		switch {
		case n > PeerMaxPacket:
			f.synced = false
			return nil, false
		case n <= len(f.in):
			p := f.in[:n]
			f.in = f.in[n:]
			return p, true
		}
	}
	if len(f.buf) < 2 {
		f.fill(2)
		if len(f.buf) < 2 {
			return nil, false
		}
	}
	n := framedLen(f.buf)
	if n > PeerMaxPacket {
		f.synced = false
		return nil, false
	}
	f.fill(n) // buf grows with the bytes that came, never with LENGTH alone
	if len(f.buf) < n {
		return nil, false
	}
	f.taken = true
	return f.buf, true
}

// fill moves bytes from in to buf until buf holds n or in is empty.
func (f *Framer) fill(n int) {
	k := min(n-len(f.buf), len(f.in))
	f.buf = append(f.buf, f.in[:k]...)
	f.in = f.in[k:]
}

// resync looks for a plausible packet start, first among the bytes kept in
// buf, then in the pushed bytes; the bytes before it are skipped. It
// consumes all of in unless it finds a start.
func (f *Framer) resync() {
	if n := len(f.buf); n > 0 {
		// Judge the kept bytes with the pushed bytes that follow them.
		f.buf = append(f.buf, f.in[:min(len(f.in), PeerProbeLen)]...)
		for i := 0; i < n; i++ {
			switch PeerStart(f.buf[i:]) {
			case Plausible:
				f.skipped += i
				f.buf = f.buf[:copy(f.buf, f.buf[i:n])]
				f.synced = true
				return
			case NeedMore: // all of in is in buf already
				f.skipped += i
				f.buf = f.buf[:copy(f.buf, f.buf[i:])]
				f.in = nil
				return
			}
		}
		f.skipped += n
		f.buf = f.buf[:0]
	}
	for i := range f.in {
		switch PeerStart(f.in[i:]) {
		case Plausible:
			f.skipped += i
			f.in = f.in[i:]
			f.synced = true
			return
		case NeedMore:
			f.skipped += i
			f.buf = append(f.buf, f.in[i:]...)
			f.in = nil
			return
		}
	}
	f.skipped += len(f.in)
	f.in = nil
}

// NoteStream adds the issues of a peer packet's place in its stream: bytes
// lost just before it, and bytes skipped to find its start.
func (p *Packet) NoteStream(gap, skipped int) {
	if gap > 0 {
		p.Issues = append(p.Issues, Issue{Kind: IssueGap, Severity: Warning, Index: -1, Need: gap})
	}
	if skipped > 0 {
		p.Issues = append(p.Issues, Issue{Kind: IssueResync, Severity: Warning, Index: -1, Need: skipped})
	}
}

// PeerMinBody is the smallest LENGTH a peer packet of command c can have:
// the fixed widths of its layout after LENGTH, a string's LENGTH and NUL.
func PeerMinBody(c *Command) int { return minBody(c.Params) }
