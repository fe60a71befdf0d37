package engine

import (
	"io"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/report"
)

// feed decodes the capture's packets into the analyzer until the end,
// damage, a failure to print, or count packets shown (0: no limit). The
// display filter is applied as packets are read, in read order, so that what
// it learns and what -w writes follow the capture; printing waits for the
// analyzer to release each packet with its cross references. A file is read
// ahead on another goroutine when a core is free for it (not with one core,
// nor when every core decodes a capture of its own); a live capture packet
// by packet, so that nothing it shows is held back.
func feed(in *input, a *analyze.Analyzer, count int, pk *packets) error {
	d := &decoder{in: in, count: count}
	if in.readAhead {
		return feedAhead(d, a, pk)
	}
	return feedEach(d, a, pk)
}

// feedEach reads, decodes and analyses one packet at a time.
func feedEach(d *decoder, a *analyze.Analyzer, pk *packets) error {
	var s slot
	for pk.err == nil {
		err := d.read(&s)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		pk.add(a, &s)
	}
	return nil
}

// decoder reads packets into slots: it decodes them, learns the peer
// endpoints they announce and applies the display filter, in read order.
type decoder struct {
	in        *input
	count     int // stop after count packets shown (0: no limit)
	shown     int
	endpoints []analyze.PeerEndpoint
	inner     innerPackets
}

// innerPackets are the packets a SRV_MULTI_PACKET carries, handed out one
// by one after it, each as a packet of its own.
type innerPackets struct {
	meta  capture.Packet // the container's, with a copy of its payload
	buf   []byte
	spans [][2]int // offset and length of each inner packet in buf
	next  int
}

// slot is a packet read and decoded, with its own copy of the payload.
type slot struct {
	meta    capture.Packet
	pkt     dissect.Packet
	payload []byte
	shown   bool // the display filter's verdict
}

// read reads the next packet into s; io.EOF once count packets were shown.
func (d *decoder) read(s *slot) error {
	if d.count > 0 && d.shown == d.count {
		return io.EOF
	}
	if d.inner.next < len(d.inner.spans) {
		d.readInner(s)
		return nil
	}
	m, err := d.in.Next()
	if err != nil {
		return err
	}
	d.in.progress.tick(d.in.Reader)
	s.payload = append(s.payload[:0], m.Payload...)
	s.meta = *m
	s.meta.Payload = s.payload
	d.decode(s)
	d.inner.take(&s.meta, &s.pkt)
	d.endpoints = analyze.AppendPeerEndpoints(d.endpoints[:0], &s.meta, &s.pkt)
	for _, ep := range d.endpoints {
		d.in.LearnPeer(ep.Addr, ep.How)
	}
	if s.shown = d.in.Selected(&s.meta, &s.pkt); s.shown {
		d.shown++
	}
	return nil
}

// decode decodes the slot's packet, with --decode-as's reading if given.
func (d *decoder) decode(s *slot) {
	if d.in.decodeAs != 0 && s.meta.Transport == capture.UDP {
		dissect.DecodeAs(&s.pkt, s.meta.Payload, s.meta.Dir, d.in.decodeAs)
		return
	}
	s.meta.Decode(&s.pkt)
}

// take keeps the packets a container carries (none if p is no container).
func (in *innerPackets) take(m *capture.Packet, p *dissect.Packet) {
	in.spans, in.next = in.spans[:0], 0
	parts := p.Contained()
	if len(parts) == 0 {
		return
	}
	in.buf = append(in.buf[:0], m.Payload...)
	for i := range parts {
		in.spans = append(in.spans, [2]int{parts[i].DataOff, parts[i].DataLen})
	}
	in.meta = *m
}

// readInner hands out the next packet of the container read last: decoded
// as a server packet of its own, numbered frame N.1, N.2, ...
func (d *decoder) readInner(s *slot) {
	span := d.inner.spans[d.inner.next]
	d.inner.next++
	s.payload = append(s.payload[:0], d.inner.buf[span[0]:span[0]+span[1]]...)
	s.meta = d.inner.meta
	s.meta.Payload, s.meta.Sub = s.payload, d.inner.next
	d.decode(s)
	if s.shown = d.in.SelectedInner(&s.meta, &s.pkt); s.shown {
		d.shown++
	}
}

// packets prints the packets the analyzer releases that the display filter
// selected, with their cross references, and keeps the first error.
type packets struct {
	printer  report.Printer
	in       *input
	printing bool // per-packet output is on (not -q)
	verdicts verdicts
	rec      report.Record
	first    time.Time // the first packet's time, and the latest's, for -t r and d
	last     time.Time
	err      error
}

// add hands a packet read to the analyzer, its verdict to the printing.
func (p *packets) add(a *analyze.Analyzer, s *slot) {
	p.verdicts.push(s.shown, p.printing)
	if p.in.verdicts != nil {
		p.in.verdicts.record(s.meta.Frame, s.shown)
	}
	a.Add(&s.meta, &s.pkt)
}

func (p *packets) release(r *analyze.Released) {
	prev := p.last
	p.last = r.Meta.Time
	if p.first.IsZero() {
		p.first = r.Meta.Time
	}
	if !p.verdicts.pop() || p.err != nil {
		return
	}
	if p.in.sel.NeedsAnalyzer() && !p.in.sel.MatchReleased(r.Meta, r.Packet, &r.Xref) {
		return
	}
	p.rec = report.Record{Meta: r.Meta, Packet: r.Packet, Xref: r.Xref, First: p.first, Prev: prev}
	if p.err = p.printer.Print(&p.rec); p.err == nil {
		p.in.Shown()
	}
}

// verdicts carries the display filter's verdict on each packet from the
// moment it is read to the moment the analyzer releases it. The analyzer
// releases packets in the order they were added, so a queue suffices; it
// holds at most analyze.MaxHeld + 1 verdicts.
type verdicts struct {
	q    []bool
	head int
}

func (v *verdicts) push(shown, on bool) {
	if on {
		v.q = append(v.q, shown)
	}
}

func (v *verdicts) pop() bool {
	shown := v.q[v.head]
	v.head++
	if v.head == len(v.q) {
		v.q, v.head = v.q[:0], 0
	}
	return shown
}
