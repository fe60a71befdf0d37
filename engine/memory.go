package engine

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// heapPerWorker is the soft limit of the heap per capture being decoded.
// The analysis keeps some 45 MiB live on a capture of 2,000 clients (its
// sessions, its pairing windows, the reports' spool tails); left to GOGC
// alone the heap grows to twice that between collections. Near the limit
// the collector runs more often instead (some 10% more CPU on such a
// capture), and past it the live data wins: it is no hard cap.
const heapPerWorker = 80 << 20

// The soft limit follows the live heap between the base and these: twice
// the live heap (as GOGC=100) up to heapRoomy, at least one and a half
// times it, never over heapCeiling. The default caps (limits.go) keep the
// live heap under 130 MiB on the hostile captures of bench/hostile.sh.
const (
	heapRoomy   = 200 << 20
	heapCeiling = 1 << 30
)

// limitHeap sets the soft memory limit for the captures decoded at once
// (workers), unless GOMEMLIMIT says otherwise. When the live state
// legitimately outgrows it (many clients online at once), a fixed limit
// would have the collector run back to back; so after each collection the
// limit follows the live heap (heapRoomy).
func limitHeap(workers int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return
	}
	heapBase.Store(int64(workers) * heapPerWorker)
	debug.SetMemoryLimit(heapBase.Load())
	followLiveHeap.Do(func() { afterGC(adjustHeapLimit) })
}

var (
	heapBase       atomic.Int64
	followLiveHeap sync.Once
)

// adjustHeapLimit sets the soft limit from the live heap of the latest
// collection.
func adjustHeapLimit() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(sample[0].Value.Uint64())
	limit := max(min(max(2*live, heapBase.Load()), heapRoomy), live+live/2)
	debug.SetMemoryLimit(min(limit, heapCeiling))
}

// afterGC calls f after every collection, on the finalizer goroutine.
func afterGC(f func()) {
	type sentinel struct{ _ [16]byte } // not tiny: its finalizer runs at the next collection
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		f()
		afterGC(f)
	})
}

// reportsGCPercent is GOGC while the reports are drawn, after the analysis:
// reading the spool back and tablewriter's tables allocate over a small live
// heap (the analyzers are gone by then). Collecting at 9 times the live heap
// rather than twice keeps the collector's share of that work small; the
// memory limit still bounds the heap. (It was chosen when tablewriter drew
// every table; the streamed tables allocate little.)
const reportsGCPercent = 800

// collectLessForReports sets GOGC for drawing the reports, unless the GOGC
// variable says otherwise.
func collectLessForReports() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(reportsGCPercent)
	}
}
