package dissect

import (
	"encoding/binary"
	"errors"
	"io"
	"os"
	"slices"
	"testing"

	"github.com/gopacket/gopacket/pcapgo"
)

// captured is one UDP payload of the real mICQ session.
type captured struct {
	frame   int
	dir     Direction
	payload []byte
}

// micqSession reads testdata/micq-0.2.5-session.pcap: Ethernet, IPv4 and UDP
// headers take 42 bytes, and what goes to port 4000 is the client's.
func micqSession(tb testing.TB) []captured {
	tb.Helper()
	f, err := os.Open("../testdata/micq-0.2.5-session.pcap")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	r, err := pcapgo.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	var out []captured
	for frame := 1; ; frame++ {
		data, _, err := r.ReadPacketData()
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil || len(data) < 42 {
			tb.Fatalf("frame %d: %d bytes, %v", frame, len(data), err)
		}
		dir := ServerToClient
		if binary.BigEndian.Uint16(data[36:]) == 4000 {
			dir = ClientToServer
		}
		out = append(out, captured{frame, dir, data[42:]})
	}
}

// TestMICQSession decodes every payload of the real session: each byte
// shown once, and only the frames that depart from the spec have issues.
func TestMICQSession(t *testing.T) {
	want := map[int][]IssueKind{
		1:  {IssueTypicalDiffers, IssueTypicalDiffers, IssueTypicalDiffers, IssueTypicalDiffers}, // LOGIN X1 X2 X3 X5
		6:  {IssueUnknownCommand},                                                                // 0x06AE
		7:  {IssueTruncated},                                                                     // CONTACT_LIST one byte short
		17: {IssueUnnamedValue},                                                                  // STATUS 5
		27: {IssueUnnamedValue},                                                                  // MESSAGE_TYPE 8
		29: {IssueTruncated},                                                                     // CONTACT_LIST one byte short
		39: {IssueUnnamedValue},                                                                  // STATUS 0x13
		43: {IssueUnnamedValue},                                                                  // STATUS 0x20
		50: {IssueUnknownCommand},                                                                // 0x051E
		53: {IssueUndescribed},                                                                   // UPDATE_INFO
	}
	session := micqSession(t)
	if len(session) != 56 {
		t.Fatalf("%d frames, want 56", len(session))
	}
	var p Packet
	for _, c := range session {
		Decode(&p, c.payload, c.dir)
		checkCoverage(t, &p)
		checkHeader(t, &p)
		var kinds []IssueKind
		for _, is := range p.Issues {
			kinds = append(kinds, is.Kind)
		}
		if !slices.Equal(kinds, want[c.frame]) || !p.HasHeader() {
			t.Errorf("frame %d %s: issues %q, want %v", c.frame, p.CommandName(), describeIssues(&p), want[c.frame])
		}
	}
}

// checkDecoder is what the fuzz targets hold true of any input: no panic,
// every byte in exactly one value, every issue told; and a reused Packet
// gives what a fresh one gives.
func checkDecoder(t *testing.T, b []byte, dir Direction) {
	var fresh, reused Packet
	decodeAny(&reused, []byte("\x02\x00\x06\x04\x05\x00\x4e\x61\xbc\x00\x03\x00\x01\x00\x00\x00"), ClientToServer)
	decodeAny(&reused, b, dir)
	decodeAny(&fresh, b, dir)
	checkCoverage(t, &fresh)
	checkHeader(t, &fresh)
	if !slices.Equal(fresh.Values, reused.Values) || !slices.Equal(fresh.Issues, reused.Issues) ||
		fresh.CommandName() != reused.CommandName() {
		t.Fatalf("a reused Packet decodes % X differently", b)
	}
}

func FuzzDecode(f *testing.F) {
	for _, c := range micqSession(f) {
		f.Add(c.payload, c.dir == ClientToServer)
	}
	for _, s := range samples(f) {
		if s.dir != PeerToPeer {
			f.Add(s.pkt, s.dir == ClientToServer)
		}
	}
	for _, c := range casePayloads(f, ClientToServer, ServerToClient) {
		f.Add(c.payload, c.dir == ClientToServer)
	}
	f.Fuzz(func(t *testing.T, b []byte, toServer bool) {
		dir := ServerToClient
		if toServer {
			dir = ClientToServer
		}
		checkDecoder(t, b, dir)
	})
}

func FuzzDecodePeer(f *testing.F) {
	for _, s := range samples(f) {
		if s.dir == PeerToPeer {
			f.Add(s.pkt)
			f.Add(s.pkt[:len(s.pkt)/2])
		}
	}
	for _, c := range casePayloads(f, PeerToPeer) {
		f.Add(c.payload)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkDecoder(t, b, PeerToPeer)
	})
}

// casePayloads returns the payloads of the decode tests sent in dirs.
func casePayloads(tb testing.TB, dirs ...Direction) []captured {
	var out []captured
	for _, cases := range allCases(tb) {
		for _, c := range cases {
			if slices.Contains(dirs, c.dir) {
				b := payload(tb, c.payload)
				if c.encrypt {
					b = encryptForTest(b)
				}
				out = append(out, captured{dir: c.dir, payload: b})
			}
		}
	}
	return out
}
