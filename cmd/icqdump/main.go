// Command icqdump decodes ICQ v2 traffic from capture files and interfaces.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
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
	reads       []string
	count       int
	verbose     bool
	hex         bool
	format      string
	serverPorts portList
	peerPorts   portList
	reports     []string
	quiet       bool
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := pflag.NewFlagSet("icqdump", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringArrayVarP(&o.reads, "read", "r", nil,
		"read packets from `FILE` (pcap or pcapng; - for standard input; a folder: its captures; repeatable)")
	fs.IntVarP(&o.count, "count", "c", 0, "stop after `N` ICQ packets (of each capture, when there are several)")
	fs.BoolVarP(&o.verbose, "verbose", "V", false, "print the field tree of each packet")
	fs.BoolVarP(&o.hex, "hex", "x", false, "print each packet's bytes annotated with their fields")
	fs.StringVarP(&o.format, "format", "T", "text", "output `FORMAT`: text or json")
	o.serverPorts.ports = []uint16{capture.DefaultServerPort}
	fs.Var(&o.serverPorts, "server-port", "UDP `PORT` of the ICQ server (repeatable; default 4000)")
	fs.Var(&o.peerPorts, "peer-port", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)")
	fs.StringArrayVarP(&o.reports, "report", "z", nil,
		"after the packets, write report `NAME`: "+strings.Join(report.Reports, ", ")+" or all (repeatable)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print no packets, only the reports")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if len(o.reads) == 0 {
		return nil, errors.New("no capture to read: give -r FILE")
	}
	if o.format != "text" && o.format != "json" {
		return nil, fmt.Errorf("unknown output format %q: use -T text or -T json", o.format)
	}
	reports, err := report.ParseReports(o.reports)
	if err != nil {
		return nil, err
	}
	o.reports = reports
	return o, nil
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqdump: %v\nTry 'icqdump --help'.\n", err)
		return exitUsage
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
	files, err := captureFiles(o.reads)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	if len(files) > 1 {
		return runMany(files, o, mode, stdin, out, stderr)
	}
	limitHeap(1)
	printer, err := report.New(mode, out)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitUsage
	}
	r, err := capture.Open(files[0], stdin, o.captureConfig())
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	defer r.Close()
	d := decode(r, o, mode, printer)
	defer d.summaries.Close()
	readErr, err := d.readErr, d.printErr
	if err == nil {
		err = d.summaries.Write(out, d.analyzer, r.Stats())
	}
	if ferr := out.Flush(); err == nil {
		err = ferr // the output failed at the end
	}
	if len(o.reports) > 0 || o.quiet {
		fmt.Fprintf(stderr, "icqdump: %s\n", report.CaptureLine(r.Stats()))
	}
	for _, err := range []error{readErr, err} {
		if err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			return exitInput
		}
	}
	return exitOK
}

func (o *options) captureConfig() capture.Config {
	return capture.Config{ServerPorts: o.serverPorts.ports, PeerPorts: o.peerPorts.ports}
}

// decoded is a capture read to its end: its packets printed, its reports
// recorded.
type decoded struct {
	summaries         *report.Summaries
	analyzer          *analyze.Analyzer
	readErr, printErr error
}

// decode reads r to the end (or -c), analysing every packet, and prints the
// packets unless -q.
func decode(r *capture.Reader, o *options, mode report.Mode, printer report.Printer) *decoded {
	d := &decoded{summaries: report.NewSummaries(o.reports, mode)}
	pk := &packets{printer: printer}
	cfg := analyze.Config{}
	if !o.quiet {
		cfg.Release, cfg.KeepPackets = pk.release, true
	}
	d.summaries.Hook(&cfg)
	var n notes
	n.takeOver(&cfg)
	d.analyzer = analyze.New(cfg)
	d.readErr = feed(r, d.analyzer, o.count, pk, &n)
	d.analyzer.Finish() // releases the packets still held: everything readable is printed
	d.printErr = pk.err
	return d
}

// packets prints the packets the analyzer releases, with their cross
// references, and keeps the first error.
type packets struct {
	printer report.Printer
	rec     report.Record
	err     error
}

func (p *packets) release(r *analyze.Released) {
	if p.err == nil {
		p.rec = report.Record{Meta: r.Meta, Packet: r.Packet, Xref: r.Xref}
		p.err = p.printer.Print(&p.rec)
	}
}
