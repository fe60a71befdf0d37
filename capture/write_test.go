package capture

import (
	"bytes"
	"io"
	"net/netip"
	"slices"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// cut reads file and writes the frames the reader judges ICQ, as -w does.
func cut(t *testing.T, file []byte) []byte {
	t.Helper()
	r, err := NewReader(bytes.NewReader(file), "in.pcap", Config{})
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	w := r.NewWriter(&out)
	r.OnICQFrame(func(f *Frame) {
		if err := w.Write(f); err != nil {
			t.Errorf("frame %d: %v", f.Number, err)
		}
	})
	if _, err := readAll(t, r); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// renumbered returns pkts with frames numbered from 1, as in a file that
// holds only them.
func renumbered(pkts []got) []got {
	out := slices.Clone(pkts)
	for i := range out {
		out[i].Frame = uint64(i + 1)
	}
	return out
}

// A capture with ICQ among other traffic: the written file holds the ICQ
// frames only, byte for byte with their times, and reads as the same packets.
func TestWriteCutsICQOut(t *testing.T) {
	tcp := pcaptest.TCPFrame(client, netip.MustParseAddrPort("192.168.1.20:1045"), pcaptest.TCP{SYN: true}, nil)
	in := frames(
		pcaptest.UDPFrame(client, server, ackC2S),
		pcaptest.UDPFrame(client, dns, dnsQuery),
		tcp,
		pcaptest.UDPFrame(server, client, ackS2C),
		pcaptest.UDPFrame(client6, server6, ackC2S),
	)
	in[3].Time = in[3].Time.Add(123 * time.Nanosecond) // a pcap in microseconds keeps only 0
	for _, file := range []struct {
		name string
		data []byte
		kind string
	}{
		{"pcap", pcaptest.Pcap(layers.LinkTypeEthernet, in...), "pcap"},
		{"nanosecond pcap", pcaptest.PcapNano(layers.LinkTypeEthernet, in...), "pcap"},
		{"pcapng", pcaptest.Pcapng(in...), "pcapng"},
	} {
		t.Run(file.name, func(t *testing.T) {
			want, _, err := read(t, file.data)
			if err != nil {
				t.Fatal(err)
			}
			out := cut(t, file.data)
			if got := fileKind(out); got != file.kind {
				t.Fatalf("wrote a %s file, want %s", got, file.kind)
			}
			pkts, stats, err := read(t, out)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(pkts, renumbered(want)) {
				t.Errorf("packets of the written file:\n got %+v\nwant %+v", pkts, renumbered(want))
			}
			if stats.Frames != 3 || stats.ICQFrames != 3 {
				t.Errorf("the written file has %d frames, %d ICQ; want 3 and 3", stats.Frames, stats.ICQFrames)
			}
			checkSameFrames(t, file.data, out, []int{0, 3, 4})
		})
	}
}

// checkSameFrames checks that out holds the frames of in at the indexes
// given, with the same bytes, lengths and times.
func checkSameFrames(t *testing.T, in, out []byte, indexes []int) {
	t.Helper()
	all, outFrames := rawFrames(t, in), rawFrames(t, out)
	if len(outFrames) != len(indexes) {
		t.Fatalf("%d frames written, want %d", len(outFrames), len(indexes))
	}
	for i, at := range indexes {
		w, g := all[at], outFrames[i]
		if !bytes.Equal(w.Data, g.Data) || !w.Info.Timestamp.Equal(g.Info.Timestamp) ||
			w.Info.Length != g.Info.Length || w.Link != g.Link {
			t.Errorf("written frame %d: %v %d bytes of %d, link %v; want frame %d: %v %d of %d, link %v",
				i+1, g.Info.Timestamp, len(g.Data), g.Info.Length, g.Link,
				at+1, w.Info.Timestamp, len(w.Data), w.Info.Length, w.Link)
		}
	}
}

// rawFrames returns every frame of a capture, copied.
func rawFrames(t *testing.T, file []byte) []Frame {
	t.Helper()
	r, err := NewReader(bytes.NewReader(file), "f", Config{})
	if err != nil {
		t.Fatal(err)
	}
	var fs []Frame
	for {
		data, ci, err := r.readFrame()
		if err == io.EOF {
			return fs
		}
		if err != nil {
			t.Fatal(err)
		}
		fs = append(fs, Frame{Data: slices.Clone(data), Info: ci, Link: r.linkOf(ci)})
	}
}

func fileKind(b []byte) string {
	switch magics[string(b[:4])] {
	case formatPcap:
		return "pcap"
	case formatPcapng:
		return "pcapng"
	}
	return "unknown"
}

// Frames of several link types, from a pcapng file, go to a pcapng file
// with an interface for each link type.
func TestWriteMixedLinks(t *testing.T) {
	ip := pcaptest.UDPPacket(client, server, ackC2S)
	reply := pcaptest.UDPPacket(server, client, ackS2C)
	in := []pcaptest.Frame{
		{Time: pcaptest.At(0), Data: pcaptest.Ethernet(ip)},
		{Time: pcaptest.At(time.Millisecond), Data: pcaptest.SLL(reply), Link: layers.LinkTypeLinuxSLL},
		{Time: pcaptest.At(2 * time.Millisecond), Data: pcaptest.UDPPacket(client, dns, dnsQuery), Link: layers.LinkTypeRaw},
		{Time: pcaptest.At(3 * time.Millisecond), Data: ip, Link: layers.LinkTypeRaw},
		{Time: pcaptest.At(4 * time.Millisecond), Data: pcaptest.Ethernet(reply)},
	}
	file := pcaptest.Pcapng(in...)
	want, _, err := read(t, file)
	if err != nil {
		t.Fatal(err)
	}
	out := cut(t, file)
	if fileKind(out) != "pcapng" {
		t.Fatalf("wrote a %s file, want pcapng", fileKind(out))
	}
	pkts, _, err := read(t, out)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(pkts, renumbered(want)) {
		t.Errorf("packets of the written file:\n got %+v\nwant %+v", pkts, renumbered(want))
	}
	checkSameFrames(t, file, out, []int{0, 1, 3, 4})
}

// Without an ICQ frame the file is still a valid, empty capture.
func TestWriteNothing(t *testing.T) {
	for _, file := range [][]byte{
		pcaptest.Pcap(layers.LinkTypeLinuxSLL, pcaptest.Frame{Time: pcaptest.At(0), Data: pcaptest.SLL(pcaptest.UDPPacket(client, dns, dnsQuery))}),
		pcaptest.Pcapng(frames(pcaptest.UDPFrame(client, dns, dnsQuery))...),
	} {
		out := cut(t, file)
		if fileKind(out) != fileKind(file) {
			t.Errorf("wrote a %s file for a %s file", fileKind(out), fileKind(file))
		}
		r, err := NewReader(bytes.NewReader(out), "out", Config{})
		if err != nil {
			t.Fatal(err)
		}
		if fileKind(file) == "pcap" && r.Link() != layers.LinkTypeLinuxSLL {
			t.Errorf("empty pcap of link type %v, want the input's %v", r.Link(), layers.LinkTypeLinuxSLL)
		}
		if _, err := r.Next(); err != io.EOF {
			t.Errorf("reading the empty file: %v, want io.EOF", err)
		}
	}
}

// A pcap file holds one link type: a frame of another is refused.
func TestWritePcapRefusesOtherLink(t *testing.T) {
	var out bytes.Buffer
	r, err := NewReader(bytes.NewReader(pcaptest.Pcap(layers.LinkTypeEthernet)), "in", Config{})
	if err != nil {
		t.Fatal(err)
	}
	w := r.NewWriter(&out)
	f := Frame{Data: pcaptest.UDPFrame(client, server, ackC2S), Link: layers.LinkTypeEthernet, Number: 1}
	f.Info.Timestamp, f.Info.Length = pcaptest.At(0), len(f.Data)
	if err := w.Write(&f); err != nil {
		t.Fatal(err)
	}
	f.Link, f.Number = layers.LinkTypeLinuxSLL, 2
	if err := w.Write(&f); err == nil {
		t.Error("a Linux SLL frame written to an Ethernet pcap file")
	}
}

func BenchmarkWrite(b *testing.B) {
	r, err := NewReader(bytes.NewReader(pcaptest.Pcap(layers.LinkTypeEthernet)), "in", Config{})
	if err != nil {
		b.Fatal(err)
	}
	w := r.NewWriter(io.Discard)
	f := Frame{Data: pcaptest.UDPFrame(client, server, ackC2S), Link: layers.LinkTypeEthernet}
	f.Info.Timestamp, f.Info.Length = pcaptest.At(0), len(f.Data)
	b.ReportAllocs()
	for b.Loop() {
		if err := w.Write(&f); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompleteLength: a file torn anywhere is cut at the end of its last
// whole record (pcap) or block (pcapng), and reads to its end cleanly.
func TestCompleteLength(t *testing.T) {
	frames := []pcaptest.Frame{
		{Time: pcaptest.Base, Data: pcaptest.UDPFrame(client, server, ackC2S)},
		{Time: pcaptest.Base, Data: pcaptest.UDPFrame(server, client, ackS2C)},
		{Time: pcaptest.Base, Data: pcaptest.UDPFrame(client, server, ackC2S)},
	}
	for name, file := range map[string][]byte{
		"pcap":    pcaptest.Pcap(layers.LinkTypeEthernet, frames...),
		"pcapng":  pcaptest.Pcapng(frames...),
		"pcap BE": pcaptest.PcapBigEndian(layers.LinkTypeEthernet, false, frames...),
	} {
		last := int64(0)
		for cut := range len(file) + 1 {
			n := CompleteLength(bytes.NewReader(file[:cut]), int64(cut))
			if n > int64(cut) || n < last {
				t.Fatalf("%s cut at %d: complete length %d (at the cut before: %d)", name, cut, n, last)
			}
			last = n
			if n == 0 {
				continue
			}
			r, err := NewReader(bytes.NewReader(file[:n]), name, Config{})
			if err != nil {
				t.Fatalf("%s cut at %d, kept %d: %v", name, cut, n, err)
			}
			for _, err := range r.All() {
				if err != nil {
					t.Fatalf("%s cut at %d, kept %d: %v", name, cut, n, err)
				}
			}
		}
		if last != int64(len(file)) {
			t.Errorf("%s whole: complete length %d of %d", name, last, len(file))
		}
	}
}
