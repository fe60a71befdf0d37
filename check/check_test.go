package check

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/scenarios"
)

type event = scenarios.CheckEvent

const (
	c2s = dissect.ClientToServer
	s2c = dissect.ServerToClient
	p2p = dissect.PeerToPeer
)

// run checks a capture as icqdump check does and returns the findings.
func run(t *testing.T, pcap []byte, opts Options) []Finding {
	t.Helper()
	var found []Finding
	c := New(opts, func(f *Finding) { found = append(found, *f) })
	feed(t, pcap, c.AnalyzerConfig())
	c.Finish()
	return found
}

// feed reads a capture into an analyzer made with cfg, as icqdump does.
func feed(t testing.TB, pcap []byte, cfg analyze.Config) {
	t.Helper()
	if err := feedEach(pcap, cfg, nil); err != nil {
		t.Fatal(err)
	}
}

// feedEach feeds a capture as feed does, handing each packet decoded to
// each (when not nil), and returns the error that ended the reading.
func feedEach(pcap []byte, cfg analyze.Config, each func(*capture.Packet, *dissect.Packet)) error {
	r, err := capture.NewReader(bytes.NewReader(pcap), "test", capture.Config{})
	if err != nil {
		return err
	}
	a := analyze.New(cfg)
	defer a.Finish()
	var p dissect.Packet
	for m, err := range r.All() {
		if err != nil {
			return err
		}
		dissect.Decode(&p, m.Payload, m.Dir)
		p.NoteStream(m.Gap, m.Skipped)
		for _, ep := range analyze.AppendPeerEndpoints(nil, m, &p) {
			r.LearnPeer(ep.Addr, ep.How) // as icqdump does: the peer stream is known by its endpoint
		}
		if each != nil {
			each(m, &p)
		}
		a.Add(m, &p)
	}
	return nil
}

func describe(found []Finding) string {
	var b bytes.Buffer
	for _, f := range found {
		fmt.Fprintf(&b, "\n  %s %v %s", f.Rule.ID, f.Frames, f.Message)
	}
	return b.String()
}

// TestCleanCapturePasses: the clean capture breaks no rule, whichever side
// is judged.
func TestCleanCapturePasses(t *testing.T) {
	pcap, _ := scenarios.CheckCapture(scenarios.CheckClean())
	for _, role := range []Role{All, Client, Server} {
		opts := DefaultOptions
		opts.Role = role
		if found := run(t, pcap, opts); len(found) > 0 {
			t.Errorf("role %d: %d findings on the clean capture:%s", role, len(found), describe(found))
		}
	}
}

// index returns the position of the nth (from 0) event of dir called name.
// isAck reports an ACK, from either side.
func isAck(c *dissect.Command) bool { return c == dissect.CmdAck || c == dissect.SrvAck }

func index(t *testing.T, events []event, dir dissect.Direction, cmd *dissect.Command, nth int) int {
	t.Helper()
	for i, ev := range events {
		if ev.Dir == dir && ev.Cmd == cmd {
			if nth == 0 {
				return i
			}
			nth--
		}
	}
	t.Fatalf("no %s %s number %d", dir, cmd.Name, nth)
	return -1
}

// ackOf returns the position of the ACK of the event at i: the first ACK
// after it, from the other side, with its SEQ_NUM.
func ackOf(t *testing.T, events []event, i int) int {
	t.Helper()
	for j := i + 1; j < len(events); j++ {
		if ev := events[j]; isAck(ev.Cmd) && ev.Dir != events[i].Dir && ev.Seq == events[i].Seq {
			return j
		}
	}
	t.Fatalf("event %d (%s) is not acknowledged", i, events[i].Cmd.Name)
	return -1
}

// insert puts ev in events at i.
func insert(events []event, i int, ev ...event) []event { return slices.Insert(events, i, ev...) }

// remove deletes the events at the positions given.
func remove(events []event, at ...int) []event {
	slices.Sort(at)
	for k := len(at) - 1; k >= 0; k-- {
		events = slices.Delete(events, at[k], at[k]+1)
	}
	return events
}

// move takes the events at from (a packet and its ACK, say) and puts them
// before the event at to, with its time.
func move(events []event, to int, from ...int) []event {
	at := events[to].At
	var moved []event
	for _, i := range from {
		ev := events[i]
		ev.At = at
		moved = append(moved, ev)
		events[i].Cmd = nil // marked for removal
	}
	events = insert(events, to, moved...)
	return slices.DeleteFunc(events, func(ev event) bool { return ev.Cmd == nil })
}

