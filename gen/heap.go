package gen

// event is one thing that happens at a time: a frame to send, a timer to
// check. id names a client, a UDP transmission or a TCP connection (by
// kind); gen is that object's generation or session when the event was
// scheduled, so an event that outlived its object is recognised and dropped.
type event struct {
	at      int64 // nanoseconds since the start of the capture
	ord     uint64
	id      int32
	gen     uint32
	a, b, c uint32
	kind    evKind
}

// eventHeap orders events by time, then by the order they were scheduled in,
// which makes the simulation deterministic.
type eventHeap struct {
	ev   []event
	next uint64
}

func (h *eventHeap) before(i, j int) bool {
	a, b := &h.ev[i], &h.ev[j]
	return a.at < b.at || a.at == b.at && a.ord < b.ord
}

func (h *eventHeap) push(e event) {
	e.ord = h.next
	h.next++
	h.ev = append(h.ev, e)
	for i := len(h.ev) - 1; i > 0; {
		parent := (i - 1) / 2
		if !h.before(i, parent) {
			break
		}
		h.ev[i], h.ev[parent] = h.ev[parent], h.ev[i]
		i = parent
	}
}

func (h *eventHeap) pop() event {
	top := h.ev[0]
	last := len(h.ev) - 1
	h.ev[0] = h.ev[last]
	h.ev = h.ev[:last]
	for i := 0; ; {
		least, l, r := i, 2*i+1, 2*i+2
		if l < last && h.before(l, least) {
			least = l
		}
		if r < last && h.before(r, least) {
			least = r
		}
		if least == i {
			break
		}
		h.ev[i], h.ev[least] = h.ev[least], h.ev[i]
		i = least
	}
	return top
}
