package main

import (
	"errors"
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/filter"
)

// selection is the display filter of -Y, --uin, --command and --host: it
// says which packets are printed and written, not which ones are analysed.
type selection struct {
	filter.Filter
	display string // -Y, compiled by validate
}

func (s *selection) register(fs *pflag.FlagSet) {
	s.registerDisplay(fs)
	fs.Var(&listFlag{typ: "uin", add: s.addUIN}, "uin",
		"show only packets with `UIN` on either side: sender, recipient, or a UIN field (repeatable)")
	fs.Var(&listFlag{typ: "name", add: s.AddCommand}, "command",
		"show only packets of the command `NAME`, as the spec names it, in any case (repeatable)")
	fs.Var(&listFlag{typ: "addr", add: s.addHost}, "host",
		"show only packets from or to the IP address `ADDR` (repeatable)")
}

// registerDisplay registers -Y, which check takes too.
func (s *selection) registerDisplay(fs *pflag.FlagSet) {
	fs.StringVarP(&s.display, "display-filter", "Y", "",
		"show only packets that match the display filter `EXPR`, in Wireshark's syntax over the fields of -G fields")
}

func (s *selection) addUIN(v string) error {
	n, err := strconv.ParseUint(v, 10, 32)
	if err != nil || n == 0 {
		return fmt.Errorf("%q is not a UIN (1-4294967295)", v)
	}
	s.AddUIN(uint32(n))
	return nil
}

func (s *selection) addHost(v string) error {
	addr, err := netip.ParseAddr(v)
	if err != nil {
		return fmt.Errorf("%q is not an IP address", v)
	}
	s.AddHost(addr)
	return nil
}

// validate compiles -Y, and refuses what a filter on the analyzer's fields
// cannot do: it is judged as the analyzer releases packets, after -w and -c
// have counted them.
func (s *selection) validate(o *options) error {
	if s.display != "" {
		if err := s.SetDisplay(s.display); err != nil {
			return fmt.Errorf("-Y: %w", err)
		}
	}
	if !s.NeedsAnalyzer() {
		return nil
	}
	switch {
	case o.live.write != "":
		return errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) cannot choose what -w writes: frames are written as they are read, before the analyzer knows them")
	case o.count > 0:
		return errors.New("-Y on the analyzer's fields (icqv2.acked_in, icqv2.reply_to, ...) cannot be used with -c: packets are counted as they are read, before the analyzer knows them")
	}
	return nil
}

// listFlag is a repeatable flag each use of which may list several values,
// separated by commas; add takes each value.
type listFlag struct {
	typ  string
	add  func(string) error
	seen []string
}

func (f *listFlag) Set(v string) error {
	for _, x := range strings.Split(v, ",") {
		x = strings.TrimSpace(x)
		if err := f.add(x); err != nil {
			return err
		}
		f.seen = append(f.seen, x)
	}
	return nil
}

func (f *listFlag) String() string { return strings.Join(f.seen, ",") }
func (f *listFlag) Type() string   { return f.typ }