// renumber adds delta to the SEQ_NUM of dir's packets from position i on,
// and to the other side's ACKs of them.
func renumber(events []event, dir dissect.Direction, i int, delta int) []event {
	for j := i; j < len(events); j++ {
		ev := &events[j]
		if ev.Dir != p2p && (ev.Dir == dir) == !isAck(ev.Cmd) {
			ev.Seq = uint16(int(ev.Seq) + delta)
		}
	}
	return events
}

// setField changes a field of the first packet of a command.
func setField(dir dissect.Direction, cmd *dissect.Command, field dissect.FieldID, value any) mutation {
	return func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, dir, cmd, 0)
		ev[i].Fields[field] = value
		return ev, []int{i}
	}
}

// editPacket changes the encoded bytes of the first packet of a command.
func editPacket(dir dissect.Direction, cmd *dissect.Command, edit func([]byte) []byte) mutation {
	return func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, dir, cmd, 0)
		ev[i].Edit = edit
		return ev, []int{i}
	}
}

// patchBytes returns an Edit that writes b at off; a negative off counts
// from the end.
func patchBytes(off int, b ...byte) func([]byte) []byte {
	return func(p []byte) []byte {
		if off < 0 {
			off += len(p)
		}
		copy(p[off:], b)
		return p
	}
}

// mutation changes the clean events and returns the positions of the
// events whose frames the first finding names.
type mutation = func(t *testing.T, ev []event) ([]event, []int)

// ruleCase breaks one rule.
type ruleCase struct {
	rule   string
	name   string
	side   Role // the side the finding blames
	mutate mutation
}

