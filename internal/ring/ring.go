// Package ring is a FIFO queue for the reader's and the analyzer's
// time-ordered queues.
package ring

// Ring is a FIFO queue on a growable circular buffer: pushing and popping
// allocate nothing once the buffer has grown to the queue's largest size.
type Ring[T any] struct {
	buf  []T
	head int
	n    int
}

func (r *Ring[T]) Len() int { return r.n }

// At returns the i-th element from the front.
func (r *Ring[T]) At(i int) *T { return &r.buf[(r.head+i)%len(r.buf)] }

func (r *Ring[T]) Front() *T { return r.At(0) }

// Push appends v at the back.
func (r *Ring[T]) Push(v T) { *r.Extend() = v }

// Extend appends a slot at the back and returns it with what it last held,
// so that the caller can reuse the buffers it owns.
func (r *Ring[T]) Extend() *T {
	if r.n == len(r.buf) {
		r.grow()
	}
	r.n++
	return r.At(r.n - 1)
}

// Pop removes the front element; the slot keeps its value for reuse of the
// buffers it owns.
func (r *Ring[T]) Pop() {
	r.head = (r.head + 1) % len(r.buf)
	r.n--
}

func (r *Ring[T]) grow() {
	buf := make([]T, max(16, 2*len(r.buf)))
	for i := 0; i < r.n; i++ {
		buf[i] = *r.At(i)
	}
	r.buf, r.head = buf, 0
}

// Filter keeps, in order, the elements for which keep is true.
func (r *Ring[T]) Filter(keep func(T) bool) {
	n := 0
	for i := range r.n {
		if v := *r.At(i); keep(v) {
			*r.At(n) = v
			n++
		}
	}
	var zero T
	for i := n; i < r.n; i++ {
		*r.At(i) = zero
	}
	r.n = n
}
