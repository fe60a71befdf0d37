package gen

import (
	"math"
	"math/rand/v2"
)

// rng is the one source of chance in a run, seeded from Config.Seed.
type rng struct{ pcg *rand.PCG }

func newRNG(seed uint64) rng { return rng{rand.NewPCG(seed, seed^0x1c9d_5ee6_1998_0826)} }

func (r rng) u64() uint64 { return r.pcg.Uint64() }

func (r rng) u32() uint32 { return uint32(r.pcg.Uint64() >> 32) }

// intn returns 0 <= n < max; max must be positive.
func (r rng) intn(max int) int { return int(r.u64() % uint64(max)) }

// between returns lo <= n <= hi.
func (r rng) between(lo, hi int64) int64 { return lo + int64(r.u64()%uint64(hi-lo+1)) }

func (r rng) float() float64 { return float64(r.u64()>>11) / (1 << 53) }

func (r rng) chance(p float64) bool { return p > 0 && r.float() < p }

// exp returns an exponentially distributed duration with the given mean,
// clamped to [lo, hi].
func (r rng) exp(mean, lo, hi int64) int64 {
	d := int64(-math.Log(1-r.float()) * float64(mean))
	return min(max(d, lo), hi)
}

// mix is a stateless hash (splitmix64's finaliser): the same key always gives
// the same bits, so a user's profile needs no storage.
func mix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}
