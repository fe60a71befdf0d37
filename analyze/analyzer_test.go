package analyze

import (
	"net/netip"
	"reflect"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

const ms = time.Millisecond

func logIn(f *feed, at time.Duration) (loginFrame, ackFrame, replyFrame, ackReplyFrame uint64) {
	loginFrame = f.c(at, dissect.CmdLogin, 1, dissect.Fields{dissect.FPassword: "secret", dissect.FLoginSeqNum: 7})
	ackFrame = f.s(at+2*ms, dissect.SrvAck, 1, nil)
	replyFrame = f.s(at+3*ms, dissect.SrvLoginReply, 0, dissect.Fields{dissect.FUserUIN: 1001, dissect.FLoginSeqNum: 7})
	ackReplyFrame = f.c(at+5*ms, dissect.CmdAck, 0, nil)
	return
}

func TestLoginPairing(t *testing.T) {
	f := newFeed(t, true)
	l, ack, reply, ackReply := logIn(f, 0)
	sessions := f.finish()
	f.checkOrder()
	checkXref(t, f, l, Xref{AckedIn: ack})
	checkXref(t, f, ack, Xref{AcksFrame: l, AckDelayMs: 2})
	checkXref(t, f, reply, Xref{AckedIn: ackReply, ReplyTo: l})
	checkXref(t, f, ackReply, Xref{AcksFrame: reply, AckDelayMs: 2})
	if r := f.get(l); r.Ack != AckSeen || r.Session != 1 {
		t.Errorf("LOGIN released with ack state %d, session %d", r.Ack, r.Session)
	}
	if len(sessions) != 1 {
		t.Fatalf("%d sessions, want 1", len(sessions))
	}
	s := sessions[0]
	if s.Login != (Login{Frame: l, Seq: 7, ReplyFrame: reply}) || s.UIN != 1001 || s.End != EndCapture {
		t.Errorf("session %+v", s)
	}
	for d, want := range []DirSummary{
		{Packets: 2, NeedAck: 1, Acked: 1, FirstSeq: 1},
		{Packets: 2, NeedAck: 1, Acked: 1, FirstSeq: 0},
	} {
		got := s.Dir[d]
		if got.Packets != want.Packets || got.NeedAck != want.NeedAck || got.Acked != want.Acked ||
			got.Unacked != 0 || got.FirstSeq != want.FirstSeq || got.WrongStart || got.Jumps != 0 {
			t.Errorf("dir %d: %+v", d, got)
		}
		if got.AckDelay.Count != 1 || got.AckDelay.Median != 2*ms {
			t.Errorf("dir %d: ack delay %+v", d, got.AckDelay)
		}
	}
	if len(f.packets) != 4 || f.packets[0][:4] != "\x02\x00\xe8\x03" {
		t.Errorf("held LOGIN not kept intact: %q", f.packets)
	}
}

func checkXref(t *testing.T, f *feed, frame uint64, want Xref) {
	t.Helper()
	if got := f.xref(frame); got != want {
		t.Errorf("frame %d: xref %+v, want %+v", frame, got, want)
	}
}

func TestUnmatchedAndDuplicateAcks(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	ka := f.c(1*time.Second, dissect.CmdKeepAlive, 2, nil)
	ack := f.s(1*time.Second+1*ms, dissect.SrvAck, 2, nil)
	dup := f.s(1*time.Second+4*ms, dissect.SrvAck, 2, nil)
	unknown := f.s(1*time.Second+5*ms, dissect.SrvAck, 99, nil)
	s := f.finish()[0]
	f.checkOrder()
	checkXref(t, f, ka, Xref{AckedIn: ack})
	checkXref(t, f, dup, Xref{AcksFrame: ka, AckDelayMs: 4})
	checkXref(t, f, unknown, Xref{})
	for fr, want := range map[uint64]AckMatch{ka: NotAnAck, ack: AckFirst, dup: AckDuplicate, unknown: AckOfNothing} {
		if got := f.get(fr).Match; got != want {
			t.Errorf("frame %d matched as %d, want %d", fr, got, want)
		}
	}
	c := s.Dir[c2s]
	if c.NeedAck != 2 || c.Acked != 2 || c.DupAcks != 1 || c.UnmatchedAcks != 1 || c.AckDelay.Count != 2 {
		t.Errorf("client direction %+v", c)
	}
}

func TestAckOfAck(t *testing.T) {
	f := newFeed(t, false)
	_, _, _, ackReply := logIn(f, 0)
	bad := f.s(6*ms, dissect.SrvAck, 0, nil) // the server acknowledges the client's ACK of LOGIN_REPLY
	s := f.finish()[0]
	checkXref(t, f, bad, Xref{AcksFrame: ackReply, AckDelayMs: 1})
	if f.get(bad).Match != AckOfAck || f.get(ackReply).Match != AckFirst {
		t.Errorf("ACK of ACK matched as %d", f.get(bad).Match)
	}
	if s.Dir[c2s].AcksAcked != 1 || s.Dir[s2c].DupAcks != 0 || s.Dir[c2s].UnmatchedAcks != 0 {
		t.Errorf("ack of ack counted as %+v / %+v", s.Dir[c2s], s.Dir[s2c])
	}
}

func TestRetransmissions(t *testing.T) {
	f := newFeed(t, true)
	logIn(f, 0)
	first := f.c(1*time.Second, dissect.CmdKeepAlive, 2, nil)
	r1 := f.c(11*time.Second, dissect.CmdKeepAlive, 2, nil)
	r2 := f.c(21*time.Second, dissect.CmdKeepAlive, 2, nil)
	ack := f.s(21*time.Second+3*ms, dissect.SrvAck, 2, nil)
	s := f.finish()[0]
	f.checkOrder()
	checkXref(t, f, first, Xref{AckedIn: ack})
	checkXref(t, f, r1, Xref{RetransmissionOf: first, Retransmission: 1, AckedIn: ack})
	checkXref(t, f, r2, Xref{RetransmissionOf: first, Retransmission: 2, AckedIn: ack})
	checkXref(t, f, ack, Xref{AcksFrame: r2, AckDelayMs: 3})
	c := s.Dir[c2s]
	if c.NeedAck != 2 || c.Acked != 2 || c.Retransmissions.Count != 2 || c.Retransmissions.Mean != 10*time.Second {
		t.Errorf("client direction %+v", c)
	}
	if s.KeepAlives != 1 {
		t.Errorf("a retransmitted keep-alive counted %d times", s.KeepAlives)
	}
}

func TestUnacknowledgedAfterWindow(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	lost := f.c(1*time.Second, dissect.CmdKeepAlive, 2, nil)
	next := f.c(2*time.Second, dissect.CmdStatusChange, 3, dissect.Fields{dissect.FStatus: 1})
	f.s(2*time.Second+1*ms, dissect.SrvAck, 3, nil)
	if len(f.released) != 4 {
		t.Fatalf("released %d packets while frame %d waits, want the 4 before it", len(f.released), lost)
	}
	late := f.c(1*time.Second+2*Window+time.Second, dissect.CmdKeepAlive, 4, nil)
	if r := f.get(lost); r.Ack != AckMissing || r.Xref.AckedIn != 0 {
		t.Errorf("lost keep-alive released as %+v", r)
	}
	if f.get(next).Ack != AckSeen {
		t.Errorf("frame %d not acknowledged", next)
	}
	s := f.finish()[0]
	f.checkOrder()
	c := s.Dir[c2s]
	if c.Unacked != 2 || !reflect.DeepEqual(c.UnackedFrames, []uint64{lost, late}) || c.NeedAck != 4 || c.Acked != 2 {
		t.Errorf("client direction %+v", c)
	}
	if s.End != EndCapture {
		t.Errorf("end %v", s.End)
	}
}

func TestSequenceAnomalies(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	f.c(1*time.Second, dissect.CmdKeepAlive, 65535, nil) // jump from 1
	f.c(2*time.Second, dissect.CmdKeepAlive, 0, nil)     // wraps: no jump
	f.c(3*time.Second, dissect.CmdStatusChange, 0, nil)  // reuses 0 with another command
	f.s(4*time.Second, dissect.SrvUserOffline, 5, nil)   // jump from 0
	s := f.finish()[0]
	c, sv := s.Dir[c2s], s.Dir[s2c]
	if c.Jumps != 2 || c.Reuses != 1 || c.WrongStart {
		t.Errorf("client: jumps %d reuses %d wrong start %v; want 2, 1, false", c.Jumps, c.Reuses, c.WrongStart)
	}
	if sv.Jumps != 1 || sv.WrongStart {
		t.Errorf("server: jumps %d, wrong start %v; want 1, false", sv.Jumps, sv.WrongStart)
	}
}

func TestWrongStart(t *testing.T) {
	f := newFeed(t, false)
	f.c(0, dissect.CmdLogin, 5, nil)
	f.s(1*ms, dissect.SrvAck, 5, nil)
	f.s(2*ms, dissect.SrvLoginReply, 1, nil)
	s := f.finish()[0]
	if !s.Dir[c2s].WrongStart || s.Dir[c2s].FirstSeq != 5 || !s.Dir[s2c].WrongStart || s.Dir[s2c].FirstSeq != 1 {
		t.Errorf("wrong starts not seen: %+v / %+v", s.Dir[c2s], s.Dir[s2c])
	}
}

func TestTwoSessionsInterleaved(t *testing.T) {
	f := newFeed(t, false)
	la := f.c(0, dissect.CmdLogin, 1, dissect.Fields{dissect.FLoginSeqNum: 1})
	lb := f.udp(1*ms, dissect.ClientToServer, clientB, dissect.CmdLogin, dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 2002, dissect.FLoginSeqNum: 1})
	ackB := f.udp(2*ms, dissect.ServerToClient, clientB, dissect.SrvAck, dissect.Fields{dissect.FSeqNum: 1})
	ackA := f.s(3*ms, dissect.SrvAck, 1, nil)
	replyA := f.s(4*ms, dissect.SrvLoginReply, 0, dissect.Fields{dissect.FLoginSeqNum: 1})
	replyB := f.udp(5*ms, dissect.ServerToClient, clientB, dissect.SrvLoginReply, dissect.Fields{dissect.FSeqNum: 0, dissect.FLoginSeqNum: 1})
	sessions := f.finish()
	f.checkOrder()
	checkXref(t, f, ackA, Xref{AcksFrame: la, AckDelayMs: 3})
	checkXref(t, f, ackB, Xref{AcksFrame: lb, AckDelayMs: 1})
	checkXref(t, f, replyA, Xref{ReplyTo: la})
	checkXref(t, f, replyB, Xref{ReplyTo: lb})
	if len(sessions) != 2 || sessions[0].UIN != 1001 || sessions[1].UIN != 2002 ||
		sessions[0].Client != clientA || sessions[1].Client != clientB {
		t.Fatalf("sessions %+v", sessions)
	}
	if f.get(ackB).Session != 2 || f.get(replyA).Session != 1 {
		t.Errorf("packets given to the wrong session")
	}
}

