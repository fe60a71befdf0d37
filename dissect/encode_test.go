package dissect

import (
	"bytes"
	"net/netip"
	"strings"
	"testing"
)

// TestRoundTrip encodes every described command with a value for every
// field, decodes it, and finds each value as it was given, with no issue.
func TestRoundTrip(t *testing.T) {
	for _, s := range samples(t) {
		t.Run(s.name, func(t *testing.T) {
			var p Packet
			decodeAny(&p, s.pkt, s.dir)
			checkCoverage(t, &p)
			if len(p.Issues) > 0 {
				t.Fatalf("issues %q in % X", describeIssues(&p), s.pkt)
			}
			if p.Command != s.cmd || p.CommandName() != s.cmd.Display() {
				t.Fatalf("decoded as %q, encoded as %s", p.CommandName(), s.cmd.Display())
			}
			for i := range p.Values {
				v := &p.Values[i]
				if want := encodedValue(&p, v, s); !sameValue(&p, v, want) {
					t.Errorf("%s = %s, encoded %#v", v.Field.Name, valueText(&p, v), want)
				}
			}
			if got, want := len(p.Values), fieldCount(s); got != want {
				t.Errorf("%d values, want %d: %q", got, want, describeValues(&p))
			}
		})
	}
}

// encodedValue is what the encoder was given for v, or computed for it.
func encodedValue(p *Packet, v *Value, s sample) any {
	switch {
	case v.Index >= 0:
		return s.vals[v.Field.ID().List()].([]uint32)[v.Index]
	case v.Field.ID() == FCommand || v.Field.ID() == FMsgCommand:
		return s.cmd.Code
	case v.Field.ID() == FLength && s.dir == PeerToPeer:
		return len(p.Payload) - 2
	case v.Field.ID() == FVersion && s.dir != PeerToPeer:
		return 2
	}
	return s.vals[v.Field.ID()]
}

func sameValue(p *Packet, v *Value, want any) bool {
	data := p.Data(v)
	switch w := want.(type) {
	case string:
		return string(AppendText(nil, data)) == w
	case []byte:
		return bytes.Equal(data, w)
	case netip.Addr:
		a := w.As4()
		return bytes.Equal(data, a[:])
	}
	n, err := toUint(want)
	return err == nil && v.Num == n
}

// fieldCount is how many values a sample decodes to: one per field, and one
// per element of a repeated field.
func fieldCount(s sample) int {
	n := len(s.cmd.Params)
	if t := ForDirection(s.dir); t != nil {
		n += len(t.Header)
	}
	for i := range s.cmd.Params {
		if f := &s.cmd.Params[i]; f.CountBy != "" {
			n += len(s.vals[f.ID().List()].([]uint32)) - 1
		}
	}
	return n
}

func TestEncodeDefaults(t *testing.T) {
	// Fields left out take the spec's Content, or zero, or the empty string;
	// NUM_CONTACTS is the length of the list.
	got, err := EncodeUDP(nil, ClientToServer, Client.ByName("CONTACT_LIST"), Fields{
		FSeqNum: 5, FUIN: 12345678, FUIN.List(): []uint32{23456789}})
	want := payload(t, "02 00"+ // VERSION
		"06 04"+ // COMMAND CONTACT_LIST
		"05 00"+ // SEQ_NUM
		"4E 61 BC 00"+ // UIN
		"01 00"+ // NUM_CONTACTS, counted
		"15 EC 65 01") // UIN[0]
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("CONTACT_LIST = % X, %v; want % X", got, err, want)
	}

	got, err = EncodeUDP(nil, ClientToServer, Client.ByName("LOGIN"), Fields{})
	want = payload(t, "02 00 E8 03 00 00 00 00 00 00"+ // header, zeros
		"00 00 00 00"+ // PORT
		"01 00 00"+ // PASSWORD empty
		"78 00 00 00"+ // X1
		"00 00 00 00"+ // USER_IP
		"04"+ // X2
		"00 00 00 00"+ // STATUS
		"02 00 00 00"+ // X3
		"00 00"+ // LOGIN_SEQ_NUM
		"00 00 00 00"+ // X4
		"18 00 78 00") // X5
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("LOGIN = % X, %v; want % X", got, err, want)
	}

	// A list under the plain name still works where no header field shares it.
	got, err = EncodeUDP(nil, ClientToServer, Client.ByName("CONTACT_LIST"), Fields{FUIN: []uint32{1, 2}})
	if err != nil || !bytes.Equal(got[10:], payload(t, "02 00 01 00 00 00 02 00 00 00")) {
		t.Errorf("CONTACT_LIST with UIN list = % X, %v", got, err)
	}
}

