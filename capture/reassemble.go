package capture

import (
	"slices"
	"time"
)

// The reassembler puts the directions of TCP connections back in order.
// Bytes that arrive in order are handed on at once, straight from the
// frame; bytes ahead of a hole wait, copied, until the hole fills, until
// they have waited gapWait (the hole is then reported as lost), or until a
// cap is reached. A connection silent for idleTimeout is closed. Neither
// check looks at more connections than it acts on, give or take: the holes
// are looked for among the connections that hold data only, and the idle
// ones come off a heap ordered by when they were last heard (a key that is
// brought up to date only when it comes up).

// waitingOverhead is what a waiting segment costs besides its bytes, as the
// caps (maxWaitingPerDirection, and the budget of limits.go) count it.
const waitingOverhead = 64

// segment is what the reassembly takes of a TCP segment.
type segment struct {
	seq           uint32
	syn, fin, rst bool
	payload       []byte
}

// connOwner takes what the reassembly of a connection hands on.
type connOwner interface {
	// receive takes the bytes of direction d from sequence number from
	// on, in order, after skip bytes that were lost; start says a SYN
	// began the direction, end that it is over.
	receive(d int, start bool, skip int, from uint32, data []byte, end bool)
	// complete says both directions are closed: the connection is gone.
	complete()
}

// tcpConnState is the reassembly of one connection. half[0] is the
// direction of the first segment it took.
type tcpConnState struct {
	half     [2]tcpHalf
	owner    connOwner
	lastSeen time.Time // the latest time of a segment
	heapAt   int       // index in the idle heap; -1 when not in it
	waiter   bool      // in tcpReassembler.waiters
}

// tcpHalf is one direction of a connection.
type tcpHalf struct {
	next         uint32 // sequence number of the next byte in order
	finAt        uint32 // where a FIN seen ahead of next ends the direction
	started      bool   // next is set
	hasISN       bool   // a SYN started the direction, with sequence number isn
	isn          uint32
	finAhead     bool // finAt is set
	closed       bool
	waiting      []waitingData // ahead of next, by sequence number, not overlapping
	waitingBytes int           // their cost against the caps
}

// waitingData is bytes that wait for a hole before them to fill.
type waitingData struct {
	seq  uint32
	data []byte // owned
	seen time.Time
}

func (d *waitingData) end() uint32 { return d.seq + uint32(len(d.data)) }

func waitingCost(n int) int { return n + waitingOverhead }

// seqDiff is b-a in sequence space: positive when b comes after a, across
// the wrap at 2^32.
func seqDiff(a, b uint32) int { return int(int32(b - a)) }

// tcpReassembler holds what all connections share: the caps' count, the
// idle heap, the connections that hold waiting data (and some that held
// it until the last look), a buffer to join bytes in.
type tcpReassembler struct {
	waitingBytes int
	idle         idleHeap
	waiters      []*tcpConnState
	nWaiters     int // the connections in waiters whose waiter is set
	joined       []byte
}

func newTCPConn(owner connOwner) tcpConnState { return tcpConnState{owner: owner, heapAt: -1} }

// complete says both directions are closed: c takes nothing more.
func (c *tcpConnState) complete() bool { return c.half[0].closed && c.half[1].closed }

// add takes a segment of direction d of c that came at time seen.
func (r *tcpReassembler) add(c *tcpConnState, d int, sg *segment, seen time.Time) {
	if c.complete() {
		return
	}
	r.touch(c, seen)
	h := &c.half[d]
	switch {
	case h.closed:
		return
	case !h.started:
		h.started, h.next = true, sg.seq
		if sg.syn {
			h.next++
			h.hasISN, h.isn = true, sg.seq
		}
		r.inOrder(c, d, sg.payload, sg.syn, sg.fin || sg.rst)
		return
	case sg.syn: // on a synchronised direction: answered, not read (RFC 5961)
		return
	}
	ahead := seqDiff(h.next, sg.seq)
	switch {
	case ahead > 0 && sg.rst: // dropped by the receiver (RFC 5961)
	case ahead > 0:
		if sg.fin {
			h.finAt, h.finAhead = sg.seq+uint32(len(sg.payload)), true
		}
		r.wait(c, d, sg.seq, sg.payload, seen)
	case sg.rst && ahead < 0, sg.fin && seqDiff(h.next, sg.seq+uint32(len(sg.payload))) < 0:
		// before the bytes in order: out of the window, it ends nothing
	default:
		r.inOrder(c, d, sg.payload[min(-ahead, len(sg.payload)):], false, sg.fin || sg.rst)
	}
}

// touch notes that c was heard at time seen.
func (r *tcpReassembler) touch(c *tcpConnState, seen time.Time) {
	if seen.After(c.lastSeen) {
		c.lastSeen = seen
	}
	if c.heapAt < 0 {
		r.idle.push(c, c.lastSeen)
	}
}

