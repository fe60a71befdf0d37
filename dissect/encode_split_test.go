package dissect

import (
	"bytes"
	"encoding/hex"
	"strings"
	"testing"
)

func TestEncodeUDPSplit(t *testing.T) {
	tests := []struct {
		name           string
		cmd            *Command
		header, params Fields
		want           string // hex, spaces ignored
	}{{
		name:   "CONTACT_LIST repeats the header's UIN",
		cmd:    Client.ByName("CONTACT_LIST"),
		header: Fields{FSeqNum: 3, FUIN: uint32(12345678)},
		params: Fields{FUIN: []uint32{23456789, 1000002}},
		want: "02 00 06 04 03 00 4e 61 bc 00" + // VERSION 2, CONTACT_LIST, SEQ_NUM 3, UIN 12345678
			" 02 00" + // NUM_CONTACTS, counted from the list
			" 15 ec 65 01 42 42 0f 00", // UIN 23456789, UIN 1000002
	}, {
		name:   "server packet: no UIN in the header",
		cmd:    Server.ByName("USER_OFFLINE"),
		header: Fields{FSeqNum: 7},
		params: Fields{FRemoteUIN: uint32(23456789)},
		want:   "02 00 78 00 07 00 15 ec 65 01",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EncodeUDPSplit(nil, tt.cmd.Dir, tt.cmd, tt.header, tt.params)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := hex.DecodeString(strings.ReplaceAll(tt.want, " ", ""))
			if !bytes.Equal(got, want) {
				t.Fatalf("got  % x\nwant % x", got, want)
			}
			var p Packet
			Decode(&p, got, tt.cmd.Dir)
			if len(p.Issues) != 0 || p.Command != tt.cmd {
				t.Fatalf("decodes as %s with %d issues", p.CommandName(), len(p.Issues))
			}
		})
	}
}

func TestEncodeUDPSplitErrors(t *testing.T) {
	if _, err := EncodeUDPSplit(nil, ClientToServer, nil, nil, nil); err == nil {
		t.Error("nil command: no error")
	}
	cl := Client.ByName("CONTACT_LIST")
	if _, err := EncodeUDPSplit(nil, ClientToServer, cl, Fields{FUIN: "x"}, nil); err == nil {
		t.Error("bad header value: no error")
	}
	if _, err := EncodeUDPSplit(nil, ClientToServer, cl, nil, Fields{FUIN.List(): []int{1}}); err == nil {
		t.Error("bad parameter value: no error")
	}
}