var ruleCases = []ruleCase{
	{"ICQ-HDR-VERSION", "LOGIN_1 of version 6", Client, editPacket(c2s, dissect.CmdLogin1, patchBytes(0, 0x06))},
	{"ICQ-SEQ-START", "the server counts from 1", Server, func(t *testing.T, ev []event) ([]event, []int) {
		return renumber(ev, s2c, 0, 1), []int{index(t, ev, s2c, dissect.SrvLoginReply, 0)}
	}},
	{"ICQ-SEQ-START", "the client counts from 2", Client, func(t *testing.T, ev []event) ([]event, []int) {
		return renumber(ev, c2s, 0, 1), []int{index(t, ev, c2s, dissect.CmdLogin, 0)}
	}},
	{"ICQ-SEQ-NEXT", "the client skips a number", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, c2s, dissect.CmdLogin1, 0)
		return renumber(ev, c2s, i, 1), []int{i}
	}},
	{"ICQ-SEQ-REUSE", "INFO_REQ with SEARCH_USER's number", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, c2s, dissect.CmdInfoReq, 0)
		ev[ackOf(t, ev, i)].Seq = ev[index(t, ev, c2s, dissect.CmdSearchUser, 0)].Seq
		ev[i].Seq = ev[index(t, ev, c2s, dissect.CmdSearchUser, 0)].Seq
		return ev, []int{i}
	}},
	{"ICQ-SEQ-ENDIAN", "the client writes SEQ_NUM big-endian", Client, func(t *testing.T, ev []event) ([]event, []int) {
		for i := range ev {
			if ev[i].Dir != p2p && (ev[i].Dir == c2s) == !isAck(ev[i].Cmd) {
				ev[i].Seq = ev[i].Seq<<8 | ev[i].Seq>>8
			}
		}
		return ev, []int{index(t, ev, c2s, dissect.CmdLogin, 0)}
	}},
	{"ICQ-SEQ-ENDIAN", "the server writes SEQ_NUM big-endian", Server, func(t *testing.T, ev []event) ([]event, []int) {
		for i := range ev {
			if ev[i].Dir != p2p && (ev[i].Dir == s2c) == !isAck(ev[i].Cmd) {
				ev[i].Seq = ev[i].Seq<<8 | ev[i].Seq>>8
			}
		}
		return ev, []int{index(t, ev, s2c, dissect.SrvUserOnline, 0)}
	}},
	{"ICQ-ACK-MISSING", "the server does not acknowledge a message", Server, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, c2s, dissect.CmdSendMessage, 0)
		return remove(ev, ackOf(t, ev, i)), []int{i}
	}},
	{"ICQ-ACK-MISSING", "the client does not acknowledge USER_OFFLINE", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, s2c, dissect.SrvUserOffline, 0)
		return remove(ev, ackOf(t, ev, i)), []int{i}
	}},
	{"ICQ-ACK-OF-ACK", "the client acknowledges the ACK of LOGIN_1", Client, func(t *testing.T, ev []event) ([]event, []int) {
		ack := ackOf(t, ev, index(t, ev, c2s, dissect.CmdLogin1, 0))
		ev = insert(ev, ack+1, event{At: ev[ack].At, Dir: c2s, Cmd: dissect.CmdAck, Seq: ev[ack].Seq})
		return ev, []int{ack + 1, ack}
	}},
	{"ICQ-ACK-UNMATCHED", "an ACK of a number the server never sent", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := ackOf(t, ev, index(t, ev, c2s, dissect.CmdLogin2, 0)) + 1
		return insert(ev, i, event{At: ev[i].At, Dir: c2s, Cmd: dissect.CmdAck, Seq: 40}), []int{i}
	}},
	{"ICQ-ACK-UNMATCHED", "a CHANNEL_ACK of no message", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, p2p, dissect.PeerAck, 0)
		extra := ev[i]
		extra.At += time.Second
		return insert(ev, i+1, extra), []int{i + 1}
	}},
	{"ICQ-RETRANS-INTERVAL", "a retransmission after 3 s", Client, func(t *testing.T, ev []event) ([]event, []int) {
		first, second := index(t, ev, c2s, dissect.CmdSendMessage, 1), index(t, ev, c2s, dissect.CmdSendMessage, 2)
		ev[second].At = ev[first].At + 3*time.Second
		return ev, []int{second, first}
	}},
	{"ICQ-MESSAGE-ACK-EARLY", "B_MESSAGE_ACK after five transmissions", Client, func(t *testing.T, ev []event) ([]event, []int) {
		ev = remove(ev, index(t, ev, c2s, dissect.CmdSendMessage, 6))
		return ev, []int{index(t, ev, c2s, dissect.CmdSendTextCode, 0)}
	}},
	{"ICQ-KEEPALIVE-INTERVAL", "keep-alives 135 s apart", Client, func(t *testing.T, ev []event) ([]event, []int) {
		first, second := index(t, ev, c2s, dissect.CmdKeepAlive, 0), index(t, ev, c2s, dissect.CmdKeepAlive, 1)
		ev[second].At = ev[first].At + 135*time.Second
		ev[ackOf(t, ev, second)].At = ev[second].At
		return ev, []int{second, first}
	}},
	{"ICQ-KEEPALIVE-INTERVAL", "no keep-alive at all", Client, func(t *testing.T, ev []event) ([]event, []int) {
		first, second := index(t, ev, c2s, dissect.CmdKeepAlive, 0), index(t, ev, c2s, dissect.CmdKeepAlive, 1)
		ev = remove(ev, first, ackOf(t, ev, first), second, ackOf(t, ev, second))
		return ev, []int{index(t, ev, c2s, dissect.CmdSendMessage, 1), index(t, ev, s2c, dissect.SrvLoginReply, 0)}
	}},
	{"ICQ-KEEPALIVE-INTERVAL", "a client that falls silent", Client, func(t *testing.T, ev []event) ([]event, []int) {
		ev = slices.DeleteFunc(ev, func(e event) bool { return e.At >= 60*time.Second })
		chat := slices.Clone(ev[index(t, ev, p2p, dissect.PeerMessage, 0):])
		for i := range chat {
			chat[i].At += 10 * time.Minute
		}
		return append(ev, chat...), []int{index(t, ev, s2c, dissect.SrvLoginReply, 0)}
	}},
	{"ICQ-STR-LENGTH-NUL", "a MESSAGE without its NUL", Client, editPacket(c2s, dissect.CmdSendMessage, patchBytes(-1, '.'))},
	{"ICQ-TRUNCATED", "CONTACT_LIST one byte short", Client, editPacket(c2s, dissect.CmdContactList, func(b []byte) []byte { return b[:len(b)-1] })},
	{"ICQ-TRAILING", "STATUS_CHANGE with two bytes more", Client, editPacket(c2s, dissect.CmdStatusChange, func(b []byte) []byte { return append(b, 0xDE, 0xAD) })},
	{"ICQ-PASSWORD-LENGTH", "a password of 10 characters", Client, setField(c2s, dissect.CmdLogin, dissect.FPassword, "hemlig1234")},
	{"ICQ-TEXT-CRLF", "a message with a bare LF", Client, setField(c2s, dissect.CmdSendMessage, dissect.FMessage, "Hej Carl!\nSes i morgon?")},
	{"ICQ-TEXT-CRLF", "a presentation with a bare CR", Server, setField(s2c, dissect.SrvExtInfoReply, dissect.FAbout, "Fotograf.\rGillar kaffe.")},
	{"ICQ-INT-ENDIAN", "LOGIN's PORT big-endian", Client, setField(c2s, dissect.CmdLogin, dissect.FPort, []byte{0x00, 0x00, 0x04, 0x09})},
	{"ICQ-FIXED-FIELD", "CHANNEL_INIT with LENGTH 1B 00", Client, editPacket(p2p, dissect.PeerInit, func(b []byte) []byte { b[0]++; return append(b, 0) })},
	{"ICQ-UNKNOWN-FIELD", "LOGIN's X1 as mICQ sends it", Client, setField(c2s, dissect.CmdLogin, dissect.FX1, []byte{0x72, 0x00, 0x04, 0x00})},
	{"ICQ-SEARCH-CRITERIA", "a search by name and e-mail", Client, setField(c2s, dissect.CmdSearchUser, dissect.FEMail, "carl@example.org")},
	{"ICQ-SEARCH-CRITERIA", "a search with every field empty", Client, setField(c2s, dissect.CmdSearchUser, dissect.FFirstName, "")},
	{"ICQ-REPLY-SEQ", "INFO_REPLY to no request", Server, setField(s2c, dissect.SrvInfoReply, dissect.FInfoSeqNum, 99)},
	{"ICQ-REPLY-SEQ", "LOGIN_REPLY with another LOGIN_SEQ_NUM", Server, setField(s2c, dissect.SrvLoginReply, dissect.FLoginSeqNum, 3)},
	{"ICQ-SEARCH-END", "USER_FOUND after END_OF_SEARCH", Server, func(t *testing.T, ev []event) ([]event, []int) {
		found := index(t, ev, s2c, dissect.SrvUserFound, 1)
		end := index(t, ev, s2c, dissect.SrvEndOfSearch, 0)
		ev = move(ev, ackOf(t, ev, end)+1, found, ackOf(t, ev, found))
		return ev, []int{index(t, ev, s2c, dissect.SrvUserFound, 1), index(t, ev, c2s, dissect.CmdSearchUser, 0)}
	}},
	{"ICQ-SEARCH-END", "a search never ended", Server, func(t *testing.T, ev []event) ([]event, []int) {
		end := index(t, ev, s2c, dissect.SrvEndOfSearch, 0)
		ev = renumber(ev, s2c, end, -1)
		return remove(ev, end, ackOf(t, ev, end)), []int{index(t, ev, c2s, dissect.CmdSearchUser, 0)}
	}},
	{"ICQ-SEARCH-LIMIT", "MORE_FOUND 01 after two results", Server, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, s2c, dissect.SrvEndOfSearch, 0)
		ev[i].Fields[dissect.FMoreFound] = 1
		return ev, []int{i, index(t, ev, c2s, dissect.CmdSearchUser, 0)}
	}},
	{"ICQ-SEARCH-LIMIT", "41 results", Server, func(t *testing.T, ev []event) ([]event, []int) {
		found := index(t, ev, s2c, dissect.SrvUserFound, 1)
		pair := []event{ev[found], ev[found+1]}
		ev = renumber(ev, s2c, found+2, 39)
		for k := range 39 {
			more := slices.Clone(pair)
			more[0].Seq += uint16(k + 1)
			more[1].Seq = more[0].Seq
			ev = insert(ev, found+2+2*k, more...)
		}
		return ev, []int{index(t, ev, s2c, dissect.SrvUserFound, 40), index(t, ev, c2s, dissect.CmdSearchUser, 0)}
	}},
	{"ICQ-STATUS-VALUE", "STATUS 0x13", Client, setField(c2s, dissect.CmdStatusChange, dissect.FStatus, 0x13)},
	{"ICQ-CONTACT-NOTIFY", "USER_ONLINE for a stranger", Server, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, s2c, dissect.SrvUserOnline, 1)
		ev[i].Fields[dissect.FRemoteUIN] = 3456789
		return ev, []int{i}
	}},
	{"ICQ-CONTACT-NOTIFY", "USER_ONLINE before CONTACT_LIST", Server, func(t *testing.T, ev []event) ([]event, []int) {
		online := index(t, ev, s2c, dissect.SrvUserOnline, 0)
		ev = move(ev, index(t, ev, c2s, dissect.CmdLogin1, 0), online, ackOf(t, ev, online))
		return ev, []int{index(t, ev, s2c, dissect.SrvUserOnline, 0)}
	}},
	{"ICQ-LOGIN-FIRST", "LOGIN_1 before LOGIN_REPLY", Client, func(t *testing.T, ev []event) ([]event, []int) {
		login1 := index(t, ev, c2s, dissect.CmdLogin1, 0)
		ev = move(ev, index(t, ev, s2c, dissect.SrvLoginReply, 0), login1, ackOf(t, ev, login1))
		return ev, []int{index(t, ev, c2s, dissect.CmdLogin1, 0)}
	}},
	{"ICQ-AFTER-DISCONNECT", "a keep-alive after B_USER_DISCONNECTED", Client, func(t *testing.T, ev []event) ([]event, []int) {
		bye := index(t, ev, c2s, dissect.CmdSendTextCode, 1)
		at := ev[bye].At + time.Second
		seq := ev[bye].Seq + 1
		ev = append(ev, event{At: at, Dir: c2s, Cmd: dissect.CmdKeepAlive, Seq: seq}, event{At: at, Dir: s2c, Cmd: dissect.SrvAck, Seq: seq})
		return ev, []int{len(ev) - 2, bye}
	}},
	{"ICQ-CMD-UNDESCRIBED", "ADD_TO_LIST", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, c2s, dissect.CmdStatusChange, 0)
		ev[i].Cmd, ev[i].Fields = dissect.CmdAddToList, dissect.Fields{dissect.FParameters: []byte{0x15, 0xBF, 0x34, 0x00}}
		return ev, []int{i}
	}},
	{"ICQ-CMD-UNKNOWN", "command AE 06, as mICQ sends it", Client, editPacket(c2s, dissect.CmdStatusChange, patchBytes(2, 0xAE, 0x06))},
	{"ICQ-PEER-INIT-FIRST", "a stream without CHANNEL_INIT", Client, func(t *testing.T, ev []event) ([]event, []int) {
		ev = remove(ev, index(t, ev, p2p, dissect.PeerInit, 0))
		return ev, []int{index(t, ev, p2p, dissect.PeerMessage, 0)}
	}},
	{"ICQ-PEER-MESSAGE-ANSWERED", "a message never acknowledged", Client, func(t *testing.T, ev []event) ([]event, []int) {
		ev = remove(ev, index(t, ev, p2p, dissect.PeerAck, 0))
		return ev, []int{index(t, ev, p2p, dissect.PeerMessage, 0)}
	}},
	{"ICQ5-CHECKCODE", "a v5 packet changed in transit", Client, editPacket(c2s, dissect.CmdKeepAlive, func([]byte) []byte {
		b := v5Packet(0x04EC, 0xE22CC550, 0) // CMD_NEW_USER_1
		b[len(b)-4] ^= 1                     // the byte the checkcode samples
		return b
	})},
	{"ICQ5-TOO-SHORT", "a v5 packet cut inside its header", Client, editPacket(c2s, dissect.CmdKeepAlive, func([]byte) []byte {
		return v5Packet(0x042E, 1, 0)[:20]
	})},
	{"ICQ5-SUBCMD-UNKNOWN", "CMD_META_USER with subcommand 0x0999", Client, editPacket(c2s, dissect.CmdKeepAlive, func([]byte) []byte {
		return v5Packet(0x064A, 0x0999, 2)
	})},
	{"ICQ5-SESSION-ID", "a v5 client changes its SESSION_ID without logging in", Client, func(t *testing.T, ev []event) ([]event, []int) {
		first, second := index(t, ev, c2s, dissect.CmdKeepAlive, 0), index(t, ev, c2s, dissect.CmdKeepAlive, 1)
		ev[first].Edit = func([]byte) []byte { return v5PacketIn(0x11111111, 0, 0x042E, 1, 4) }
		ev[second].Edit = func([]byte) []byte { return v5PacketIn(0x22222222, 0, 0x042E, 2, 4) }
		return ev, []int{second, first}
	}},
	{"ICQ5-SEQ2-NEXT", "a v5 client skips SEQ_NUM2 numbers", Client, func(t *testing.T, ev []event) ([]event, []int) {
		first, second := index(t, ev, c2s, dissect.CmdKeepAlive, 0), index(t, ev, c2s, dissect.CmdKeepAlive, 1)
		ev[first].Edit = func([]byte) []byte { return v5PacketIn(0x11111111, 2, 0x051E, 1, 4) }  // KEEP_ALIVE2, numbered
		ev[second].Edit = func([]byte) []byte { return v5PacketIn(0x11111111, 5, 0x051E, 2, 4) } // 5, not 3
		return ev, []int{second, first}
	}},
	{"ICQ5-REPLY-SEQ2", "a v5 SRV_META_USER answering no request", Server, func(t *testing.T, ev []event) ([]event, []int) {
		ask := index(t, ev, c2s, dissect.CmdKeepAlive, 0)
		ev[ask].Edit = func([]byte) []byte { return v5PacketIn(0x11111111, 2, 0x051E, 1, 4) } // KEEP_ALIVE2, SEQ_NUM2 2
		answer := ask + 1                                                                     // the server's ACK of it
		if ev[answer].Dir != s2c {
			t.Fatalf("event %d is no server packet", answer)
		}
		ev[answer].Edit = func([]byte) []byte {
			return []byte{5, 0, 0, 0x11, 0x11, 0x11, 0x11, 0xDE, 0x03, 0x05, 0x00, 0x09, 0x00, // SRV_META_USER, SEQ_NUM1 5, SEQ_NUM2 9
				0x0A, 0xE2, 0x01, 0x00, 0, 0, 0, 0, 0x64, 0x00, 0x0A} // UIN, CHECKCODE, META_SET_BASIC_ACK, success
		}
		return ev, []int{answer}
	}},
	{"ICQ-RETRANS-MISSING", "the client never sends an unacknowledged message again", Client, func(t *testing.T, ev []event) ([]event, []int) {
		i := index(t, ev, c2s, dissect.CmdSendMessage, 0)
		return remove(ev, ackOf(t, ev, i)), []int{i}
	}},
	{"ICQ-INT-ASCII", "INFO_REQ's QUERY_UIN as ASCII digits", Client, editPacket(c2s, dissect.CmdInfoReq, func(b []byte) []byte {
		return append(b[:12], "1234567\x00"...) // after the header (10 bytes) and INFO_SEQ_NUM
	})},
	{"ICQ-FIELD-WIDTH", "STATUS_CHANGE's STATUS 2 bytes wide", Client, editPacket(c2s, dissect.CmdStatusChange, func(b []byte) []byte { return b[:len(b)-2] })},
	{"ICQ-FIELD-ORDER", "LOGIN's USER_IP, STATUS and LOGIN_SEQ_NUM before the X fields", Client, editPacket(c2s, dissect.CmdLogin, loginOtherOrder)},
	{"ICQ-CMD-OTHER-VERSION", "USER_OFFLINE's code replaced by v5's SRV_INFO_FAIL", Server, editPacket(s2c, dissect.SrvUserOffline, patchBytes(2, 0x2C, 0x01))},
	{"ICQ-VALUE-UNDOCUMENTED", "MESSAGE_TYPE 0x0008, as mICQ sends it", Client, setField(c2s, dissect.CmdSendMessage, dissect.FMessageType, 8)},
	{"ICQ-PEER-INIT-PORT", "CHANNEL_INIT's MY_PORT the outgoing connection's", Client, setField(p2p, dissect.PeerInit, dissect.FMyPort, 1100)},
	{"ICQ-PEER-V3-EXTRA", "a peer v3 message with 4 bytes more", Client, editPacket(p2p, dissect.PeerMessage, func(b []byte) []byte {
		b[0] += 4 // LENGTH
		b[6] = 3  // VERSION, after LENGTH and UIN
		return append(b, 1, 2, 3, 4)
	})},
	{"ICQ-PEER-LENGTH", "a message whose LENGTH counts a byte more than its fields", Client, editPacket(p2p, dissect.PeerMessage, func(b []byte) []byte { b[0]++; return append(b, 0) })},
}

