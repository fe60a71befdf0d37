// Command readloop is the speed limit of reading a capture in Go, for
// bench/run.sh: it reads a pcap file with pcapgo over a 1 MiB buffer and
// decodes every frame's Ethernet, IPv4, UDP and TCP headers with a
// DecodingLayerParser, as icqdump's reader does, and does nothing else. It
// prints the number of frames and of UDP and TCP payload bytes, so that the
// work cannot be skipped.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: readloop FILE.pcap")
		os.Exit(2)
	}
	if err := readLoop(os.Args[1], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "readloop: %v\n", err)
		os.Exit(1)
	}
}

func readLoop(path string, out io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := pcapgo.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		return err
	}
	var (
		eth     layers.Ethernet
		ip4     layers.IPv4
		udp     layers.UDP
		tcp     layers.TCP
		decoded = make([]gopacket.LayerType, 0, 4)
	)
	parser := gopacket.NewDecodingLayerParser(layers.LayerTypeEthernet, &eth, &ip4, &udp, &tcp)
	parser.IgnoreUnsupported = true
	var frames, udpBytes, tcpBytes uint64
	for {
		data, _, err := r.ZeroCopyReadPacketData()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		frames++
		if err := parser.DecodeLayers(data, &decoded); err != nil {
			continue
		}
		for _, l := range decoded {
			switch l {
			case layers.LayerTypeUDP:
				udpBytes += uint64(len(udp.Payload))
			case layers.LayerTypeTCP:
				tcpBytes += uint64(len(tcp.Payload))
			}
		}
	}
	_, err = fmt.Fprintf(out, "%d frames, %d UDP payload bytes, %d TCP payload bytes\n", frames, udpBytes, tcpBytes)
	return err
}
