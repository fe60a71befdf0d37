package scenarios

import (
	"fmt"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// CheckEvent is one packet of a capture for icqdump check: between Anna's
// client and the server over UDP, or between Anna and Björn over one peer
// TCP connection that Anna opens at its first packet. Tests change the
// events of CheckClean to make a capture break one rule.
type CheckEvent struct {
	At     time.Duration     // since pcaptest.Base
	Dir    dissect.Direction // ClientToServer, ServerToClient or PeerToPeer
	From   int               // peer packets: 0 Anna (she connects), 1 Björn
	Name   string            // the command, as the tables name it
	Seq    uint16            // UDP: SEQ_NUM
	Fields dissect.Fields    // the parameters (UDP: the header is Seq and Anna's UIN)
	Edit   func([]byte) []byte
}

// checkScript writes the events of a session that keeps every rule: each
// side numbers its packets from the spec's start, the other side ACKs each.
type checkScript struct {
	events []CheckEvent
	at     time.Duration
	next   [2]uint16 // the client's and the server's next SEQ_NUM
}

// send appends one event gap after the one before.
func (s *checkScript) send(dir dissect.Direction, name string, seq uint16, f dissect.Fields) {
	s.events = append(s.events, CheckEvent{At: s.at, Dir: dir, Name: name, Seq: seq, Fields: f})
	s.at += gap
}

// exchange sends a packet from dir's side with its next SEQ_NUM, and the
// other side's ACK of it.
func (s *checkScript) exchange(dir dissect.Direction, name string, f dissect.Fields) {
	seq := s.take(dir)
	s.send(dir, name, seq, f)
	s.send(reverse(dir), "ACK", seq, nil)
}

// take returns dir's next SEQ_NUM and counts it used.
func (s *checkScript) take(dir dissect.Direction) uint16 {
	i := 0
	if dir == dissect.ServerToClient {
		i = 1
	}
	seq := s.next[i]
	s.next[i]++
	return seq
}

func (s *checkScript) peer(from int, name string, f dissect.Fields) {
	s.events = append(s.events, CheckEvent{At: s.at, Dir: dissect.PeerToPeer, From: from, Name: name, Fields: f})
	s.at += gap
}

func reverse(dir dissect.Direction) dissect.Direction {
	if dir == dissect.ServerToClient {
		return dissect.ClientToServer
	}
	return dissect.ServerToClient
}

// CheckClean is an afternoon of Anna's that keeps every rule icqdump check
// knows: the login, her contacts coming online, a search, information
// requests, a message with CR/LF, keep-alives 120 s apart, a peer chat with
// Björn, a message the server does not acknowledge six times 10 s apart
// until Anna sends B_MESSAGE_ACK, and her disconnect.
func CheckClean() []CheckEvent {
	const c2s, s2c = dissect.ClientToServer, dissect.ServerToClient
	s := &checkScript{next: [2]uint16{1, 0}}
	s.exchange(c2s, "LOGIN", dissect.Fields{"PORT": annaListenPort, "PASSWORD": "hemlig", "USER_IP": annaAddr.Addr(),
		"STATUS": 0, "LOGIN_SEQ_NUM": 2})
	s.exchange(s2c, "LOGIN_REPLY", dissect.Fields{"USER_UIN": annaUIN, "USER_IP": annaAddr.Addr(), "LOGIN_SEQ_NUM": 2})
	s.exchange(c2s, "LOGIN_1", nil)
	s.exchange(c2s, "CONTACT_LIST", dissect.Fields{"UIN": []uint32{bjornUIN, carlUIN}})
	s.exchange(c2s, "LOGIN_2", nil)
	s.exchange(s2c, "USER_ONLINE", online(bjornUIN, bjornListen))
	s.exchange(s2c, "USER_ONLINE", online(carlUIN, netip.AddrPortFrom(carlAddr, 1200)))

	s.at = 5 * time.Second
	s.exchange(c2s, "SEARCH_USER", dissect.Fields{"SEARCH_SEQ_NUM": 6, "FIRST_NAME": "Carl"})
	for i, last := range []string{"Åberg", "Berg"} {
		s.exchange(s2c, "USER_FOUND", dissect.Fields{"SEARCH_SEQ_NUM": 6, "FOUND_UIN": carlUIN + uint32(i),
			"NICK_NAME": "Calle", "FIRST_NAME": "Carl", "LAST_NAME": last, "AUTHORIZE": 1})
	}
	s.exchange(s2c, "END_OF_SEARCH", dissect.Fields{"SEARCH_SEQ_NUM": 6, "MORE_FOUND": 0})

	s.at = 8 * time.Second
	s.exchange(c2s, "INFO_REQ", dissect.Fields{"INFO_SEQ_NUM": 7, "QUERY_UIN": carlUIN})
	s.exchange(s2c, "INFO_REPLY", userRecord("INFO_SEQ_NUM", 7, "REMOTE_UIN"))
	s.exchange(c2s, "EXT_INFO_REQ", dissect.Fields{"INFO_SEQ_NUM": 8, "QUERY_UIN": carlUIN})
	s.exchange(s2c, "EXT_INFO_REPLY", dissect.Fields{"INFO_SEQ_NUM": 8, "REMOTE_UIN": carlUIN, "CITY": "Göteborg",
		"COUNTRY_CODE": 46, "COUNTRY_STATUS": 0xFE, "AGE": 0xFFFF, "SEX": 0x02, "ABOUT": "Fotograf.\r\nGillar kaffe."})

	s.at = 10 * time.Second
	s.exchange(c2s, "SEND_MESSAGE", dissect.Fields{"RECEIVER_UIN": carlUIN, "MESSAGE_TYPE": 0x0001,
		"MESSAGE": "Hej Carl!\r\nSes i morgon?"})
	s.exchange(c2s, "STATUS_CHANGE", dissect.Fields{"STATUS": 0x01})

	s.at = 15 * time.Second
	s.peer(0, "CHANNEL_INIT", annaInit())
	s.peer(0, "CHANNEL_MESSAGE", chatFields(0, annaAddr.Addr(), 0x0001, "Hej Björn!\r\nFika?", 0x0010, 0xFFFFFFF0))
	s.peer(1, "CHANNEL_ACK", chatFields(1, bjornAddr, 0x0001, "", 0x0000, 0xFFFFFFF0))

	s.at = 60 * time.Second
	s.exchange(c2s, "KEEP_ALIVE", nil)
	s.at = 180 * time.Second
	s.exchange(c2s, "KEEP_ALIVE", nil)

	// The server is slow: Anna's message goes six times, 10 s apart, then
	// she asks it to answer with B_MESSAGE_ACK, and it does.
	s.at = 200 * time.Second
	lost := s.take(c2s)
	for range 6 {
		s.send(c2s, "SEND_MESSAGE", lost, dissect.Fields{"RECEIVER_UIN": carlUIN, "MESSAGE_TYPE": 0x0001, "MESSAGE": "Hallå?"})
		s.at += 10*time.Second - gap
	}
	s.exchange(c2s, "SEND_TEXT_CODE", dissect.Fields{"TEXT_CODE": "B_MESSAGE_ACK", "X1": []byte{0x05, 0x00}})
	s.send(s2c, "ACK", lost, nil)

	s.at = 270 * time.Second
	s.exchange(s2c, "USER_OFFLINE", dissect.Fields{"REMOTE_UIN": bjornUIN})
	s.at = 280 * time.Second
	s.exchange(c2s, "SEND_TEXT_CODE", dissect.Fields{"TEXT_CODE": "B_USER_DISCONNECTED", "X1": []byte{0x05, 0x00}})
	return s.events
}

// CheckCapture writes events as a capture. It returns the capture and the
// frame number of each event.
func CheckCapture(events []CheckEvent) ([]byte, []uint64) {
	var list []pcaptest.Frame
	frames := make([]uint64, len(events))
	var conn *timedConn
	for i, ev := range events {
		payload := encodeEvent(ev)
		if ev.Dir != dissect.PeerToPeer {
			src, dst := annaAddr, serverAddr
			if ev.Dir == dissect.ServerToClient {
				src, dst = dst, src
			}
			list = append(list, pcaptest.Frame{Time: pcaptest.At(ev.At), Data: pcaptest.UDPFrame(src, dst, payload)})
			frames[i] = uint64(len(list))
			continue
		}
		if conn == nil {
			conn = &timedConn{ends: [2]netip.AddrPort{annaOut, bjornListen}, next: [2]uint32{1000, 5000}, at: ev.At}
			conn.open()
		}
		conn.at = max(conn.at, ev.At)
		conn.segment(ev.From, pcaptest.TCP{ACK: true, PSH: true}, payload)
		list = append(list, conn.frames...)
		conn.frames = conn.frames[:0]
		frames[i] = uint64(len(list))
	}
	return pcaptest.Pcap(layers.LinkTypeEthernet, list...), frames
}

// encodeEvent encodes an event's packet from the tables, then applies Edit.
func encodeEvent(ev CheckEvent) []byte {
	var b []byte
	var err error
	switch ev.Dir {
	case dissect.PeerToPeer:
		cmd := dissect.PeerInit
		if ev.Name != cmd.Name {
			cmd = dissect.Peer.ByName(ev.Name)
		}
		b, err = dissect.EncodePeer(nil, cmd, ev.Fields)
	default:
		header := dissect.Fields{"SEQ_NUM": ev.Seq}
		if ev.Dir == dissect.ClientToServer {
			header["UIN"] = annaUIN
		}
		b, err = dissect.EncodeUDPSplit(nil, ev.Dir, dissect.ForDirection(ev.Dir).ByName(ev.Name), header, ev.Fields)
	}
	if err != nil {
		panic(fmt.Sprintf("scenarios: %s: %v", ev.Name, err))
	}
	if ev.Edit != nil {
		b = ev.Edit(b)
	}
	return b
}