// v5Packet is an encrypted v5 client packet of UIN 123402 whose only
// parameter is n (a u32, or a u16 when width is 2).
func v5Packet(code uint16, n uint32, width int) []byte {
	return v5PacketIn(0x47DF098C, 2, code, n, width)
}

// v5PacketIn is v5Packet with the given SESSION_ID and SEQ_NUM2.
func v5PacketIn(session uint32, seq2, code uint16, n uint32, width int) []byte {
	b := []byte{5, 0, 0, 0, 0, 0, 0x0A, 0xE2, 0x01, 0x00, byte(session), byte(session >> 8), byte(session >> 16), byte(session >> 24),
		byte(code), byte(code >> 8), 0x6D, 0x0F, byte(seq2), byte(seq2 >> 8), 0, 0, 0, 0}
	if width == 2 {
		b = append(b, byte(n), byte(n>>8), 0xAA, 0xBB) // SUBCMD and two bytes of data
	} else {
		b = append(b, byte(n), byte(n>>8), byte(n>>16), byte(n>>24))
	}
	dissect.Encrypt5(b, 0x18, 0xB4)
	return b
}

// collateral names the cases whose change breaks other rules too: a packet
// of another version is not acknowledged by its number, a reused or
// reordered SEQ_NUM leaves a jump behind.
// A lost ACK that its sender never retransmits breaks a rule of each side.
// The rules across packets read a request where the document puts its
// fields: LOGIN's moved LOGIN_SEQ_NUM is not the reply's.
var collateral = map[string]bool{
	"LOGIN_1 of version 6":                                          true,
	"a v5 packet changed in transit":                                true, // a v5 packet in a v2 session: its ACK matches nothing
	"a v5 packet cut inside its header":                             true,
	"CMD_META_USER with subcommand 0x0999":                          true,
	"a v5 client changes its SESSION_ID without logging in":         true,
	"a v5 client skips SEQ_NUM2 numbers":                            true,
	"a v5 SRV_META_USER answering no request":                       true,
	"INFO_REQ with SEARCH_USER's number":                            true,
	"USER_FOUND after END_OF_SEARCH":                                true,
	"LOGIN's USER_IP, STATUS and LOGIN_SEQ_NUM before the X fields": true,
	"the server does not acknowledge a message":                     true,
	"the client does not acknowledge USER_OFFLINE":                  true,
	"the client never sends an unacknowledged message again":        true,
}

