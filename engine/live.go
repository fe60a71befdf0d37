package engine

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"strings"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/filter"
)

// validate checks the capture flags; read is -r.
func (l *Live) validate(read string) error {
	switch {
	case l.List:
		return nil
	case read == "" && l.Iface == "":
		return errors.New("no capture to read: give -r FILE, or -i INTERFACE to capture live (icqdump -D lists the interfaces)")
	case read != "" && l.Iface != "":
		return errors.New("give -r FILE or -i INTERFACE, not both")
	case l.Duration < 0:
		return fmt.Errorf("--duration %v: a duration is positive", l.Duration)
	case l.Duration > 0 && l.Iface == "":
		return errors.New("--duration stops a live capture: give it with -i")
	case l.Write == "-":
		return errors.New("-w -: the capture would mix with the packets printed; give a file name")
	case l.Write != "" && sameFile(l.Write, read):
		return fmt.Errorf("-w %s would overwrite the capture being read", l.Write)
	}
	return nil
}

func sameFile(a, b string) bool {
	if b == "" || b == "-" {
		return false
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	return err == nil && os.SameFile(fa, fb)
}

// input is the capture a run reads, a file or an interface, with what the
// capture flags add to it: the stop (by signal or --duration), the display
// filter, -w, and for a live capture the output flushed packet by packet.
type input struct {
	*capture.Reader
	live         bool
	lineBuffered bool // -l: the output is flushed packet by packet
	readAhead    bool // read and decode on a goroutine of their own (readahead.go)
	stop         context.CancelFunc
	sel          *filter.Filter
	save         *saver         // nil without -w
	verdicts     *frameVerdicts // check -Y: the verdicts on the frames analysed
	out          *bufio.Writer
	stderr       io.Writer
	shown        uint64
	closed       bool
	progress     *fileProgress   // nil without a progress line
	file         *os.File        // the capture, when opened here for the progress line
	decodeAs     dissect.Reading // --decode-as
}

// openInput opens -r or -i with cfg. The capture stops, as at the end of a
// file, when ctx is done or --duration has passed.
func openInput(ctx context.Context, o *Config, stdin io.Reader, out *bufio.Writer, stderr io.Writer) (*input, error) {
	cfg := o.captureConfig()
	ctx, stop := context.WithCancel(ctx)
	if o.Live.Duration > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Live.Duration)
		stop = chain(cancel, stop)
	}
	cfg.Done = ctx.Done()
	var r *capture.Reader
	var err error
	progress := o.progress.track(o.Read)
	var file *os.File
	switch {
	case o.Live.Iface != "":
		r, err = capture.OpenLive(o.Live.Iface, cfg)
	case progress != nil:
		// Opened here, so that the bytes read are counted for the progress line.
		if file, err = os.Open(o.Read); err == nil {
			if r, err = capture.NewReader(progress.reader(file), o.Read, cfg); err != nil {
				file.Close()
			}
		}
	default:
		r, err = capture.Open(o.Read, stdin, cfg)
	}
	if err != nil {
		stop()
		return nil, err
	}
	in := &input{Reader: r, live: o.Live.Iface != "", lineBuffered: o.LineBuffered, stop: stop, sel: &o.Filter,
		out: out, stderr: stderr, progress: progress, file: file, decodeAs: o.Reading}
	cores := o.Cores
	if cores == 0 {
		cores = runtime.GOMAXPROCS(0)
	}
	// The read-ahead goroutine pays off only on a core of its own. A filter
	// on the analyzer's fields is judged as packets are released, with what
	// it learned as they were read: both on one goroutine, in order.
	in.readAhead = !in.live && cores > 1 && !o.Filter.NeedsAnalyzer()
	if o.Live.Write != "" {
		if in.save, err = newSaver(o.Live.Write, r, in.sel, stop, stderr); err != nil {
			r.Close()
			stop()
			return nil, err
		}
	}
	if in.live {
		fmt.Fprintf(stderr, "icqdump: listening on %s, link-type %v, snapshot length %d bytes\n",
			r.Name(), r.Link(), capture.LiveSnapLen)
	}
	return in, nil
}

func chain(fs ...func()) func() {
	return func() {
		for _, f := range fs {
			f()
		}
	}
}

// Selected reports whether a packet passes the display filter; -w follows
// the verdict. Call it for every packet Next returns.
func (in *input) Selected(m *capture.Packet, p *dissect.Packet) bool {
	ok := in.sel.Match(m, p)
	if in.save != nil {
		in.save.packet(m, ok)
	}
	if ok {
		in.shown++
	}
	return ok
}

// SelectedInner applies the display filter to a packet carried inside
// another: the frame that carried it is -w's, judged with the container.
func (in *input) SelectedInner(m *capture.Packet, p *dissect.Packet) bool {
	ok := in.sel.Match(m, p)
	if ok {
		in.shown++
	}
	return ok
}

// Shown is called once a packet is printed: a live capture (or -l) flushes
// it, so that it appears as it happens.
func (in *input) Shown() {
	if !in.live && !in.lineBuffered {
		return
	}
	in.out.Flush()
	if in.save != nil && in.live {
		in.save.flush()
	}
}

// Close stops the capture, completes the -w file and, for a live capture,
// says what the kernel kept and dropped. It may be called more than once.
func (in *input) Close() error {
	if in.closed {
		return nil
	}
	in.closed = true
	in.stop()
	var err error
	if in.save != nil {
		err = in.save.close()
	}
	if received, dropped, ok := in.LiveStats(); ok {
		fmt.Fprintf(in.stderr, "icqdump: %d ICQ packets shown; %d frames received by the kernel filter, %d dropped by the kernel\n",
			in.shown, received, dropped)
	}
	err = errors.Join(err, in.Reader.Close())
	if in.file != nil {
		err = errors.Join(err, in.file.Close())
	}
	return err
}

// ListInterfaces prints what -i takes, as tcpdump -D does.
func ListInterfaces(stdout, stderr io.Writer) Status {
	ifs, err := capture.Interfaces()
	if err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return Failed
	}
	for i, ifc := range ifs {
		fmt.Fprintf(stdout, "%d.%s", i+1, ifc.Name)
		if ifc.Name == capture.AnyInterface {
			fmt.Fprint(stdout, " (every interface)")
		}
		fmt.Fprintf(stdout, " [%s]", strings.Join(flagNames(ifc.Flags), ", "))
		for _, a := range ifc.Addrs {
			fmt.Fprintf(stdout, " %v", a)
		}
		fmt.Fprintln(stdout)
	}
	return OK
}

func flagNames(f net.Flags) []string {
	names := []string{"Down"}
	if f&net.FlagUp != 0 {
		names[0] = "Up"
	}
	if f&net.FlagRunning != 0 {
		names = append(names, "Running")
	}
	if f&net.FlagLoopback != 0 {
		names = append(names, "Loopback")
	}
	return names
}
