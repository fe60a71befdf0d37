package catalog

import (
	"net/netip"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// source says where a field's values come from.
type source uint8

const (
	srcTable source = iota + 1
	srcFrameNumber
	srcFrameLen
	srcTimeRelative
	srcIPSrc
	srcIPDst
	srcIPAddr
	srcIPv6Src
	srcIPv6Dst
	srcIPv6Addr
	srcUDPSrcPort
	srcUDPDstPort
	srcUDPPort
	srcTCPSrcPort
	srcTCPDstPort
	srcTCPPort
	srcTCPStream
	srcUIN
	srcCommand
	srcIssueSeverity
	srcIssueRule
	// the analyzer's; keep them together (Field.Analyzer)
	srcAckedIn
	srcAcks
	srcAckDelay
	srcRetransmissionOf
	srcRetransmission
	srcReplyTo
)

var baseProtocols = []Protocol{
	{"frame", "Frame"}, {"ip", "Internet Protocol Version 4"}, {"ipv6", "Internet Protocol Version 6"},
	{"udp", "User Datagram Protocol"}, {"tcp", "Transmission Control Protocol"},
	{"icq", "ICQ (every version): what icqdump adds"},
}

// Severities names the issues' severities as icq.issue.severity compares them.
var Severities = &dissect.Enum{Name: "SEVERITY", Values: []dissect.EnumValue{
	{Value: uint32(dissect.Note), Name: "note"},
	{Value: uint32(dissect.Warning), Name: "warning"},
	{Value: uint32(dissect.Error), Name: "error"},
}}

func baseFields() []*Field {
	f := func(name, title string, t Type, src source, desc string) *Field {
		parent, _, _ := cut(name)
		return &Field{Name: name, Title: title, Type: t, src: src, Desc: desc, Parent: parent}
	}
	severity := f("icq.issue.severity", "Severity", Uint8, srcIssueSeverity, "Severity of an issue the decoder found: note, warning or error")
	severity.Names = Severities
	return []*Field{
		f("frame.number", "Frame Number", Uint32, srcFrameNumber, "Number of the frame that completed the packet, from 1"),
		f("frame.len", "Frame length on the wire", Uint32, srcFrameLen, ""),
		f("frame.time_relative", "Time since first frame", RelativeTime, srcTimeRelative, "Seconds since the first frame of the capture"),
		f("ip.src", "Source Address", IPv4, srcIPSrc, ""),
		f("ip.dst", "Destination Address", IPv4, srcIPDst, ""),
		f("ip.addr", "Source or Destination Address", IPv4, srcIPAddr, ""),
		f("ipv6.src", "Source Address", IPv6, srcIPv6Src, ""),
		f("ipv6.dst", "Destination Address", IPv6, srcIPv6Dst, ""),
		f("ipv6.addr", "Source or Destination Address", IPv6, srcIPv6Addr, ""),
		f("udp.srcport", "Source Port", Uint16, srcUDPSrcPort, ""),
		f("udp.dstport", "Destination Port", Uint16, srcUDPDstPort, ""),
		f("udp.port", "Source or Destination Port", Uint16, srcUDPPort, ""),
		f("tcp.srcport", "Source Port", Uint16, srcTCPSrcPort, ""),
		f("tcp.dstport", "Destination Port", Uint16, srcTCPDstPort, ""),
		f("tcp.port", "Source or Destination Port", Uint16, srcTCPPort, ""),
		f("tcp.stream", "Stream index", Uint32, srcTCPStream, "icqdump's number of the peer stream, from 1 in order of first appearance"),
		f("icq.uin", "UIN", Uint32, srcUIN, "Every UIN on either side of the packet: the UIN of its source and destination endpoints (learned from earlier packets, as --uin), and every UIN field it carries"),
		f("icq.command", "Command", String, srcCommand, "The name of the packet's command, as the spec gives it"),
		severity,
		f("icq.issue.rule", "Rule", String, srcIssueRule, "What the decoder found: truncated, trailing, unknown-command..."),
		f("icqv2.acked_in", "Acknowledged in", FrameNum, srcAckedIn, "The frame of the ACK of this packet"),
		f("icqv2.acks", "Acknowledges", FrameNum, srcAcks, "An ACK: the frame it acknowledges"),
		f("icqv2.ack_delay", "ACK delay", Double, srcAckDelay, "An ACK: milliseconds since the frame it acknowledges"),
		f("icqv2.retransmission_of", "Retransmission of", FrameNum, srcRetransmissionOf, "A retransmission: the first frame with this SEQ_NUM and COMMAND"),
		f("icqv2.retransmission", "Retransmission", Uint32, srcRetransmission, "A retransmission: 1, 2, ... for the first, second ..."),
		f("icqv2.reply_to", "Reply to", FrameNum, srcReplyTo, "A reply: the frame of the request"),
	}
}

func cut(name string) (string, string, bool) {
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name[:i], name[i+1:], true
		}
	}
	return name, "", false
}