func TestSessionEnds(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	bye := f.c(1*time.Second, dissect.CmdSendTextCode, 2, dissect.Fields{dissect.FTextCode: dissect.TextDisconnected, dissect.FX1: []byte{5, 0}})
	f.s(1*time.Second+1*ms, dissect.SrvAck, 2, nil)
	logIn(f, 2*time.Second)                                                     // same address: a new session
	f.c(2*time.Second+SilenceTimeout+time.Second, dissect.CmdKeepAlive, 2, nil) // after a silence: a third
	sessions := f.finish()
	if len(sessions) != 3 {
		t.Fatalf("%d sessions, want 3", len(sessions))
	}
	if sessions[0].End != EndDisconnected || sessions[0].EndFrame != bye || sessions[0].Dir[s2c].Packets != 3 {
		t.Errorf("first session %+v", sessions[0])
	}
	if sessions[1].End != EndSilence || sessions[2].End != EndCapture {
		t.Errorf("ends %v, %v", sessions[1].End, sessions[2].End)
	}
}

func TestSecondLoginStartsSession(t *testing.T) {
	f := newFeed(t, false)
	f.c(0, dissect.CmdLogin, 1, nil)
	f.c(10*time.Second, dissect.CmdLogin, 1, nil) // a retransmitted LOGIN stays in the session
	f.s(10*time.Second+1*ms, dissect.SrvAck, 1, nil)
	f.s(10*time.Second+2*ms, dissect.SrvLoginReply, 0, nil)
	logIn(f, 11*time.Second) // the same LOGIN after its reply starts a new session
	sessions := f.finish()
	if len(sessions) != 2 || sessions[0].End != EndNewLogin || sessions[0].Dir[c2s].Retransmissions.Count != 1 {
		t.Fatalf("sessions %+v", sessions)
	}
}

