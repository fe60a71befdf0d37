package gen

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// roundTrip generates cfg, reads the file back with package capture and
// dissect, and checks every UDP packet against what was encoded and the
// spec's SEQ_NUM rules. TCP is checked by parsing the frames here
// (readFrames): peer packets are reassembled from the segments, decoded
// with dissect.DecodePeer and compared with what was encoded. Once
// capture.Reader hands out peer packets, they are compared too.
func roundTrip(t *testing.T, cfg Config, format Format) *udpChecker {
	t.Helper()
	file, evs := generate(t, cfg, format)
	var udp []*Event
	peer := map[flow][]*Event{}
	for i := range evs {
		ev := &evs[i]
		if ev.Dir == dissect.PeerToPeer {
			f := flow{ev.Src, ev.Dst}
			peer[f] = append(peer[f], ev)
		} else {
			udp = append(udp, ev)
		}
	}
	// Packets are traced as they are encoded, and written when their time
	// comes: in time order, and in the order encoded at the same time.
	slices.SortStableFunc(udp, func(a, b *Event) int { return a.Time.Compare(b.Time) })
	r, err := capture.NewReader(bytes.NewReader(file), "roundtrip", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	chk := newUDPChecker(t)
	fromReader := map[flow][][]byte{}
	var p dissect.Packet
	n := 0
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		if m.Transport == capture.TCP {
			f := flow{m.Src, m.Dst}
			fromReader[f] = append(fromReader[f], bytes.Clone(m.Payload))
			continue
		}
		if n == len(udp) {
			t.Fatalf("frame %d: more UDP packets than were encoded", m.Frame)
		}
		ev := udp[n]
		n++
		want := ev.Time
		if format == Pcap {
			want = want.Truncate(time.Microsecond)
		}
		if m.Src != ev.Src || m.Dst != ev.Dst || m.Dir != ev.Dir || !m.Time.Equal(want) || !bytes.Equal(m.Payload, ev.Payload) {
			t.Fatalf("frame %d: read %v %v>%v % x, encoded %v %v>%v % x", m.Frame, m.Time, m.Src, m.Dst, m.Payload, ev.Time, ev.Src, ev.Dst, ev.Payload)
		}
		dissect.Decode(&p, m.Payload, m.Dir)
		if len(p.Issues) > 0 {
			t.Fatalf("frame %d %s: %s", m.Frame, p.CommandName(), p.Issues[0].Message(p.Payload))
		}
		if ev.Header != nil {
			if err := checkFields(&p, ev); err != nil {
				t.Fatalf("frame %d %s: %v", m.Frame, p.CommandName(), err)
			}
		}
		chk.packet(m, &p, ev)
	}
	if n != len(udp) {
		t.Fatalf("read %d UDP packets, encoded %d", n, len(udp))
	}
	chk.flows = readFrames(t, file)
	chk.peer(peer)
	for f, pkts := range fromReader {
		var want [][]byte
		for _, ev := range peer[f] {
			want = append(want, ev.Payload)
		}
		if !slices.EqualFunc(pkts, want, bytes.Equal) {
			t.Errorf("%v>%v: capture.Reader gave %d peer packets that differ from the %d encoded", f.src, f.dst, len(pkts), len(want))
		}
	}
	return chk
}

func TestRoundTrip(t *testing.T) {
	cfg := Config{Clients: 30, Duration: 90 * time.Minute, Seed: 7}
	for _, format := range []Format{Pcap, Pcapng} {
		chk := roundTrip(t, cfg, format)
		for _, cmd := range []string{
			"c2s ACK", "c2s LOGIN", "c2s LOGIN_1", "c2s CONTACT_LIST", "c2s LOGIN_2", "c2s KEEP_ALIVE",
			"c2s STATUS_CHANGE", "c2s SEARCH_UIN", "c2s SEARCH_USER", "c2s INFO_REQ", "c2s EXT_INFO_REQ",
			"c2s SEND_MESSAGE", "c2s SEND_TEXT_CODE B_USER_DISCONNECTED",
			"s2c ACK", "s2c LOGIN_REPLY", "s2c USER_ONLINE", "s2c USER_OFFLINE", "s2c STATUS_UPDATE",
			"s2c USER_FOUND", "s2c END_OF_SEARCH", "s2c INFO_REPLY", "s2c EXT_INFO_REPLY", "s2c RECEIVE_MESSAGE",
			"p2p CHANNEL_INIT", "p2p CHANNEL_MESSAGE", "p2p CHANNEL_ACK", "p2p CHANNEL_ACK auto-reply text",
		} {
			if chk.seen[cmd] == 0 {
				t.Errorf("%v: no %s", format, cmd)
			}
		}
		if chk.seen["s2c RECEIVE_MESSAGE at login"] == 0 {
			t.Errorf("%v: no offline message was delivered at login", format)
		}
		if chk.seen["s2c RECEIVE_MESSAGE"] == chk.seen["s2c RECEIVE_MESSAGE at login"] {
			t.Errorf("%v: no message was passed on to a user who was logged in", format)
		}
		if chk.seen["peer connections"] == 0 {
			t.Errorf("%v: no peer connections", format)
		}
		if chk.flows.reordered() {
			t.Errorf("%v: segments out of order without --reorder", format)
		}
	}
}

