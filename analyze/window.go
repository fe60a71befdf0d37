package analyze

import "github.com/icqdump/icqdump/internal/ring"

// window remembers values by key while they may still matter: for span
// nanoseconds of capture time after they were last touched, and never more
// than limit at once (the oldest goes first). Memory is bounded by the
// traffic of one span, however long the capture.
type window[K packedKey, V any] struct {
	span   int64
	limit  int
	index  index
	cells  []cell[K, V]
	free   []int32
	queue  ring.Ring[queued] // every live cell once, in the order it was (re)queued
	expire func(k K, v *V, early bool)
	// evicted counts the cells retired early because the window was full.
	evicted uint64
}

type cell[K comparable, V any] struct {
	key     K
	val     V
	touched int64 // capture time (ns) of the last use; the cell lives span after it
}

type queued struct {
	cell int32
	at   int64 // the cell's touched time when it was queued
}

// A packedKey is a key that packs into 64 bits, for the index.
type packedKey interface {
	comparable
	packed() uint64
}

func newWindow[K packedKey, V any](span int64, limit int, expire func(K, *V, bool)) *window[K, V] {
	return &window[K, V]{span: span, limit: limit, expire: expire}
}

// get returns the cell of k, or nil.
func (w *window[K, V]) get(k K) *cell[K, V] {
	i := w.index.get(k.packed())
	if i < 0 {
		return nil
	}
	return &w.cells[i]
}

// getOrAdd returns the cell of k, or adds one as add does (added): most
// packets are new, and this hashes and probes the index once for them.
func (w *window[K, V]) getOrAdd(k K, now int64) (c *cell[K, V], added bool) {
	packed := k.packed()
	if w.index.len() == 0 || w.index.len() >= w.limit || w.index.full() {
		if c := w.get(k); c != nil {
			return c, false
		}
		return w.add(k, now), true
	}
	slot := w.index.find(packed)
	if i := w.index.cells[slot]; i != 0 {
		return &w.cells[i-1], false
	}
	i := w.newCell(k, now)
	w.index.putAt(slot, packed, i)
	return &w.cells[i], true
}

// add stores a zero value under k (which must not be present) and returns
// its cell. When the window is full, the oldest cell expires first.
func (w *window[K, V]) add(k K, now int64) *cell[K, V] {
	if w.index.len() >= w.limit {
		w.evicted++
		w.expireFront(true)
	}
	i := w.newCell(k, now)
	w.index.put(k.packed(), i)
	return &w.cells[i]
}

// newCell makes a cell for k, queued but not yet in the index.
func (w *window[K, V]) newCell(k K, now int64) int32 {
	var i int32
	if n := len(w.free); n > 0 {
		i, w.free = w.free[n-1], w.free[:n-1]
	} else {
		w.cells = append(w.cells, cell[K, V]{})
		i = int32(len(w.cells) - 1)
	}
	var zero V
	w.cells[i] = cell[K, V]{key: k, val: zero, touched: now}
	w.queue.Push(queued{cell: i, at: now})
	return i
}

// advance expires every cell untouched for more than span before now. A cell
// touched since it was queued goes to the back instead, so each cell is
// looked at a bounded number of times per touch.
func (w *window[K, V]) advance(now int64) {
	for w.queue.Len() > 0 {
		q := *w.queue.Front()
		if now-q.at <= w.span {
			return
		}
		w.queue.Pop()
		c := &w.cells[q.cell]
		if now-c.touched <= w.span {
			w.queue.Push(queued{cell: q.cell, at: c.touched})
			continue
		}
		w.remove(q.cell, false)
	}
}

// drain expires everything, oldest first (the end of the capture).
func (w *window[K, V]) drain() {
	for w.queue.Len() > 0 {
		w.expireFront(false)
	}
}

// expireFront expires the oldest cell; early says the window is full.
func (w *window[K, V]) expireFront(early bool) {
	q := *w.queue.Front()
	w.queue.Pop()
	w.remove(q.cell, early)
}

func (w *window[K, V]) remove(i int32, early bool) {
	c := &w.cells[i]
	if w.expire != nil {
		w.expire(c.key, &c.val, early)
	}
	w.index.remove(c.key.packed())
	w.free = append(w.free, i)
}
