package report

import (
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// linePrinter writes one line per packet, as tcpdump does:
//
//	7 01:35:15.404666 127.0.0.1:39467 > 127.0.0.1:4000 c2s CONTACT_LIST seq=5 uin=12345678 NUM_CONTACTS=2 UIN=3523306988,d2760f… [!error: ...]
type linePrinter struct {
	output
	times     TimeFormat
	prevShown time.Time // for -t dd
}

func (l *linePrinter) Print(r *Record) error {
	m, p := r.Meta, r.Packet
	h := readHead(p)
	b := appendFrame(l.buf[:0], m)
	b = append(b, ' ')
	b = l.appendTime(b, r)
	b = append(b, ' ')
	b = appendAddrs(b, m)
	b = append(b, ' ')
	b = append(b, m.Dir.String()...)
	b = append(b, ' ')
	b = appendProtocol(b, &h)
	if h.Has(dissect.HeadSeq) {
		b = append(b, " seq="...)
		b = appendUint(b, uint64(h.Seq))
	}
	if h.Has(dissect.HeadSeq2) {
		b = append(b, " seq2="...)
		b = appendUint(b, uint64(h.Seq2))
	}
	if h.Has(dissect.HeadSession) {
		b = append(b, " session="...)
		b = appendHexNum(b, h.Session, 8)
	}
	if h.Has(dissect.HeadUIN) {
		b = append(b, " uin="...)
		b = appendUint(b, uint64(h.UIN))
	}
	b = l.appendKeys(b, p, &h)
	b = appendXrefs(b, &r.Xref, " ", "")
	b = appendIssueMark(b, p)
	return l.write(append(b, '\n'))
}

// appendKeys writes the fields the tables mark Key, as NAME=value; the
// elements of a repeated field as one comma-separated list.
func (l *linePrinter) appendKeys(b []byte, p *dissect.Packet, h *head) []byte {
	for i := range h.params {
		v := &h.params[i]
		if !v.Field.Key {
			continue
		}
		if v.Index > 0 {
			b = append(b, ',')
		} else {
			b = append(b, ' ')
			b = append(b, v.Field.Name...)
			b = append(b, '=')
		}
		b = l.appendValue(b, p, h, v, styleLine)
	}
	return b
}

// appendIssueMark writes the first of the most severe issues of the
// document's decode, and how many more there are: [!error: packet ends in
// UIN[1] ...; +1 more]; then the explanation, if the packet has one.
func appendIssueMark(b []byte, p *dissect.Packet) []byte {
	worst, own := documentWorst(p)
	for i := range p.Issues {
		if p.Issues[i].Severity != worst || p.Issues[i].Kind == dissect.IssueExplained {
			continue
		}
		b = append(b, ' ')
		b = appendIssue(b, p, &p.Issues[i])
		if more := own - 1; more > 0 {
			b = b[:len(b)-1]
			b = append(b, "; +"...)
			b = appendInt(b, more)
			b = append(b, " more]"...)
		}
		break
	}
	for i := range p.Issues {
		if p.Issues[i].Kind == dissect.IssueExplained {
			b = append(b, ' ')
			b = appendIssue(b, p, &p.Issues[i])
		}
	}
	return b
}

// documentWorst is the most severe issue of the document's decode, and how
// many issues it has: the explanation is not one of them.
func documentWorst(p *dissect.Packet) (dissect.Severity, int) {
	var worst dissect.Severity
	n := 0
	for i := range p.Issues {
		if p.Issues[i].Kind != dissect.IssueExplained {
			worst, n = max(worst, p.Issues[i].Severity), n+1
		}
	}
	return worst, n
}

// appendProtocol names what the packet is: its command, or the ICQ version
// when there is no command to name ("ICQ v5").
func appendProtocol(b []byte, h *head) []byte {
	switch {
	case h.command != "":
		return append(b, h.command...)
	case h.Has(dissect.HeadVersion):
		b = append(b, "ICQ v"...)
		return appendUint(b, uint64(h.Version))
	}
	return append(b, "ICQ"...)
}