func TestRoundTripSplitReorder(t *testing.T) {
	cfg := Config{Clients: 12, Duration: 30 * time.Minute, Seed: 3, Split: true, Reorder: 0.5}
	chk := roundTrip(t, cfg, Pcap)
	if !chk.flows.reordered() {
		t.Error("--reorder 0.5: no segment out of order")
	}
	if n, all := chk.flows.lengthSegments(); all == 0 || n*2 != all {
		t.Errorf("--split: %d of %d data segments hold a LENGTH alone, want half", n, all)
	}
	if chk.seen["p2p CHANNEL_MESSAGE"] == 0 {
		t.Error("no peer messages")
	}
}

// udpChecker follows the sessions in a capture and checks the SEQ_NUM
// rules and that answers match their questions.
type udpChecker struct {
	t         *testing.T
	sessions  map[netip.AddrPort]*session // by the client's address
	announced map[netip.Addr]map[netip.AddrPort]bool
	sentTexts map[string]bool // SEND_MESSAGEs: from, to, text
	keepAlive map[netip.AddrPort]time.Time
	seen      map[string]int
	flows     *tcpFlows
}

type session struct {
	uin       uint32
	login     time.Time
	loginSeq  uint32
	next      [2]uint16            // the next new SEQ_NUM from the client, from the server
	sent      [2]map[uint16][]byte // every SEQ_NUM sent in the session, with its payload
	questions map[string]bool      // SEARCH_SEQ_NUMs and INFO_SEQ_NUMs asked
	bye       int                  // SEQ_NUM of B_USER_DISCONNECTED, or -1
	gone      bool                 // the server has acknowledged B_USER_DISCONNECTED
}

func newUDPChecker(t *testing.T) *udpChecker {
	return &udpChecker{t: t, sessions: map[netip.AddrPort]*session{}, announced: map[netip.Addr]map[netip.AddrPort]bool{},
		sentTexts: map[string]bool{}, keepAlive: map[netip.AddrPort]time.Time{}, seen: map[string]int{}}
}

func param(p *dissect.Packet, h dissect.FieldID) *dissect.Value {
	for i, v := range p.Params() {
		if v.Field.ID() == h {
			return &p.Params()[i]
		}
	}
	return nil
}

func num(p *dissect.Packet, h dissect.FieldID) uint32 { return param(p, h).Num }

func text(p *dissect.Packet, h dissect.FieldID) string { return string(p.Data(param(p, h))) }

func (c *udpChecker) packet(m *capture.Packet, p *dissect.Packet, ev *Event) {
	t := c.t
	side, client := 0, m.Src
	if m.Dir == dissect.ServerToClient {
		side, client = 1, m.Dst
	}
	name := p.Command.Name
	c.seen[m.Dir.String()+" "+name]++
	s := c.sessions[client]
	if s != nil && s.gone && side == 1 {
		t.Fatalf("frame %d: %s to %v after its B_USER_DISCONNECTED", m.Frame, name, client)
	}
	if name == "ACK" {
		if s == nil || s.sent[1-side][p.Seq] == nil {
			t.Fatalf("frame %d: ACK of SEQ_NUM %d, which the other side did not send", m.Frame, p.Seq)
		}
		s.gone = s.gone || side == 1 && int(p.Seq) == s.bye
		return
	}
	if s == nil {
		if p.Command != dissect.CmdLogin {
			t.Fatalf("frame %d: %s before LOGIN", m.Frame, name)
		}
		s = &session{next: [2]uint16{1, 0}, sent: [2]map[uint16][]byte{{}, {}}, questions: map[string]bool{}, bye: -1}
		c.sessions[client] = s
	}
	if prev := s.sent[side][p.Seq]; prev != nil {
		if !bytes.Equal(prev, m.Payload) || !ev.Retransmission {
			t.Fatalf("frame %d: SEQ_NUM %d used again by another packet", m.Frame, p.Seq)
		}
		c.seen["retransmissions"]++
		return
	}
	if ev.Retransmission || p.Seq != s.next[side] {
		t.Fatalf("frame %d: %s SEQ_NUM %d, want %d", m.Frame, name, p.Seq, s.next[side])
	}
	s.next[side]++
	s.sent[side][p.Seq] = bytes.Clone(m.Payload)
	c.meaning(m, p, s, client)
}

