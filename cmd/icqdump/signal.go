package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// run is icqdump. SIGINT (Ctrl-C) and SIGTERM stop it cleanly, as the end of
// the capture does: the output is flushed, the -w file completed, the
// reports printed, and the exit status is 0. A second signal kills it at
// once, should the stop itself hang (a pipe that delivers nothing).
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	return runContext(ctx, args, stdin, stdout, stderr)
}