// A LOGIN whose ACK was lost goes again 10 s later, though its reply came
// and the client went on: it stays in the session.
func TestLoginRetransmittedAfterReply(t *testing.T) {
	f := newFeed(t, true)
	logIn(f, 0)
	f.c(1*time.Second, dissect.CmdLogin1, 2, nil)
	f.s(1*time.Second+1*ms, dissect.SrvAck, 2, nil)
	again := f.c(10*time.Second, dissect.CmdLogin, 1, dissect.Fields{dissect.FPassword: "secret", dissect.FLoginSeqNum: 7})
	sessions := f.finish()
	if len(sessions) != 1 || f.get(again).Xref.Retransmission != 1 {
		t.Fatalf("sessions %+v, LOGIN again %+v", sessions, f.get(again))
	}
}

func TestReplies(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	search := f.c(1*time.Second, dissect.CmdSearchUser, 2, dissect.Fields{dissect.FSearchSeqNum: 40, dissect.FNickName: "bob"})
	found1 := f.s(1*time.Second+5*ms, dissect.SrvUserFound, 1, dissect.Fields{dissect.FSearchSeqNum: 40, dissect.FFoundUIN: 7})
	found2 := f.s(1*time.Second+6*ms, dissect.SrvUserFound, 2, dissect.Fields{dissect.FSearchSeqNum: 40, dissect.FFoundUIN: 8})
	end := f.s(1*time.Second+7*ms, dissect.SrvEndOfSearch, 3, dissect.Fields{dissect.FSearchSeqNum: 40})
	info := f.c(2*time.Second, dissect.CmdInfoReq, 3, dissect.Fields{dissect.FInfoSeqNum: 41})
	ext := f.c(2*time.Second, dissect.CmdExtInfoReq, 4, dissect.Fields{dissect.FInfoSeqNum: 41})
	extReply := f.s(2*time.Second+5*ms, dissect.SrvExtInfoReply, 4, dissect.Fields{dissect.FInfoSeqNum: 41})
	infoReply := f.s(2*time.Second+6*ms, dissect.SrvInfoReply, 5, dissect.Fields{dissect.FInfoSeqNum: 41})
	stray := f.s(2*time.Second+7*ms, dissect.SrvInfoReply, 6, dissect.Fields{dissect.FInfoSeqNum: 99})
	s := f.finish()[0]
	for _, fr := range []uint64{found1, found2, end} {
		if got := f.xref(fr).ReplyTo; got != search {
			t.Errorf("frame %d replies to %d, want %d", fr, got, search)
		}
	}
	if f.xref(extReply).ReplyTo != ext || f.xref(infoReply).ReplyTo != info || f.xref(stray).ReplyTo != 0 {
		t.Errorf("info replies paired wrongly")
	}
	if s.Searches != 1 || s.Found != 2 {
		t.Errorf("searches %d found %d", s.Searches, s.Found)
	}
}

