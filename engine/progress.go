package engine

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/term"

	"github.com/icqdump/icqdump/capture"
)

// Progress: when stderr is a terminal, a capture file larger than
// ProgressMinSize gets a line on stderr saying how far the reading is
// (percentage, frames/s, time left), redrawn a few times a second and
// erased at the end. Not when the packets are printed to the same
// terminal, which would break the line; several captures read in parallel
// get a line each.

// ProgressMinSize is the size from which a capture file gets a progress
// line; tests lower it.
var ProgressMinSize int64 = 64 << 20

// IsTerminal reports whether w is a terminal; tests replace it.
var IsTerminal = func(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}

// progressRedraw is how often the lines are redrawn at most.
const progressRedraw = 200 * time.Millisecond

// progressBoard draws the progress lines of the captures being read on
// stderr, one line each, and erases them at the end.
type progressBoard struct {
	mu    sync.Mutex
	w     io.Writer
	lines []string
	drawn int // lines on the screen
}

// newProgressBoard returns a board on stderr, or nil when stderr is not a
// terminal, or when stdout is the terminal the packets are printed on.
func newProgressBoard(c *Config, stdout, stderr io.Writer) *progressBoard {
	if c.Live.Iface != "" || !IsTerminal(stderr) || IsTerminal(stdout) && !c.Quiet {
		return nil
	}
	return &progressBoard{w: stderr}
}

// track returns the progress of a file, or nil when it needs none.
func (b *progressBoard) track(path string) *fileProgress {
	if b == nil || path == "-" {
		return nil
	}
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() <= ProgressMinSize {
		return nil
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.lines = append(b.lines, "")
	return &fileProgress{board: b, line: len(b.lines) - 1, name: path, size: info.Size(), start: time.Now()}
}

func (b *progressBoard) set(line int, text string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.lines[line] = text
	b.draw()
}

// draw writes every line again over the ones drawn before.
func (b *progressBoard) draw() {
	var s strings.Builder
	if b.drawn > 0 {
		fmt.Fprintf(&s, "\x1b[%dA", b.drawn)
	}
	for _, l := range b.lines {
		s.WriteString("\r\x1b[K" + l + "\n")
	}
	b.drawn = len(b.lines)
	io.WriteString(b.w, s.String())
}

// erase takes the lines off the screen.
func (b *progressBoard) erase() {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.drawn > 0 {
		fmt.Fprintf(b.w, "\x1b[%dA\r\x1b[J", b.drawn)
		b.drawn = 0
	}
}

// fileProgress is the progress of one capture file: the bytes read from
// it (counted by the reader it wraps) and the frames decoded.
type fileProgress struct {
	board *progressBoard
	line  int
	name  string
	size  int64
	read  atomic.Int64
	start time.Time
	next  time.Time
	calls uint32
}

// reader counts what is read from r.
func (p *fileProgress) reader(r io.Reader) io.Reader { return &countingReader{r: r, n: &p.read} }

type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.n.Add(int64(n))
	return n, err
}

// tick is called for every packet read from r: it looks at the clock
// every 256 calls, and redraws at most every progressRedraw.
func (p *fileProgress) tick(r *capture.Reader) {
	if p == nil {
		return
	}
	if p.calls++; p.calls%256 != 0 {
		return
	}
	now := time.Now()
	if now.Before(p.next) {
		return
	}
	p.next = now.Add(progressRedraw)
	p.board.set(p.line, progressLine(p.name, p.read.Load(), p.size, r.Stats().Frames, now.Sub(p.start)))
}

// progressLine says how far a file is read: 42% of big.pcap, 812345
// frames/s, 7 s left.
func progressLine(name string, read, size int64, frames uint64, took time.Duration) string {
	frac := min(float64(read)/float64(size), 1)
	line := fmt.Sprintf("%3.0f%% of %s", 100*frac, name)
	if took < time.Second/10 || frac == 0 {
		return line
	}
	left := time.Duration(float64(took) * (1 - frac) / frac).Round(time.Second)
	return fmt.Sprintf("%s, %.0f frames/s, %v left", line, float64(frames)/took.Seconds(), left)
}
