package analyze

// ring is a FIFO queue on a growable circular buffer: pushing and popping
// allocate nothing once the buffer has grown to the queue's largest size.
type ring[T any] struct {
	buf  []T
	head int
	n    int
}

func (r *ring[T]) len() int { return r.n }

// at returns the i-th element from the front.
func (r *ring[T]) at(i int) *T { return &r.buf[(r.head+i)%len(r.buf)] }

func (r *ring[T]) front() *T { return r.at(0) }

// push appends v at the back.
func (r *ring[T]) push(v T) { *r.extend() = v }

// extend appends a slot at the back and returns it with what it last held,
// so that the caller can reuse the buffers it owns.
func (r *ring[T]) extend() *T {
	if r.n == len(r.buf) {
		r.grow()
	}
	r.n++
	return r.at(r.n - 1)
}

// pop removes the front element; the slot keeps its value for reuse of the
// buffers it owns.
func (r *ring[T]) pop() {
	r.head = (r.head + 1) % len(r.buf)
	r.n--
}

func (r *ring[T]) grow() {
	buf := make([]T, max(16, 2*len(r.buf)))
	for i := 0; i < r.n; i++ {
		buf[i] = *r.at(i)
	}
	r.buf, r.head = buf, 0
}
