package analyze

import (
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// The commands the analyzer follows, from the spec's tables.
var (
	clientAck      = dissect.CmdAck
	serverAck      = dissect.SrvAck
	login          = dissect.CmdLogin
	userOnline     = dissect.SrvUserOnline
	loginReply     = dissect.SrvLoginReply
	keepAlive      = dissect.CmdKeepAlive
	statusChange   = dissect.CmdStatusChange
	sendMessage    = dissect.CmdSendMessage
	receiveMessage = dissect.SrvReceiveMessage
	sendTextCode   = dissect.CmdSendTextCode
	searchUIN      = dissect.CmdSearchUIN
	searchUser     = dissect.CmdSearchUser
	userFound      = dissect.SrvUserFound
	endOfSearch    = dissect.SrvEndOfSearch
	infoReq        = dissect.CmdInfoReq
	infoReply      = dissect.SrvInfoReply
	extInfoReq     = dissect.CmdExtInfoReq
	extInfoReply   = dissect.SrvExtInfoReply
)

// retransmitAfter is the spec's wait for an ACK before sending again.
const retransmitAfter = 10 * time.Second

// disconnected is the TEXT_CODE a client sends when it leaves.
const disconnected = dissect.TextDisconnected

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
	in.session, in.line = s.ID, &s.line
	d := dirIndex(m.Dir)
	if m.Sub == 0 { // the packets inside a SRV_MULTI_PACKET came in its datagram
		s.Dir[d].Packets++
		s.Dir[d].Bytes += uint64(len(m.Payload))
	}
	s.last, s.Last = a.now, m.Time
	a.explain(s, d, m, p)
	if !p.HasHeader() {
		return
	}
	if d == c2s && s.UIN == 0 {
		s.UIN = p.UIN
	}
	if d == c2s && s.line.UIN == 0 {
		s.line.UIN = p.UIN
	}
	if d == c2s && p.Version == 5 && (s.session5 == 0 || newLogin5(p)) {
		s.session5 = p.Session
	}
	if p.Version == 5 {
		s.v5.sessionOf(p, m.Frame, in)
	}
	if p.Version == 3 || p.Version == 4 {
		return // their header alone is decoded: no table says which command is an ACK, so nothing is paired
	}
	if isAck(p) {
		a.ack(s, d, m, p, in)
		return
	}
	if m.Sub != 0 { // inside a SRV_MULTI_PACKET: only the container is acknowledged (v5 facts §1.4)
		a.request(s, d, p, in, true)
		a.content(s, d, m, p, in)
		return
	}
	first := a.transmit(s, d, m, p, in)
	if first && d == c2s && p.Version == 5 {
		s.v5.seq2Of(p, m.Frame, in)
	}
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
	c, added := a.sent.getOrAdd(key, a.now)
	if !added && c.val.code == p.Code {
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
	if added {
		in.seq, in.expected = s.checkSeq(d, p.Seq)
	} else {
		s.Dir[d].Reuses++
		a.sentExpired(key, &c.val, false)
		c.touched = a.now
		in.seq, in.expected = SeqReuse, p.Seq
		s.checkSeq(d, p.Seq)
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
	c, _ := a.sent.getOrAdd(key, a.now)
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
		if !t.everAcked && uint32(t.s.ID) == k.session { // else its session is over and reused
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
	reqV5 // a v5 request, keyed by its SEQ_NUM2
)

// requestKind returns the kind of request (c2s) or reply (s2c) p is; its
// field of role RoleRequestKey holds the number that pairs them.
func requestKind(p *dissect.Packet) (kind uint8) {
	switch p.Command {
	case login, loginReply:
		return reqLogin
	case infoReq, infoReply:
		return reqInfo
	case extInfoReq, extInfoReply:
		return reqExtInfo
	case searchUIN, searchUser, userFound, endOfSearch:
		return reqSearch
	}
	return 0
}

// isAck reports an ACK of any version.
func isAck(p *dissect.Packet) bool {
	switch p.Command {
	case clientAck, serverAck, dissect.Cmd5Ack, dissect.Srv5Ack:
		return true
	}
	return false
}

// request remembers a request, or names the request a reply answers.
func (a *Analyzer) request(s *session, d int, p *dissect.Packet, in *arrival, first bool) {
	if p.Version == 5 {
		a.request5(s, d, p, in, first)
		return
	}
	kind := requestKind(p)
	if kind == 0 {
		return
	}
	v, ok := p.FirstWithRole(dissect.RoleRequestKey)
	if !ok {
		return
	}
	key := requestKey{session: uint32(s.ID), kind: kind, num: uint16(v.Num)}
	if d == c2s {
		a.noteRequest(key, in, first)
		return
	}
	c := a.requests.get(key)
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

// noteRequest keeps a client's request under key, for its reply: the frame
// of its first transmission.
func (a *Analyzer) noteRequest(key requestKey, in *arrival, first bool) {
	c, _ := a.requests.getOrAdd(key, a.now)
	c.touched = a.now
	if first {
		c.val = in.frame
	}
}

// request5 pairs a v5 reply with its request: a server packet answering a
// request carries the request's SEQ_NUM2, an unsolicited one 0 (facts §1.4).
func (a *Analyzer) request5(s *session, d int, p *dissect.Packet, in *arrival, first bool) {
	if p.Seq2 == 0 {
		return
	}
	key := requestKey{session: uint32(s.ID), kind: reqV5, num: p.Seq2}
	if d == c2s {
		a.noteRequest(key, in, first)
		return
	}
	if c := a.requests.get(key); c != nil {
		c.touched = a.now
		in.xref.ReplyTo = c.val
		if p.Command == dissect.Srv5LoginReply && s.Login.Frame == c.val && first {
			s.Login.ReplyFrame = in.frame
		}
		if p.Command == dissect.Srv5UserFound && first {
			s.Found++
		}
	}
}

// content counts what a packet (on its first transmission) means for the
// session: login, keep-alives, status, searches, messages, disconnect.
func (a *Analyzer) content(s *session, d int, m *capture.Packet, p *dissect.Packet, in *arrival) {
	switch p.Command {
	case login, dissect.Cmd5Login:
		s.Login = Login{Frame: m.Frame, Seq: uint16(num(p, dissect.FLoginSeqNum))}
		s.line.SawLogin = s.line.SawLogin || p.Command == login
		s.setStatus(p)
		if port := num(p, dissect.FPort); port > 0 && port <= 0xFFFF {
			s.peerPort = uint16(port) // mICQ 0.2.5 writes more than 16 bits: no port then
		}
	case loginReply:
		if s.UIN == 0 {
			s.UIN = num(p, dissect.FUserUIN)
		}
	case keepAlive, dissect.Cmd5KeepAlive, dissect.Cmd5KeepAlive2:
		if s.KeepAlives == 0 {
			s.kaFirst = a.now
		}
		s.KeepAlives++
		s.kaLast = a.now
	case statusChange, dissect.Cmd5StatusChange:
		if s.setStatus(p) {
			s.StatusChanges++
		}
	case searchUIN, searchUser, dissect.Cmd5SearchUIN, dissect.Cmd5SearchUser:
		s.Searches++
	case sendMessage:
		s.SentServer++
		a.udpMessage(m, p, in, num(p, dissect.FReceiverUIN), dissect.FMessageType, PathServer)
	case receiveMessage:
		s.ReceivedServer++
		a.udpMessage(m, p, in, s.UIN, dissect.FType, PathServer)
	case sendTextCode:
		if v := p.Value(dissect.FTextCode); v != nil && string(p.Data(v)) == disconnected {
			s.ended, s.End, s.EndFrame = true, EndDisconnected, m.Frame
		}
	case dissect.Cmd5SendTextCode:
		if dissect.Disconnects(p) {
			s.ended, s.End, s.EndFrame = true, EndDisconnected, m.Frame
		}
	case dissect.Cmd5SendMessage, dissect.Cmd5MsgToNewUser:
		s.SentServer++
		a.message5(m, p, in)
	case dissect.Srv5SysDeliveredMess, dissect.Srv5RecvMessage:
		s.ReceivedServer++
		a.message5(m, p, in)
	}
}

func (s *session) setStatus(p *dissect.Packet) bool {
	v := p.Value(dissect.FStatus)
	if v == nil || v.Partial {
		return false
	}
	s.Status, s.HasStatus = v.Num, true
	return true
}

// num returns an integer field's value, or 0 when it is missing or cut short.
func num(p *dissect.Packet, h dissect.FieldID) uint32 {
	n, _ := p.Uint(h)
	return n
}

// explain gives the dissector what the session knows of a packet, so that
// a packet departing from the document gets the reading that explains it:
// the UINs and request numbers the session used, the packet's ports and
// the listening port its client announced, the SEQ_NUM its sender is at.
// Then it learns from the packet, if it is clean. The context points into
// the session's rings: nothing is copied.
func (a *Analyzer) explain(s *session, d int, m *capture.Packet, p *dissect.Packet) {
	w, ctx := &s.seen, &a.explainCtx
	w.uins[0], w.seqs[0] = s.UIN, s.nextSeq[d]
	ctx.UINs = w.uins[1 : 1+w.nUINs]
	if s.UIN != 0 {
		ctx.UINs = w.uins[:1+w.nUINs]
	}
	ctx.Seqs = w.seqs[1 : 1+w.nSeqs]
	if s.hasSeq[d] {
		ctx.Seqs = w.seqs[:1+w.nSeqs]
	}
	ctx.Ports = append(ctx.Ports[:0], m.Src.Port(), m.Dst.Port())
	if port, ok := a.listening[s.UIN]; ok {
		ctx.Ports = append(ctx.Ports, port)
	}
	ctx.Listening, ctx.SrcPort, ctx.Cut = nil, 0, m.Truncated
	dissect.Explain(p, ctx)
	a.noteListening(p)
	if p.Worst() < dissect.Warning {
		w.learn(p)
	}
}

// seen is what a session's clean packets showed, for explaining the others:
// its client's UIN (uins[0]), the latest UINs of its contact list and
// notifications; the SEQ_NUM expected (seqs[0]), the latest sequence
// numbers of its requests. Fixed rings: nothing grows.
type seen struct {
	uins   [1 + 16]uint32
	seqs   [1 + 4]uint16
	nUINs  int
	nSeqs  int
	nextU  int
	nextSq int
}

func (w *seen) learn(p *dissect.Packet) {
	params := p.Params()
	for i := range params {
		v := &params[i]
		switch {
		case v.Partial:
		case v.Field.HoldsUIN():
			w.uins[1+w.nextU] = v.Num
			w.nextU, w.nUINs = (w.nextU+1)%(len(w.uins)-1), min(w.nUINs+1, len(w.uins)-1)
		case v.Field.HoldsSeq():
			w.seqs[1+w.nextSq] = uint16(v.Num)
			w.nextSq, w.nSeqs = (w.nextSq+1)%(len(w.seqs)-1), min(w.nSeqs+1, len(w.seqs)-1)
		}
	}
}

// maxListening bounds the UINs whose announced listening port is kept.
const maxListening = 1 << 16

// noteListening keeps the listening port a LOGIN or USER_ONLINE announces
// for a UIN, for the CHANNEL_INITs of that UIN.
func (a *Analyzer) noteListening(p *dissect.Packet) {
	var uin, port *dissect.Value
	switch p.Command {
	case login:
		uin, port = p.Value(dissect.FUIN), p.Value(dissect.FPort)
	case userOnline:
		uin, port = p.Value(dissect.FRemoteUIN), p.Value(dissect.FRemotePort)
	default:
		return
	}
	if uin == nil || port == nil || uin.Partial || port.Partial || port.Num == 0 || port.Num > 0xFFFF {
		return
	}
	if _, ok := a.listening[uin.Num]; ok || len(a.listening) < maxListening {
		a.listening[uin.Num] = uint16(port.Num)
	}
}

// explainPeer gives the dissector the port a peer packet came from and the
// listening port its sender announced.
func (a *Analyzer) explainPeer(m *capture.Packet, p *dissect.Packet) {
	if p.Command != dissect.PeerInit {
		return
	}
	ctx := &a.explainCtx
	ctx.UINs, ctx.Seqs, ctx.Ports = nil, nil, ctx.Ports[:0]
	ctx.Listening, ctx.SrcPort, ctx.Cut = ctx.Listening[:0], m.Src.Port(), m.Truncated
	if v := p.Value(dissect.FMyUIN); v != nil && !v.Partial {
		if port, ok := a.listening[v.Num]; ok {
			ctx.Listening = append(ctx.Listening, port)
		}
	}
	dissect.Explain(p, ctx)
}
