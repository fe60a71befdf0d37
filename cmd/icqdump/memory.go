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

// reportsGCPercent is GOGC while the reports are drawn, after the analysis:
// tablewriter allocates some 400 times a row, over a small live heap (the
// analyzers are gone by then). Collecting at 9 times the live heap rather
// than twice cuts the collector's share of that work several times; the
// memory limit still bounds the heap.
const reportsGCPercent = 800

// collectLessForReports sets GOGC for drawing the reports, unless the GOGC
// variable says otherwise.
func collectLessForReports() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(reportsGCPercent)
	}
}
