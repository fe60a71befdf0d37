package engine

import (
	"os"
	"runtime/debug"
	"strconv"
	"time"

	"github.com/icqdump/icqdump/logs"
)

// Logs are --log-dir and --log-format: machine logs of every capture
// read, a partition per capture.
type Logs struct {
	Dir    string
	Format logs.Format
	name   string // the capture's partition name; "" for the one capture of -r or -i
}

// create opens the logs of the capture o reads; nil without --log-dir.
func (l *Logs) create(o *Config) (*logs.Writer, error) {
	if l.Dir == "" {
		return nil, nil
	}
	path, file := o.Read, o.Read != "-"
	if o.Live.Iface != "" {
		path, file = o.Live.Iface, false
	}
	name := l.name
	if name == "" {
		name = logs.PartitionName(path)
	}
	c := logs.Capture{Name: name, Path: path, ID: logs.CaptureID(path, file, time.Now())}
	return logs.Create(l.Dir, l.Format, c)
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
func (l *Logs) raiseHeapLimit(workers int) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); l.Dir == "" || set {
		return
	}
	debug.SetMemoryLimit(debug.SetMemoryLimit(-1) + int64(workers)*logHeap)
}
