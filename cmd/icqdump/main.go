// Command icqdump decodes ICQ traffic (v2, v5; v3 and v4 headers) from capture files and interfaces.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/netip"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/engine"
	"github.com/icqdump/icqdump/filter"
	"github.com/icqdump/icqdump/internal/cli"
	"github.com/icqdump/icqdump/logs"
	"github.com/icqdump/icqdump/report"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is icqdump. SIGINT (Ctrl-C) and SIGTERM stop it cleanly, as the end of
// the capture does: the output is flushed, the -w file completed, the
// reports printed, and the exit status is 0. A second signal kills it at
// once, should the stop itself hang (a pipe that delivers nothing).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	return runContext(ctx, args, stdin, stdout, stderr)
}

// Exit statuses, as tcpdump and grep use them.
const (
	exitOK    = 0
	exitInput = 1 // a capture could not be read, or ended inside a record
	exitUsage = 2
)

// exitStatus is icqdump's exit status for how the engine's run ended.
var exitStatus = map[engine.Status]int{engine.OK: exitOK, engine.Failed: exitInput, engine.Unusable: exitUsage}

// options are the flags; the engine's Config holds them parsed.
type options struct {
	engine.Config
	formats                 []string // what -T takes
	format, decodeAs, times string
	display                 string // -Y, compiled by validateFilter
	glossary, logFormat     string
	verbose, hex, version   bool
	numeric                 bool     // -n: accepted, icqdump never resolves names
	extract, fieldsOpts     []string // -e, -E
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
	o := &options{Config: engine.NewConfig()}
	fs := newFlagSet("icqdump", stderr, func(fs *pflag.FlagSet) { fmt.Fprintf(stdout, usage, cli.Help(fs)) })
	o.registerInput(fs, "text", "json", "fields")
	o.registerOutput(fs)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	switch {
	case o.version:
		return o, nil
	case o.glossary != "" && o.glossary != "fields":
		return nil, fmt.Errorf("unknown glossary %q: use -G fields", o.glossary)
	case o.glossary != "":
		return o, nil
	case fs.NArg() > 0:
		return nil, fmt.Errorf("unexpected argument %q: icqdump takes its filter expression with -Y EXPR, "+
			"or --host ADDR, --uin N or --command NAME", fs.Arg(0))
	}
	for _, validate := range []func() error{func() error { return o.validateInput(fs) }, o.validateModes,
		func() (err error) { o.Times, err = report.ParseTimeFormat(o.times); return err },
		o.validateFilter, o.validateColumns,
		func() (err error) { o.Logs.Format, err = logs.ParseFormat(o.logFormat); return err },
		func() (err error) { o.Reports, err = report.ParseReports(o.Reports); return err }} {
		if err := validate(); err != nil {
			return nil, err
		}
	}
	o.Mode = o.mode()
	return o, nil
}

