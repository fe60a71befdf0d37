package engine

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/internal/tempfile"
	"github.com/icqdump/icqdump/report"
)

// captureExts are the names of the files a folder given to -r stands for.
var captureExts = []string{".pcap", ".pcapng", ".gz"}

// Several reports whether -r names more than one capture: it is given more
// than once, or a folder.
func (c *Config) Several() bool {
	if len(c.Reads) > 1 {
		return true
	}
	info, err := os.Stat(c.Read)
	return c.Read != "-" && err == nil && info.IsDir()
}

// captureFiles expands the -r arguments: a folder stands for its capture
// files (captureExts), in name order.
func captureFiles(args []string) ([]string, error) {
	var files []string
	for _, arg := range args {
		if info, err := os.Stat(arg); arg == "-" || err != nil || !info.IsDir() {
			files = append(files, arg) // opening it will say what is wrong
			continue
		}
		entries, err := os.ReadDir(arg)
		if err != nil {
			return nil, err
		}
		n := len(files)
		for _, e := range entries {
			if e.Type().IsRegular() && slices.ContainsFunc(captureExts, func(ext string) bool {
				return strings.HasSuffix(e.Name(), ext)
			}) {
				files = append(files, filepath.Join(arg, e.Name()))
			}
		}
		if len(files) == n {
			return nil, fmt.Errorf("%s: no capture files (%s) in the folder", arg, strings.Join(captureExts, ", "))
		}
	}
	return files, nil
}

// fileJob is one capture of several, decoded by a worker of its own into a
// spool, while the main goroutine writes the captures before it.
type fileJob struct {
	file string
	name string // its partition name in --log-dir
	out  spoolWriter
	d    *decoded
	st   capture.Stats
	err  error        // the capture could not be opened, or printing failed
	said bytes.Buffer // what sayWhatWasRead tells of it, for stderr
	done chan struct{}
}

// runMany decodes several captures in parallel, one worker per core, and
// writes, in file order, each capture's packets and its own reports (the
// transcript, the diagrams) under a line naming it (in JSON, with a "file"
// key in each line) as soon as it is decoded, then the other reports of
// all of them merged, under a line of their own.
func runMany(ctx context.Context, files []string, o *Config, stdin io.Reader, out *bufio.Writer, stderr io.Writer) Status {
	jobs := make([]*fileJob, len(files))
	var abandon atomic.Bool // the output failed: the captures still decoding stop printing
	names := partitionNames(files)
	for i, f := range files {
		jobs[i] = &fileJob{file: f, name: names[i], done: make(chan struct{}), out: spoolWriter{abandon: &abandon}}
	}
	workers := min(runtime.GOMAXPROCS(0), len(jobs))
	limitHeap(workers)
	o.Logs.raiseHeapLimit(workers)
	each := *o
	each.Cores = max(1, runtime.GOMAXPROCS(0)/workers)
	go startJobs(ctx, jobs, workers, &each, stdin)
	code := OK
	parts := make([]report.Part, 0, len(jobs))
	defer func() {
		for _, p := range parts {
			p.Summaries.Close()
		}
	}()
	var outErr error
	for _, j := range jobs {
		<-j.done
		if outErr == nil {
			o.progress.erase() // the lines of the captures still read are drawn again
			outErr = j.writeTo(out, o)
			if outErr == nil && o.LineBuffered {
				outErr = out.Flush() // -l: each capture's packets as soon as they are decoded
			}
			abandon.Store(outErr != nil)
		}
		j.out.close()
		if j.said.Len() > 0 {
			out.Flush()
			stderr.Write(j.said.Bytes())
		}
		if j.err != nil && !errors.Is(j.err, errAbandoned) {
			out.Flush()
			fmt.Fprintf(stderr, "icqdump: %v\n", j.err)
			code = Failed
		}
		if j.d != nil {
			parts = append(parts, j.part())
		}
	}
	if outErr == nil && len(parts) > 0 && parts[0].Summaries.HasMergedReports() {
		if o.Mode != report.JSON {
			out.WriteString(report.FileHeader(fmt.Sprintf("%d captures", len(files))))
		}
		collectLessForReports()
		outErr = report.WriteMerged(out, parts)
	}
	if err := out.Flush(); outErr == nil {
		outErr = err
	}
	if outErr != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", outErr)
		code = Failed
	}
	if len(o.Reports) > 0 || o.Quiet {
		fmt.Fprintf(stderr, "icqdump: %d files, %s\n", len(files), report.CaptureLine(report.SumStats(parts)))
		printEvictions(stderr, report.SumEvictions(parts))
	}
	return code
}

