package engine

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/checkreport"
	"github.com/icqdump/icqdump/dissect"
)

// Judge is what icqdump check adds to a run: the rules' settings and how
// the verdict is drawn.
type Judge struct {
	Options    check.Options
	Format     string // text, json or junit
	FailOn     dissect.Severity
	MinPackets int  // fewer packets judged: nothing to judge
	AllRules   bool // --rules: every rule in the counts
}

// Check is icqdump check: it reads the capture through the flow Decode
// reads it through, and judges every packet against the rules.
func Check(ctx context.Context, c *Config, j *Judge, stdin io.Reader, stdout, stderr io.Writer) Status {
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	c.progress = newProgressBoard(c, stdout, stderr)
	defer c.progress.erase()
	r, err := openInput(ctx, c, stdin, out, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump check: %v\n", err)
		return Failed
	}
	defer r.Close()
	limitHeap(1)
	findings := checkreport.NewFindings(out, j.Format)
	emit := findings.Add
	var judged *filteredFindings
	if c.Filter.Selective() {
		judged = &filteredFindings{verdicts: &frameVerdicts{}, emit: emit, counts: map[string]int{}}
		r.verdicts, emit = judged.verdicts, judged.add
	}
	j.Options.MaxSessions = c.Limits.MaxSessions
	checker := check.New(j.Options, emit)
	// The checker needs every packet's verdicts (acknowledged or not), so
	// packets wait for them even live.
	a, readErr := analyse(r, c, checker.AnalyzerConfig(), &packets{in: r})
	c.progress.erase()
	checker.Finish()
	printEvictions(stderr, c.Limits.evictions(r.Stats(), a.Evicted()))
	// Damage is a finding: what was read before it is judged all the same.
	checker.Capture(r.Stats(), linkNames(r.UnsupportedLinks()), readErr)
	verdict := checkreport.Verdict{Counts: checker.Counts(), FailOn: j.FailOn, Checked: checker.Checked(),
		MinPackets: j.MinPackets, Scopes: checker.Scopes(), AllRules: j.AllRules}
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
			return Failed
		}
	}
	sayWhatWasRead(stderr, "icqdump check", r.Reader, c.ServerPorts, readErr)
	if verdict.NothingToJudge() {
		fmt.Fprintf(stderr, "icqdump check: nothing to judge: %d ICQ packets, fewer than --min-packets %d\n",
			verdict.Checked.Packets(), j.MinPackets)
	}
	if verdict.Failed() {
		return Found
	}
	return OK
}