// inOrder hands on data, which starts at next, with the waiting bytes it
// makes contiguous.
func (r *tcpReassembler) inOrder(c *tcpConnState, d int, data []byte, start, end bool) {
	h := &c.half[d]
	if len(data) == 0 && !start && !end {
		return
	}
	from := h.next
	h.next += uint32(len(data))
	if len(h.waiting) > 0 {
		r.overwrite(h, from, data) // the waiting bytes it covers are stale
		if out, more := r.joinWaiting(h, data); more {
			data, end = out, false
		}
	}
	r.deliver(c, d, start, 0, from, data, end)
}

// skipToWaiting gives up on the hole before the first waiting bytes of
// direction d: they are handed on after it, with those contiguous to them.
func (r *tcpReassembler) skipToWaiting(c *tcpConnState, d int) {
	h := &c.half[d]
	first := h.waiting[0]
	skip := seqDiff(h.next, first.seq)
	r.dropWaiting(h, 1)
	h.next = first.end()
	data, _ := r.joinWaiting(h, first.data)
	r.deliver(c, d, false, skip, first.seq, data, false)
}

// deliver hands bytes on; the direction ends at its end, or when it
// reaches a FIN that came ahead.
func (r *tcpReassembler) deliver(c *tcpConnState, d int, start bool, skip int, from uint32, data []byte, end bool) {
	h := &c.half[d]
	if h.finAhead && h.next == h.finAt {
		end, h.finAhead = true, false
	}
	c.owner.receive(d, start, skip, from, data, end)
	if end {
		r.closeHalf(c, d)
	}
}

// joinWaiting appends to data the waiting bytes that follow it without a hole,
// and forgets them; more says there were some.
func (r *tcpReassembler) joinWaiting(h *tcpHalf, data []byte) (out []byte, more bool) {
	n := 0
	for n < len(h.waiting) && h.waiting[n].seq == h.next {
		if n == 0 {
			r.joined = append(r.joined[:0], data...)
		}
		r.joined = append(r.joined, h.waiting[n].data...)
		h.next = h.waiting[n].end()
		n++
	}
	if n == 0 {
		return data, false
	}
	r.dropWaiting(h, n)
	return r.joined, true
}

// wait keeps a copy of data that came ahead of a hole; the latest bytes
// win over those waiting. At a cap, the first hole is given up on.
func (r *tcpReassembler) wait(c *tcpConnState, d int, seq uint32, data []byte, seen time.Time) {
	h := &c.half[d]
	if len(data) > 0 && r.overwrite(h, seq, data) {
		r.insert(h, waitingData{seq: seq, data: append([]byte(nil), data...), seen: seen})
		if !c.waiter {
			r.addWaiter(c)
		}
	}
	for len(h.waiting) > 0 && !h.closed && r.overCap(h) {
		r.skipToWaiting(c, d)
	}
}

// addWaiter lists c among the connections that hold waiting data. Those
// that completed since stay listed until the next look for holes; when
// they outnumber the others, they go at once.
func (r *tcpReassembler) addWaiter(c *tcpConnState) {
	if len(r.waiters) > 2*r.nWaiters+64 {
		r.waiters = slices.DeleteFunc(r.waiters, func(c *tcpConnState) bool { return !c.waiter })
	}
	c.waiter = true
	r.nWaiters++
	r.waiters = append(r.waiters, c)
}

func (r *tcpReassembler) overCap(h *tcpHalf) bool {
	return len(h.waiting) > maxWaitingSegments || h.waitingBytes > maxWaitingPerDirection
}

// overwrite writes data, at seq, over the waiting bytes it overlaps: those
// it covers are dropped, those it overlaps cut. It reports whether
// data still has to be inserted: not when it fell inside waiting bytes.
func (r *tcpReassembler) overwrite(h *tcpHalf, seq uint32, data []byte) bool {
	end := seq + uint32(len(data))
	kept := h.waiting[:0]
	inside := false
	for _, hd := range h.waiting {
		switch start, stop := seqDiff(hd.seq, seq), seqDiff(hd.end(), end); {
		case seqDiff(end, hd.seq) >= 0 || seqDiff(hd.end(), seq) >= 0: // apart
		case start <= 0 && stop >= 0: // covered
			r.count(h, -waitingCost(len(hd.data)))
			continue
		case start >= 0 && stop <= 0: // inside
			copy(hd.data[start:], data)
			inside = true
		case start > 0: // its tail
			r.count(h, start-len(hd.data))
			hd.data = hd.data[:start]
		default: // its head
			cut := seqDiff(hd.seq, end)
			r.count(h, -cut)
			hd.data, hd.seq = hd.data[cut:], end
		}
		kept = append(kept, hd)
	}
	clear(h.waiting[len(kept):])
	h.waiting = kept
	return !inside
}

// insert puts hd among the waiting bytes, none of which it overlaps.
func (r *tcpReassembler) insert(h *tcpHalf, hd waitingData) {
	i := len(h.waiting)
	for i > 0 && seqDiff(hd.seq, h.waiting[i-1].seq) > 0 {
		i--
	}
	h.waiting = append(h.waiting, waitingData{})
	copy(h.waiting[i+1:], h.waiting[i:])
	h.waiting[i] = hd
	r.count(h, waitingCost(len(hd.data)))
}

