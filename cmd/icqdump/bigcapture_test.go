package main

import (
	"bufio"
	"fmt"
	"net/netip"
	"os"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// TestWriteBigCapture writes a day of a busy server, a million packets, to
// the file named by ICQDUMP_BIG_CAPTURE, to measure memory on a long capture:
//
//	ICQDUMP_BIG_CAPTURE=/tmp/big.pcap go test ./cmd/icqdump -run BigCapture
//	go build -o /tmp/icqdump ./cmd/icqdump
//	/usr/bin/time -v /tmp/icqdump -q -z all -r /tmp/big.pcap
//
// 2,000 clients are logged in at any time; each session logs in, sends
// messages, changes status, searches, keeps alive and disconnects, and
// another client takes its place. One packet in 50 loses its ACK (and half
// of those are retransmitted); some clients acknowledge an ACK.
func TestWriteBigCapture(t *testing.T) {
	path := os.Getenv("ICQDUMP_BIG_CAPTURE")
	if path == "" {
		t.Skip("set ICQDUMP_BIG_CAPTURE to the file to write")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	bw := bufio.NewWriterSize(f, 1<<20)
	w := pcapgo.NewWriter(bw)
	if err := w.WriteFileHeader(65536, layers.LinkTypeEthernet); err != nil {
		t.Fatal(err)
	}
	g := &bigGen{w: w, at: pcaptest.Base}
	const live, total = 2000, 1_000_000
	sessions := make([]*bigSession, live)
	for i := range sessions {
		sessions[i] = g.newSession()
	}
	for g.packets < total {
		for i, s := range sessions {
			if g.packets >= total {
				break
			}
			g.retransmit()
			if s.step() {
				sessions[i] = g.newSession()
			}
			g.at = g.at.Add(40 * time.Millisecond)
		}
	}
	if g.err != nil {
		t.Fatal(g.err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d packets in %d sessions over %s", g.packets, g.sessions, g.at.Sub(pcaptest.Base))
}

type bigGen struct {
	w        *pcapgo.Writer
	at       time.Time
	packets  int
	sessions int
	later    []retransmission // in the order they are due
	err      error
}

// retransmission is a client packet whose ACK was lost, sent again 10 s on.
type retransmission struct {
	due  time.Time
	s    *bigSession
	cmd  *dissect.Command
	seq  uint16
	vals dissect.Fields
}

// retransmit sends the retransmissions that are due, and their ACKs.
func (g *bigGen) retransmit() {
	for len(g.later) > 0 && !g.later[0].due.After(g.at) {
		r := g.later[0]
		g.later = g.later[1:]
		r.s.send(dissect.ClientToServer, r.cmd, r.seq, r.vals)
		r.s.send(dissect.ServerToClient, dissect.SrvAck, r.seq, nil)
	}
}

var bigServer = netip.MustParseAddrPort("203.0.113.4:4000")

func (g *bigGen) newSession() *bigSession {
	g.sessions++
	n := g.sessions
	client := netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, byte(n >> 16), byte(n >> 8), byte(n)}), uint16(1024+n%60000))
	return &bigSession{g: g, client: client, uin: uint32(100000 + n), clientSeq: 1}
}

type bigSession struct {
	g                    *bigGen
	client               netip.AddrPort
	uin                  uint32
	clientSeq, serverSeq uint16
	steps                int
}

func (s *bigSession) send(dir dissect.Direction, cmd *dissect.Command, seq uint16, vals dissect.Fields) {
	all := dissect.Fields{dissect.FSeqNum: seq}
	if dir == dissect.ClientToServer {
		all[dissect.FUIN] = s.uin
	}
	for k, v := range vals {
		all[k] = v
	}
	payload, err := dissect.EncodeUDP(nil, dir, cmd, all)
	if err != nil {
		s.g.err = err
		return
	}
	src, dst := s.client, bigServer
	if dir == dissect.ServerToClient {
		src, dst = dst, src
	}
	frame := pcaptest.UDPFrame(src, dst, payload)
	ci := gopacket.CaptureInfo{Timestamp: s.g.at, CaptureLength: len(frame), Length: len(frame)}
	if err := s.g.w.WritePacket(ci, frame); err != nil {
		s.g.err = err
	}
	s.g.packets++
	s.g.at = s.g.at.Add(300 * time.Microsecond)
}

// request sends a client packet and its ACK; every 50th ACK is lost, and
// every 100th packet is retransmitted 10 s later and then acknowledged.
func (s *bigSession) request(cmd *dissect.Command, vals dissect.Fields) {
	seq := s.clientSeq
	s.clientSeq++
	s.send(dissect.ClientToServer, cmd, seq, vals)
	switch {
	case s.g.packets%100 == 7:
		s.g.later = append(s.g.later, retransmission{due: s.g.at.Add(10 * time.Second), s: s, cmd: cmd, seq: seq, vals: vals})
	case s.g.packets%100 == 57:
	default:
		s.send(dissect.ServerToClient, dissect.SrvAck, seq, nil)
	}
}

func (s *bigSession) notify(cmd *dissect.Command, vals dissect.Fields) {
	seq := s.serverSeq
	s.serverSeq++
	s.send(dissect.ServerToClient, cmd, seq, vals)
	s.send(dissect.ClientToServer, dissect.CmdAck, seq, nil)
	if s.g.packets%97 == 0 {
		s.send(dissect.ServerToClient, dissect.SrvAck, seq, nil) // an ACK of the client's ACK
	}
}

// step plays the session's next exchange; it reports whether it ended.
func (s *bigSession) step() bool {
	s.steps++
	peer := 100000 + uint32(s.steps*7919)%uint32(s.g.sessions)
	switch {
	case s.steps == 1:
		s.request(dissect.CmdLogin, dissect.Fields{dissect.FPort: 1033, dissect.FPassword: "secret", dissect.FUserIP: s.client.Addr(), dissect.FLoginSeqNum: 1})
		s.notify(dissect.SrvLoginReply, dissect.Fields{dissect.FUserUIN: s.uin, dissect.FUserIP: s.client.Addr(), dissect.FLoginSeqNum: 1})
	case s.steps == 40:
		s.request(dissect.CmdSendTextCode, dissect.Fields{dissect.FTextCode: "B_USER_DISCONNECTED", dissect.FX1: []byte{5, 0}})
		return true
	case s.steps%10 == 0:
		s.request(dissect.CmdKeepAlive, nil)
	case s.steps%7 == 0:
		s.request(dissect.CmdSearchUIN, dissect.Fields{dissect.FSearchSeqNum: s.clientSeq, dissect.FSearchedUIN: peer})
		s.notify(dissect.SrvUserFound, dissect.Fields{dissect.FSearchSeqNum: s.clientSeq - 1, dissect.FFoundUIN: peer, dissect.FNickName: "nick"})
		s.notify(dissect.SrvEndOfSearch, dissect.Fields{dissect.FSearchSeqNum: s.clientSeq - 1})
	case s.steps%5 == 0:
		s.request(dissect.CmdStatusChange, dissect.Fields{dissect.FStatus: s.steps % 2})
	case s.steps%3 == 0:
		s.notify(dissect.SrvReceiveMessage, dissect.Fields{dissect.FRemoteUIN: peer, dissect.FYear: 1998, dissect.FMonth: 8, dissect.FDay: 26, dissect.FHour: 12,
			dissect.FType: 1, dissect.FMessage: fmt.Sprintf("message %d to %d", s.steps, s.uin)})
	default:
		s.request(dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: peer, dissect.FMessageType: 1,
			dissect.FMessage: fmt.Sprintf("hello %d from %d", s.steps, s.uin)})
	}
	return false
}
