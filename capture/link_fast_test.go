package capture

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"reflect"
	"slices"
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
	for i := 0; i < min(len(frame), 14+20+20+2); i++ { // Ethernet, IPv4, TCP (or UDP and its payload)
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
	// the real frames are all Ethernet, IPv4, UDP
	tryFastPath(t, frames, len(frames), func(frame []byte) bool { return fastAgrees(t, &d, frame) })
}

// tryFastPath hands each frame and its mutations to agrees (which checks a
// fast path against the parsers and says whether the fast path took the
// frame): want of the frames must be taken, and some mutations taken and
// some declined, or the test tries too little.
func tryFastPath(t *testing.T, frames [][]byte, want int, agrees func(frame []byte) bool) {
	t.Helper()
	fast, accepted, declined := 0, 0, 0
	for _, frame := range frames {
		if agrees(frame) {
			fast++
		}
		for _, m := range mutations(frame) {
			if agrees(m) {
				accepted++
			} else {
				declined++
			}
		}
	}
	if fast != want || accepted == 0 || declined == 0 {
		t.Errorf("%d frames of %d decoded fast, %d mutations accepted and %d declined: the test tries too little", fast, want, accepted, declined)
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

// BenchmarkLinkDecode decodes an ICQ UDP frame and a peer TCP frame with
// the parsers and with the fast path.
func BenchmarkLinkDecode(b *testing.B) {
	frames := map[string][]byte{"udp": pcaptest.UDPFrame(client, server, ackC2S), "tcp": tcpFrames()[0]}
	var d linkDecoder
	d.init()
	for name, frame := range frames {
		b.Run(name+"/parsers", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.decodeLayers(layers.LinkTypeEthernet, frame)
			}
		})
		b.Run(name+"/fast", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				d.decode(layers.LinkTypeEthernet, frame)
			}
		})
	}
}

// fastTCPAgrees checks that fastTCP4, when it decodes a frame, finds what
// the parsers find: addresses, payload, and the TCP header the reassembly
// reads (sequence numbers, flags, window, options, header bytes).
func fastTCPAgrees(t *testing.T, d *linkDecoder, frame []byte) (fast bool) {
	t.Helper()
	got, ok := d.fastTCP4(frame)
	if !ok {
		return false
	}
	gotSeg := d.tcp
	gotSeg.Options = slices.Clone(d.tcp.Options)
	want, kind := d.decodeLayers(layers.LinkTypeEthernet, frame)
	seg := &d.tcp
	if kind != frameTransport || want.transport != TCP || want.truncated || got.src != want.src || got.dst != want.dst ||
		!bytes.Equal(got.payload, want.payload) || !bytes.Equal(gotSeg.Contents, seg.Contents) ||
		gotSeg.Seq != seg.Seq || gotSeg.Ack != seg.Ack || gotSeg.Window != seg.Window ||
		gotSeg.SYN != seg.SYN || gotSeg.ACK != seg.ACK || gotSeg.FIN != seg.FIN || gotSeg.RST != seg.RST ||
		gotSeg.PSH != seg.PSH || !reflect.DeepEqual(gotSeg.Options, seg.Options) {
		t.Errorf("frame %s:\nfastTCP4 found %v > %v payload %x header %x\nthe parsers %v (kind %d, truncated %v) %v > %v payload %x header %x",
			hex.EncodeToString(frame), got.src, got.dst, got.payload, gotSeg.Contents,
			want.transport, kind, want.truncated, want.src, want.dst, want.payload, seg.Contents)
	}
	return true
}

// tcpFrames are TCP frames of each kind the reassembly meets, one with
// options (an MSS and a window scale, as a SYN carries them).
func tcpFrames() [][]byte {
	a, b := netip.MustParseAddrPort("10.0.0.1:1041"), netip.MustParseAddrPort("10.0.0.2:1029")
	withOptions := pcaptest.TCPFrame(a, b, pcaptest.TCP{Seq: 1, SYN: true}, nil)
	opts := []byte{2, 4, 0x05, 0xb4, 1, 3, 3, 7} // MSS 1460, NOP, window scale 7
	withOptions = slices.Insert(withOptions, 14+20+20, opts...)
	withOptions[14+20+12] += 2 << 4                                         // data offset: 2 words more
	binary.BigEndian.PutUint16(withOptions[14+2:], uint16(20+20+len(opts))) // IPv4 total length
	return [][]byte{
		pcaptest.TCPFrame(a, b, pcaptest.TCP{Seq: 100, ACK: true, PSH: true, Window: 8192}, []byte("\x02\x00hello")),
		pcaptest.TCPFrame(b, a, pcaptest.TCP{Seq: 7, Ack: 107, ACK: true}, nil),
		pcaptest.TCPFrame(a, b, pcaptest.TCP{Seq: 107, ACK: true, FIN: true}, nil),
		pcaptest.TCPFrame(b, a, pcaptest.TCP{RST: true}, nil),
		withOptions,
		pcaptest.UDPFrame(client, server, ackC2S), // declined: UDP
	}
}

// The TCP fast path decodes TCP frames, and every mutation it accepts
// decodes the same with the parsers.
func TestFastTCP4(t *testing.T) {
	var d linkDecoder
	d.init()
	frames := tcpFrames() // the last is UDP
	tryFastPath(t, frames, len(frames)-1, func(frame []byte) bool { return fastTCPAgrees(t, &d, frame) })
}

// FuzzFastTCP4: on any bytes, fastTCP4 agrees with the parsers or declines.
func FuzzFastTCP4(f *testing.F) {
	for _, frame := range tcpFrames() {
		f.Add(frame)
	}
	var d linkDecoder
	d.init()
	f.Fuzz(func(t *testing.T, frame []byte) { fastTCPAgrees(t, &d, frame) })
}
