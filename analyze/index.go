package analyze

import "math/bits"

// index maps the windows' 64-bit keys to cell numbers. Every packet adds a
// key and, a Window later, deletes it: Go's map leaves a tombstone for each
// delete and probes past them until it rehashes, which made map lookups
// half of the analyzer's time. This is linear probing with backward-shift
// deletion, so no tombstone is ever left, and Fibonacci hashing.
type index struct {
	keys  []uint64
	cells []int32 // cell number + 1; 0 marks an empty slot
	shift uint    // 64 - log2(len(keys))
	n     int
}

const minIndexSlots = 64

func (x *index) home(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> x.shift) }

func (x *index) mask() int { return len(x.keys) - 1 }

// get returns k's cell, or -1.
func (x *index) get(k uint64) int32 {
	if x.n == 0 {
		return -1
	}
	if i := x.find(k); x.cells[i] != 0 {
		return x.cells[i] - 1
	}
	return -1
}

// find returns k's slot or, if k is absent, the empty slot where put would
// store it. The index must not be empty (len(keys) > 0).
func (x *index) find(k uint64) int {
	i := x.home(k)
	for x.cells[i] != 0 && x.keys[i] != k {
		i = (i + 1) & x.mask()
	}
	return i
}

// full reports whether put must grow the index first.
func (x *index) full() bool { return (x.n+1)*2 > len(x.keys) }

// put stores k (which must not be present) with its cell.
func (x *index) put(k uint64, cell int32) {
	if x.full() {
		x.grow()
	}
	i := x.home(k)
	for x.cells[i] != 0 {
		i = (i + 1) & x.mask()
	}
	x.putAt(i, k, cell)
}

// putAt stores k, absent, with its cell in slot i, the empty slot that
// find returned for it (with no put or remove since, and not full).
func (x *index) putAt(i int, k uint64, cell int32) {
	x.keys[i], x.cells[i] = k, cell+1
	x.n++
}

// remove deletes k, if present. The keys after it in its run move back, so
// that every key stays reachable from its home slot without tombstones.
func (x *index) remove(k uint64) {
	if x.n == 0 {
		return
	}
	i := x.home(k)
	for x.keys[i] != k || x.cells[i] == 0 {
		if x.cells[i] == 0 {
			return
		}
		i = (i + 1) & x.mask()
	}
	for j := (i + 1) & x.mask(); x.cells[j] != 0; j = (j + 1) & x.mask() {
		// The key at j may fill the hole at i only if its home is not
		// in (i, j], cyclically: otherwise a lookup would stop before it.
		if (j-x.home(x.keys[j]))&x.mask() >= (j-i)&x.mask() {
			x.keys[i], x.cells[i] = x.keys[j], x.cells[j]
			i = j
		}
	}
	x.cells[i] = 0
	x.n--
}

func (x *index) len() int { return x.n }

func (x *index) grow() {
	keys, cells := x.keys, x.cells
	size := max(minIndexSlots, 2*len(keys))
	x.keys, x.cells = make([]uint64, size), make([]int32, size)
	x.shift = uint(64 - bits.TrailingZeros(uint(size)))
	x.n = 0
	for i, c := range cells {
		if c != 0 {
			x.put(keys[i], c-1)
		}
	}
}
