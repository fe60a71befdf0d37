package analyze

import (
	"net/netip"
	"os"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// TestV5Sessions analyses testdata/icqgen-v5.pcap (three clients, each
// logging in, listing contacts, asking, messaging, searching, keeping alive
// and logging off): v5 sessions with their SESSION_ID, every packet but an
// ACK acknowledged by the v5 rules, replies linked by SEQ_NUM2, messages.
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
	a := New(Config{Message: func(m *Message) { messages = append(messages, *m) },
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
	// per client: LOGIN_REPLY, META reply, USER_FOUND and END_OF_SEARCH
	if replies != 3*4 {
		t.Errorf("%d replies linked to their request, want 12", replies)
	}
	if len(messages) != 6 || messages[0].From == 0 || messages[0].To == 0 || string(messages[0].Text) == "" {
		t.Errorf("messages: %+v", messages)
	}
}

// TestV5Announcements: SRV_USER_ONLINE announces a contact's peer endpoint,
// CMD_LOGIN the sender's.
func TestV5Announcements(t *testing.T) {
	pkt, err := dissect.EncodeIn(nil, dissect.Server5, dissect.Srv5UserOnline, dissect.Fields{
		"SESSION_ID": 1, "UIN": 123402, "REMOTE_UIN": 555555, "IP": [4]byte{192, 0, 2, 7}, "TCP_PORT": 1234,
		"REAL_IP": [4]byte{10, 0, 0, 7}, "TCP_VERSION": 6})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	dissect.Decode(&p, pkt, dissect.ServerToClient)
	m := &capture.Packet{Frame: 3, Dir: dissect.ServerToClient}
	got := AppendPeerEndpoints(nil, m, &p)
	want := []netip.AddrPort{netip.MustParseAddrPort("192.0.2.7:1234"), netip.MustParseAddrPort("10.0.0.7:1234")}
	if len(got) != 2 || got[0].Addr != want[0] || got[1].Addr != want[1] || got[0].How != "learned from SRV_USER_ONLINE in frame 3" {
		t.Errorf("endpoints %+v, want %v", got, want)
	}
}