// writeTo writes what the job printed, and the capture's own reports,
// under a line naming its capture.
func (j *fileJob) writeTo(out *bufio.Writer, o *Config) error {
	if j.d == nil {
		return nil // it could not be opened
	}
	own := j.d.summaries.HasOwnReports()
	if o.Mode != report.JSON && (!o.Quiet || own) {
		out.WriteString(report.FileHeader(j.file))
	}
	if err := j.out.copyTo(out); err != nil || !own {
		return err
	}
	return report.WriteOwn(out, j.part())
}

func (j *fileJob) part() report.Part {
	return report.Part{File: j.file, Summaries: j.d.summaries, Commands: j.d.cmds, Stats: j.st}
}

// startJobs runs the jobs in file order, workers at once.
func startJobs(ctx context.Context, jobs []*fileJob, workers int, o *Config, stdin io.Reader) {
	slots := make(chan struct{}, workers)
	for _, j := range jobs {
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; close(j.done) }()
			j.run(ctx, o, stdin)
		}()
	}
}

// run decodes the job's capture into its spool, with a display filter of
// its own (it learns from the capture's packets).
func (j *fileJob) run(ctx context.Context, o *Config, stdin io.Reader) {
	var w io.Writer = &j.out
	if o.Mode == report.JSON {
		w = &report.FileKeyWriter{W: w, File: j.file}
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	printer, err := o.printer(bw)
	if err != nil {
		j.err = err
		return
	}
	own := *o
	own.Read, own.Filter, own.Logs.name = j.file, *o.Filter.Clone(), j.name
	in, err := openInput(ctx, &own, stdin, bw, io.Discard)
	if err != nil {
		j.err = err
		return
	}
	defer in.Close()
	j.d = decode(in, &own, printer)
	j.st = in.Stats()
	sayWhatWasRead(&j.said, "icqdump", in.Reader, own.ServerPorts, j.d.readErr)
	j.d.summaries.Spill()
	if err := bw.Flush(); j.d.printErr == nil {
		j.d.printErr = err
	}
	j.err = j.d.readErr
	if j.err == nil {
		j.err = j.d.printErr
	}
}

// spoolMem is how much of a job's output stays in memory; the rest waits
// in a temporary file.
const spoolMem = 8 << 20

// spoolWriter keeps what a job prints until the main goroutine copies it
// out, in file order.
type spoolWriter struct {
	mem     []byte
	f       *os.File
	abandon *atomic.Bool // set when the output failed: nothing more is kept
}

var errAbandoned = errors.New("the output failed")

func (s *spoolWriter) Write(p []byte) (int, error) {
	if s.abandon.Load() {
		return 0, errAbandoned
	}
	if s.f == nil && len(s.mem)+len(p) <= spoolMem {
		s.mem = append(s.mem, p...)
		return len(p), nil
	}
	if s.f == nil {
		f, err := tempfile.Create("icqdump-*.out")
		if err != nil {
			return 0, fmt.Errorf("keeping the output of one capture while another is written: %w", err)
		}
		s.f = f
		if _, err := f.Write(s.mem); err != nil {
			return 0, err
		}
		s.mem = nil
	}
	return s.f.Write(p)
}

// copyTo writes everything the spool holds to w.
func (s *spoolWriter) copyTo(w io.Writer) error {
	if _, err := w.Write(s.mem); err != nil || s.f == nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.f)
	return err
}

// close frees the spool and closes its file (its name went when it was made).
func (s *spoolWriter) close() {
	s.mem = nil
	if s.f != nil {
		s.f.Close()
	}
}
