package capture

import (
	"bytes"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// fastAgrees checks that fastUDP4, when it decodes a frame, finds what the
// parsers find: the same addresses and the same payload bytes, not cut short.
func fastAgrees(t *testing.T, d *linkDecoder, frame []byte) (fast bool) {
	t.Helper()
	got, ok := fastUDP4(frame)
	if !ok {
		return false
	}
	want, kind := d.decodeLayers(layers.LinkTypeEthernet, frame)
	if kind != frameTransport || want.transport != UDP || want.truncated || got.src != want.src || got.dst != want.dst ||
		!bytes.Equal(got.payload, want.payload) {
		t.Errorf("frame %s:\nfastUDP4 found %v > %v payload %x\nthe parsers %v (kind %d, truncated %v) %v > %v payload %x",
			hex.EncodeToString(frame), got.src, got.dst, got.payload,
			want.transport, kind, want.truncated, want.src, want.dst, want.payload)
	}
	return true
}

// mutations are a frame with each header byte changed in a few ways, and
// cut at each length.
func mutations(frame []byte) [][]byte {
	var out [][]byte
	for i := 0; i < min(len(frame), 14+20+8+2); i++ {
		for _, v := range []byte{0, 1, 0xff, frame[i] ^ 0x01, frame[i] ^ 0x20, frame[i] ^ 0x40, frame[i] + 1, frame[i] - 1} {
			m := bytes.Clone(frame)
			m[i] = v
			out = append(out, m)
		}
	}
	for n := range len(frame) {
		out = append(out, frame[:n])
	}
	return append(out, append(bytes.Clone(frame), 0, 0, 0, 0)) // Ethernet padding
}

// The fast path decodes the frames of the real capture and of built ones,
// and every mutation it accepts decodes the same with the parsers.
func TestFastUDP4(t *testing.T) {
	var d linkDecoder
	d.init()
	frames := [][]byte{
		pcaptest.UDPFrame(client, server, ackC2S),
		pcaptest.Ethernet(pcaptest.UDPPacket(server, client, nil)),
	}
	f, err := os.Open(filepath.Join("..", "testdata", "micq-0.2.5-session.pcap"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := pcapgo.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	for {
		data, _, err := r.ReadPacketData()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		frames = append(frames, data)
	}
	fast, accepted, declined := 0, 0, 0 // the real frames are all Ethernet, IPv4, UDP
	for _, frame := range frames {
		if fastAgrees(t, &d, frame) {
			fast++
		}
		for _, m := range mutations(frame) {
			if fastAgrees(t, &d, m) {
				accepted++
			} else {
				declined++
			}
		}
	}
	if fast != len(frames) || accepted == 0 || declined == 0 {
		t.Errorf("%d frames of %d decoded fast, %d mutations accepted and %d declined: the test tries too little", fast, len(frames), accepted, declined)
	}
}

// FuzzFastUDP4: on any bytes, fastUDP4 agrees with the parsers or declines.
func FuzzFastUDP4(f *testing.F) {
	f.Add(pcaptest.UDPFrame(client, server, ackC2S))
	f.Add(pcaptest.Ethernet(pcaptest.UDPPacket(server, client, nil), 7))
	var d linkDecoder
	d.init()
	f.Fuzz(func(t *testing.T, frame []byte) { fastAgrees(t, &d, frame) })
}

// BenchmarkLinkDecode decodes one ICQ UDP frame with the parsers and with
// the fast path.
func BenchmarkLinkDecode(b *testing.B) {
	frame := pcaptest.UDPFrame(client, server, ackC2S)
	var d linkDecoder
	d.init()
	b.Run("parsers", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d.decodeLayers(layers.LinkTypeEthernet, frame)
		}
	})
	b.Run("fast", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			d.decode(layers.LinkTypeEthernet, frame)
		}
	})
}
