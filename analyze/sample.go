package analyze

import (
	"slices"
	"time"
)

// sampleSize bounds the memory of a median: up to this many values the
// median is exact; beyond it, it is the median of a uniform random sample of
// this size (reservoir sampling, Vitter's algorithm R) with a fixed seed, so
// that the same capture always gives the same figure.
const sampleSize = 63

// durations summarises a series of durations in fixed memory: count, min,
// max, mean and a median from a reservoir of sampleSize values.
type durations struct {
	n        uint64
	min, max time.Duration
	sum      time.Duration
	sample   []time.Duration
	rand     uint64
}

func (d *durations) add(v time.Duration) {
	if d.n == 0 || v < d.min {
		d.min = v
	}
	if v > d.max {
		d.max = v
	}
	d.n++
	d.sum += v
	if len(d.sample) < sampleSize {
		d.sample = append(d.sample, v)
		return
	}
	if j := d.next() % d.n; j < sampleSize {
		d.sample[j] = v
	}
}

// next is xorshift64*: deterministic, cheap, good enough to pick samples.
func (d *durations) next() uint64 {
	if d.rand == 0 {
		d.rand = 0x9E3779B97F4A7C15
	}
	d.rand ^= d.rand >> 12
	d.rand ^= d.rand << 25
	d.rand ^= d.rand >> 27
	return d.rand * 0x2545F4914F6CDD1D
}

// Stats is a summary of durations: Count is 0 when there were none.
type Stats struct {
	Count            uint64
	Min, Median, Max time.Duration
	Mean             time.Duration
}

func (d *durations) stats() Stats {
	if d.n == 0 {
		return Stats{}
	}
	s := slices.Clone(d.sample)
	slices.Sort(s)
	median := s[len(s)/2]
	if len(s)%2 == 0 {
		median = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return Stats{Count: d.n, Min: d.min, Median: median, Max: d.max, Mean: d.sum / time.Duration(d.n)}
}
