package main

import (
	"os"
	"runtime/debug"
)

// heapPerWorker is the soft limit of the heap per capture being decoded.
// The analysis keeps some 45 MiB live on a capture of 2,000 clients (its
// sessions, its pairing windows, the reports' spool tails); left to GOGC
// alone the heap grows to twice that between collections. Near the limit
// the collector runs more often instead (some 10% more CPU on such a
// capture), and past it the live data wins: it is no hard cap.
const heapPerWorker = 80 << 20

// limitHeap sets the soft memory limit for the captures decoded at once
// (workers), unless GOMEMLIMIT says otherwise.
func limitHeap(workers int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(int64(workers) * heapPerWorker)
	}
}
