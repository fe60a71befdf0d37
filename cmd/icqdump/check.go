package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/checkreport"
	"github.com/icqdump/icqdump/dissect"
)

// check's exit statuses: 0 nothing at or above --fail-on, 1 something, 2 the
// capture could not be read or the arguments are wrong.
const (
	exitCheckFound = 1
	exitCheckError = 2
)

type checkOptions struct {
	options
	role       string
	failOn     string
	rules      bool
	minPackets int
	tunings    check.Options
}

func parseCheckFlags(args []string, stdout, stderr io.Writer) (*checkOptions, error) {
	c := &checkOptions{tunings: check.DefaultOptions}
	fs := pflag.NewFlagSet("icqdump check", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stdout, "Usage: icqdump check -r FILE | -i IFACE [flags]\n\n"+
			"Validates a capture against the ICQ v2 and v5 documents. Exit status: 0 nothing\n"+
			"at or above --fail-on was found, 1 something was or there was nothing to\n"+
			"judge, 2 the capture could not be opened or the arguments are wrong.\n\nFlags:\n%s", flagHelp(fs))
	}
	c.registerInput(fs, "text", "json", "junit")
	c.sel.registerDisplay(fs)
	fs.StringVar(&c.role, "role", "all", "judge the packets of `SIDE`: client, server or all")
	fs.StringVar(&c.failOn, "fail-on", "error", "exit 1 on a finding of `SEVERITY` or worse: error, warning or note")
	fs.BoolVar(&c.rules, "rules", false, "print the rule catalogue and exit; with -r or -i, list every rule in the counts")
	fs.IntVar(&c.minPackets, "min-packets", 1, "fail when fewer than `N` ICQ packets were judged: nothing to judge")
	fs.DurationVar(&c.tunings.RetransmitTolerance, "retransmit-tolerance", c.tunings.RetransmitTolerance,
		"how far from the spec's 10 s a retransmission may come (`D`)")
	fs.DurationVar(&c.tunings.KeepAliveTolerance, "keepalive-tolerance", c.tunings.KeepAliveTolerance,
		"how much more than 120 s keep-alives may be apart (`D`)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if c.catalogue() {
		return c, nil
	}
	var err error
	if c.tunings.Role, err = check.ParseRole(c.role); err != nil {
		return nil, err
	}
	if _, err = parseSeverity(c.failOn); err != nil {
		return nil, err
	}
	if c.minPackets < 0 {
		return nil, fmt.Errorf("--min-packets %d: give 0 or more", c.minPackets)
	}
	if err := c.validateInput(fs); err != nil {
		return nil, err
	}
	if err := c.sel.validate(&c.options); err != nil {
		return nil, err
	}
	if c.sel.NeedsAnalyzer() {
		return nil, errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) is icqdump's, not check's")
	}
	if c.several() {
		return nil, errors.New("check reads one capture: give -r FILE once, not a folder")
	}
	return c, nil
}

// catalogue reports whether --rules asks for the catalogue alone: no
// capture to check.
func (c *checkOptions) catalogue() bool {
	return c.rules && len(c.reads) == 0 && c.live.iface == ""
}

func parseSeverity(s string) (dissect.Severity, error) {
	for _, sev := range []dissect.Severity{dissect.Error, dissect.Warning, dissect.Note} {
		if s == sev.String() {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("no severity %q (severities: error, warning, note)", s)
}

// runCheck is icqdump check: it reads the capture through the same decoding
// and pairing as icqdump, and judges every packet against the rules.
func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseCheckFlags(args, stdout, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqdump check: %v\nTry 'icqdump check --help'.\n", err)
		return exitCheckError
	}
	if c.catalogue() {
		if err := checkreport.WriteRules(stdout, c.format == "json"); err != nil {
			fmt.Fprintf(stderr, "icqdump check: %v\n", err)
			return exitCheckError
		}
		return exitOK
	}
	if c.live.list {
		return listInterfaces(stdout, stderr)
	}
	failOn, _ := parseSeverity(c.failOn)
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	c.progress = newProgressBoard(&c.options, stdout, stderr)
	defer c.progress.erase()
	r, err := openInput(ctx, &c.options, c.captureConfig(), stdin, out, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump check: %v\n", err)
		return exitCheckError
	}
	defer r.Close()
	limitHeap(1)
	findings := checkreport.NewFindings(out, c.format)
	emit := findings.Add
	var judged *filteredFindings
	if c.sel.Selective() {
		judged = &filteredFindings{verdicts: &frameVerdicts{}, emit: emit, counts: map[string]int{}}
		r.verdicts, emit = judged.verdicts, judged.add
	}
	c.tunings.MaxSessions = c.limits.maxSessions
	checker := check.New(c.tunings, emit)
	// The checker needs every packet's verdicts (acknowledged or not), so
	// packets wait for them even live.
	cfg := checker.AnalyzerConfig()
	c.limits.applyAnalyzer(&cfg)
	a := analyze.New(cfg)
	readErr := feed(r, a, c.count, &packets{in: r})
	c.progress.erase()
	a.Finish()
	checker.Finish()
	printEvictions(stderr, c.limits.evictions(r.Stats(), a.Evicted()))
	// Damage is a finding: what was read before it is judged all the same.
	checker.Capture(r.Stats(), linkNames(r.UnsupportedLinks()), readErr)
	verdict := checkreport.Verdict{Counts: checker.Counts(), FailOn: failOn, Checked: checker.Checked(),
		MinPackets: c.minPackets, Scopes: checker.Scopes(), AllRules: c.rules}
	if judged != nil {
		verdict.Counts = judged.counts
	}
	err = findings.Close(verdict)
	if ferr := out.Flush(); err == nil {
		err = ferr // the output failed at the end
	}
	for _, err := range []error{err, r.Close()} {
		if err != nil {
			fmt.Fprintf(stderr, "icqdump check: %v\n", err)
			return exitCheckError
		}
	}
	sayWhatWasRead(stderr, "icqdump check", r.Reader, c.serverPorts, readErr)
	if verdict.NothingToJudge() {
		fmt.Fprintf(stderr, "icqdump check: nothing to judge: %d ICQ packets, fewer than --min-packets %d\n",
			verdict.Checked.Packets(), c.minPackets)
	}
	if verdict.Failed() {
		return exitCheckFound
	}
	return exitOK
}
