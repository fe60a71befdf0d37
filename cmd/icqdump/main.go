// Command icqdump decodes ICQ v2 traffic from capture files and interfaces.
package main

import (
	"bufio"
	"context"
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
	read        string   // the capture, when there is one (-r once, not a folder)
	reads       []string // every -r
	count       int
	verbose     bool
	hex         bool
	format      string
	serverPorts portList
	peerPorts   portList
	reports     []string
	quiet       bool
	live        liveOptions
	sel         selection
	cores       int // the cores this capture's decoding may use; 0: GOMAXPROCS
	limits      limitOptions
}

const usage = `Usage:
  icqdump [flags] -r FILE | -i IFACE        decode ICQ v2 traffic: print, report
  icqdump check [flags] -r FILE | -i IFACE  validate a capture against the spec (icqdump check --help)
  icqdump -D                                list the interfaces -i can capture on

Examples:
  icqdump -r trace.pcap -V                  the field tree of every packet
  icqdump -r trace.pcap -q -z all           the analyzer's reports only
  icqdump -i eth0 --uin 12345678 -w out.pcap

Flags:
%s
Exit status: 0 done, 1 a capture could not be read (all readable packets are
printed first), 2 usage error. See README.md for outputs and the JSON contract.
`

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := pflag.NewFlagSet("icqdump", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintf(stderr, usage, fs.FlagUsages()) }
	o.registerInput(fs)
	fs.BoolVarP(&o.verbose, "verbose", "V", false, "print the field tree of each packet")
	fs.BoolVarP(&o.hex, "hex", "x", false, "print each packet's bytes annotated with their fields")
	fs.StringArrayVarP(&o.reports, "report", "z", nil,
		"after the packets, write report `NAME`: "+strings.Join(report.Reports, ", ")+" or all (every report but flow; repeatable)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print no packets, only the reports")
	o.live.registerSave(fs)
	o.sel.register(fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if err := o.validateInput(); err != nil {
		return nil, err
	}
	reports, err := report.ParseReports(o.reports)
	if err != nil {
		return nil, err
	}
	o.reports = reports
	return o, nil
}

// registerInput registers the flags that say what to read and how, which
// icqdump and icqdump check share.
func (o *options) registerInput(fs *pflag.FlagSet) {
	fs.StringArrayVarP(&o.reads, "read", "r", nil,
		"read packets from `FILE` (pcap or pcapng; - for standard input; a folder: its captures; repeatable)")
	fs.IntVarP(&o.count, "count", "c", 0, "stop after `N` ICQ packets shown")
	fs.StringVarP(&o.format, "format", "T", "text", "output `FORMAT`: text or json")
	o.serverPorts.ports = []uint16{capture.DefaultServerPort}
	fs.Var(&o.serverPorts, "server-port", "UDP `PORT` of the ICQ server (repeatable; the first replaces the default)")
	fs.Var(&o.peerPorts, "peer-port", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)")
	o.live.register(fs)
	o.limits.register(fs)
}

func (o *options) validateInput() error {
	if len(o.reads) > 0 {
		o.read = o.reads[0]
	}
	if o.several() && (o.live.iface != "" || o.live.write != "") {
		return errors.New("several captures (-r more than once, or a folder) are read without -i and -w")
	}
	if err := o.live.validate(o.read); err != nil {
		return err
	}
	if err := o.limits.validate(); err != nil {
		return err
	}
	if o.format != "text" && o.format != "json" {
		return fmt.Errorf("unknown output format %q: use -T text or -T json", o.format)
	}
	return nil
}

func (o *options) captureConfig() capture.Config {
	c := capture.Config{ServerPorts: o.serverPorts.ports, PeerPorts: o.peerPorts.ports}
	o.limits.applyCapture(&c)
	return c
}

// runContext is run; the capture stops, as at its end, when ctx is done.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "check" {
		return runCheck(ctx, args[1:], stdin, stdout, stderr)
	}
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
	if o.several() {
		files, err := captureFiles(o.reads)
		if err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			return exitInput
		}
		return runMany(ctx, files, o, mode, stdin, out, stderr)
	}
	r, err := openInput(ctx, o, o.captureConfig(), stdin, out, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	defer r.Close()
	limitHeap(1)
	d := decode(r, o, mode, printer)
	defer d.summaries.Close()
	readErr := d.readErr
	err = d.printErr
	if err == nil {
		cmds := d.analyzer.Commands()
		d.analyzer = nil // the reports need no more of it: its memory goes before the tables
		collectLessForReports()
		err = d.summaries.Write(out, cmds, r.Stats())
	}
	if ferr := out.Flush(); err == nil {
		err = ferr // the output failed at the end
	}
	if len(o.reports) > 0 || o.quiet {
		fmt.Fprintf(stderr, "icqdump: %s\n", report.CaptureLine(r.Stats()))
		printEvictions(stderr, d.evictions)
	}
	status := exitOK
	for _, err := range []error{readErr, err} {
		if err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			status = exitInput
		}
	}
	if err := r.Close(); err != nil { // completes -w
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		status = exitInput
	}
	return status
}

// decoded is a capture read to its end: its packets printed, its reports
// recorded, what stopped it.
type decoded struct {
	analyzer  *analyze.Analyzer
	summaries *report.Summaries
	readErr   error // the capture could not be read to its end
	printErr  error // the output failed
	evictions []report.Eviction
}

// decode reads in to the end (or -c), analysing every packet, and prints the
// packets with printer unless -q.
func decode(in *input, o *options, mode report.Mode, printer report.Printer) *decoded {
	d := &decoded{summaries: report.NewSummaries(o.reports, mode)}
	pk := &packets{printer: printer, in: in, printing: !o.quiet}
	// Live, packets are printed as they come: none waits for its ACK.
	cfg := analyze.Config{Immediate: in.live}
	o.limits.applyAnalyzer(&cfg)
	if pk.printing {
		cfg.Release, cfg.KeepPackets = pk.release, true
	}
	d.summaries.Hook(&cfg)
	d.analyzer = analyze.New(cfg)
	d.readErr = feed(in, d.analyzer, o.count, pk)
	d.analyzer.Finish() // releases the packets still held: everything readable is printed
	d.printErr = pk.err
	d.evictions = o.limits.evictions(in.Stats(), d.analyzer.Evicted())
	d.summaries.NoteEvictions(d.evictions)
	return d
}
