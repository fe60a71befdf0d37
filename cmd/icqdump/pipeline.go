package main

import (
	"io"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/report"
)

// feed decodes the capture's packets into the analyzer until the end,
// damage, a failure to print, or count packets shown (0: no limit). The
// display filter is applied as packets are read, in read order, so that what
// it learns and what -w writes follow the capture; printing waits for the
// analyzer to release each packet with its cross references.
func feed(in *input, a *analyze.Analyzer, count int, pk *packets) error {
	var pkt dissect.Packet
	var endpoints []analyze.PeerEndpoint
	for n := 0; (count == 0 || n < count) && pk.err == nil; {
		m, err := in.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if m.Transport == capture.TCP {
			dissect.DecodePeer(&pkt, m.Payload)
			pkt.NoteStream(m.Gap, m.Skipped)
		} else {
			dissect.Decode(&pkt, m.Payload, m.Dir)
		}
		endpoints = analyze.AppendPeerEndpoints(endpoints[:0], m, &pkt)
		for _, ep := range endpoints {
			in.LearnPeer(ep.Addr, ep.How)
		}
		shown := in.Selected(m, &pkt)
		if shown {
			n++
		}
		pk.verdicts.push(shown, pk.printing)
		a.Add(m, &pkt)
	}
	return nil
}

// packets prints the packets the analyzer releases that the display filter
// selected, with their cross references, and keeps the first error.
type packets struct {
	printer  report.Printer
	in       *input
	printing bool // per-packet output is on (not -q)
	verdicts verdicts
	rec      report.Record
	err      error
}

func (p *packets) release(r *analyze.Released) {
	if !p.verdicts.pop() || p.err != nil {
		return
	}
	p.rec = report.Record{Meta: r.Meta, Packet: r.Packet, Xref: r.Xref}
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
