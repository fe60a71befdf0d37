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

// eventHeap orders events by time, then by the order they were scheduled in
// (ord, which the caller numbers), which makes the simulation deterministic.
type eventHeap struct{ ev []event }

func (h *eventHeap) before(i, j int) bool { return h.ev[i].before(&h.ev[j]) }

func (e *event) before(o *event) bool { return e.at < o.at || e.at == o.at && e.ord < o.ord }

// top returns the earliest event, or nil.
func (h *eventHeap) top() *event {
	if len(h.ev) == 0 {
		return nil
	}
	return &h.ev[0]
}

// The heap is 4-ary: half the depth of a binary heap, for the same
// comparisons, and its children sit side by side in memory.
const arity = 4

func (h *eventHeap) push(e event) {
	h.ev = append(h.ev, e)
	for i := len(h.ev) - 1; i > 0; {
		parent := (i - 1) / arity
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
		least := i
		for c := arity*i + 1; c <= arity*i+arity && c < last; c++ {
			if h.before(c, least) {
				least = c
			}
		}
		if least == i {
			break
		}
		h.ev[i], h.ev[least] = h.ev[least], h.ev[i]
		i = least
	}
	return top
}
