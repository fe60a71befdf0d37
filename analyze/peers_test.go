package analyze

import (
	"fmt"
	"net/netip"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

func TestAppendPeerEndpoints(t *testing.T) {
	ip := netip.MustParseAddr
	client := netip.MustParseAddrPort("192.0.2.10:1032")
	server := netip.MustParseAddrPort("203.0.113.4:4000")
	peer := netip.MustParseAddrPort("192.0.2.10:1041")
	login := func(port uint32, userIP netip.Addr) dissect.Fields {
		return dissect.Fields{dissect.FSeqNum: 1, dissect.FUIN: 1234567, dissect.FPort: port, dissect.FPassword: "hemlig", dissect.FUserIP: userIP}
	}
	online := func(remote, real netip.Addr) dissect.Fields {
		return dissect.Fields{dissect.FSeqNum: 1, dissect.FRemoteUIN: 7654321, dissect.FRemoteIP: remote, dissect.FRemotePort: 1029, dissect.FRemoteRealIP: real}
	}
	tests := []struct {
		name    string
		dir     dissect.Direction
		command *dissect.Command
		vals    dissect.Fields
		keep    int // the packet's first bytes only; 0 for all
		want    string
	}{
		{"LOGIN: the source address and USER_IP", dissect.ClientToServer, dissect.CmdLogin, login(1033, ip("10.0.0.5")), 0,
			"192.0.2.10:1033 10.0.0.5:1033"},
		{"LOGIN: USER_IP is the source address", dissect.ClientToServer, dissect.CmdLogin, login(1033, client.Addr()), 0,
			"192.0.2.10:1033"},
		{"LOGIN: USER_IP 0.0.0.0", dissect.ClientToServer, dissect.CmdLogin, login(1033, ip("0.0.0.0")), 0,
			"192.0.2.10:1033"},
		// mICQ 0.2.5 sends 9A 2B 01 00
		{"LOGIN: PORT over 16 bits", dissect.ClientToServer, dissect.CmdLogin, login(76698, client.Addr()), 0, ""},
		{"LOGIN: PORT 0", dissect.ClientToServer, dissect.CmdLogin, login(0, client.Addr()), 0, ""},
		// the header (10 bytes) and 2 bytes of PORT
		{"LOGIN cut inside PORT", dissect.ClientToServer, dissect.CmdLogin, login(1033, client.Addr()), 12, ""},
		{"USER_ONLINE: REMOTE_IP and REMOTE_REAL_IP", dissect.ServerToClient, dissect.SrvUserOnline,
			online(ip("198.51.100.7"), ip("10.0.0.7")), 0, "198.51.100.7:1029 10.0.0.7:1029"},
		{"USER_ONLINE: one address", dissect.ServerToClient, dissect.SrvUserOnline,
			online(ip("198.51.100.7"), ip("198.51.100.7")), 0, "198.51.100.7:1029"},
		// header 6, REMOTE_UIN, REMOTE_IP, REMOTE_PORT: REMOTE_REAL_IP is cut
		{"USER_ONLINE cut inside REMOTE_REAL_IP", dissect.ServerToClient, dissect.SrvUserOnline,
			online(ip("198.51.100.7"), ip("10.0.0.7")), 6 + 4 + 4 + 4 + 2, "198.51.100.7:1029"},
		{"another command", dissect.ClientToServer, dissect.CmdKeepAlive, dissect.Fields{dissect.FSeqNum: 1}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := tt.command
			payload, err := dissect.EncodeUDP(nil, tt.dir, cmd, tt.vals)
			if err != nil {
				t.Fatal(err)
			}
			if tt.keep > 0 {
				payload = payload[:tt.keep]
			}
			src, dst := client, server
			if tt.dir == dissect.ServerToClient {
				src, dst = dst, src
			}
			m := &capture.Packet{Frame: 7, Src: src, Dst: dst, Transport: capture.UDP, Dir: tt.dir, Payload: payload}
			var p dissect.Packet
			dissect.Decode(&p, payload, tt.dir)
			checkEndpoints(t, AppendPeerEndpoints(nil, m, &p), tt.want, tt.command.Name)
		})
	}
	t.Run("CHANNEL_INIT: the sender, MY_IP and MY_IP_REAL", func(t *testing.T) {
		payload, err := dissect.EncodePeer(nil, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 1234567,
			dissect.FMyIP: ip("192.0.2.10"), dissect.FMyIPReal: ip("10.0.0.5"), dissect.FMyPort: 1033})
		if err != nil {
			t.Fatal(err)
		}
		m := &capture.Packet{Frame: 7, Src: peer, Transport: capture.TCP, Dir: dissect.PeerToPeer, Payload: payload}
		var p dissect.Packet
		dissect.DecodePeer(&p, payload)
		checkEndpoints(t, AppendPeerEndpoints(nil, m, &p), "192.0.2.10:1033 10.0.0.5:1033", dissect.PeerInit.Name)
	})
}

func checkEndpoints(t *testing.T, eps []PeerEndpoint, want, command string) {
	t.Helper()
	var got []string
	for _, ep := range eps {
		got = append(got, ep.Addr.String())
		if how := fmt.Sprintf("learned from %s in frame 7", command); ep.How() != how {
			t.Errorf("How = %q, want %q", ep.How(), how)
		}
	}
	if strings.Join(got, " ") != want {
		t.Errorf("got %q, want %q", strings.Join(got, " "), want)
	}
}
