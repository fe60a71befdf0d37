package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/engine"
	"github.com/icqdump/icqdump/internal/cli"
	"github.com/icqdump/icqdump/wireshark"
)

// runPlugin is icqdump wireshark-plugin: it writes the Lua dissector
// generated from the tables.
func runPlugin(args []string, stdout, stderr io.Writer) int {
	var out string
	ports, peerPorts := engine.NewConfig().ServerPorts, engine.Ports{}
	fs := newFlagSet("icqdump wireshark-plugin", stderr, func(fs *pflag.FlagSet) {
		fmt.Fprintf(stderr, "Usage: icqdump wireshark-plugin [-w FILE] [--server-port PORT] [--peer-port PORT]\n\n"+
			"Writes a Wireshark dissector in Lua for ICQ v2, with the field names of -Y and -e.\n"+
			"Install it in Wireshark's personal Lua plugins folder, or run tshark -X lua_script:FILE.\n\nFlags:\n%s", fs.FlagUsages())
	})
	cli.Register(fs, cli.F(&out, "write", "w", "write the plugin to `FILE` (default: standard output)"),
		cli.F(&ports, "server-port", "", "UDP `PORT` of the ICQ server (repeatable; the first replaces the default)"),
		cli.F(&peerPorts, "peer-port", "", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)"))
	err := fs.Parse(args)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return exitOK
	case err == nil && fs.NArg() > 0:
		err = fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if err != nil {
		fmt.Fprintf(stderr, "icqdump wireshark-plugin: %v\n", err)
		return exitUsage
	}
	if err := writePlugin(out, ports.Ports, peerPorts.Ports, stdout); err != nil {
		fmt.Fprintf(stderr, "icqdump wireshark-plugin: %v\n", err)
		return exitInput
	}
	return exitOK
}

func writePlugin(path string, ports, peerPorts []uint16, stdout io.Writer) error {
	write := func(w io.Writer) error { return wireshark.Write(w, cli.Version(), ports, peerPorts) }
	if path == "" {
		return writeBuffered(stdout, write)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := writeBuffered(f, write); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeGlossary is -G fields: the catalogue as tshark -G fields prints its
// own, one protocol (P) or field (F) a line, the columns tab-separated.
func writeGlossary(stdout, stderr io.Writer) int {
	if err := writeBuffered(stdout, func(w io.Writer) error { return catalog.WriteGlossary(w, catalog.All()) }); err != nil {
		fmt.Fprintf(stderr, "icqdump: %v\n", err)
		return exitInput
	}
	return exitOK
}

// writeBuffered has write write to w through a buffer, flushed at the end.
func writeBuffered(w io.Writer, write func(io.Writer) error) error {
	b := bufio.NewWriter(w)
	if err := write(b); err != nil {
		return err
	}
	return b.Flush()
}