// meaning checks what a new packet says against the session.
func (c *udpChecker) meaning(m *capture.Packet, p *dissect.Packet, s *session, client netip.AddrPort) {
	t := c.t
	switch p.Command {
	case dissect.CmdLogin:
		s.uin, s.login, s.loginSeq = p.UIN, m.Time, num(p, dissect.FLoginSeqNum)
	case dissect.SrvLoginReply:
		if p.Seq != 0 || num(p, dissect.FLoginSeqNum) != s.loginSeq || num(p, dissect.FUserUIN) != s.uin {
			t.Fatalf("frame %d: LOGIN_REPLY seq %d does not answer the LOGIN", m.Frame, p.Seq)
		}
		if got := netip.AddrFrom4([4]byte(p.Data(param(p, dissect.FUserIP)))); got != client.Addr() {
			t.Fatalf("frame %d: LOGIN_REPLY USER_IP %v, the client is %v", m.Frame, got, client.Addr())
		}
	case dissect.CmdSearchUIN, dissect.CmdSearchUser, dissect.CmdInfoReq, dissect.CmdExtInfoReq:
		s.questions[questionKey(p)] = true
	case dissect.SrvUserFound, dissect.SrvEndOfSearch, dissect.SrvInfoReply, dissect.SrvExtInfoReply:
		if !s.questions[questionKey(p)] {
			t.Fatalf("frame %d: %s answers a question not asked", m.Frame, p.Command.Name)
		}
	case dissect.CmdSendMessage:
		c.sentTexts[messageKey(p.UIN, num(p, dissect.FReceiverUIN), text(p, dissect.FMessage))] = true
	case dissect.SrvReceiveMessage:
		c.receiveMessage(m, p, s)
	case dissect.SrvUserOnline:
		peers := c.announced[client.Addr()]
		if peers == nil {
			peers = map[netip.AddrPort]bool{}
			c.announced[client.Addr()] = peers
		}
		ip := netip.AddrFrom4([4]byte(p.Data(param(p, dissect.FRemoteIP))))
		peers[netip.AddrPortFrom(ip, uint16(num(p, dissect.FRemotePort)))] = true
	case dissect.CmdKeepAlive:
		if last, ok := c.keepAlive[client]; ok && absDiff(m.Time.Sub(last), 120*time.Second) > time.Millisecond {
			t.Fatalf("frame %d: KEEP_ALIVE %v after the last", m.Frame, m.Time.Sub(last))
		}
		c.keepAlive[client] = m.Time
	case dissect.CmdSendTextCode:
		if x1 := p.Data(param(p, dissect.FX1)); !bytes.Equal(x1, []byte{5, 0}) {
			t.Fatalf("frame %d: SEND_TEXT_CODE X1 % x", m.Frame, x1)
		}
		c.seen["c2s SEND_TEXT_CODE "+text(p, dissect.FTextCode)]++
		if text(p, dissect.FTextCode) == dissect.TextDisconnected {
			s.bye = int(p.Seq)
		}
	}
}