// Packet is what the fields of one packet are read from.
type Packet struct {
	Meta *capture.Packet
	Pkt  *dissect.Packet
	Xref *analyze.Xref // nil until the analyzer released the packet
	// Start is the time of the capture's first frame (frame.time_relative).
	Start time.Time
	// Sides are the UINs learned for the source and destination endpoints
	// (icq.uin), 0 when none is known.
	Sides [2]uint32
}

// Value is one occurrence of a field. Which members hold it depends on the
// field's type: Num for integers, Float for times and doubles, Addr for
// addresses, Bytes for strings (Windows-1252, as on the wire) and bytes.
type Value struct {
	Num   uint64
	Float float64
	Addr  netip.Addr
	Bytes []byte
}

// Next sets v to the field's occurrence at or after cursor i in p and
// returns the cursor after it; ok is false when there is none. Start with
// i = 0. It allocates nothing; v.Bytes points into the packet. Only the
// member of v that the field's type uses is set.
func (f *Field) Next(p *Packet, i int, v *Value) (next int, ok bool) {
	switch f.src {
	case srcTable:
		return f.nextTable(p, i, v)
	case srcIPAddr, srcIPv6Addr, srcUDPPort, srcTCPPort:
		return f.nextEither(p, i, v)
	case srcUIN:
		return nextUIN(p, i, v)
	case srcIssueSeverity, srcIssueRule:
		return f.nextIssue(p, i, v)
	}
	if i > 0 {
		return 0, false
	}
	return 1, f.single(p, v)
}

// Exists reports whether p has at least one occurrence of the field.
func (f *Field) Exists(p *Packet) bool {
	var v Value
	_, ok := f.Next(p, 0, &v)
	return ok
}

func (f *Field) nextTable(p *Packet, i int, out *Value) (int, bool) {
	vs := p.Pkt.Values
	for ; i < len(vs); i++ {
		v := &vs[i]
		if v.Partial || !f.reads(v.Field) {
			continue
		}
		if f.Type.Integer() {
			out.Num = uint64(v.Num)
			return i + 1, true
		}
		if f.Type == IPv4 {
			out.Addr = netip.AddrFrom4([4]byte(p.Pkt.Data(v)))
		} else {
			out.Bytes = p.Pkt.Data(v)
		}
		return i + 1, true
	}
	return i, false
}

func (f *Field) reads(row *dissect.Field) bool {
	if len(f.Tables) == 1 {
		return f.Tables[0] == row
	}
	for _, t := range f.Tables {
		if t == row {
			return true
		}
	}
	return false
}