func newFlagSet(name string, stderr io.Writer, usage func(*pflag.FlagSet)) *pflag.FlagSet {
	fs := pflag.NewFlagSet(name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { usage(fs) }
	return fs
}

// registerInput registers the flags that say what to read and how, which
// icqdump and icqdump check share; formats are what -T takes.
func (o *options) registerInput(fs *pflag.FlagSet, formats ...string) {
	o.formats, o.format = formats, "text"
	l := &o.Limits
	cli.Register(fs, []cli.Flag{
		cli.F(&o.Reads, "read", "r", "read packets from `FILE` (pcap or pcapng; - for standard input; a folder: its captures; repeatable)"),
		cli.F(&o.Count, "count", "c", "stop after `N` ICQ packets shown"),
		cli.F(&o.format, "format", "T", "output `FORMAT`: "+cli.OrList(formats)),
		cli.F(&o.ServerPorts, "server-port", "", "UDP `PORT` of the ICQ server (repeatable; the first replaces the default)"),
		cli.F(&o.PeerPorts, "peer-port", "", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)"),
		cli.F(&o.decodeAs, "decode-as", "", "decode v2 UDP packets with `READING` applied throughout: big-endian (every integer, for a VERSION of 00 02)"),
		cli.F(&o.Live.Iface, "interface", "i", "capture live on `IFACE`: a name, a number -D shows, or any (needs root or CAP_NET_RAW)"),
		cli.F(&o.Live.List, "list-interfaces", "D", "list the interfaces -i can capture on"),
		cli.F(&o.Live.Duration, "duration", "", "stop a live capture after `D` (30s, 5m, 1h30m)"),
		cli.F(&l.PeerMemory, "peer-memory", "", "hold at most `MIB` MiB for peer TCP (out-of-order data, partial packets); over it, give up the stream that began holding first"),
		cli.F(&l.MaxPeerStreams, "max-peer-streams", "", "follow at most `N` peer streams at once; at the cap, retire the least recently heard"),
		cli.F(&l.MaxPending, "max-pending", "", "keep at most `N` TCP connections not yet recognised as peer streams; at the cap, forget the least recently heard"),
		cli.F(&l.FragmentMemory, "fragment-memory", "", "hold at most `MIB` MiB of IP fragments waiting for the rest of their datagram; over it, give up every incomplete datagram"),
		cli.F(&l.MaxSessions, "max-sessions", "", "follow at most `N` client sessions at once; at the cap, retire the least recently active (its summary is still reported)"),
		cli.F(&l.MaxPairing, "max-pairing", "", "keep at most `N` packets awaiting their ACK (and N/4 requests awaiting their reply); at the cap, retire the oldest"),
		cli.F(&o.display, "display-filter", "Y", "show only packets that match the display filter `EXPR`, in Wireshark's syntax over the fields of -G fields"),
	}...)
}

// registerOutput registers the flags icqdump has and check has not.
func (o *options) registerOutput(fs *pflag.FlagSet) {
	o.times, o.logFormat = "a", "parquet"
	cli.Register(fs, []cli.Flag{
		cli.F(&o.verbose, "verbose", "V", "print the field tree of each packet"),
		cli.F(&o.hex, "hex", "x", "print each packet's bytes annotated with their fields"),
		cli.F(&o.Reports, "report", "z", "after the packets, write report `NAME`: "+strings.Join(report.Reports, ", ")+" or all (every report but flow; repeatable)"),
		cli.F(&o.Quiet, "quiet", "q", "print no packets, only the reports"),
		cli.F(&o.Live.Write, "write", "w", "write the frames of the packets shown to `FILE` (pcap; pcapng when reading pcapng)"),
		cli.F(&o.numeric, "numeric", "n", "accepted as tcpdump's -n: icqdump never resolves names"),
		cli.F(&o.LineBuffered, "line-buffered", "l", "flush standard output after each packet, for a pipe"),
		cli.F(&o.times, "time", "t", "packet times of the line output, as tshark's -t `FORMAT`: a (time of day), ad (date and time), "+
			"r (since the first packet), d (since the previous), dd (since the previous shown), e (epoch)"),
		cli.F(&o.version, "version", "", "print the version and exit"),
		cli.F(&o.Logs.Dir, "log-dir", "", "also write machine logs, a table per kind (icq_packets, icq_sessions, …), under `DIR`"),
		cli.F(&o.logFormat, "log-format", "", "`FORMAT` of --log-dir's tables: parquet, ndjson or tsv (Zeek)"),
		cli.F(&o.extract, "extract", "e", "with -T fields, print field `FIELD` as a column (repeatable; -G fields lists them)"),
		cli.F(&o.fieldsOpts, "fields-option", "E", "with -T fields, `KEY=VALUE`: header=y|n, separator=/t|/s|C, quote=d|s|n, occurrence=f|l|a, aggregator=/s|C (repeatable)"),
		cli.F(&o.glossary, "glossary", "G", "print the glossary `fields` (every field -Y and -e take, as tshark -G fields) and exit"),
	}...)
	registerSelection(fs, &o.Filter)
}

func (o *options) validateInput(fs *pflag.FlagSet) error {
	if fs.Changed("count") && o.Count < 1 {
		return fmt.Errorf("-c %d: give the number of packets to show, 1 or more", o.Count)
	}
	if err := o.ValidateInput(); err != nil {
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
		o.Reading = r
	}
	return nil
}

// validateFilter compiles -Y; the engine refuses what a filter on the
// analyzer's fields cannot do.
func (o *options) validateFilter() error {
	if o.display != "" {
		if err := o.Filter.SetDisplay(o.display); err != nil {
			return fmt.Errorf("-Y: %w", err)
		}
	}
	return o.ValidateFilter()
}

// validateModes refuses the output modes that do not combine: tshark's
// -V -x is the tree then the hex; JSON holds the tree and the bytes already.
func (o *options) validateModes() error {
	switch {
	case o.format == "json" && (o.verbose || o.hex):
		return errors.New("-T json holds every field and the bytes: give it without -V and -x")
	case o.Quiet && (o.verbose || o.hex):
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

// runContext is run; the capture stops, as at its end, when ctx is done.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "check" {
		return runCheck(ctx, args[1:], stdin, stdout, stderr)
	}
	if len(args) > 0 && args[0] == "wireshark-plugin" {
		return runPlugin(args[1:], stdout, stderr)
	}
	o, err := parseFlags(args, stdout, stderr)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return exitOK
	case err != nil:
		fmt.Fprintf(stderr, "icqdump: %v\nTry 'icqdump --help'.\n", err)
		return exitUsage
	case o.version:
		fmt.Fprintln(stdout, cli.Version())
		return exitOK
	case o.Live.List:
		return exitStatus[engine.ListInterfaces(stdout, stderr)]
	case o.glossary != "":
		return writeGlossary(stdout, stderr)
	}
	return exitStatus[engine.Decode(ctx, &o.Config, stdin, stdout, stderr)]
}

// registerSelection registers --uin, --command and --host: with -Y, the
// display filter says which packets are printed and written, not which
// ones are analysed.
func registerSelection(fs *pflag.FlagSet, f *filter.Filter) {
	fs.Var(&cli.List{Typ: "uin", Add: func(v string) error {
		n, err := strconv.ParseUint(v, 10, 32)
		if err != nil || n == 0 {
			return fmt.Errorf("%q is not a UIN (1-4294967295)", v)
		}
		f.AddUIN(uint32(n))
		return nil
	}}, "uin", "show only packets with `UIN` on either side: sender, recipient, or a UIN field (repeatable)")
	fs.Var(&cli.List{Typ: "name", Add: f.AddCommand}, "command",
		"show only packets of the command `NAME`, as the spec names it, in any case (repeatable)")
	fs.Var(&cli.List{Typ: "addr", Add: func(v string) error {
		addr, err := netip.ParseAddr(v)
		if err != nil {
			return fmt.Errorf("%q is not an IP address", v)
		}
		f.AddHost(addr)
		return nil
	}}, "host", "show only packets from or to the IP address `ADDR` (repeatable)")
}

// validateColumns resolves -T fields' -e and -E.
func (o *options) validateColumns() error {
	switch {
	case o.format != "fields":
		if len(o.extract)+len(o.fieldsOpts) > 0 {
			return errors.New("-e and -E go with -T fields")
		}
		return nil
	case len(o.extract) == 0:
		return errors.New("-T fields needs at least one -e FIELD")
	case o.Several():
		return errors.New("-T fields reads one capture: give -r FILE once, not a folder")
	}
	return o.SetFields(o.extract, o.fieldsOpts)
}