// loginOtherOrder moves LOGIN's USER_IP, STATUS and LOGIN_SEQ_NUM before
// its X fields: the last 27 bytes are X1 USER_IP X2 STATUS X3 LOGIN_SEQ_NUM X4 X5.
func loginOtherOrder(b []byte) []byte {
	tail := b[len(b)-27:]
	x1, ip, x2, status, x3, seq, x45 := tail[0:4], tail[4:8], tail[8:9], tail[9:13], tail[13:17], tail[17:19], tail[19:27]
	moved := slices.Concat(ip, status, seq, x1, x2, x3, x45)
	return append(b[:len(b)-27], moved...)
}

// TestEveryRule breaks each rule in a copy of the clean capture: the
// rule's first finding names the frames it should, no other rule finds the
// same fault, and --role of the side not blamed does not judge it.
func TestEveryRule(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule+"/"+tc.name, func(t *testing.T) {
			events, want := tc.mutate(t, scenarios.CheckClean())
			pcap, frames := scenarios.CheckCapture(events)
			wantFrames := make([]uint64, len(want))
			for i, at := range want {
				wantFrames[i] = frames[at]
			}
			found := run(t, pcap, DefaultOptions)
			i := slices.IndexFunc(found, func(f Finding) bool { return f.Rule.ID == tc.rule })
			if i < 0 {
				t.Fatalf("no %s; findings:%s", tc.rule, describe(found))
			}
			if !collateral[tc.name] && slices.ContainsFunc(found, func(f Finding) bool { return f.Rule.ID != tc.rule }) {
				t.Errorf("one fault, findings of other rules too:%s", describe(found))
			}
			if !slices.Equal(found[i].Frames, wantFrames) {
				t.Errorf("%s names frames %v, want %v:%s", tc.rule, found[i].Frames, wantFrames, describe(found))
			}
			other := DefaultOptions
			other.Role = Client + Server - tc.side
			for _, f := range run(t, pcap, other) {
				if f.Rule.ID == tc.rule {
					t.Errorf("--role %d still finds %s %v %s", other.Role, f.Rule.ID, f.Frames, f.Message)
				}
			}
		})
	}
}

