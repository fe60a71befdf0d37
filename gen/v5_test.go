package gen

import (
	"bytes"
	"os"
	"testing"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// TestRoundTrip5: icqgen encodes and encrypts v5 sessions and peer v6
// conversations, capture and dissect read them back: every client packet
// and peer message decrypts with a valid checkcode, and every header field
// and parameter equals what was encoded; the packets inside a
// SRV_MULTI_PACKET decode on their own too.
func TestRoundTrip5(t *testing.T) {
	for _, format := range []Format{Pcap, Pcapng} {
		file, evs := generate(t, Config{Clients: 7, Duration: 10 * time.Minute, Seed: 5, Protocol: 5}, format)
		r, err := capture.NewReader(bytes.NewReader(file), "v5", capture.Config{})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]int{}
		var p, inner dissect.Packet
		n := 0
		for m, err := range r.All() {
			if err != nil {
				t.Fatal(err)
			}
			if n == len(evs) {
				t.Fatalf("frame %d: more packets than were encoded", m.Frame)
			}
			ev := &evs[n]
			n++
			if m.Dir != ev.Dir || !bytes.Equal(m.Payload, ev.Payload) {
				t.Fatalf("frame %d: read %v % x, encoded %v % x", m.Frame, m.Dir, m.Payload, ev.Dir, ev.Payload)
			}
			dissect.Decode(&p, m.Payload, m.Dir)
			version, encrypted := uint16(5), m.Dir == dissect.ClientToServer
			if m.Dir == dissect.PeerToPeer {
				version, encrypted = 6, p.Command != dissect.PeerInit6 && p.Command != dissect.PeerInitAck6
			}
			if p.Version != version || len(p.Issues) > 0 || encrypted != (p.Wire != nil) {
				t.Fatalf("frame %d %s: version %d, decrypted %v, issues %v", m.Frame, p.CommandName(), p.Version, p.Wire != nil, p.Issues)
			}
			if err := checkFields(&p, ev); err != nil {
				t.Fatalf("frame %d %s: %v", m.Frame, p.CommandName(), err)
			}
			seen[m.Dir.String()+" "+p.CommandName()]++
			for _, v := range p.Contained() {
				dissect.Decode(&inner, p.Data(&v), dissect.ServerToClient)
				if len(inner.Issues) > 0 || inner.Session != p.Session {
					t.Fatalf("frame %d, inner %s: issues %v", m.Frame, inner.CommandName(), inner.Issues)
				}
				seen["inner "+inner.CommandName()]++
			}
		}
		if n != len(evs) {
			t.Fatalf("read %d packets, encoded %d", n, len(evs))
		}
		for _, want := range []string{"c2s CMD_NEW_USER_1", "c2s CMD_LOGIN", "c2s CMD_ACK", "c2s CMD_LOGIN_1",
			"c2s CMD_CONTACT_LIST", "c2s CMD_META_USER", "c2s CMD_SEND_MESSAGE", "c2s CMD_STATUS_CHANGE",
			"c2s CMD_SEARCH_UIN", "c2s CMD_KEEP_ALIVE", "c2s CMD_SEND_TEXT_CODE", "s2c SRV_ACK", "s2c SRV_LOGIN_REPLY",
			"s2c SRV_MULTI_PACKET", "inner SRV_USER_ONLINE", "inner SRV_X1", "s2c SRV_META_USER",
			"s2c SRV_SYS_DELIVERED_MESS", "s2c SRV_STATUS_UPDATE", "s2c SRV_USER_FOUND", "s2c SRV_END_OF_SEARCH",
			"s2c SRV_USER_OFFLINE", "p2p HANDSHAKE_V6", "p2p HANDSHAKE_ACK", "p2p MESSAGE_V6", "p2p ACK_V6"} {
			if seen[want] == 0 {
				t.Errorf("%v: no %s", format, want)
			}
		}
	}
}

// TestV5Testdata: testdata/icqgen-v5.pcap, the README's v5 examples, is
// what icqgen --protocol 5 --clients 3 --duration 5m writes.
func TestV5Testdata(t *testing.T) {
	want, err := os.ReadFile("../testdata/icqgen-v5.pcap")
	if err != nil {
		t.Fatal(err)
	}
	file, _ := generate(t, Config{Clients: 3, Duration: 5 * time.Minute, Seed: 1, Protocol: 5}, Pcap)
	if !bytes.Equal(file, want) {
		t.Error("testdata/icqgen-v5.pcap differs from what icqgen writes: go run ./cmd/icqgen --protocol 5 --clients 3 --duration 5m -w testdata/icqgen-v5.pcap")
	}
}

func TestProtocol5Options(t *testing.T) {
	for _, cfg := range []Config{
		{Clients: 1, Duration: time.Minute, Protocol: 4},
		{Clients: 1, Duration: time.Minute, Protocol: 5, Loss: 0.1},
	} {
		if err := cfg.Validate(); err == nil {
			t.Errorf("%+v: no error", cfg)
		}
	}
}
