// Command icqdump decodes ICQ traffic (v2, v5; v3 and v4 headers) from capture files and interfaces.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/analyze"
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
	read        string   // the capture, when there is one (-r once, not a folder)
	reads       []string // every -r
	count       int
	verbose     bool
	hex         bool
	format      string
	formats     []string // what -T takes
	serverPorts portList
	peerPorts   portList
	reports     []string
	quiet       bool
	live        liveOptions
	sel         selection
	habits      habits
	progress    *progressBoard // nil: no progress lines
	cores       int            // the cores this capture's decoding may use; 0: GOMAXPROCS
	logs        logOptions
	decodeAs    string
	reading     dissect.Reading // --decode-as parsed
	glossary    string
	columns     columns // -T fields
	limits      limitOptions
}

const usage = `Usage:
  icqdump [flags] -r FILE | -i IFACE  decode ICQ v2-v5 traffic: print, report
  icqdump check -r FILE | -i IFACE    validate a capture (icqdump check --help)
  icqdump -D                          list the interfaces -i can capture on
  icqdump wireshark-plugin [-w FILE]  write a Wireshark dissector (Lua)

Examples:
  icqdump -r trace.pcap -V            the field tree of every packet
  icqdump -r trace.pcap -q -z all     the analyzer's reports only
  icqdump -i eth0 --uin 12345678 -w out.pcap

Flags:
%s
Exit status: 0 done, 1 a capture could not be read (all readable packets are
printed first), 2 usage error. See README.md for outputs and the JSON contract.
`

func parseFlags(args []string, stdout, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := pflag.NewFlagSet("icqdump", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintf(stdout, usage, flagHelp(fs)) }
	o.registerInput(fs, "text", "json", "fields")
	fs.BoolVarP(&o.verbose, "verbose", "V", false, "print the field tree of each packet")
	fs.BoolVarP(&o.hex, "hex", "x", false, "print each packet's bytes annotated with their fields")
	fs.StringArrayVarP(&o.reports, "report", "z", nil,
		"after the packets, write report `NAME`: "+strings.Join(report.Reports, ", ")+" or all (every report but flow; repeatable)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "print no packets, only the reports")
	o.live.registerSave(fs)
	o.sel.register(fs)
	o.habits.register(fs)
	o.logs.register(fs)
	o.columns.register(fs)
	fs.StringVarP(&o.glossary, "glossary", "G", "", "print the glossary `fields` (every field -Y and -e take, as tshark -G fields) and exit")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if o.habits.version {
		return o, nil
	}
	if o.glossary != "" {
		if o.glossary != "fields" {
			return nil, fmt.Errorf("unknown glossary %q: use -G fields", o.glossary)
		}
		return o, nil
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q: icqdump takes its filter expression with -Y EXPR, "+
			"or --host ADDR, --uin N or --command NAME", fs.Arg(0))
	}
	if err := o.validateInput(fs); err != nil {
		return nil, err
	}
	if err := o.validateModes(); err != nil {
		return nil, err
	}
	if err := o.habits.validate(); err != nil {
		return nil, err
	}
	if err := o.sel.validate(o); err != nil {
		return nil, err
	}
	if err := o.columns.validate(o); err != nil {
		return nil, err
	}
	if err := o.logs.validate(); err != nil {
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
// icqdump and icqdump check share; formats are what -T takes.
func (o *options) registerInput(fs *pflag.FlagSet, formats ...string) {
	o.formats = formats
	fs.StringArrayVarP(&o.reads, "read", "r", nil,
		"read packets from `FILE` (pcap or pcapng; - for standard input; a folder: its captures; repeatable)")
	fs.IntVarP(&o.count, "count", "c", 0, "stop after `N` ICQ packets shown")
	fs.StringVarP(&o.format, "format", "T", "text", "output `FORMAT`: "+orList(formats))
	o.serverPorts.ports = []uint16{capture.DefaultServerPort}
	fs.Var(&o.serverPorts, "server-port", "UDP `PORT` of the ICQ server (repeatable; the first replaces the default)")
	fs.Var(&o.peerPorts, "peer-port", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)")
	fs.StringVar(&o.decodeAs, "decode-as", "", "decode v2 UDP packets with `READING` applied throughout: big-endian (every integer, for a VERSION of 00 02)")
	o.live.register(fs)
	o.limits.register(fs)
}

func (o *options) validateInput(fs *pflag.FlagSet) error {
	if fs.Changed("count") && o.count < 1 {
		return fmt.Errorf("-c %d: give the number of packets to show, 1 or more", o.count)
	}
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
	if !slices.Contains(o.formats, o.format) {
		return fmt.Errorf("unknown output format %q: use -T %s", o.format, strings.Join(o.formats, ", -T "))
	}
	if o.decodeAs != "" {
		r, err := dissect.ParseReading(o.decodeAs)
		if err != nil {
			return err
		}
		o.reading = r
	}
	return nil
}

// orList writes a, b or c.
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// validateModes refuses the output modes that do not combine: tshark's
// -V -x is the tree then the hex; JSON holds the tree and the bytes already.
func (o *options) validateModes() error {
	switch {
	case o.format == "json" && (o.verbose || o.hex):
		return errors.New("-T json holds every field and the bytes: give it without -V and -x")
	case o.quiet && (o.verbose || o.hex):
		return errors.New("-q prints no packets: give it without -V and -x")
	}
	return nil
}

// mode is the packet output the flags ask for.
func (o *options) mode() report.Mode {
	switch {
	case o.format == "json":
		return report.JSON
	case o.hex && o.verbose:
		return report.TreeHex
	case o.hex:
		return report.Hex
	case o.verbose:
		return report.Tree
	}
	return report.Lines
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
	if len(args) > 0 && args[0] == "wireshark-plugin" {
		return runPlugin(args[1:], stdout, stderr)
	}
	o, err := parseFlags(args, stdout, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqdump: %v\nTry 'icqdump --help'.\n", err)
		return exitUsage
	}
	if o.habits.version {
		writeVersion(stdout)
		return exitOK
	}
	if o.live.list {
		return listInterfaces(stdout, stderr)
	}
	if o.glossary != "" {
		return writeGlossary(stdout, stderr)
	}
	mode := o.mode()
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	o.progress = newProgressBoard(o, stdout, stderr)
	defer o.progress.erase()
	printer, err := o.printer(mode, out)
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
	o.logs.raiseHeapLimit(1)
	d := decode(r, o, mode, printer)
	o.progress.erase()
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
	sayWhatWasRead(stderr, "icqdump", r.Reader, o.serverPorts, readErr)
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
	lw, err := o.logs.create(o)
	if lw != nil {
		lw.Hook(&cfg)
	}
	d.analyzer = analyze.New(cfg)
	if err != nil {
		d.printErr = err
		return d
	}
	d.readErr = feed(in, d.analyzer, o.count, pk)
	d.analyzer.Finish() // releases the packets still held: everything readable is printed
	d.printErr = pk.err
	d.evictions = o.limits.evictions(in.Stats(), d.analyzer.Evicted())
	d.summaries.NoteEvictions(d.evictions)
	if lw != nil {
		if err := lw.Close(in.Stats(), d.readErr); d.printErr == nil {
			d.printErr = err
		}
	}
	return d
}