// TestEveryRuleHasACase fails when a rule joins the catalogue without a
// capture that breaks it.
func TestEveryRuleHasACase(t *testing.T) {
	for _, r := range Rules {
		if r.Area == "capture" {
			continue // judged from the reader's counts: TestCaptureFindings
		}
		if !slices.ContainsFunc(ruleCases, func(tc ruleCase) bool { return tc.rule == r.ID }) {
			t.Errorf("%s has no case in ruleCases", r.ID)
		}
	}
	for _, tc := range ruleCases {
		if !slices.ContainsFunc(Rules, func(r *Rule) bool { return r.ID == tc.rule }) {
			t.Errorf("ruleCases names %s, which is not in the catalogue", tc.rule)
		}
	}
}

// notSenderDepartures are the issue kinds that name no rule of the v2
// document: the capture's losses (a peer packet shorter than its LENGTH is
// one, capture frames by LENGTH), v5's (issue 15 gives them rules), and the
// explanation, which names its rule by its reading (explanationRules).
var notSenderDepartures = map[dissect.IssueKind]bool{
	dissect.IssueGap: true, dissect.IssueResync: true, dissect.IssuePeerLength: true,
	dissect.IssueCheckcode: true, dissect.IssueUnknownSubcommand: true, dissect.IssueHeaderOnly: true, dissect.IssueNotDecrypted: true,
	dissect.IssueExplained: true,
}

