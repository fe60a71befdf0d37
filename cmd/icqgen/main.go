// Command icqgen writes a deterministic capture of realistic ICQ v2 (or v5) traffic:
// clients that log in, keep alive, change status, search, ask for
// information and send messages through the server and peer to peer, with
// the server's answers. The same flags give the same file, byte for byte.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/gen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit statuses, as icqdump uses them.
const (
	exitOK     = 0
	exitOutput = 1 // the capture could not be written
	exitUsage  = 2
)

type options struct {
	cfg    gen.Config
	write  string
	pcapng bool
	start  string
	quiet  bool
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	o := &options{}
	fs := pflag.NewFlagSet("icqgen", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: icqgen [flags] -w FILE\n\n"+
			"Writes a deterministic capture of ICQ v2 (or, with --protocol 5, v5) traffic: clients on 10.1.0.1 and up,\n"+
			"the server on 10.0.0.1 UDP port 4000, peers over TCP. The same flags give the same file.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	fs.StringVarP(&o.write, "write", "w", "", "write the capture to `FILE` (- for standard output)")
	fs.BoolVar(&o.pcapng, "pcapng", false, "write pcapng instead of pcap")
	fs.IntVar(&o.cfg.Clients, "clients", 10, "simulate `N` clients, each on an address of its own")
	fs.DurationVar(&o.cfg.Duration, "duration", 10*time.Minute, "length of the capture: a `DURATION` such as 90s, 30m or 2h")
	fs.Uint64Var(&o.cfg.Seed, "seed", 1, "`SEED` of the simulation: the same seed and flags give the same file")
	fs.Float64Var(&o.cfg.Loss, "loss", 0, "probability `P` that a UDP datagram is lost (it is retransmitted after 10 s)")
	fs.Float64Var(&o.cfg.Reorder, "reorder", 0, "probability `P` that a peer packet's TCP segments are sent out of order")
	fs.Uint64Var(&o.cfg.Frames, "frames", 0, "end the capture after `N` frames (0: at the end of --duration)")
	fs.IntVar(&o.cfg.Protocol, "protocol", 2, "UDP protocol `VERSION`: 2, or 5 (ICQ 98a/99 sessions, client packets encrypted)")
	fs.BoolVar(&o.cfg.Split, "split", false, "send each peer packet's 2-byte LENGTH in a TCP segment of its own")
	fs.StringVar(&o.start, "start", gen.DefaultStart.Format(time.RFC3339), "`TIME` of the first frame (RFC 3339)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "do not print the summary on standard error")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if o.write == "" {
		return nil, errors.New("no output file: give -w FILE (- for standard output)")
	}
	start, err := time.Parse(time.RFC3339, o.start)
	if err != nil {
		return nil, fmt.Errorf("--start %q is not an RFC 3339 time such as 1998-08-26T12:00:00Z", o.start)
	}
	o.cfg.Start = start
	if err := o.cfg.Validate(); err != nil {
		return nil, err
	}
	return o, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqgen: %v\nTry 'icqgen --help'.\n", err)
		return exitUsage
	}
	out, closeOut, err := create(o.write, stdout)
	if err != nil {
		fmt.Fprintf(stderr, "icqgen: %v\n", err)
		return exitOutput
	}
	format := gen.Pcap
	if o.pcapng {
		format = gen.Pcapng
	}
	began := time.Now()
	st, err := gen.Write(out, o.cfg, format)
	if cerr := closeOut(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "icqgen: %s: %v\n", o.write, err)
		return exitOutput
	}
	if !o.quiet {
		summarize(stderr, o, st, time.Since(began))
	}
	return exitOK
}

// create opens the output; "-" is standard output.
func create(path string, stdout io.Writer) (io.Writer, func() error, error) {
	if path == "-" {
		return stdout, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	return f, f.Close, nil
}

func summarize(w io.Writer, o *options, st gen.Stats, took time.Duration) {
	fmt.Fprintf(w, "icqgen: %d frames (%d UDP, %d TCP), %d bytes: %d clients over %v, %d logins, %d peer packets, %d retransmissions, %d datagrams lost; %.2f s, %.0f frames/s\n",
		st.Frames, st.UDPPackets, st.TCPFrames, st.Bytes, o.cfg.Clients, o.cfg.Duration, st.Logins,
		st.PeerPackets, st.Retransmissions, st.Lost, took.Seconds(), float64(st.Frames)/took.Seconds())
}
