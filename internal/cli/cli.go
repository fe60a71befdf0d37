// Package cli holds the generic pieces of icqdump's command line: a list
// flag, the layout of --help, the version line.
package cli

import (
	"fmt"
	"runtime/debug"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/pflag"
)

// List is a repeatable flag each use of which may list several values,
// separated by commas.
type List struct {
	Typ  string             // the type --help names
	Add  func(string) error // takes each value
	seen []string
}

func (f *List) Set(v string) error {
	for _, x := range strings.Split(v, ",") {
		x = strings.TrimSpace(x)
		if err := f.Add(x); err != nil {
			return err
		}
		f.seen = append(f.seen, x)
	}
	return nil
}

func (f *List) String() string { return strings.Join(f.seen, ",") }
func (f *List) Type() string   { return f.Typ }

// OrList writes a, b or c.
func OrList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}

// Version is what icqdump --version prints, and what the Wireshark
// plugin's header names as its writer: the module's version and the VCS
// revision it was built from, as the build info holds them.
func Version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "icqdump (no build information)"
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
	return line + ", " + info.GoVersion
}

// Help lists the flags in 80 columns: a flag and its argument, then
// what it does, wrapped; a boolean flag shows no argument.
func Help(fs *pflag.FlagSet) string {
	const col = 26 // where the descriptions start
	var b strings.Builder
	fs.VisitAll(func(f *pflag.Flag) {
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
		b.WriteString(strings.Repeat(" ", pad) + wrap(usage, 80-col, strings.Repeat(" ", col)) + "\n")
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

// wrap breaks text into lines of at most width, indenting the lines
// after the first.
func wrap(text string, width int, indent string) string {
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

// Flag is a row of a flag table: Var points at the flag's value (a string,
// bool, int, []string, time.Duration or a pflag.Value), whose value when it
// is registered is the default.
type Flag struct {
	Var         any
	Name, Short string
	Usage       string
}

// F is a row of a flag table.
func F(v any, name, short, usage string) Flag {
	return Flag{Var: v, Name: name, Short: short, Usage: usage}
}

// Register defines the flags of a table.
func Register(fs *pflag.FlagSet, flags ...Flag) {
	for _, f := range flags {
		switch v := f.Var.(type) {
		case *string:
			fs.StringVarP(v, f.Name, f.Short, *v, f.Usage)
		case *bool:
			fs.BoolVarP(v, f.Name, f.Short, *v, f.Usage)
		case *int:
			fs.IntVarP(v, f.Name, f.Short, *v, f.Usage)
		case *[]string:
			fs.StringArrayVarP(v, f.Name, f.Short, *v, f.Usage)
		case *time.Duration:
			fs.DurationVarP(v, f.Name, f.Short, *v, f.Usage)
		case pflag.Value:
			fs.VarP(v, f.Name, f.Short, f.Usage)
		default:
			panic(fmt.Sprintf("cli: flag --%s of type %T", f.Name, f.Var))
		}
	}
}
