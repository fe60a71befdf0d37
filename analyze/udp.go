package analyze

import (
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// The commands the analyzer follows, from the spec's tables.
var (
	clientAck      = dissect.Client.MustByName("ACK")
	serverAck      = dissect.Server.MustByName("ACK")
	login          = dissect.Client.MustByName("LOGIN")
	loginReply     = dissect.Server.MustByName("LOGIN_REPLY")
	keepAlive      = dissect.Client.MustByName("KEEP_ALIVE")
	statusChange   = dissect.Client.MustByName("STATUS_CHANGE")
	sendMessage    = dissect.Client.MustByName("SEND_MESSAGE")
	receiveMessage = dissect.Server.MustByName("RECEIVE_MESSAGE")
	sendTextCode   = dissect.Client.MustByName("SEND_TEXT_CODE")
	searchUIN      = dissect.Client.MustByName("SEARCH_UIN")
	searchUser     = dissect.Client.MustByName("SEARCH_USER")
	userFound      = dissect.Server.MustByName("USER_FOUND")
	endOfSearch    = dissect.Server.MustByName("END_OF_SEARCH")
	infoReq        = dissect.Client.MustByName("INFO_REQ")
	infoReply      = dissect.Server.MustByName("INFO_REPLY")
	extInfoReq     = dissect.Client.MustByName("EXT_INFO_REQ")
	extInfoReply   = dissect.Server.MustByName("EXT_INFO_REPLY")
)

// retransmitAfter is the spec's wait for an ACK before sending again.
const retransmitAfter = 10 * time.Second

// disconnected is the TEXT_CODE a client sends when it leaves.
const disconnected = "B_USER_DISCONNECTED"

// sentKey names a packet within its session and direction. SEQ_NUM alone is
// not enough: an ACK carries the other side's number, so ACKs are kept apart.
type sentKey struct {
	session uint32
	dir     uint8
	ack     bool
	seq     uint16
}

func (k sentKey) packed() uint64 {
	p := uint64(k.session)<<32 | uint64(k.dir)<<24 | uint64(k.seq)
	if k.ack {
		p |= 1 << 16
	}
	return p
}

// sent is what is remembered of a packet (or an ACK) for the Window.
type sent struct {
	s          *session
	code       uint16
	firstFrame uint64
	lastFrame  uint64 // the latest transmission
	lastTime   int64
	lastPos    uint64 // its position in the hold-back
	retrans    int
	acked      bool // acknowledged since the latest transmission
	everAcked  bool
}

func (a *Analyzer) udpPacket(m *capture.Packet, p *dissect.Packet, in *arrival) {
	s := a.sessionFor(m, p)
	in.session = s.ID
	d := dirIndex(m.Dir)
	s.Dir[d].Packets++
	s.Dir[d].Bytes += uint64(len(m.Payload))
	s.last, s.Last = a.now, m.Time
	if !p.HasHeader {
		return
	}
	if d == c2s && s.UIN == 0 {
		s.UIN = p.UIN
	}
	if p.Command == clientAck || p.Command == serverAck {
		a.ack(s, d, m, p, in)
		return
	}
	first := a.transmit(s, d, m, p, in)
	a.request(s, d, p, in, first)
	if first {
		a.content(s, d, m, p, in)
	}
}

// sentAgo reports whether p repeats a packet the session sent in direction
// d within the Window (a retransmission), and how long ago it was last sent.
func (a *Analyzer) sentAgo(s *session, d int, p *dissect.Packet) (time.Duration, bool) {
	c := a.sent.get(sentKey{session: uint32(s.ID), dir: uint8(d), seq: p.Seq})
	if c == nil || c.val.code != p.Code {
		return 0, false
	}
	return time.Duration(a.now - c.val.lastTime), true
}

// transmit records a packet that needs an ACK; it reports whether this is
// its first transmission.
func (a *Analyzer) transmit(s *session, d int, m *capture.Packet, p *dissect.Packet, in *arrival) bool {
	key := sentKey{session: uint32(s.ID), dir: uint8(d), seq: p.Seq}
	pos := a.hold.nextPos
	in.waits = true
	c := a.sent.get(key)
	if c != nil && c.val.code == p.Code {
		t := &c.val
		t.retrans++
		in.xref.RetransmissionOf, in.xref.Retransmission = t.firstFrame, t.retrans
		in.interval = time.Duration(a.now - t.lastTime)
		s.retrans[d].add(in.interval)
		in.prev = t.lastPos
		t.lastFrame, t.lastTime, t.lastPos, t.acked = m.Frame, a.now, pos, false
		c.touched = a.now
		return false
	}
	if c != nil {
		s.Dir[d].Reuses++
		a.sentExpired(key, &c.val, false)
		c.touched = a.now
		in.seq, in.expected = SeqReuse, p.Seq
		s.checkSeq(d, p.Seq)
	} else {
		c = a.sent.add(key, a.now)
		in.seq, in.expected = s.checkSeq(d, p.Seq)
	}
	s.Dir[d].NeedAck++
	c.val = sent{s: s, code: p.Code, firstFrame: m.Frame, lastFrame: m.Frame, lastTime: a.now, lastPos: pos}
	return true
}

// ack pairs an ACK sent in direction d with the other side's packet (or,
// against the spec, with the other side's ACK).
func (a *Analyzer) ack(s *session, d int, m *capture.Packet, p *dissect.Packet, in *arrival) {
	od := 1 - d
	id := uint32(s.ID)
	data := a.sent.get(sentKey{session: id, dir: uint8(od), seq: p.Seq})
	theirAck := a.sent.get(sentKey{session: id, dir: uint8(od), ack: true, seq: p.Seq})
	switch {
	case data != nil && !data.val.acked:
		in.match = AckFirst
		t := &data.val
		t.acked = true
		if !t.everAcked {
			t.everAcked = true
			s.Dir[od].Acked++
		}
		delay := time.Duration(a.now - t.lastTime)
		s.delays[od].add(delay)
		a.refer(in, t, delay)
		a.hold.settle(t.lastPos, AckSeen, m.Frame)
		data.touched = a.now
	case theirAck != nil && (data == nil || theirAck.val.lastTime > data.val.lastTime):
		in.match = AckOfAck
		s.Dir[od].AcksAcked++
		a.refer(in, &theirAck.val, time.Duration(a.now-theirAck.val.lastTime))
		a.hold.noteAckedIn(theirAck.val.lastPos, theirAck.val.lastFrame, m.Frame)
	case data != nil:
		in.match = AckDuplicate
		s.Dir[od].DupAcks++
		a.refer(in, &data.val, time.Duration(a.now-data.val.lastTime))
	default:
		in.match = AckOfNothing
		s.Dir[od].UnmatchedAcks++
	}
	a.rememberAck(sentKey{session: id, dir: uint8(d), ack: true, seq: p.Seq}, s, m.Frame)
}

func (a *Analyzer) refer(in *arrival, t *sent, delay time.Duration) {
	in.xref.AcksFrame = t.lastFrame
	in.xref.AckDelayMs = float64(delay) / float64(time.Millisecond)
}

// rememberAck keeps an ACK for the Window, to recognise an ACK of it.
func (a *Analyzer) rememberAck(key sentKey, s *session, frame uint64) {
	c := a.sent.get(key)
	if c == nil {
		c = a.sent.add(key, a.now)
	}
	c.touched = a.now
	c.val = sent{s: s, firstFrame: frame, lastFrame: frame, lastTime: a.now, lastPos: a.hold.nextPos}
}

// sentExpired closes the record of a packet: unacknowledged if no ACK came.
func (a *Analyzer) sentExpired(k sentKey, t *sent, early bool) {
	switch {
	case k.ack:
	case early: // retired by the cap before its ACK could come: not known missing
		if !t.acked {
			a.hold.settle(t.lastPos, AckUnknown, 0)
		}
	default:
		if !t.everAcked {
			t.s.Dir[k.dir].noteUnacked(t.firstFrame)
		}
		if !t.acked {
			a.hold.settle(t.lastPos, AckMissing, 0)
		}
	}
}

// requestKey names a request by the number its reply repeats.
type requestKey struct {
	session uint32
	kind    uint8
	num     uint16
}

func (k requestKey) packed() uint64 {
	return uint64(k.session)<<32 | uint64(k.kind)<<16 | uint64(k.num)
}

// The requests whose replies repeat one of their numbers.
const (
	reqLogin uint8 = iota + 1
	reqInfo
	reqExtInfo
	reqSearch
)

// requestKind returns the kind of request (c2s) or reply (s2c) p is, and the
// number that pairs them.
func requestKind(p *dissect.Packet) (kind uint8, field string) {
	switch p.Command {
	case login, loginReply:
		return reqLogin, "LOGIN_SEQ_NUM"
	case infoReq, infoReply:
		return reqInfo, "INFO_SEQ_NUM"
	case extInfoReq, extInfoReply:
		return reqExtInfo, "INFO_SEQ_NUM"
	case searchUIN, searchUser, userFound, endOfSearch:
		return reqSearch, "SEARCH_SEQ_NUM"
	}
	return 0, ""
}

// request remembers a request, or names the request a reply answers.
func (a *Analyzer) request(s *session, d int, p *dissect.Packet, in *arrival, first bool) {
	kind, field := requestKind(p)
	if kind == 0 {
		return
	}
	v := p.Field(field)
	if v == nil || v.Partial {
		return
	}
	key := requestKey{session: uint32(s.ID), kind: kind, num: uint16(v.Num)}
	c := a.requests.get(key)
	if d == c2s {
		if c == nil {
			c = a.requests.add(key, a.now)
		}
		c.touched = a.now
		if first {
			c.val = in.frame
		}
		return
	}
	if c == nil {
		return
	}
	c.touched = a.now
	in.xref.ReplyTo = c.val
	if kind == reqLogin && s.Login.Frame == c.val && first {
		s.Login.ReplyFrame = in.frame
	}
	if p.Command == userFound && first {
		s.Found++
	}
}

// content counts what a packet (on its first transmission) means for the
// session: login, keep-alives, status, searches, messages, disconnect.
func (a *Analyzer) content(s *session, d int, m *capture.Packet, p *dissect.Packet, in *arrival) {
	switch p.Command {
	case login:
		s.Login = Login{Frame: m.Frame, Seq: uint16(num(p, "LOGIN_SEQ_NUM"))}
		s.setStatus(p)
	case loginReply:
		if s.UIN == 0 {
			s.UIN = num(p, "USER_UIN")
		}
	case keepAlive:
		if s.KeepAlives == 0 {
			s.kaFirst = a.now
		}
		s.KeepAlives++
		s.kaLast = a.now
	case statusChange:
		if s.setStatus(p) {
			s.StatusChanges++
		}
	case searchUIN, searchUser:
		s.Searches++
	case sendMessage:
		s.SentServer++
		a.udpMessage(m, p, in, num(p, "RECEIVER_UIN"), "MESSAGE_TYPE", PathServer)
	case receiveMessage:
		s.ReceivedServer++
		a.udpMessage(m, p, in, s.UIN, "TYPE", PathServer)
	case sendTextCode:
		if v := p.Field("TEXT_CODE"); v != nil && string(p.Data(v)) == disconnected {
			s.ended, s.End, s.EndFrame = true, EndDisconnected, m.Frame
		}
	}
}

func (s *session) setStatus(p *dissect.Packet) bool {
	v := p.Field("STATUS")
	if v == nil || v.Partial {
		return false
	}
	s.Status, s.HasStatus = v.Num, true
	return true
}

// num returns an integer field's value, or 0 when it is missing or cut short.
func num(p *dissect.Packet, name string) uint32 {
	v := p.Field(name)
	if v == nil || v.Partial {
		return 0
	}
	return v.Num
}
