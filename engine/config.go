// Package engine is the flow every command of icqdump reads a capture
// through: reader -> decode -> learn peer endpoints -> display filter -> -w
// -> analyzer -> packets released in order, to a printer (Decode) or to
// check's rules (Check). The command parses the flags into a Config; the
// engine returns a Status for the exit status. ARCHITECTURE.md draws it.
package engine

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/filter"
	"github.com/icqdump/icqdump/report"
)

// Config is what a run reads and how it shows it: the flags, parsed.
type Config struct {
	Read         string   // the capture, when there is one (-r once, not a folder)
	Reads        []string // every -r
	Count        int      // stop after Count packets shown; 0: no limit
	Mode         report.Mode
	Fields       *report.FieldsOptions // -T fields' columns; nil with the other formats
	Times        report.TimeFormat     // -t
	LineBuffered bool                  // -l: the output is flushed packet by packet
	Quiet        bool                  // -q: no packets, only the reports
	Reports      []string              // -z, parsed
	ServerPorts  Ports
	PeerPorts    Ports
	Reading      dissect.Reading // --decode-as
	Live         Live
	Filter       filter.Filter // -Y, --uin, --command, --host: what is printed and written
	Limits       Limits
	Logs         Logs
	progress     *progressBoard // nil: no progress lines
	Cores        int            // the cores this capture's decoding may use; 0: GOMAXPROCS
}

// Live are the flags of live capture and of saving.
type Live struct {
	Iface    string // -i
	List     bool   // -D
	Duration time.Duration
	Write    string // -w
}

// NewConfig is a Config with the defaults of the flags.
func NewConfig() Config {
	return Config{ServerPorts: Ports{Ports: []uint16{capture.DefaultServerPort}}, Limits: DefaultLimits}
}

// ValidateInput checks what is read and where it is written; it sets Read.
func (c *Config) ValidateInput() error {
	if len(c.Reads) > 0 {
		c.Read = c.Reads[0]
	}
	if c.Several() && (c.Live.Iface != "" || c.Live.Write != "") {
		return errors.New("several captures (-r more than once, or a folder) are read without -i and -w")
	}
	if err := c.Live.validate(c.Read); err != nil {
		return err
	}
	return c.Limits.validate()
}

// ValidateFilter refuses what a filter on the analyzer's fields cannot do:
// it is judged as the analyzer releases packets, after -w and -c have
// counted them.
func (c *Config) ValidateFilter() error {
	switch {
	case !c.Filter.NeedsAnalyzer():
		return nil
	case c.Live.Write != "":
		return errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) cannot choose what -w writes: frames are written as they are read, before the analyzer knows them")
	case c.Count > 0:
		return errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) cannot be used with -c: packets are counted as they are read, before the analyzer knows them")
	}
	return nil
}

func (c *Config) captureConfig() capture.Config {
	cc := capture.Config{ServerPorts: c.ServerPorts.Ports, PeerPorts: c.PeerPorts.Ports}
	c.Limits.applyCapture(&cc)
	return cc
}

// printer returns the packet printer of the output flags, writing to w.
func (c *Config) printer(w io.Writer) (report.Printer, error) {
	if c.Fields != nil {
		return report.NewFields(w, *c.Fields)
	}
	p, err := report.New(c.Mode, w)
	if err != nil {
		return nil, err
	}
	return report.WithTimes(p, c.Times), nil
}

// SetFields sets -T fields' columns: the fields named, as -G fields lists
// them, and -E's options.
func (c *Config) SetFields(names, options []string) error {
	opts := report.DefaultFieldsOptions
	for _, name := range names {
		f := catalog.All().Lookup(name)
		if f == nil {
			return fmt.Errorf("-e %s: no such field (icqdump -G fields lists them)", name)
		}
		opts.Fields = append(opts.Fields, f)
	}
	for _, opt := range options {
		if err := opts.SetOption(opt); err != nil {
			return err
		}
	}
	c.Fields = &opts
	return nil
}

// Ports is a repeatable flag of TCP/UDP ports (1-65535); the first use
// replaces the default, later uses add to it.
type Ports struct {
	Ports []uint16
	set   bool
}

func (p *Ports) String() string {
	s := make([]string, len(p.Ports))
	for i, n := range p.Ports {
		s[i] = strconv.Itoa(int(n))
	}
	return strings.Join(s, ",")
}

func (p *Ports) Set(v string) error {
	if !p.set {
		p.Ports, p.set = nil, true
	}
	for _, f := range strings.Split(v, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 16)
		if err != nil || n == 0 {
			return fmt.Errorf("%q is not a port (1-65535)", f)
		}
		p.Ports = append(p.Ports, uint16(n))
	}
	return nil
}

func (p *Ports) Type() string { return "port" }
