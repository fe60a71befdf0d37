package main

import (
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/logs"
)

// logOptions are --log-dir and --log-format: machine logs of every
// capture read, a partition per capture.
type logOptions struct {
	dir    string
	format string
	f      logs.Format
	name   string // the capture's partition name; "" for the one capture of -r or -i
}

func (l *logOptions) register(fs *pflag.FlagSet) {
	fs.StringVar(&l.dir, "log-dir", "", "also write machine logs, a table per kind (icq_packets, icq_sessions, …), under `DIR`")
	fs.StringVar(&l.format, "log-format", "parquet", "`FORMAT` of --log-dir's tables: parquet, ndjson or tsv (Zeek)")
}

func (l *logOptions) validate() (err error) {
	l.f, err = logs.ParseFormat(l.format)
	return err
}

// create opens the logs of the capture o reads; nil without --log-dir.
func (l *logOptions) create(o *options) (*logs.Writer, error) {
	if l.dir == "" {
		return nil, nil
	}
	path, file := o.read, o.read != "-"
	if o.live.iface != "" {
		path, file = o.live.iface, false
	}
	name := l.name
	if name == "" {
		name = logs.PartitionName(path)
	}
	c := logs.Capture{Name: name, Path: path, ID: logs.CaptureID(path, file, time.Now())}
	return logs.Create(l.dir, l.f, c)
}

// partitionNames are the partition names of several captures: their base
// names, a name taken already followed by -2, -3, ...
func partitionNames(files []string) []string {
	names := make([]string, len(files))
	taken := map[string]bool{}
	for i, f := range files {
		base := logs.PartitionName(f)
		name := base
		for n := 2; taken[name]; n++ {
			name = base + "-" + strconv.Itoa(n)
		}
		taken[name], names[i] = true, name
	}
	return names
}

// logHeap is the heap the logs of one capture add: Parquet's column
// buffers, pages and compressors for seven tables, and the decoded packets
// the analyzer keeps for them. Without it the collector ran some 300 times
// on the 2,000,000-frame benchmark capture, the live heap at the limit.
const logHeap = 48 << 20

// raiseHeapLimit adds logHeap per capture decoded at once to the soft heap
// limit (limitHeap), unless GOMEMLIMIT is set.
func (l *logOptions) raiseHeapLimit(workers int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); l.dir == "" || set {
		return
	}
	debug.SetMemoryLimit(debug.SetMemoryLimit(-1) + int64(workers)*logHeap)
}
