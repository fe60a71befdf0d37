// Command icqdump decodes ICQ v2 traffic from capture files and interfaces.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses, as tcpdump and grep use them.
const (
	exitOK    = 0
	exitInput = 1 // a capture could not be read, or ended inside a record
	exitUsage = 2
)

type options struct {
	read        string
	count       int
	verbose     bool
	hex         bool
	format      string
	serverPorts portList
	live        liveOptions
	sel         selection
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := pflag.NewFlagSet("icqdump", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVarP(&o.read, "read", "r", "", "read packets from `FILE` (pcap or pcapng; - for standard input)")
	fs.IntVarP(&o.count, "count", "c", 0, "stop after `N` ICQ packets")
	fs.BoolVarP(&o.verbose, "verbose", "V", false, "print the field tree of each packet")
	fs.BoolVarP(&o.hex, "hex", "x", false, "print each packet's bytes annotated with their fields")
	fs.StringVarP(&o.format, "format", "T", "text", "output `FORMAT`: text or json")
	o.serverPorts.ports = []uint16{capture.DefaultServerPort}
	fs.Var(&o.serverPorts, "server-port", "UDP `PORT` of the ICQ server (repeatable; default 4000)")
	o.live.register(fs)
	o.sel.register(fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if err := o.live.validate(o.read); err != nil {
		return nil, err
	}
	if o.format != "text" && o.format != "json" {
		return nil, fmt.Errorf("unknown output format %q: use -T text or -T json", o.format)
	}
	return o, nil
}

// runContext is run; the capture stops, as at its end, when ctx is done.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqdump: %v\nTry 'icqdump --help'.\n", err)
		return exitUsage
	}
	if o.live.list {
		return listInterfaces(stdout, stderr)
	}
	mode := report.Lines
	switch {
	case o.format == "json":
		mode = report.JSON
	case o.hex:
		mode = report.Hex
	case o.verbose:
		mode = report.Tree
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	printer, err := report.New(mode, out)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitUsage
	}
	r, err := openInput(ctx, o, capture.Config{ServerPorts: o.serverPorts.ports}, stdin, out, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	defer r.Close()
	var pkt dissect.Packet
	rec := report.Record{Packet: &pkt}
	for n := 0; o.count == 0 || n < o.count; {
		m, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			return exitInput
		}
		dissect.Decode(&pkt, m.Payload, m.Dir)
		if !r.Selected(m, &pkt) {
			continue
		}
		n++
		rec.Meta = m
		if err := printer.Print(&rec); err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			return exitInput
		}
		r.Shown()
	}
	if err := r.Close(); err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	return exitOK
}