// TestEveryIssueHasARule: every issue the decoder attaches to a v2 packet
// is a finding of some rule in check, so -V and check never disagree.
func TestEveryIssueHasARule(t *testing.T) {
	field := &dissect.CmdSendMessage.Params[1] // MESSAGE_TYPE
	for k := dissect.IssueEmpty; k <= dissect.IssueExplained; k++ {
		if notSenderDepartures[k] {
			continue
		}
		p := &dissect.Packet{Dir: dissect.ClientToServer, Header: dissect.Header{Version: 2}}
		is := &dissect.Issue{Kind: k, Field: field, Index: -1}
		if rule := issueRule(p, is, false); !slices.Contains(Rules, rule) {
			t.Errorf("issue %v: no rule of the catalogue (%v)", k, rule)
		}
	}
	for r := dissect.ReadBigEndian; r <= dissect.ReadOutgoingPort; r++ {
		if !slices.Contains(Rules, explanationRules[r]) {
			t.Errorf("reading %v: no rule", r)
		}
	}
	peer := &dissect.Packet{Dir: dissect.PeerToPeer, Header: dissect.Header{Version: 3}}
	if rule := issueRule(peer, &dissect.Issue{Kind: dissect.IssueTrailing}, false); rule != RulePeerV3Extra {
		t.Errorf("bytes after a peer v3 packet: %v, want ICQ-PEER-V3-EXTRA", rule)
	}
}