func TestEncodeUndescribedAndUnknown(t *testing.T) {
	got, err := EncodeUDP(nil, ServerToClient, Server.ByName("SYSTEM_MESSAGE"), Fields{
		FSeqNum: 1, FParameters: []byte{0xAA, 0xBB}})
	if want := payload(t, "02 00 C2 01 01 00 AA BB"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("SYSTEM_MESSAGE = % X, %v; want % X", got, err, want)
	}
	// A command not in the tables, for generators of odd traffic.
	got, err = EncodeUDP(nil, ClientToServer, &Command{Code: 0x06AE}, Fields{FParameters: []byte{1}})
	if want := payload(t, "02 00 AE 06 00 00 00 00 00 00 01"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("0x06AE = % X, %v; want % X", got, err, want)
	}
}

func TestEncodeErrors(t *testing.T) {
	login := Client.ByName("LOGIN")
	for _, c := range []struct {
		name string
		cmd  *Command
		dir  Direction
		vals Fields
		want string
	}{
		{"no command", nil, ClientToServer, nil, "nothing to encode"},
		{"peer direction", login, PeerToPeer, nil, "nothing to encode"},
		{"text outside Windows-1252", login, ClientToServer, Fields{FPassword: "日本"}, "PASSWORD"},
		{"text too long", login, ClientToServer, Fields{FPassword: make([]byte, 0xFFFF)}, "does not fit"},
		{"number for text", login, ClientToServer, Fields{FPassword: 7}, "want string or []byte"},
		{"text for number", login, ClientToServer, Fields{FPort: "x"}, "PORT: want an integer"},
		{"wrong width", login, ClientToServer, Fields{FX1: []byte{1}}, "want 4 bytes, got 1"},
		{"IPv6", login, ClientToServer, Fields{FUserIP: netip.MustParseAddr("::1")}, "not an IPv4"},
		{"IP as text", login, ClientToServer, Fields{FUserIP: "1.2.3.4"}, "want netip.Addr"},
		{"list of the wrong type", Client.ByName("CONTACT_LIST"), ClientToServer, Fields{FUIN.List(): []int{1}}, "want []uint32"},
		{"raw as text", Client.ByName("UPDATE_INFO"), ClientToServer, Fields{FParameters: "x"}, "want []byte"},
		{"field of another command", login, ClientToServer, Fields{FRemoteUIN: 1}, "LOGIN has no field REMOTE_UIN"},
		{"list of a field not repeated", login, ClientToServer, Fields{FPort.List(): []uint32{1}}, "LOGIN has no field PORT[]"},
		{"laid-out fields of an undescribed command", Client.ByName("UPDATE_INFO"), ClientToServer, Fields{FNickName: "x"}, "has no field NICK_NAME"},
	} {
		_, err := EncodeUDP(nil, c.dir, c.cmd, c.vals)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := EncodePeer(nil, nil, nil); err == nil {
		t.Error("EncodePeer(nil command) did not fail")
	}
	if _, err := EncodePeer(nil, PeerInit, Fields{FCmdType: 1}); err == nil || !strings.Contains(err.Error(), "CHANNEL_INIT has no field CMD_TYPE") {
		t.Errorf("EncodePeer(CHANNEL_INIT, CMD_TYPE): error %v", err)
	}
	if _, err := EncodeUDPSplit(nil, ClientToServer, CmdLogin, Fields{FSeqNum: 1}, Fields{FSeqNum: 1}); err == nil {
		t.Error("EncodeUDPSplit took a header field among the parameters")
	}
}
