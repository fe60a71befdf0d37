package analyze

import (
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// offlineAge: a RECEIVE_MESSAGE stamped this long before it arrived was
// stored by the server while the user was offline. The spec warns that HOUR
// may be local time - 1, so anything within the hour is taken as live.
const offlineAge = 90 * time.Minute

// udpMessage describes a SEND_MESSAGE or RECEIVE_MESSAGE for Config.Message.
func (a *Analyzer) udpMessage(m *capture.Packet, p *dissect.Packet, in *arrival, to uint32, typeField dissect.FieldID, path Path) {
	if a.cfg.Message == nil {
		return
	}
	text := p.Value(dissect.FMessage)
	if text == nil {
		return
	}
	msg := &in.msg
	*msg = Message{Frame: m.Frame, Time: m.Time, To: to, Path: path, Type: uint16(num(p, typeField)),
		Text: p.Data(text), Session: in.session}
	if m.Dir == dissect.ClientToServer {
		msg.From = p.UIN
	} else {
		msg.From = num(p, dissect.FRemoteUIN)
		msg.Sent = stamp(p)
		if !msg.Sent.IsZero() && m.Time.Sub(msg.Sent) > offlineAge {
			msg.Path = PathOffline
		}
	}
	in.hasMsg = true
}

// message5 keeps the message a v5 packet relays through the server.
func (a *Analyzer) message5(m *capture.Packet, p *dissect.Packet, in *arrival) {
	if a.cfg.Message == nil {
		return
	}
	got, ok := dissect.MessageOf(p)
	if !ok {
		return
	}
	path := PathServer
	if got.Stored {
		path = PathOffline
	}
	in.msg = Message{Frame: m.Frame, Time: m.Time, From: got.From, To: got.To, Path: path, Type: got.Type,
		Text: p.Data(got.Text), Session: in.session}
	in.hasMsg = true
}

// stamp returns the time RECEIVE_MESSAGE says the message was sent, or zero
// if the fields are missing or not a date.
func stamp(p *dissect.Packet) time.Time {
	year, month, day := num(p, dissect.FYear), num(p, dissect.FMonth), num(p, dissect.FDay)
	hour, minute := num(p, dissect.FHour), num(p, dissect.FMinute)
	if year == 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 {
		return time.Time{}
	}
	return time.Date(int(year), time.Month(month), int(day), int(hour), int(minute), 0, 0, time.UTC)
}

// peerMessage describes a peer message (or an auto reply) for Config.Message.
// The receiver's UIN is filled in when the message is released: it may be
// learnt only from the answer.
func (a *Analyzer) peerMessage(m *capture.Packet, p *dissect.Packet, in *arrival, auto bool) {
	if a.cfg.Message == nil {
		return
	}
	text := p.Value(dissect.FMessage)
	if text == nil {
		return
	}
	in.msg = Message{Frame: m.Frame, Time: m.Time, From: num(p, dissect.FUIN), Path: PathPeer,
		Type: uint16(num(p, dissect.FType)), Text: p.Data(text), Auto: auto, Stream: m.Stream}
	if p.Version == 6 { // a v6 message names neither its sender nor (by that name) its type
		in.msg.From, in.msg.Type = in.stream.UIN[in.from], 0
		if got, ok := dissect.MessageOf(p); ok {
			in.msg.Type = got.Type
		}
	}
	in.hasMsg = true
}