// TestRuleIDsUnique: the catalogue lists each rule value once, under an ID
// no other rule has, so that the counts per ID count one rule.
func TestRuleIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules {
		if seen[r.ID] {
			t.Errorf("%s is listed twice", r.ID)
		}
		seen[r.ID] = true
	}
}

// TestEveryRuleValueListed: a rule value declared in rules.go but left out
// of the catalogue would fire without --rules, the counts or JUnit knowing
// it. The declarations are read from the source; they come in the
// catalogue's order.
func TestEveryRuleValueListed(t *testing.T) {
	file, err := parser.ParseFile(token.NewFileSet(), "rules.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var declared []string
	ast.Inspect(file, func(n ast.Node) bool {
		if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
			if lit, ok := u.X.(*ast.CompositeLit); ok && len(lit.Elts) > 0 {
				if id, ok := lit.Elts[0].(*ast.BasicLit); ok {
					declared = append(declared, strings.Trim(id.Value, `"`))
				}
			}
		}
		return true
	})
	var listed []string
	for _, r := range Rules {
		listed = append(listed, r.ID)
	}
	if len(declared) < 40 || !slices.Equal(declared, listed) {
		t.Errorf("rules.go declares\n%v\nthe catalogue lists\n%v", declared, listed)
	}
}
