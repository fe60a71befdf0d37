package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/wireshark"
)

// runPlugin is icqdump wireshark-plugin: it writes the Lua dissector
// generated from the tables.
func runPlugin(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("icqdump wireshark-plugin", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	var out string
	ports := portList{ports: []uint16{capture.DefaultServerPort}}
	var peerPorts portList
	fs.StringVarP(&out, "write", "w", "", "write the plugin to `FILE` (default: standard output)")
	fs.Var(&ports, "server-port", "UDP `PORT` of the ICQ server (repeatable; the first replaces the default)")
	fs.Var(&peerPorts, "peer-port", "decode TCP connections on `PORT` as peer-to-peer streams (repeatable)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: icqdump wireshark-plugin [-w FILE] [--server-port PORT] [--peer-port PORT]\n\n"+
			"Writes a Wireshark dissector in Lua for ICQ v2, with the field names of -Y and -e.\n"+
			"Install it in Wireshark's personal Lua plugins folder, or run tshark -X lua_script:FILE.\n\nFlags:\n%s", fs.FlagUsages())
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		fmt.Fprintf(stderr, "icqdump wireshark-plugin: %v\n", err)
		return exitUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "icqdump wireshark-plugin: unexpected argument %q\n", fs.Arg(0))
		return exitUsage
	}
	if err := writePlugin(out, ports.ports, peerPorts.ports, stdout); err != nil {
		fmt.Fprintf(stderr, "icqdump wireshark-plugin: %v\n", err)
		return exitInput
	}
	return exitOK
}

func writePlugin(path string, ports, peerPorts []uint16, stdout io.Writer) error {
	w := bufio.NewWriter(stdout)
	var f *os.File
	if path != "" {
		var err error
		if f, err = os.Create(path); err != nil {
			return err
		}
		w = bufio.NewWriter(f)
	}
	err := wireshark.Write(w, versionLine(), ports, peerPorts)
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
