// Command hostile writes the hostile captures of bench/hostile.sh: small
// files crafted to make a reader keep much.
//
//	hostile KIND N FILE
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"

	"github.com/icqdump/icqdump/internal/scenarios"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "hostile:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: hostile KIND N FILE; kinds:")
		for _, k := range scenarios.HostileKinds {
			fmt.Fprintf(os.Stderr, "  %-9s %s\n", k.Name, k.What)
		}
		return fmt.Errorf("%d arguments, want 3", len(args))
	}
	n, err := strconv.Atoi(args[1])
	if err != nil {
		return err
	}
	f, err := os.Create(args[2])
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	if err := scenarios.WriteHostile(w, args[0], n); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
