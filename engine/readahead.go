package engine

import (
	"io"

	"github.com/icqdump/icqdump/analyze"
)

// A file is read and decoded on one goroutine and analysed and printed on
// the caller's, in batches: on two cores the reading no longer waits for the
// printing. The batches go round, so nothing is allocated per packet.
const (
	batchSize = 256 // packets handed over at once
	batches   = 4   // batches going round: the reader's lead
)

type batch struct {
	slots [batchSize]slot
	n     int
	err   error // what ended the reading after these packets (io.EOF at the end)
}

// feedAhead is feed with the reading on its own goroutine. The input, the
// display filter and -w are the reading goroutine's until feedAhead returns.
func feedAhead(d *decoder, a *analyze.Analyzer, pk *packets) error {
	free, full := make(chan *batch, batches), make(chan *batch, batches)
	for range batches {
		free <- &batch{}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		d.readBatches(free, full, stop)
	}()
	defer func() {
		close(stop)
		<-done // the input is the caller's again
	}()
	for b := range full {
		for i := 0; i < b.n && pk.err == nil; i++ {
			pk.add(a, &b.slots[i])
		}
		if pk.err != nil || b.err == io.EOF {
			return nil
		}
		if b.err != nil {
			return b.err
		}
		free <- b
	}
	return nil
}

// readBatches fills the free batches with packets read until the reading
// ends or stop is closed.
func (d *decoder) readBatches(free <-chan *batch, full chan<- *batch, stop <-chan struct{}) {
	defer close(full)
	for {
		var b *batch
		select {
		case b = <-free:
		case <-stop:
			return
		}
		b.n, b.err = 0, nil
		for b.n < batchSize && b.err == nil {
			if b.err = d.read(&b.slots[b.n]); b.err == nil {
				b.n++
			}
		}
		select {
		case full <- b:
		case <-stop:
			return
		}
		if b.err != nil {
			return
		}
	}
}