func TestPeerConversation(t *testing.T) {
	a := clientA.Addr()
	pa := netip.AddrPortFrom(a, 2000)
	pb := netip.AddrPortFrom(clientB.Addr(), 3000)
	f := newFeed(t, true)
	logIn(f, 0)
	init := f.peer(1*time.Second, pa, pb, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 1001})
	msg := f.peer(2*time.Second, pa, pb, dissect.PeerMessage,
		dissect.Fields{dissect.FUIN: 1001, dissect.FUIN2: 1001, dissect.FType: 1, dissect.FMessage: "hello", dissect.FCmdType: 0x10, dissect.FX4: []byte{0xfe, 0xff, 0xff, 0xff}})
	ack := f.peer(2*time.Second+4*ms, pb, pa, dissect.PeerAck,
		dissect.Fields{dissect.FUIN: 2002, dissect.FUIN2: 2002, dissect.FType: 1, dissect.FMessage: "", dissect.FCmdType: 0x10, dissect.FX4: []byte{0xfe, 0xff, 0xff, 0xff}})
	auto := f.peer(2*time.Second+5*ms, pb, pa, dissect.PeerMessage,
		dissect.Fields{dissect.FUIN: 2002, dissect.FUIN2: 2002, dissect.FType: 1, dissect.FMessage: "I am away", dissect.FCmdType: 0, dissect.FX4: []byte{0xfe, 0xff, 0xff, 0xff}})
	lost := f.peer(3*time.Second, pa, pb, dissect.PeerMessage,
		dissect.Fields{dissect.FUIN: 1001, dissect.FUIN2: 1001, dissect.FType: 1, dissect.FMessage: "anyone?", dissect.FCmdType: 0x10, dissect.FX4: []byte{0xfd, 0xff, 0xff, 0xff}})
	s := f.finish()[0]
	f.checkOrder()
	checkXref(t, f, msg, Xref{AckedIn: ack})
	checkXref(t, f, ack, Xref{AcksFrame: msg, AckDelayMs: 4, ReplyTo: msg})
	checkXref(t, f, auto, Xref{ReplyTo: msg})
	if r := f.get(lost); r.Ack != AckMissing || r.Sides != [2]int{1, 0} || r.From != 0 {
		t.Errorf("unanswered message released as %+v", r)
	}
	if f.get(init).Ack != AckNotNeeded {
		t.Errorf("CHANNEL_INIT waits for an ACK")
	}
	if s.SentPeer != 2 || s.ReceivedPeer != 0 {
		t.Errorf("session peer messages sent %d received %d", s.SentPeer, s.ReceivedPeer)
	}
	st := f.a.Streams()
	if len(st) != 1 || st[0].UIN != [2]uint32{1001, 2002} || st[0].Messages != [2]uint64{2, 0} ||
		st[0].Acks != [2]uint64{0, 1} || st[0].AutoReplies != [2]uint64{0, 1} || st[0].Unacked != [2]uint64{1, 0} ||
		st[0].Session != [2]int{1, 0} {
		t.Errorf("stream %+v", st)
	}
	want := []Message{
		{Frame: msg, From: 1001, To: 2002, Text: []byte("hello")},
		{Frame: auto, From: 2002, To: 1001, Text: []byte("I am away"), Auto: true},
		{Frame: lost, From: 1001, To: 2002, Text: []byte("anyone?")},
	}
	if len(f.messages) != len(want) {
		t.Fatalf("messages %+v", f.messages)
	}
	for i, w := range want {
		g := f.messages[i]
		if g.Frame != w.Frame || g.From != w.From || g.To != w.To || string(g.Text) != string(w.Text) ||
			g.Auto != w.Auto || g.Path != PathPeer {
			t.Errorf("message %d: %+v, want %+v", i, g, w)
		}
	}
}

