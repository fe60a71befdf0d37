package analyze

import (
	"net/netip"
	"os"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// TestV5Sessions analyses testdata/icqgen-v5.pcap (three clients, each
// logging in, listing contacts, asking, messaging through the server and
// over peer TCP v6, searching, keeping alive and logging off): v5 sessions
// with their SESSION_ID, every packet but an ACK acknowledged by the v5
// rules, replies linked by SEQ_NUM2, the v6 ACKs to their messages, the
// message transcript.
func TestV5Sessions(t *testing.T) {
	f, err := os.Open("../testdata/icqgen-v5.pcap")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := capture.NewReader(f, "v5", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var messages []Message
	replies := 0
	a := New(Config{KeepEnded: true, Message: func(m *Message) { messages = append(messages, *m) },
		Release: func(r *Released) {
			if r.Xref.ReplyTo != 0 {
				replies++
			}
		}})
	var p dissect.Packet
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		m.Decode(&p)
		a.Add(m, &p)
	}
	a.Finish()
	sessions := a.Sessions()
	if len(sessions) != 3 {
		t.Fatalf("%d sessions, want 3", len(sessions))
	}
	for _, s := range sessions {
		if s.SessionID == 0 || s.UIN == 0 || s.Login.ReplyFrame == 0 || s.End != EndDisconnected || s.Found != 1 {
			t.Errorf("session %d: %+v", s.ID, s)
		}
		for d := range s.Dir {
			if s.Dir[d].NeedAck == 0 || s.Dir[d].Acked != s.Dir[d].NeedAck || s.Dir[d].UnmatchedAcks != 0 {
				t.Errorf("session %d dir %d: %d need an ACK, %d acknowledged, %d ACKs of nothing",
					s.ID, d, s.Dir[d].NeedAck, s.Dir[d].Acked, s.Dir[d].UnmatchedAcks)
			}
		}
	}
	// per client: LOGIN_REPLY, META reply, USER_FOUND and END_OF_SEARCH;
	// and the two peer v6 ACKs
	if replies != 3*4+2 {
		t.Errorf("%d replies linked to their request, want 14", replies)
	}
	// three relayed through the server, each sent and delivered; two peer to peer
	if len(messages) != 8 {
		t.Fatalf("%d messages, want 8", len(messages))
	}
	for _, m := range messages {
		if m.From == 0 || m.To == 0 || len(m.Text) == 0 || m.Type != 1 {
			t.Errorf("message %+v", m)
		}
	}
	if messages[6].Path != PathPeer || messages[6].Stream == 0 {
		t.Errorf("no peer message: %+v", messages[6])
	}
	// The commands table: the v6 handshake apart from its acknowledgement
	// (both are told by their place, not a code).
	rows := map[string]CommandCount{}
	for _, c := range a.Commands() {
		rows[c.Name] = c
	}
	if rows["HANDSHAKE_V6"].Packets != 2 || rows["HANDSHAKE_ACK"].Packets != 2 {
		t.Errorf("commands: %+v", a.Commands())
	}
}

// TestV5Announcements: SRV_USER_ONLINE announces a contact's peer endpoint,
// CMD_LOGIN the sender's.
func TestV5Announcements(t *testing.T) {
	pkt, err := dissect.EncodeIn(nil, dissect.Server5, dissect.Srv5UserOnline, dissect.Fields{
		dissect.FSessionID: 1, dissect.FUIN: 123402, dissect.FRemoteUIN: 555555, dissect.FIP: [4]byte{192, 0, 2, 7}, dissect.FTCPPort: 1234,
		dissect.FRealIP: [4]byte{10, 0, 0, 7}, dissect.FTCPVersion: 6})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	dissect.Decode(&p, pkt, dissect.ServerToClient)
	m := &capture.Packet{Frame: 3, Dir: dissect.ServerToClient}
	got := AppendPeerEndpoints(nil, m, &p)
	want := []netip.AddrPort{netip.MustParseAddrPort("192.0.2.7:1234"), netip.MustParseAddrPort("10.0.0.7:1234")}
	if len(got) != 2 || got[0].Addr != want[0] || got[1].Addr != want[1] || got[0].How() != "learned from SRV_USER_ONLINE in frame 3" {
		t.Errorf("endpoints %+v, want %v", got, want)
	}
}
