package main

import (
	"bytes"
	"context"
	"github.com/icqdump/icqdump/internal/golden"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// captureFrames returns the frames of a pcap file.
func captureFrames(t *testing.T, file []byte) []pcaptest.Frame {
	t.Helper()
	r, err := pcapgo.NewReader(bytes.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	var fs []pcaptest.Frame
	for {
		data, ci, err := r.ReadPacketData()
		if err == io.EOF {
			return fs
		}
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, pcaptest.Frame{Time: ci.Timestamp, Data: data, Link: r.LinkType()})
	}
}

// withNoise puts traffic that is not ICQ around each frame: DNS, HTTP over
// TCP, and UDP from port 4000 to port 53.
func withNoise(frames []pcaptest.Frame) []pcaptest.Frame {
	var out []pcaptest.Frame
	dns := netip.MustParseAddrPort("198.51.100.53:53")
	web := netip.MustParseAddrPort("198.51.100.80:80")
	me := netip.MustParseAddrPort("192.0.2.10:40000")
	for i, f := range frames {
		noise := [][]byte{
			pcaptest.UDPFrame(me, dns, []byte("dns query")),
			pcaptest.TCPFrame(me, web, pcaptest.TCP{Seq: uint32(i), ACK: true, PSH: true}, []byte("GET / HTTP/1.0\r\n")),
		}
		out = append(out, pcaptest.Frame{Time: f.Time.Add(-time.Microsecond), Data: noise[i%2]}, f)
	}
	return out
}

// withoutFrameNumbers drops the first field of each line.
func withoutFrameNumbers(out []byte) []string {
	ls := lines(out)
	for i, l := range ls {
		_, l, _ = strings.Cut(l, " ")
		ls[i] = xrefNote.ReplaceAllString(l, "")
	}
	return ls
}

// xrefNote is a cross reference of the line output: it names frames, and its
// delays differ from run to run.
var xrefNote = regexp.MustCompile(` \[(ack of|acked in|reply to|retransmission)[^\]]*\]`)

func writeTemp(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// -w with -r cuts the ICQ traffic out of a larger capture: the file written
// reads as the original ICQ capture does, frame numbers included.
func TestWriteCutsICQFromFile(t *testing.T) {
	icq := scenario(t, "udp-commands").Pcap
	plain := writeTemp(t, "icq.pcap", icq)
	mixed := writeTemp(t, "mixed.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, withNoise(captureFrames(t, icq))...))
	cut := filepath.Join(t.TempDir(), "cut.pcap")

	want := runOK(t, "-r", plain)
	printed := runOK(t, "-r", mixed, "-w", cut)
	if !slices.Equal(withoutFrameNumbers(printed), withoutFrameNumbers(want)) {
		t.Errorf("-r mixed -w prints other packets than the ICQ capture:\n%s", golden.FirstDifference(printed, want))
	}
	if got := runOK(t, "-r", cut); !bytes.Equal(got, want) {
		t.Errorf("the file written does not read as the ICQ capture:\n%s", golden.FirstDifference(got, want))
	}
	if n, m := len(captureFrames(t, readFile(t, cut))), len(captureFrames(t, icq)); n != m {
		t.Errorf("%d frames written, want the %d ICQ frames", n, m)
	}
}

// With a display filter, -w writes the frames of the packets shown.
func TestWriteFollowsDisplayFilter(t *testing.T) {
	file := scenarioFile(t, "udp-commands")
	for _, args := range [][]string{
		{"--uin", "7654321"},
		{"--command", "ACK", "--host", "192.0.2.77"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cut := filepath.Join(t.TempDir(), "cut.pcap")
			shown := runOK(t, append([]string{"-r", file, "-w", cut}, args...)...)
			got := runOK(t, "-r", cut)
			if len(shown) == 0 || !slices.Equal(withoutFrameNumbers(got), withoutFrameNumbers(shown)) {
				t.Errorf("the file written reads as other packets than those shown:\n%s", golden.FirstDifference(got, shown))
			}
		})
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// stopAfter serves a capture file in two parts: the first part, then, when
// asked for more, it cancels the run's context before it serves the rest.
type stopAfter struct {
	first, rest []byte
	cancel      context.CancelFunc
	cancelled   bool
}

func (s *stopAfter) Read(p []byte) (int, error) {
	if len(s.first) > 0 {
		n := copy(p, s.first)
		s.first = s.first[n:]
		return n, nil
	}
	if !s.cancelled {
		s.cancelled = true
		s.cancel()
	}
	if len(s.rest) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.rest)
	s.rest = s.rest[n:]
	return n, nil
}

// A run whose context is cancelled (as by SIGINT) stops reading: what was
// read is printed, the -w file is complete, and the exit status is 0.
func TestStopByContext(t *testing.T) {
	icq := scenario(t, "udp-commands").Pcap
	frames := captureFrames(t, icq)
	all := runOK(t, "-r", writeTemp(t, "all.pcap", icq))
	head := pcaptest.Pcap(layers.LinkTypeEthernet, frames[:5]...)
	whole := pcaptest.Pcap(layers.LinkTypeEthernet, frames...)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	in := &stopAfter{first: head, rest: whole[len(head):], cancel: cancel}
	cut := filepath.Join(t.TempDir(), "cut.pcap")
	var stdout, stderr bytes.Buffer
	if code := runContext(ctx, []string{"-r", "-", "-w", cut}, in, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr.String())
	}
	// The frame being read when the stop came is still decoded.
	n := len(lines(stdout.Bytes()))
	if n < 5 || n > 6 || !bytes.HasPrefix(all, stdout.Bytes()) {
		t.Errorf("printed %d packets, want the first 5 or 6 of %d:\n%s", n, len(lines(all)), stdout.String())
	}
	if got := runOK(t, "-r", cut); !bytes.Equal(got, stdout.Bytes()) {
		t.Errorf("the -w file does not hold the packets printed:\n%s", golden.FirstDifference(got, stdout.Bytes()))
	}
}