// receiveMessage checks that a message the server hands over was sent, and
// counts those sent before the recipient logged in.
func (c *udpChecker) receiveMessage(m *capture.Packet, p *dissect.Packet, s *session) {
	if !c.sentTexts[messageKey(num(p, dissect.FRemoteUIN), s.uin, text(p, dissect.FMessage))] {
		c.t.Fatalf("frame %d: RECEIVE_MESSAGE of a message never sent", m.Frame)
	}
	sent := time.Date(int(num(p, dissect.FYear)), time.Month(num(p, dissect.FMonth)), int(num(p, dissect.FDay)),
		int(num(p, dissect.FHour)), int(num(p, dissect.FMinute)), 0, 0, time.UTC)
	if sent.After(m.Time) {
		c.t.Fatalf("frame %d: RECEIVE_MESSAGE sent at %v, in the future", m.Frame, sent)
	}
	if sent.Before(s.login.Truncate(time.Minute)) {
		c.seen["s2c RECEIVE_MESSAGE at login"]++
	}
}

func questionKey(p *dissect.Packet) string {
	if v, ok := p.FirstWithRole(dissect.RoleRequestKey); ok {
		return v.Field.Name + string(rune(v.Num))
	}
	return ""
}

func messageKey(from, to uint32, text string) string {
	return string(binary.LittleEndian.AppendUint32(binary.LittleEndian.AppendUint32(nil, from), to)) + text
}

func absDiff(a, b time.Duration) time.Duration {
	if a > b {
		return a - b
	}
	return b - a
}

// peer reassembles every TCP flow from its frames, splits it into peer
// packets at their LENGTHs, and compares them with what was encoded.
func (c *udpChecker) peer(encoded map[flow][]*Event) {
	t := c.t
	for f := range c.flows.segments {
		if encoded[f] == nil {
			t.Fatalf("%v>%v: TCP data that was never encoded", f.src, f.dst)
		}
	}
	var p dissect.Packet
	for f, evs := range encoded {
		stream, err := c.flows.stream(f)
		if err != nil {
			t.Fatalf("%v>%v: %v", f.src, f.dst, err)
		}
		for k, ev := range evs {
			if len(stream) < 2 || len(stream) < 2+int(binary.LittleEndian.Uint16(stream)) {
				t.Fatalf("%v>%v: the stream ends before packet %d", f.src, f.dst, k)
			}
			n := 2 + int(binary.LittleEndian.Uint16(stream))
			dissect.DecodePeer(&p, stream[:n])
			if len(p.Issues) > 0 {
				t.Fatalf("%v>%v packet %d: %s", f.src, f.dst, k, p.Issues[0].Message(p.Payload))
			}
			if err := checkFields(&p, ev); err != nil || !bytes.Equal(stream[:n], ev.Payload) {
				t.Fatalf("%v>%v packet %d %s: %v", f.src, f.dst, k, p.CommandName(), err)
			}
			c.seen["p2p "+p.Command.Name]++
			if p.Command == dissect.PeerAck && p.Data(p.Value(dissect.FMessage)) != nil && len(p.Data(p.Value(dissect.FMessage))) > 0 {
				c.seen["p2p CHANNEL_ACK auto-reply text"]++
			}
			stream = stream[n:]
		}
		if len(stream) != 0 {
			t.Fatalf("%v>%v: %d bytes after the last packet", f.src, f.dst, len(stream))
		}
	}
	for _, f := range c.flows.syns {
		if !c.announced[f.src.Addr()][f.dst] {
			t.Fatalf("%v connects to %v, which no USER_ONLINE announced to it", f.src, f.dst)
		}
		back := flow{f.dst, f.src}
		if _, accepted := c.flows.isn[back]; accepted {
			c.seen["peer connections"]++
			if evs := encoded[f]; len(evs) > 0 && evs[0].Command != dissect.PeerInit {
				t.Fatalf("%v>%v: starts with %s, not CHANNEL_INIT", f.src, f.dst, evs[0].Command.Name)
			}
		} else {
			c.seen["refused connections"]++
		}
	}
}

// Every combination of the options, over several seeds and sizes, keeps
// every rule the round trip checks.
func TestRoundTripVariety(t *testing.T) {
	for seed := uint64(1); seed <= 8; seed++ {
		cfg := Config{Clients: int(seed*seed) % 23, Duration: time.Duration(5+seed*3) * time.Minute, Seed: seed,
			Loss: float64(seed%3) / 10, Reorder: float64(seed%2) / 3, Split: seed%4 < 2}
		t.Run(fmt.Sprintf("%d clients loss %.1f reorder %.2f split %v", cfg.Clients, cfg.Loss, cfg.Reorder, cfg.Split), func(t *testing.T) {
			roundTrip(t, cfg, Format(seed%2))
		})
	}
}
