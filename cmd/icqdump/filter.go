package main

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/filter"
)

// selection is the display filter of --uin, --command and --host: it says
// which packets are printed and written, not which ones are analysed.
type selection struct{ filter.Filter }

func (s *selection) register(fs *pflag.FlagSet) {
	fs.Var(&listFlag{typ: "uin", add: s.addUIN}, "uin",
		"show only packets with `UIN` on either side: sender, recipient, or a UIN field (repeatable)")
	fs.Var(&listFlag{typ: "name", add: s.AddCommand}, "command",
		"show only packets of the command `NAME`, as the spec names it, in any case (repeatable)")
	fs.Var(&listFlag{typ: "addr", add: s.addHost}, "host",
		"show only packets from or to the IP address `ADDR` (repeatable)")
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