// nextEither gives a source-or-destination field's two occurrences.
func (f *Field) nextEither(p *Packet, i int, v *Value) (int, bool) {
	m := p.Meta
	for ; i < 2; i++ {
		ap := m.Src
		if i == 1 {
			ap = m.Dst
		}
		switch f.src {
		case srcIPAddr, srcIPv6Addr:
			a := ap.Addr().Unmap()
			if a.Is4() == (f.src == srcIPAddr) {
				v.Addr = a
				return i + 1, true
			}
		case srcUDPPort, srcTCPPort:
			if (m.Transport == capture.UDP) == (f.src == srcUDPPort) {
				v.Num = uint64(ap.Port())
				return i + 1, true
			}
		}
	}
	return i, false
}

// nextUIN gives the endpoints' UINs, then every UIN field of the packet.
func nextUIN(p *Packet, i int, out *Value) (int, bool) {
	for ; i < 2; i++ {
		if p.Sides[i] != 0 {
			out.Num = uint64(p.Sides[i])
			return i + 1, true
		}
	}
	vs := p.Pkt.Values
	for j := i - 2; j < len(vs); j++ {
		if v := &vs[j]; !v.Partial && v.Field.HoldsUIN() {
			out.Num = uint64(v.Num)
			return j + 3, true
		}
	}
	return i, false
}

func (f *Field) nextIssue(p *Packet, i int, v *Value) (int, bool) {
	is := p.Pkt.Issues
	if i < len(is) {
		switch f.src {
		case srcIssueSeverity:
			v.Num = uint64(is[i].Severity)
			return i + 1, true
		case srcIssueRule:
			v.Bytes = ruleNames[is[i].Kind]
			return i + 1, true
		}
	}
	return i, false
}

// ruleNames are the issue kinds' names as bytes, made once.
var ruleNames = func() [256][]byte {
	var names [256][]byte
	for k := range names {
		names[k] = []byte(dissect.IssueKind(k).String())
	}
	return names
}()

// single gives the fields that occur once or not at all.
func (f *Field) single(p *Packet, v *Value) bool {
	m := p.Meta
	switch f.src {
	case srcFrameNumber:
		v.Num = m.Frame
		return true
	case srcFrameLen:
		v.Num = uint64(m.FrameLen)
		return true
	case srcTimeRelative:
		v.Float = m.Time.Sub(p.Start).Seconds()
		return true
	case srcIPSrc, srcIPv6Src:
		a := m.Src.Addr().Unmap()
		v.Addr = a
		return a.Is4() == (f.src == srcIPSrc)
	case srcIPDst, srcIPv6Dst:
		a := m.Dst.Addr().Unmap()
		v.Addr = a
		return a.Is4() == (f.src == srcIPDst)
	case srcUDPSrcPort, srcTCPSrcPort:
		v.Num = uint64(m.Src.Port())
		return (m.Transport == capture.UDP) == (f.src == srcUDPSrcPort)
	case srcUDPDstPort, srcTCPDstPort:
		v.Num = uint64(m.Dst.Port())
		return (m.Transport == capture.UDP) == (f.src == srcUDPDstPort)
	case srcTCPStream:
		v.Num = uint64(m.Stream)
		return m.Stream != 0
	case srcCommand:
		if c := p.Pkt.Command; c != nil {
			v.Bytes = All().commandNames[c]
			return true
		}
		return false
	}
	return f.xref(p, v)
}

func (f *Field) xref(p *Packet, v *Value) bool {
	x := p.Xref
	if x == nil {
		return false
	}
	switch f.src {
	case srcAckedIn:
		v.Num = x.AckedIn
		return x.AckedIn != 0
	case srcAcks:
		v.Num = x.AcksFrame
		return x.AcksFrame != 0
	case srcAckDelay:
		v.Float = x.AckDelayMs
		return x.AcksFrame != 0
	case srcRetransmissionOf:
		v.Num = x.RetransmissionOf
		return x.RetransmissionOf != 0
	case srcRetransmission:
		v.Num = uint64(x.Retransmission)
		return x.RetransmissionOf != 0
	case srcReplyTo:
		v.Num = x.ReplyTo
		return x.ReplyTo != 0
	}
	return false
}
