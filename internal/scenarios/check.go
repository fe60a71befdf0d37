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
	Cmd    *dissect.Command  // the command
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
func (s *checkScript) send(dir dissect.Direction, cmd *dissect.Command, seq uint16, f dissect.Fields) {
	s.events = append(s.events, CheckEvent{At: s.at, Dir: dir, Cmd: cmd, Seq: seq, Fields: f})
	s.at += gap
}

// exchange sends a packet from dir's side with its next SEQ_NUM, and the
// other side's ACK of it.
func (s *checkScript) exchange(dir dissect.Direction, cmd *dissect.Command, f dissect.Fields) {
	seq := s.take(dir)
	s.send(dir, cmd, seq, f)
	ack := dissect.CmdAck
	if dir == dissect.ClientToServer {
		ack = dissect.SrvAck
	}
	s.send(reverse(dir), ack, seq, nil)
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

func (s *checkScript) peer(from int, cmd *dissect.Command, f dissect.Fields) {
	s.events = append(s.events, CheckEvent{At: s.at, Dir: dissect.PeerToPeer, From: from, Cmd: cmd, Fields: f})
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
	s.exchange(c2s, dissect.CmdLogin, dissect.Fields{dissect.FPort: annaListenPort, dissect.FPassword: "hemlig", dissect.FUserIP: annaAddr.Addr(),
		dissect.FStatus: 0, dissect.FLoginSeqNum: 2})
	s.exchange(s2c, dissect.SrvLoginReply, dissect.Fields{dissect.FUserUIN: annaUIN, dissect.FUserIP: annaAddr.Addr(), dissect.FLoginSeqNum: 2})
	s.exchange(c2s, dissect.CmdLogin1, nil)
	s.exchange(c2s, dissect.CmdContactList, dissect.Fields{dissect.FUIN: []uint32{bjornUIN, carlUIN}})
	s.exchange(c2s, dissect.CmdLogin2, nil)
	s.exchange(s2c, dissect.SrvUserOnline, online(bjornUIN, bjornListen))
	s.exchange(s2c, dissect.SrvUserOnline, online(carlUIN, netip.AddrPortFrom(carlAddr, 1200)))

	s.at = 5 * time.Second
	s.exchange(c2s, dissect.CmdSearchUser, dissect.Fields{dissect.FSearchSeqNum: 6, dissect.FFirstName: "Carl"})
	for i, last := range []string{"Åberg", "Berg"} {
		s.exchange(s2c, dissect.SrvUserFound, dissect.Fields{dissect.FSearchSeqNum: 6, dissect.FFoundUIN: carlUIN + uint32(i),
			dissect.FNickName: "Calle", dissect.FFirstName: "Carl", dissect.FLastName: last, dissect.FAuthorize: 1})
	}
	s.exchange(s2c, dissect.SrvEndOfSearch, dissect.Fields{dissect.FSearchSeqNum: 6, dissect.FMoreFound: 0})

	s.at = 8 * time.Second
	s.exchange(c2s, dissect.CmdInfoReq, dissect.Fields{dissect.FInfoSeqNum: 7, dissect.FQueryUIN: carlUIN})
	s.exchange(s2c, dissect.SrvInfoReply, userRecord(dissect.FInfoSeqNum, 7, dissect.FRemoteUIN))
	s.exchange(c2s, dissect.CmdExtInfoReq, dissect.Fields{dissect.FInfoSeqNum: 8, dissect.FQueryUIN: carlUIN})
	s.exchange(s2c, dissect.SrvExtInfoReply, dissect.Fields{dissect.FInfoSeqNum: 8, dissect.FRemoteUIN: carlUIN, dissect.FCity: "Göteborg",
		dissect.FCountryCode: 46, dissect.FCountryStatus: 0xFE, dissect.FAge: 0xFFFF, dissect.FSex: 0x02, dissect.FAbout: "Fotograf.\r\nGillar kaffe."})

	s.at = 10 * time.Second
	s.exchange(c2s, dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: carlUIN, dissect.FMessageType: 0x0001,
		dissect.FMessage: "Hej Carl!\r\nSes i morgon?"})
	s.exchange(c2s, dissect.CmdStatusChange, dissect.Fields{dissect.FStatus: 0x01})

	s.at = 15 * time.Second
	s.peer(0, dissect.PeerInit, annaInit())
	s.peer(0, dissect.PeerMessage, chatFields(0, annaAddr.Addr(), 0x0001, "Hej Björn!\r\nFika?", 0x0010, 0xFFFFFFF0))
	s.peer(1, dissect.PeerAck, chatFields(1, bjornAddr, 0x0001, "", 0x0000, 0xFFFFFFF0))

	s.at = 60 * time.Second
	s.exchange(c2s, dissect.CmdKeepAlive, nil)
	s.at = 180 * time.Second
	s.exchange(c2s, dissect.CmdKeepAlive, nil)

	// The server is slow: Anna's message goes six times, 10 s apart, then
	// she asks it to answer with B_MESSAGE_ACK, and it does.
	s.at = 200 * time.Second
	lost := s.take(c2s)
	for range 6 {
		s.send(c2s, dissect.CmdSendMessage, lost, dissect.Fields{dissect.FReceiverUIN: carlUIN, dissect.FMessageType: 0x0001, dissect.FMessage: "Hallå?"})
		s.at += 10*time.Second - gap
	}
	s.exchange(c2s, dissect.CmdSendTextCode, dissect.Fields{dissect.FTextCode: dissect.TextMessageAck, dissect.FX1: []byte{0x05, 0x00}})
	s.send(s2c, dissect.SrvAck, lost, nil)

	s.at = 270 * time.Second
	s.exchange(s2c, dissect.SrvUserOffline, dissect.Fields{dissect.FRemoteUIN: bjornUIN})
	s.at = 280 * time.Second
	s.exchange(c2s, dissect.CmdSendTextCode, dissect.Fields{dissect.FTextCode: dissect.TextDisconnected, dissect.FX1: []byte{0x05, 0x00}})
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
		b, err = dissect.EncodePeer(nil, ev.Cmd, ev.Fields)
	default:
		header := dissect.Fields{dissect.FSeqNum: ev.Seq}
		if ev.Dir == dissect.ClientToServer {
			header[dissect.FUIN] = annaUIN
		}
		b, err = dissect.EncodeUDPSplit(nil, ev.Dir, ev.Cmd, header, ev.Fields)
	}
	if err != nil {
		panic(fmt.Sprintf("scenarios: %s: %v", ev.Cmd.Name, err))
	}
	if ev.Edit != nil {
		b = ev.Edit(b)
	}
	return b
}
