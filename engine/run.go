package engine

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/report"
)

// Status is how a run ended: the command's exit status follows it.
type Status int

const (
	OK       Status = iota
	Found           // check: a finding at or above --fail-on, or nothing to judge
	Failed          // a capture could not be read, or the output failed
	Unusable        // the output asked for cannot be made: nothing was read
)

// Decode is icqdump: it reads the capture (or several, in parallel),
// prints its packets to stdout and the reports after them.
func Decode(ctx context.Context, c *Config, stdin io.Reader, stdout, stderr io.Writer) Status {
	out := bufio.NewWriterSize(stdout, 64<<10)
	defer out.Flush()
	c.progress = newProgressBoard(c, stdout, stderr)
	defer c.progress.erase()
	printer, err := c.printer(out)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return Unusable
	}
	if c.Several() {
		files, err := captureFiles(c.Reads)
		if err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			return Failed
		}
		return runMany(ctx, files, c, stdin, out, stderr)
	}
	r, err := openInput(ctx, c, stdin, out, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return Failed
	}
	defer r.Close()
	limitHeap(1)
	c.Logs.raiseHeapLimit(1)
	d := decode(r, c, printer)
	c.progress.erase()
	defer d.summaries.Close()
	err = d.printErr
	if err == nil {
		collectLessForReports()
		err = d.summaries.Write(out, d.cmds, r.Stats())
	}
	if ferr := out.Flush(); err == nil {
		err = ferr // the output failed at the end
	}
	if len(c.Reports) > 0 || c.Quiet {
		fmt.Fprintf(stderr, "icqdump: %s\n", report.CaptureLine(r.Stats()))
		printEvictions(stderr, d.evictions)
	}
	sayWhatWasRead(stderr, "icqdump", r.Reader, c.ServerPorts, d.readErr)
	status := OK
	for _, err := range []error{d.readErr, err} {
		if err != nil {
			fmt.Fprintf(stderr, "icqdump: %v\n", err)
			status = Failed
		}
	}
	if err := r.Close(); err != nil { // completes -w
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		status = Failed
	}
	return status
}

// decoded is a capture read to its end: its packets printed, its reports
// recorded, what stopped it.
type decoded struct {
	cmds      []analyze.CommandCount
	summaries *report.Summaries
	readErr   error // the capture could not be read to its end
	printErr  error // the output failed
	evictions []report.Eviction
}

// decode reads in to the end (or -c), analysing every packet, and prints the
// packets with printer unless -q. The analyzer goes once decode returns:
// the reports need no more of it.
func decode(in *input, c *Config, printer report.Printer) *decoded {
	d := &decoded{summaries: report.NewSummaries(c.Reports, c.Mode)}
	pk := &packets{printer: printer, in: in, printing: !c.Quiet}
	// Live, packets are printed as they come: none waits for its ACK.
	cfg := analyze.Config{Immediate: in.live}
	if pk.printing {
		cfg.Release, cfg.KeepPackets = pk.release, true
	}
	d.summaries.Hook(&cfg)
	lw, err := c.Logs.create(c)
	if err != nil {
		d.printErr = err
		return d
	}
	if lw != nil {
		lw.Hook(&cfg)
	}
	var a *analyze.Analyzer
	a, d.readErr = analyse(in, c, cfg, pk)
	d.cmds = a.Commands()
	d.printErr = pk.err
	d.evictions = c.Limits.evictions(in.Stats(), a.Evicted())
	d.summaries.NoteEvictions(d.evictions)
	if lw != nil {
		if err := lw.Close(in.Stats(), d.readErr); d.printErr == nil {
			d.printErr = err
		}
	}
	return d
}

// analyse reads in to its end (or -c) into an analyzer made with cfg and
// the caps, each packet read through pk, and finishes the analyzer: the
// packets it still held are released. The error is the reading's.
func analyse(in *input, c *Config, cfg analyze.Config, pk *packets) (*analyze.Analyzer, error) {
	c.Limits.applyAnalyzer(&cfg)
	a := analyze.New(cfg)
	err := feed(in, a, c.Count, pk)
	a.Finish()
	return a, err
}
