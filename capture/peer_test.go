package capture_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
	"github.com/icqdump/icqdump/internal/scenarios"
)

func scenario(t *testing.T, name string) scenarios.Scenario {
	t.Helper()
	return scenarios.Get(t, name)
}

// readAll reads a capture as icqdump does: it decodes every packet and
// teaches the reader the peer endpoints the packets announce. It returns a
// line per peer packet.
func readAll(t testing.TB, r *capture.Reader) (lines []string, err error) {
	var p dissect.Packet
	var eps []analyze.PeerEndpoint
	for {
		m, err := r.Next()
		if err != nil {
			return lines, err
		}
		if m.Transport == capture.UDP {
			dissect.Decode(&p, m.Payload, m.Dir)
		} else {
			dissect.DecodePeer(&p, m.Payload)
			lines = append(lines, summary(m, &p))
		}
		eps = analyze.AppendPeerEndpoints(eps[:0], m, &p)
		for _, ep := range eps {
			r.LearnPeer(ep.Addr, ep.How)
		}
	}
}

// summary is frame, stream, direction, command, length, gap and skip, and
// how the stream was recognised.
func summary(m *capture.Packet, p *dissect.Packet) string {
	s := fmt.Sprintf("%d s%d %s>%s %s %d", m.Frame, m.Stream, m.Src, m.Dst, cmpOr(p.CommandName(), "-"), len(m.Payload))
	if m.Gap > 0 {
		s += fmt.Sprintf(" gap=%d", m.Gap)
	}
	if m.Skipped > 0 {
		s += fmt.Sprintf(" skipped=%d", m.Skipped)
	}
	if m.Transport != capture.TCP || m.Dir != dissect.PeerToPeer {
		s += fmt.Sprintf(" %v/%v", m.Transport, m.Dir)
	}
	return s + " (" + m.Recognized + ")"
}

