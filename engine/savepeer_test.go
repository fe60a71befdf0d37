package engine

import (
	"bytes"
	"io"
	"net/netip"
	"testing"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/internal/scenarios"
)

// A connection none of whose packets is shown is forgotten once closed:
// what -w keeps follows the open connections.
func TestPeerFramesForgetClosedConnections(t *testing.T) {
	p := newPeerFrames(func(f *capture.Frame) { t.Errorf("frame %d written", f.Number) })
	r, err := pcapgo.NewReader(bytes.NewReader(scenarios.Get(t, "analyzer-sessions").Pcap))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; ; i++ {
		data, _, err := r.ReadPacketData()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		pkt := gopacket.NewPacket(data, layers.LinkTypeEthernet, gopacket.Default)
		ip, _ := pkt.Layer(layers.LayerTypeIPv4).(*layers.IPv4)
		tcp, _ := pkt.Layer(layers.LayerTypeTCP).(*layers.TCP)
		if ip == nil || tcp == nil {
			continue
		}
		src, _ := netip.AddrFromSlice(ip.SrcIP)
		dst, _ := netip.AddrFromSlice(ip.DstIP)
		p.frame(&capture.Frame{Data: data, Link: layers.LinkTypeEthernet, Number: uint64(i + 1), Transport: capture.TCP,
			Src: netip.AddrPortFrom(src, uint16(tcp.SrcPort)), Dst: netip.AddrPortFrom(dst, uint16(tcp.DstPort))})
	}
	if len(p.conns) != 0 {
		t.Errorf("%d connections kept after their close", len(p.conns))
	}
}