// count adds n to what h holds, and to what all hold.
func (r *tcpReassembler) count(h *tcpHalf, n int) {
	h.waitingBytes += n
	r.waitingBytes += n
}

// dropWaiting forgets the first n waiting segments of h.
func (r *tcpReassembler) dropWaiting(h *tcpHalf, n int) {
	for _, hd := range h.waiting[:n] {
		r.count(h, -waitingCost(len(hd.data)))
	}
	k := copy(h.waiting, h.waiting[n:])
	clear(h.waiting[k:])
	h.waiting = h.waiting[:k]
}

// closeHalf closes direction d; with both closed, the connection is complete.
func (r *tcpReassembler) closeHalf(c *tcpConnState, d int) {
	h := &c.half[d]
	h.closed = true
	r.dropWaiting(h, len(h.waiting))
	h.waiting = nil
	if c.half[1-d].closed {
		if c.heapAt >= 0 {
			r.idle.remove(c.heapAt)
		}
		if c.waiter {
			c.waiter = false
			r.nWaiters--
		}
		c.owner.complete()
	}
}

// closeConn hands on what c holds, past its holes, and closes it.
func (r *tcpReassembler) closeConn(c *tcpConnState) {
	for _, d := range [...]int{1, 0} {
		for h := &c.half[d]; !h.closed; {
			if len(h.waiting) == 0 {
				r.closeHalf(c, d)
			} else {
				r.skipToWaiting(c, d)
			}
		}
	}
}

// skipHoles gives up on the holes that bytes waiting since before t wait
// for. Bytes wait no longer than those behind them: they can only be
// handed on before them.
func (r *tcpReassembler) skipHoles(t time.Time) {
	kept := r.waiters[:0]
	for _, c := range r.waiters {
		for _, d := range [...]int{1, 0} {
			h := &c.half[d]
			for i := len(h.waiting) - 1; i > 0; i-- {
				if h.waiting[i].seen.Before(h.waiting[i-1].seen) {
					h.waiting[i-1].seen = h.waiting[i].seen
				}
			}
			for len(h.waiting) > 0 && !h.closed && h.waiting[0].seen.Before(t) {
				r.skipToWaiting(c, d)
			}
		}
		if c.waiter && len(c.half[0].waiting)+len(c.half[1].waiting) == 0 {
			c.waiter = false
			r.nWaiters--
		}
		if c.waiter {
			kept = append(kept, c)
		}
	}
	clear(r.waiters[len(kept):])
	r.waiters = kept
}

// closeIdle closes the connections last heard before t.
func (r *tcpReassembler) closeIdle(t time.Time) {
	for len(r.idle) > 0 && r.idle[0].at.Before(t) {
		c := r.idle[0].c
		if c.lastSeen.Before(t) {
			r.closeConn(c)
			continue
		}
		r.idle.rekey(c.lastSeen)
	}
}

// closeAll closes every connection: the capture has ended.
func (r *tcpReassembler) closeAll() {
	for len(r.idle) > 0 {
		r.closeConn(r.idle[0].c)
	}
}

// idleHeap orders connections by the time they were last heard when the
// heap last looked, the earliest first. The time is kept in the heap itself:
// ordering it reads no connection.
type idleHeap []idleEntry

type idleEntry struct {
	at time.Time
	c  *tcpConnState
}

func (q *idleHeap) push(c *tcpConnState, at time.Time) {
	*q = append(*q, idleEntry{at, c})
	q.up(len(*q) - 1)
}

// remove takes the entry at i off the heap.
func (q *idleHeap) remove(i int) {
	h := *q
	last := len(h) - 1
	h[i].c.heapAt = -1
	if i != last {
		h[i] = h[last]
		h[i].c.heapAt = i
	}
	h[last] = idleEntry{}
	*q = h[:last]
	if i != last {
		q.down(i)
		q.up(i)
	}
}

// rekey sets the time of the first entry.
func (q idleHeap) rekey(at time.Time) {
	q[0].at = at
	q.down(0)
}

func (q idleHeap) up(i int) {
	e := q[i]
	for i > 0 {
		parent := (i - 1) / 2
		if !e.at.Before(q[parent].at) {
			break
		}
		q.put(i, q[parent])
		i = parent
	}
	q.put(i, e)
}

func (q idleHeap) down(i int) {
	e := q[i]
	for {
		child := 2*i + 1
		if child >= len(q) {
			break
		}
		if right := child + 1; right < len(q) && q[right].at.Before(q[child].at) {
			child = right
		}
		if !q[child].at.Before(e.at) {
			break
		}
		q.put(i, q[child])
		i = child
	}
	q.put(i, e)
}

func (q idleHeap) put(i int, e idleEntry) {
	q[i] = e
	e.c.heapAt = i
}
