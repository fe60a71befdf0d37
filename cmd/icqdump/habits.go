package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"
	"unicode/utf8"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/report"
)

// habits are the flags tcpdump and tshark users type by habit: -n, -l, -t
// and --version.
type habits struct {
	numeric      bool
	lineBuffered bool
	times        string
	timeFormat   report.TimeFormat
	version      bool
}

func (h *habits) register(fs *pflag.FlagSet) {
	fs.BoolVarP(&h.numeric, "numeric", "n", false, "accepted as tcpdump's -n: icqdump never resolves names")
	fs.BoolVarP(&h.lineBuffered, "line-buffered", "l", false, "flush standard output after each packet, for a pipe")
	fs.StringVarP(&h.times, "time", "t", "a", "packet times of the line output, as tshark's -t `FORMAT`: "+
		"a (time of day), ad (date and time), r (since the first packet), d (since the previous), "+
		"dd (since the previous shown), e (epoch)")
	fs.BoolVar(&h.version, "version", false, "print the version and exit")
}

func (h *habits) validate() (err error) {
	h.timeFormat, err = report.ParseTimeFormat(h.times)
	return err
}

// printer returns the packet printer of mode, writing to w, with -t's times.
func (h *habits) printer(mode report.Mode, w io.Writer) (report.Printer, error) {
	p, err := report.New(mode, w)
	if err != nil {
		return nil, err
	}
	return report.WithTimes(p, h.timeFormat), nil
}

// writeVersion prints the module's version and the VCS revision it was
// built from, as the build info holds them.
func writeVersion(w io.Writer) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintln(w, "icqdump (no build information)")
		return
	}
	line := "icqdump " + info.Main.Version
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if rev := settings["vcs.revision"]; rev != "" {
		line += ", revision " + rev
		if settings["vcs.modified"] == "true" {
			line += " (modified)"
		}
		if at := settings["vcs.time"]; at != "" {
			line += " of " + at
		}
	}
	fmt.Fprintln(w, line+", "+info.GoVersion)
}

// helpWidth is the width --help fits in.
const helpWidth = 80

// flagHelp lists the flags in helpWidth columns: a flag and its argument,
// then what it does, wrapped; a boolean flag shows no argument.
func flagHelp(fs *pflag.FlagSet) string {
	const col = 26 // where the descriptions start
	var b strings.Builder
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "      --" + f.Name
		if f.Shorthand != "" {
			name = "  -" + f.Shorthand + ", --" + f.Name
		}
		arg, usage := pflag.UnquoteUsage(f)
		if f.Value.Type() != "bool" && arg != "" {
			name += " " + arg
		}
		if def := f.DefValue; !isZeroDefault(f) {
			usage += " (default " + def + ")"
		}
		b.WriteString(name)
		pad := col - utf8.RuneCountInString(name)
		if pad < 2 {
			b.WriteString("\n")
			pad = col
		}
		b.WriteString(strings.Repeat(" ", pad))
		b.WriteString(wrapWords(usage, helpWidth-col, strings.Repeat(" ", col)))
		b.WriteString("\n")
	})
	return b.String()
}

func isZeroDefault(f *pflag.Flag) bool {
	switch f.DefValue {
	case "", "0", "0s", "false", "[]":
		return true
	}
	return false
}

// wrapWords breaks text into lines of at most width, indenting the lines
// after the first.
func wrapWords(text string, width int, indent string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		switch {
		case i == 0:
		case n+1+utf8.RuneCountInString(w) > width:
			b.WriteString("\n" + indent)
			n = 0
		default:
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += utf8.RuneCountInString(w)
	}
	return b.String()
}
