package main

import (
	"encoding/json"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// The reports of analyzer-sessions: Anna sends Björn two real messages,
// he acknowledges each (the CHANNEL_ACK carries the auto reply; the first
// also gets a CHANNEL_MESSAGE auto reply) and sends her one she
// acknowledges.
func TestReportFixes(t *testing.T) {
	file := scenarioFile(t, "analyzer-sessions")
	report := func(args ...string) string {
		code, out, _ := runArgs(append([]string{"-r", file, "-q", "-z"}, args...)...)
		if code != exitOK {
			t.Fatalf("-z %v: exit %d", args, code)
		}
		return out
	}
	t.Run("peers counts auto replies from CHANNEL_ACK, once per message", func(t *testing.T) {
		var line struct {
			Peers []struct {
				AutoReplies [2]int `json:"auto_replies"`
			} `json:"peers"`
		}
		out := report("peers", "-T", "json")
		if err := json.Unmarshal([]byte(out), &line); err != nil || len(line.Peers) != 1 || line.Peers[0].AutoReplies != [2]int{1, 2} {
			t.Errorf("%v: %s", err, out)
		}
	})
	t.Run("commands shows no code for CHANNEL_INIT", func(t *testing.T) {
		text, js := report("commands"), report("commands", "-T", "json")
		if !strings.Contains(text, " p2p | -      | CHANNEL_INIT ") || !strings.Contains(js, `{"direction":"p2p","command":"CHANNEL_INIT",`) {
			t.Errorf("text:\n%s\njson:\n%s", text, js)
		}
	})
	t.Run("one duration format", func(t *testing.T) {
		text := report("sessions")
		if !strings.Contains(text, " 2m29.999s ") || !strings.Contains(text, " every 2m00.000s ") {
			t.Errorf("sessions:\n%s", text)
		}
	})
}

// sharedAddressCapture: the client of UIN 1001 at 10.0.0.2 logs in and
// announces peer port 2001; 10.0.0.9 then talks to another client at the
// same address, whose listener is port 2002 and whose session is not in
// the capture.
func sharedAddressCapture(t *testing.T) string {
	server := netip.MustParseAddrPort("10.0.0.1:4000")
	anna := netip.MustParseAddrPort("10.0.0.2:1024")
	caller, other := netip.MustParseAddrPort("10.0.0.9:3000"), netip.MustParseAddrPort("10.0.0.2:2002")
	login, err := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdLogin,
		dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1001, dissect.FPort: 2001, dissect.FLoginSeqNum: 1})
	if err != nil {
		t.Fatal(err)
	}
	peer := func(cmd *dissect.Command, vals dissect.Fields) []byte {
		b, err := dissect.EncodePeer(nil, cmd, vals)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	init := peer(dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 3003})
	msg := peer(dissect.PeerMessage, dissect.Fields{dissect.FUIN: 3003, dissect.FMessage: "hej", dissect.FCmdType: 0x10})
	ack := peer(dissect.PeerAck, dissect.Fields{dissect.FUIN: 1002, dissect.FCmdType: 0x10})
	data := [][]byte{
		pcaptest.UDPFrame(anna, server, login),
		pcaptest.TCPFrame(caller, other, pcaptest.TCP{Seq: 100, SYN: true}, nil),
		pcaptest.TCPFrame(other, caller, pcaptest.TCP{Seq: 500, Ack: 101, SYN: true, ACK: true}, nil),
		pcaptest.TCPFrame(caller, other, pcaptest.TCP{Seq: 101, Ack: 501, ACK: true}, nil),
		pcaptest.TCPFrame(caller, other, pcaptest.TCP{Seq: 101, Ack: 501, ACK: true, PSH: true}, init),
		pcaptest.TCPFrame(caller, other, pcaptest.TCP{Seq: 101 + uint32(len(init)), Ack: 501, ACK: true, PSH: true}, msg),
		pcaptest.TCPFrame(other, caller, pcaptest.TCP{Seq: 501, Ack: 101 + uint32(len(init)+len(msg)), ACK: true, PSH: true}, ack),
	}
	frames := make([]pcaptest.Frame, len(data))
	for i, d := range data {
		frames[i] = pcaptest.Frame{Time: pcaptest.At(time.Duration(i) * time.Millisecond), Data: d}
	}
	return writeTemp(t, "shared.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, frames...))
}

// Two clients share an address: the stream to the other one's listener is
// not credited to the session whose LOGIN announced another port.
func TestPeerSessionBySharedAddress(t *testing.T) {
	file := sharedAddressCapture(t)
	code, out, stderr := runArgs("-r", file, "-q", "-z", "peers,sessions", "-T", "json")
	if code != exitOK || !strings.HasPrefix(stderr, "icqdump: 7 frames: 1 ICQ UDP (1 packets), 3 peer TCP (3 packets)") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var peers struct {
		Peers []struct {
			Sessions [2]int `json:"sessions"`
		} `json:"peers"`
	}
	var sessions struct {
		Sessions []struct {
			UIN          uint32 `json:"uin"`
			ReceivedPeer int    `json:"received_peer"`
		} `json:"sessions"`
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var err error
		switch {
		case strings.HasPrefix(l, `{"report":"peers"`):
			err = json.Unmarshal([]byte(l), &peers)
		case strings.HasPrefix(l, `{"report":"sessions"`):
			err = json.Unmarshal([]byte(l), &sessions)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(peers.Peers) != 1 || peers.Peers[0].Sessions != [2]int{0, 0} || len(sessions.Sessions) != 1 || sessions.Sessions[0].ReceivedPeer != 0 {
		t.Errorf("peers %+v, sessions %+v:\n%s", peers, sessions, out)
	}
}
