package capture_test

import (
	"bytes"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// Frames judged ICQ late reach OnICQFrame all the same, each once, in
// capture order among the frames of its connection or datagram: the file
// written holds them and reads as the same packets.
func TestLateFramesWritten(t *testing.T) {
	for _, tc := range scenarios.LateCaptures() {
		t.Run(tc.Name, func(t *testing.T) {
			r := newReader(t, tc.Pcap)
			var out bytes.Buffer
			w := r.NewWriter(&out)
			var order []frameAt // per stream, or UDP datagram
			r.OnICQFrame(func(f *capture.Frame) {
				order = append(order, frameAt{f.Transport, f.Stream, f.Number})
				if err := w.Write(f); err != nil {
					t.Fatal(err)
				}
			})
			want := packetsOf(t, r)
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got := r.Stats().Unsaved; got != tc.Unsaved {
				t.Errorf("Stats.Unsaved = %d, want %d", got, tc.Unsaved)
			}
			checkCaptureOrder(t, order)
			if got := numbersOf(t, tc.Pcap, out.Bytes()); !slices.Equal(got, tc.Written) {
				t.Errorf("frames written %v,\nwant %v", got, tc.Written)
			}
			if got := packetsOf(t, newReader(t, out.Bytes())); !slices.Equal(got, want) {
				t.Errorf("the file written reads as\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// Without a hook the same captures read as they do with one.
func TestLateFramesNeedNoHook(t *testing.T) {
	for _, tc := range scenarios.LateCaptures() {
		hooked := newReader(t, tc.Pcap)
		hooked.OnICQFrame(func(*capture.Frame) {})
		want := packetsOf(t, hooked)
		plain := newReader(t, tc.Pcap)
		if got := packetsOf(t, plain); !slices.Equal(got, want) {
			t.Errorf("%s: without a hook\n%s\nwant\n%s", tc.Name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if s, h := plain.Stats(), hooked.Stats(); s.Unsaved != 0 || s.Skipped != h.Skipped || s.PeerFrames != h.PeerFrames {
			t.Errorf("%s: stats without a hook %+v, with %+v", tc.Name, s, h)
		}
	}
}

type frameAt struct {
	transport capture.Transport
	stream    int
	number    uint64
}

// checkCaptureOrder: the UDP frames, and those of each peer stream, come in
// capture order.
func checkCaptureOrder(t *testing.T, fs []frameAt) {
	t.Helper()
	type of struct {
		transport capture.Transport
		stream    int
	}
	last := map[of]uint64{}
	for _, f := range fs {
		k := of{f.transport, f.stream}
		if f.number <= last[k] {
			t.Errorf("%v frame %d of stream %d after frame %d", f.transport, f.number, f.stream, last[k])
		}
		last[k] = f.number
	}
}

func newReader(t *testing.T, file []byte) *capture.Reader {
	t.Helper()
	r, err := capture.NewReader(bytes.NewReader(file), "late.pcap", capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// packetsOf reads r as icqdump does, learning peer endpoints, and returns
// its packets without their frame numbers.
func packetsOf(t *testing.T, r *capture.Reader) []string {
	t.Helper()
	var p dissect.Packet
	var eps []analyze.PeerEndpoint
	var lines []string
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		m.Decode(&p)
		_, s, _ := strings.Cut(summary(m, &p), " ")
		lines = append(lines, m.Time.Format(time.StampMicro)+" "+inFrame.ReplaceAllString(s, ""))
		eps = analyze.AppendPeerEndpoints(eps[:0], m, &p)
		for _, ep := range eps {
			r.LearnPeer(ep.Addr, ep.How)
		}
	}
	return lines
}

// inFrame is where Packet.Recognized names a frame.
var inFrame = regexp.MustCompile(` in frame \d+`)

// numbersOf returns the numbers the frames of out have in the capture in,
// in the order out holds them; the frames of in differ in time.
func numbersOf(t *testing.T, in, out []byte) []int {
	t.Helper()
	number := map[time.Time]int{}
	for i, at := range frameTimes(t, in) {
		number[at] = i + 1
	}
	var ns []int
	for _, at := range frameTimes(t, out) {
		ns = append(ns, number[at])
	}
	slices.Sort(ns)
	return ns
}

func frameTimes(t *testing.T, file []byte) []time.Time {
	t.Helper()
	r, err := pcapgo.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	var ts []time.Time
	for {
		_, ci, err := r.ReadPacketData()
		if err == io.EOF {
			return ts
		}
		if err != nil {
			t.Fatal(err)
		}
		ts = append(ts, ci.Timestamp)
	}
}