func TestServerMessages(t *testing.T) {
	f := newFeed(t, false)
	logIn(f, 0)
	sent := f.c(1*time.Second, dissect.CmdSendMessage, 2, dissect.Fields{dissect.FReceiverUIN: 2002, dissect.FMessageType: 4,
		dissect.FMessage: []byte("a link\xfehttp://example.invalid/")})
	f.c(11*time.Second, dissect.CmdSendMessage, 2, dissect.Fields{dissect.FReceiverUIN: 2002, dissect.FMessageType: 4,
		dissect.FMessage: []byte("a link\xfehttp://example.invalid/")}) // retransmitted: no second message
	offline := f.s(12*time.Second, dissect.SrvReceiveMessage, 1, dissect.Fields{dissect.FRemoteUIN: 3003, dissect.FYear: 1998,
		dissect.FMonth: 8, dissect.FDay: 25, dissect.FHour: 9, dissect.FMinute: 30, dissect.FType: 1, dissect.FMessage: "while you were out"})
	live := f.s(13*time.Second, dissect.SrvReceiveMessage, 2, dissect.Fields{dissect.FRemoteUIN: 3003, dissect.FYear: 1998,
		dissect.FMonth: 8, dissect.FDay: 26, dissect.FHour: 11, dissect.FMinute: 59, dissect.FType: 1, dissect.FMessage: "hi"})
	s := f.finish()[0]
	if len(f.messages) != 3 {
		t.Fatalf("messages %+v", f.messages)
	}
	m := f.messages
	if m[0].Frame != sent || m[0].From != 1001 || m[0].To != 2002 || m[0].Path != PathServer || m[0].Type != 4 {
		t.Errorf("sent %+v", m[0])
	}
	if m[1].Frame != offline || m[1].From != 3003 || m[1].To != 1001 || m[1].Path != PathOffline {
		t.Errorf("offline %+v", m[1])
	}
	if m[2].Frame != live || m[2].Path != PathServer {
		t.Errorf("live %+v", m[2])
	}
	if s.SentServer != 1 || s.ReceivedServer != 2 {
		t.Errorf("sent %d received %d", s.SentServer, s.ReceivedServer)
	}
}

