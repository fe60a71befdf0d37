package analyze

import (
	"math/rand/v2"
	"testing"
)

// The index agrees with a Go map through a long run of random puts, gets
// and removes over a small key space, so that runs wrap around the table,
// collide, and are cut by deletions at every position.
func TestIndexAgreesWithMap(t *testing.T) {
	for _, keySpace := range []uint64{8, 100, 5000} {
		rng := rand.New(rand.NewPCG(1, keySpace))
		var x index
		want := map[uint64]int32{}
		for step := range 200000 {
			k := rng.Uint64N(keySpace) << (rng.UintN(3) * 16) // also keys differing only in high bits
			switch _, ok := want[k]; {
			case rng.IntN(3) == 0:
				x.remove(k)
				delete(want, k)
			case !ok:
				x.put(k, int32(step))
				want[k] = int32(step)
			}
			if got, w := x.get(k), cellOr(want, k); got != w {
				t.Fatalf("key space %d, step %d: get(%#x) = %d, want %d", keySpace, step, k, got, w)
			}
			if x.len() != len(want) {
				t.Fatalf("key space %d, step %d: len %d, want %d", keySpace, step, x.len(), len(want))
			}
		}
		for k, w := range want {
			if got := x.get(k); got != w {
				t.Fatalf("key space %d: at the end get(%#x) = %d, want %d", keySpace, k, got, w)
			}
		}
	}
}

func cellOr(m map[uint64]int32, k uint64) int32 {
	if c, ok := m[k]; ok {
		return c
	}
	return -1
}

func TestIndexEmpty(t *testing.T) {
	var x index
	x.remove(7)
	if x.get(7) != -1 || x.len() != 0 {
		t.Error("an empty index finds a key")
	}
}

// getOrAdd finds what add stored and adds what is missing, through the
// growth of the index and, at the window's limit, the eviction of the
// oldest cell, as get and add would.
func TestWindowGetOrAdd(t *testing.T) {
	const limit = 100
	w := newWindow[requestKey, int](1e9, limit, nil)
	for i := range 300 {
		k := requestKey{session: uint32(i), kind: reqLogin, num: uint16(i)}
		c, added := w.getOrAdd(k, int64(i))
		if !added || c.key != k {
			t.Fatalf("key %d: added %v, cell of %v", i, added, c.key)
		}
		c.val = i
		if again, added := w.getOrAdd(k, int64(i)); added || again != c {
			t.Fatalf("key %d again: added %v, another cell %v", i, added, again != c)
		}
		if old := (requestKey{session: uint32(i - limit), kind: reqLogin, num: uint16(i - limit)}); i >= limit && w.get(old) != nil {
			t.Fatalf("key %d: key %d is still there past the limit", i, i-limit)
		}
	}
	if w.evicted != 300-limit || w.index.len() != limit {
		t.Errorf("evicted %d, %d left; want %d, %d", w.evicted, w.index.len(), 300-limit, limit)
	}
	for i := 300 - limit; i < 300; i++ {
		if c := w.get(requestKey{session: uint32(i), kind: reqLogin, num: uint16(i)}); c == nil || c.val != i {
			t.Fatalf("key %d lost", i)
		}
	}
}