func cmpOr(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

func openScenario(t *testing.T, name string) *capture.Reader {
	t.Helper()
	var cfg capture.Config
	if name == "peer-port" {
		cfg.PeerPorts = []uint16{4321}
	}
	r, err := capture.NewReader(bytes.NewReader(scenario(t, name).Pcap), name, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

const (
	anna      = "192.0.2.10:1041"
	bjorn     = "198.51.100.7:1029"
	byContent = "(content)"
)

func TestPeerScenarios(t *testing.T) {
	tests := []struct {
		name string
		want []string
	}{
		{"peer-session", []string{
			// LENGTH and body in segments of their own
			"14 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 (learned from USER_ONLINE in frame 3)",
			"18 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 58 (learned from USER_ONLINE in frame 3)",
			// two packets in one segment
			"19 s1 " + bjorn + ">" + anna + " CHANNEL_ACK 42 (learned from USER_ONLINE in frame 3)",
			"19 s1 " + bjorn + ">" + anna + " CHANNEL_MESSAGE 48 (learned from USER_ONLINE in frame 3)",
			"20 s1 " + anna + ">" + bjorn + " CHANNEL_ACK 42 (learned from USER_ONLINE in frame 3)",
			"21 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 80 (learned from USER_ONLINE in frame 3)",
			"22 s1 " + anna + ">" + bjorn + " CHANNEL_CANCEL 42 (learned from USER_ONLINE in frame 3)",
			"32 s2 198.51.100.7:1090>192.0.2.10:1033 CHANNEL_INIT 28 (learned from LOGIN in frame 1)",
			"32 s2 198.51.100.7:1090>192.0.2.10:1033 CHANNEL_MESSAGE 49 (learned from LOGIN in frame 1)",
			"33 s2 192.0.2.10:1033>198.51.100.7:1090 CHANNEL_ACK 42 (learned from LOGIN in frame 1)",
		}},
		{"peer-learned-from-init", []string{
			"4 s1 192.0.2.20:2001>203.0.113.9:1200 CHANNEL_INIT 28 " + byContent,
			"8 s2 203.0.113.9:2002>192.0.2.20:1300 UNKNOWN(0x07E4) 43 (learned from CHANNEL_INIT in frame 4)",
			"9 s2 203.0.113.9:2002>192.0.2.20:1300 CHANNEL_MESSAGE 52 (learned from CHANNEL_INIT in frame 4)",
			"10 s2 192.0.2.20:1300>203.0.113.9:2002 CHANNEL_ACK 42 (learned from CHANNEL_INIT in frame 4)",
		}},
		{"peer-reordered", []string{
			"4 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"6 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 45 " + byContent,  // body (5) before LENGTH (6)
			"9 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 45 " + byContent,  // segments 3, 1, 2
			"13 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 59 " + byContent, // overlapping
			"14 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 46 " + byContent, // two in one segment...
			"14 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 45 " + byContent, // ...retransmitted in 15
			"16 s1 " + bjorn + ">" + anna + " CHANNEL_ACK 42 " + byContent,
		}},
		{"peer-lost-segments", []string{
			"4 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"5 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 45 " + byContent,
			// the head of a 58-byte message; 20 bytes lost, then its last 26
			"6 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 12 " + byContent,
			// and a whole message of 57 bytes lost
			"8 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 46 gap=77 skipped=26 " + byContent,
			"8 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 45 " + byContent,
			// 40 s later: the flush has come before
			"9 s1 " + bjorn + ">" + anna + " CHANNEL_ACK 42 " + byContent,
			// a lost LENGTH, then a body that starts nothing, at the end
			"10 s1 " + anna + ">" + bjorn + " - 0 gap=2 skipped=43 " + byContent,
		}},
		{"peer-mid-connection", []string{
			// frame 2, the tail of a packet, is not recognised; frame 3 is a LENGTH
			"4 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 52 " + byContent,
			"5 s1 " + bjorn + ">" + anna + " CHANNEL_ACK 42 skipped=18 " + byContent,
			"6 s1 " + anna + ">" + bjorn + " CHANNEL_ACK 42 " + byContent,
		}},
		{"peer-v3", []string{
			"4 s1 203.0.113.9:2003>" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"5 s1 203.0.113.9:2003>" + bjorn + " CHANNEL_MESSAGE 55 " + byContent,
			"6 s1 " + bjorn + ">203.0.113.9:2003 CHANNEL_ACK 42 " + byContent,
		}},
		{"peer-malformed", []string{
			"4 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"5 s1 " + anna + ">" + bjorn + " - 8 " + byContent,
			"6 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 46 " + byContent,
			"7 s1 " + anna + ">" + bjorn + " - 46 " + byContent, // VERSION 5: shown raw
			"8 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"9 s1 " + anna + ">" + bjorn + " - 2 " + byContent,
			"10 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 37 " + byContent, // cut by the end
		}},
		{"peer-port", []string{
			"4 s1 192.0.2.20:2004>203.0.113.9:4321 UNKNOWN(0x0123) 43 (--peer-port 4321)",
			"5 s1 203.0.113.9:4321>192.0.2.20:2004 CHANNEL_ACK 42 (--peer-port 4321)",
		}},
		{"peer-idle", []string{
			"4 s1 " + anna + ">" + bjorn + " CHANNEL_INIT 28 " + byContent,
			"5 s1 " + anna + ">" + bjorn + " CHANNEL_MESSAGE 48 " + byContent,
			"6 s2 " + bjorn + ">" + anna + " CHANNEL_MESSAGE 64 " + byContent, // 11 minutes later
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openScenario(t, tt.name)
			got, err := readAll(t, r)
			if err != io.EOF {
				t.Fatalf("read: %v", err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			checkStats(t, r.Stats(), len(got))
		})
	}
}

// checkStats: every frame is counted once, and every peer packet handed out.
func checkStats(t *testing.T, s capture.Stats, peerPackets int) {
	t.Helper()
	if sum := s.ICQFrames + s.PeerFrames + s.Skipped + s.Malformed + s.Fragments; sum != s.Frames {
		t.Errorf("%d frames, but %d counted: %+v", s.Frames, sum, s)
	}
	if s.PeerPackets != uint64(peerPackets) {
		t.Errorf("PeerPackets = %d, want %d", s.PeerPackets, peerPackets)
	}
}

func TestPeerStats(t *testing.T) {
	tests := []struct {
		name                 string
		peerFrames, skipped  uint64
		udpFrames, udpPacket uint64
	}{
		// 4 UDP; the web connection's 8 frames skipped; 21 TCP frames of
		// peer streams, the handshakes and the ACK after both FINs included.
		{"peer-session", 21, 8, 4, 4},
		// The first handshake precedes the content test; the tail of
		// a packet and a bare ACK are skipped, Anna's LENGTH is not.
		{"peer-learned-from-init", 7, 3, 0, 0},
		{"peer-mid-connection", 4, 2, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openScenario(t, tt.name)
			if _, err := readAll(t, r); err != io.EOF {
				t.Fatal(err)
			}
			s := r.Stats()
			if s.PeerFrames != tt.peerFrames || s.Skipped != tt.skipped || s.ICQFrames != tt.udpFrames || s.UDPPackets != tt.udpPacket {
				t.Errorf("got %+v", s)
			}
		})
	}
}

// A file damaged in its last record: the peer packets before the damage,
// and the one the damage cuts short, come before the error.
func TestPeerBeforeDamage(t *testing.T) {
	pcap := scenario(t, "peer-session").Pcap
	r, err := capture.NewReader(bytes.NewReader(pcap[:len(pcap)-10]), "damaged", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := readAll(t, r)
	if err == nil || errors.Is(err, io.EOF) || !strings.Contains(err.Error(), "damaged: file ends inside frame 33") {
		t.Fatalf("want the damage in frame 33, got %v", err)
	}
	if want := "32 s2 198.51.100.7:1090>192.0.2.10:1033 CHANNEL_MESSAGE 49 (learned from LOGIN in frame 1)"; got[len(got)-1] != want {
		t.Errorf("last packet %q, want %q", got[len(got)-1], want)
	}
	if _, again := r.Next(); again != err {
		t.Errorf("Next after the error: %v, want %v again", again, err)
	}
}

// Endpoints learned by hand, as a caller other than icqdump would.
func TestLearnPeer(t *testing.T) {
	r, err := capture.NewReader(bytes.NewReader(scenario(t, "peer-port").Pcap), "peer-port", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	r.LearnPeer(mustAddrPort(t, "203.0.113.9:4321"), func() string { return "told" })
	m, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	dissect.DecodePeer(&p, m.Payload)
	if got := summary(m, &p); got != "4 s1 192.0.2.20:2004>203.0.113.9:4321 UNKNOWN(0x0123) 43 (told)" {
		t.Errorf("got %s", got)
	}
}

// TestPeerStreamsMemory reads 10,000 peer streams open at once, each holding
// a partial packet for a while, and checks the heap stays under 100 MiB.
func TestPeerStreamsMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and reads a capture of 10,000 streams")
	}
	const streams, rounds = 10000, 2
	file := filepath.Join(t.TempDir(), "load.pcap")
	packets := writeLoad(t, file, streams, rounds)
	runtime.GC()
	r, err := capture.Open(file, nil, capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	peak, stop := samplePeakHeap()
	var p dissect.Packet
	n, maxStream := 0, 0
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		dissect.DecodePeer(&p, m.Payload)
		if len(p.Issues) > 0 || m.Gap > 0 || m.Skipped > 0 {
			t.Fatalf("frame %d: %d issues, gap %d, skipped %d", m.Frame, len(p.Issues), m.Gap, m.Skipped)
		}
		n++
		maxStream = max(maxStream, m.Stream)
	}
	stop()
	if n != packets || maxStream != streams {
		t.Errorf("%d packets in %d streams, want %d in %d", n, maxStream, packets, streams)
	}
	t.Logf("%d streams, %d packets: peak heap %.1f MiB in use, %.1f MiB from the OS", streams, n,
		float64(peak.HeapAlloc)/(1<<20), float64(peak.Sys)/(1<<20))
	if peak.HeapAlloc > 100<<20 {
		t.Errorf("peak heap %d MiB, want under 100 MiB", peak.HeapAlloc>>20)
	}
}

// samplePeakHeap samples the heap every millisecond until stop is called;
// peak then holds the sample with the most bytes allocated.
func samplePeakHeap() (peak *runtime.MemStats, stop func()) {
	peak = new(runtime.MemStats)
	done, finished := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(finished)
		var ms runtime.MemStats
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.HeapAlloc {
				*peak = ms
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return peak, func() { close(done); <-finished }
}

func mustAddrPort(t *testing.T, s string) netip.AddrPort {
	t.Helper()
	ap, err := netip.ParseAddrPort(s)
	if err != nil {
		t.Fatal(err)
	}
	return ap
}

func writeLoad(t testing.TB, file string, streams, rounds int) int {
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	packets, err := scenarios.WritePeerLoad(f, streams, rounds)
	if err != nil {
		t.Fatal(err)
	}
	return packets
}

// BenchmarkPeerStreams reads 1,000 and 10,000 concurrent peer streams of
// ten messages and acknowledgements each, reassembling, framing and
// decoding. It reports frames/s (packets as tcpdump and tshark count them:
// handshakes, bare ACKs and FINs included) and the peer packets decoded.
func BenchmarkPeerStreams(b *testing.B) {
	for _, streams := range []int{1000, 10000} {
		b.Run(strconv.Itoa(streams), func(b *testing.B) {
			var buf bytes.Buffer
			packets, err := scenarios.WritePeerLoad(&buf, streams, 5)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.SetBytes(int64(buf.Len()))
			var p dissect.Packet
			var frames uint64 // per run
			for b.Loop() {
				r, err := capture.NewReader(bytes.NewReader(buf.Bytes()), "load", capture.Config{})
				if err != nil {
					b.Fatal(err)
				}
				n := 0
				for m, err := range r.All() {
					if err != nil {
						b.Fatal(err)
					}
					dissect.DecodePeer(&p, m.Payload)
					n++
				}
				if n != packets {
					b.Fatalf("%d packets, want %d", n, packets)
				}
				frames = r.Stats().Frames
			}
			b.ReportMetric(float64(frames)*float64(b.N)/b.Elapsed().Seconds(), "frames/s")
			b.ReportMetric(float64(packets)*float64(b.N)/b.Elapsed().Seconds(), "packets/s")
		})
	}
}

// A peer stream over IPv6, found by its content: two packets in two segments.
func TestPeerIPv6(t *testing.T) {
	a, b := mustAddrPort(t, "[2001:db8::10]:1041"), mustAddrPort(t, "[2001:db8::7]:1029")
	init, err := dissect.EncodePeer(nil, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: 1234567, dissect.FMyPort: 1033})
	if err != nil {
		t.Fatal(err)
	}
	frames := []pcaptest.Frame{
		{Time: pcaptest.At(0), Data: pcaptest.TCPFrame(a, b, pcaptest.TCP{Seq: 100, ACK: true, PSH: true}, init[:2])},
		{Time: pcaptest.At(time.Millisecond), Data: pcaptest.TCPFrame(a, b, pcaptest.TCP{Seq: 102, ACK: true, PSH: true}, init[2:])},
	}
	r, err := capture.NewReader(bytes.NewReader(pcaptest.Pcap(layers.LinkTypeEthernet, frames...)), "v6", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := readAll(t, r)
	if want := "2 s1 [2001:db8::10]:1041>[2001:db8::7]:1029 CHANNEL_INIT 28 (content)"; err != io.EOF || strings.Join(got, "|") != want {
		t.Errorf("got %q (%v), want %q", got, err, want)
	}
}
