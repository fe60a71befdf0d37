package main

import (
	"io"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// The capture is read and decoded on one goroutine and analysed and
// printed on another, in batches: on two cores the reading no longer waits
// for the printing. The batches go round, so nothing is allocated per packet.
const (
	batchSize = 256 // packets handed over at once
	batches   = 4   // batches going round: the reader's lead
)

// decodedPacket is a packet read and decoded, with its own copy of the
// payload, and its annotation.
type decodedPacket struct {
	meta    capture.Packet
	pkt     dissect.Packet
	payload []byte
	note    []byte
}

// notes moves analyze.Config.Annotate to the reading goroutine: what it
// appends depends on the packet alone, and the analyzing goroutine has the
// more work. The analyzer is handed the note made for the packet it adds.
type notes struct {
	annotate func(dst []byte, m *capture.Packet, p *dissect.Packet) []byte
	cur      *decodedPacket // the packet being added
}

// takeOver replaces cfg.Annotate, if set, with the note already made.
func (n *notes) takeOver(cfg *analyze.Config) {
	if n.annotate = cfg.Annotate; n.annotate != nil {
		cfg.Annotate = func(dst []byte, _ *capture.Packet, _ *dissect.Packet) []byte {
			return append(dst, n.cur.note...)
		}
	}
}

type batch struct {
	packets [batchSize]decodedPacket
	n       int
	err     error // what ended the reading after these packets (io.EOF at the end)
}

// feed decodes the capture's packets (count of them, or all) into the
// analyzer, until the end, damage, or a failure to print.
func feed(r *capture.Reader, a *analyze.Analyzer, count int, pk *packets, n *notes) error {
	free, full := make(chan *batch, batches), make(chan *batch, batches)
	for range batches {
		free <- &batch{}
	}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		readBatches(r, count, n.annotate, free, full, stop)
	}()
	defer func() {
		close(stop)
		<-done // the reader is the caller's again
	}()
	for b := range full {
		for i := 0; i < b.n && pk.err == nil; i++ {
			n.cur = &b.packets[i]
			a.Add(&n.cur.meta, &n.cur.pkt)
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

// readBatches fills the free batches with packets read, decoded and
// annotated (if annotate is set), and learns the peer endpoints they
// announce before reading on.
func readBatches(r *capture.Reader, count int, annotate func([]byte, *capture.Packet, *dissect.Packet) []byte,
	free <-chan *batch, full chan<- *batch, stop <-chan struct{}) {
	defer close(full)
	var endpoints []analyze.PeerEndpoint
	read := 0
	for {
		var b *batch
		select {
		case b = <-free:
		case <-stop:
			return
		}
		b.n, b.err = 0, nil
		for b.n < batchSize && b.err == nil {
			if count > 0 && read == count {
				b.err = io.EOF
				break
			}
			m, err := r.Next()
			if err != nil {
				b.err = err
				break
			}
			d := &b.packets[b.n]
			decodePacket(d, m)
			if annotate != nil {
				d.note = annotate(d.note[:0], &d.meta, &d.pkt)
			}
			endpoints = analyze.AppendPeerEndpoints(endpoints[:0], &d.meta, &d.pkt)
			for _, ep := range endpoints {
				r.LearnPeer(ep.Addr, ep.How)
			}
			b.n++
			read++
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

// decodePacket copies m into d and decodes its payload.
func decodePacket(d *decodedPacket, m *capture.Packet) {
	d.payload = append(d.payload[:0], m.Payload...)
	d.meta = *m
	d.meta.Payload = d.payload
	if m.Transport == capture.TCP {
		dissect.DecodePeer(&d.pkt, d.payload)
		d.pkt.NoteStream(m.Gap, m.Skipped)
	} else {
		dissect.Decode(&d.pkt, d.payload, m.Dir)
	}
}