// The analysis does not depend on who receives the output.
func TestAnalysisIndependentOfOutput(t *testing.T) {
	run := func(f *feed) []SessionSummary {
		logIn(f, 0)
		f.c(1*time.Second, dissect.CmdKeepAlive, 2, nil)
		f.c(11*time.Second, dissect.CmdKeepAlive, 2, nil)
		f.s(11*time.Second+1*ms, dissect.SrvAck, 2, nil)
		f.c(12*time.Second, dissect.CmdKeepAlive, 3, nil)
		return f.finish()
	}
	quiet := &feed{t: t}
	quiet.a = New(Config{KeepEnded: true})
	want := run(quiet)
	for _, keep := range []bool{false, true} {
		if got := run(newFeed(t, keep)); !reflect.DeepEqual(got, want) {
			t.Errorf("keep=%v: %+v\nwithout output: %+v", keep, got, want)
		}
	}
}

// However many packets wait, no more than MaxHeld are held.
func TestHoldBackBounded(t *testing.T) {
	f := newFeed(t, true)
	f.c(0, dissect.CmdKeepAlive, 1, nil) // never acknowledged: everything after it waits
	for i := 1; i < MaxHeld; i++ {
		f.s(time.Duration(i)*ms, dissect.SrvAck, 1000+i, nil)
	}
	if n := f.a.hold.queue.Len(); n != MaxHeld || len(f.released) != 0 {
		t.Fatalf("%d packets held, %d released; want %d, 0", n, len(f.released), MaxHeld)
	}
	f.s(time.Second, dissect.SrvAck, 999, nil)
	if n := f.a.hold.queue.Len(); n != 0 || len(f.released) != MaxHeld+1 || f.released[0].Ack != AckUnknown {
		t.Errorf("%d held, %d released, the first as %v", n, len(f.released), f.released[0].Ack)
	}
	f.finish()
	f.checkOrder()
}

// Nothing is held when nobody receives the output.
func TestNothingHeldWithoutOutput(t *testing.T) {
	f := &feed{t: t}
	f.a = New(Config{KeepEnded: true})
	f.c(0, dissect.CmdKeepAlive, 1, nil)
	f.s(1*ms, dissect.SrvAck, 7, nil)
	if n := f.a.hold.queue.Len(); n != 0 {
		t.Errorf("%d packets held", n)
	}
}

// A held packet comes back as it was decoded: every exported field of
// dissect.Packet. (The hold-back copies them one by one: a field added to
// dissect.Packet must be added there too.)
func TestHeldPacketIsTheDecodedPacket(t *testing.T) {
	var decoded []*dissect.Packet
	var released []string
	f := &feed{t: t}
	f.a = New(Config{KeepPackets: true, Release: func(r *Released) {
		want := decoded[r.Meta.Frame-1]
		got, exp := reflect.ValueOf(*r.Packet), reflect.ValueOf(*want)
		for i := 0; i < got.NumField(); i++ {
			g, x := got.Field(i), exp.Field(i)
			empty := g.Kind() == reflect.Slice && g.Len() == 0 && x.Len() == 0
			if got.Type().Field(i).IsExported() && !empty && !reflect.DeepEqual(g.Interface(), x.Interface()) {
				t.Errorf("frame %d: %s is %v, decoded as %v", r.Meta.Frame, got.Type().Field(i).Name,
					got.Field(i).Interface(), exp.Field(i).Interface())
			}
		}
		released = append(released, r.Packet.CommandName())
	}, Annotate: func(dst []byte, _ *capture.Packet, p *dissect.Packet) []byte {
		decoded = append(decoded, p.Clone()) // as decoded, before the buffers are reused
		return dst
	}})
	f.c(0, dissect.CmdLogin, 1, dissect.Fields{dissect.FPassword: "secret"})
	f.c(1*ms, dissect.CmdSearchUser, 2, dissect.Fields{dissect.FEMail: "bob@example.org"})
	f.s(2*ms, dissect.SrvAck, 1, nil)
	f.c(3*ms, dissect.CmdStatusChange, 3, dissect.Fields{dissect.FStatus: 0x13}) // an issue: an undocumented status
	f.a.Finish()
	if len(released) != 4 {
		t.Fatalf("released %q", released)
	}
}
