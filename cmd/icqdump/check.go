package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/checkreport"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/engine"
	"github.com/icqdump/icqdump/internal/cli"
)

// check's exit statuses: 0 nothing at or above --fail-on, 1 something, 2 the
// capture could not be read or the arguments are wrong.
const (
	exitCheckFound = 1
	exitCheckError = 2
)

var checkExitStatus = map[engine.Status]int{engine.OK: exitOK, engine.Found: exitCheckFound, engine.Failed: exitCheckError}

type checkOptions struct {
	options
	judge        engine.Judge
	role, failOn string
}

func parseCheckFlags(args []string, stdout, stderr io.Writer) (*checkOptions, error) {
	c := &checkOptions{options: options{Config: engine.NewConfig()}, judge: engine.Judge{Options: check.DefaultOptions}}
	fs := newFlagSet("icqdump check", stderr, func(fs *pflag.FlagSet) {
		fmt.Fprintf(stdout, "Usage: icqdump check -r FILE | -i IFACE [flags]\n\n"+
			"Validates a capture against the ICQ v2 and v5 documents. Exit status: 0 nothing\n"+
			"at or above --fail-on was found, 1 something was or there was nothing to\n"+
			"judge, 2 the capture could not be opened or the arguments are wrong.\n\nFlags:\n%s", cli.Help(fs))
	})
	c.registerInput(fs, "text", "json", "junit")
	j := &c.judge
	c.role, c.failOn, j.MinPackets = "all", "error", 1
	cli.Register(fs, []cli.Flag{
		cli.F(&c.role, "role", "", "judge the packets of `SIDE`: client, server or all"),
		cli.F(&c.failOn, "fail-on", "", "exit 1 on a finding of `SEVERITY` or worse: error, warning or note"),
		cli.F(&j.AllRules, "rules", "", "print the rule catalogue and exit; with -r or -i, list every rule in the counts"),
		cli.F(&j.MinPackets, "min-packets", "", "fail when fewer than `N` ICQ packets were judged: nothing to judge"),
		cli.F(&j.Options.RetransmitTolerance, "retransmit-tolerance", "", "how far from the spec's 10 s a retransmission may come (`D`)"),
		cli.F(&j.Options.KeepAliveTolerance, "keepalive-tolerance", "", "how much more than 120 s keep-alives may be apart (`D`)"),
	}...)
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
	if j.Options.Role, err = check.ParseRole(c.role); err != nil {
		return nil, err
	}
	if j.FailOn, err = parseSeverity(c.failOn); err != nil {
		return nil, err
	}
	if j.MinPackets < 0 {
		return nil, fmt.Errorf("--min-packets %d: give 0 or more", j.MinPackets)
	}
	if err := c.validateInput(fs); err != nil {
		return nil, err
	}
	if err := c.validateFilter(); err != nil {
		return nil, err
	}
	if c.Filter.NeedsAnalyzer() {
		return nil, errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) is icqdump's, not check's")
	}
	if c.Several() {
		return nil, errors.New("check reads one capture: give -r FILE once, not a folder")
	}
	j.Format = c.format
	return c, nil
}

// catalogue reports whether --rules asks for the catalogue alone: no
// capture to check.
func (c *checkOptions) catalogue() bool {
	return c.judge.AllRules && len(c.Reads) == 0 && c.Live.Iface == ""
}

func parseSeverity(s string) (dissect.Severity, error) {
	for _, sev := range []dissect.Severity{dissect.Error, dissect.Warning, dissect.Note} {
		if s == sev.String() {
			return sev, nil
		}
	}
	return 0, fmt.Errorf("no severity %q (severities: error, warning, note)", s)
}

// runCheck is icqdump check: the engine reads the capture through the same
// decoding and pairing as icqdump, and judges every packet against the rules.
func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseCheckFlags(args, stdout, stderr)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return exitOK
	case err != nil:
		fmt.Fprintf(stderr, "icqdump check: %v\nTry 'icqdump check --help'.\n", err)
		return exitCheckError
	case c.catalogue():
		if err := checkreport.WriteRules(stdout, c.format == "json"); err != nil {
			fmt.Fprintf(stderr, "icqdump check: %v\n", err)
			return exitCheckError
		}
		return exitOK
	case c.Live.List:
		return exitStatus[engine.ListInterfaces(stdout, stderr)] // as icqdump -D
	}
	return checkExitStatus[engine.Check(ctx, &c.Config, &c.judge, stdin, stdout, stderr)]
}
