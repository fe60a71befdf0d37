package capture

import (
	"cmp"
	"slices"
)

// peerQueue holds the peer packets that one frame (or a flush) completed
// until Next hands them out, one per call. Payloads are copied back to back
// into one buffer that is reused once the queue is empty.
type peerQueue struct {
	items []queuedPacket
	data  []byte
	head  int
}

type queuedPacket struct {
	pkt    Packet // Payload is set when handed out
	off, n int    // the payload in data
}

// keepQueueData is the largest payload buffer kept while the queue is empty.
const keepQueueData = 1 << 20

func (q *peerQueue) push(m Packet, payload []byte) {
	q.items = append(q.items, queuedPacket{pkt: m, off: len(q.data), n: len(payload)})
	q.data = append(q.data, payload...)
}

// pop returns the next packet, valid until the next call, or nil.
func (q *peerQueue) pop() *Packet {
	if q.head == len(q.items) {
		q.reset()
		return nil
	}
	it := &q.items[q.head]
	q.head++
	end := it.off + it.n
	it.pkt.Payload = q.data[it.off:end:end]
	return &it.pkt
}

func (q *peerQueue) reset() {
	q.items, q.head = q.items[:0], 0
	if cap(q.data) > keepQueueData {
		q.data = nil
		return
	}
	q.data = q.data[:0]
}

func (q *peerQueue) len() int { return len(q.items) }

// sortFrom puts the packets queued since mark in frame order: a flush visits
// connections in no particular order. The frames of one direction of a
// stream never decrease, so its packets keep their order.
func (q *peerQueue) sortFrom(mark int) {
	slices.SortStableFunc(q.items[mark:], func(a, b queuedPacket) int {
		return cmp.Or(cmp.Compare(a.pkt.Frame, b.pkt.Frame), cmp.Compare(a.pkt.Stream, b.pkt.Stream))
	})
}
