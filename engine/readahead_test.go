package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/gen"
	"github.com/icqdump/icqdump/report"
)

// genCapture writes a generated capture of several read-ahead batches.
func genCapture(t *testing.T) string {
	t.Helper()
	path, frames := writeGenCapture(t, gen.Config{Clients: 20, Duration: 10 * time.Minute, Seed: 3})
	if frames < 3*batchSize {
		t.Fatalf("%d frames: fewer than three batches", frames)
	}
	return path
}

// When the output fails, the reading ahead stops: run reports the failure
// and returns, and what was written is the start of the whole output.
func TestOutputFailureStopsReadingAhead(t *testing.T) {
	path := genCapture(t)
	whole := runOK(t, "-r", path)
	var out bytes.Buffer
	var stderr bytes.Buffer
	if code := run([]string{"-r", path}, nil, io.MultiWriter(&out, &failAfter{n: len(whole) / 3}), &stderr); code != exitInput {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitInput, stderr.String())
	}
	if !strings.Contains(stderr.String(), "broken pipe") {
		t.Errorf("stderr does not name the failure:\n%s", stderr.String())
	}
	if out.Len() == 0 || !bytes.HasPrefix(whole, out.Bytes()) {
		t.Errorf("wrote %d bytes, not the start of the whole output", out.Len())
	}
}

// Reading ahead prints what reading packet by packet prints, across batches
// and when -c stops inside one.
func TestReadAheadPrintsAsPacketByPacket(t *testing.T) {
	path := genCapture(t)
	for _, count := range []int{0, batchSize + 44} {
		each := feedOutput(t, path, count, feedEach)
		ahead := feedOutput(t, path, count, feedAhead)
		if len(each) == 0 || !bytes.Equal(ahead, each) {
			t.Errorf("-c %d: read ahead, %d bytes printed; packet by packet, %d", count, len(ahead), len(each))
		}
	}
}

func feedOutput(t *testing.T, path string, count int, feeder func(*decoder, *analyze.Analyzer, *packets) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	out := bufio.NewWriter(&buf)
	o := &options{read: path}
	in, err := openInput(context.Background(), o, o.captureConfig(), nil, out, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	printer, err := report.New(report.Lines, out)
	if err != nil {
		t.Fatal(err)
	}
	pk := &packets{printer: printer, in: in, printing: true}
	a := analyze.New(analyze.Config{Release: pk.release, KeepPackets: true})
	if err := feeder(&decoder{in: in, count: count}, a, pk); err != nil {
		t.Fatal(err)
	}
	a.Finish()
	if pk.err != nil {
		t.Fatal(pk.err)
	}
	out.Flush()
	return buf.Bytes()
}
