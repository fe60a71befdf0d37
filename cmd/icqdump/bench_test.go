package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/gen"
)

// benchCapture writes a generated capture (clients logging in, talking to
// the server and to each other over TCP) once per benchmark run.
// ICQDUMP_BENCH_CAPTURE names another capture to run on instead, with its
// frame count after a comma (file.pcap,2000000), for profiling at scale.
func benchCapture(b *testing.B) (path string, frames uint64) {
	b.Helper()
	if env := os.Getenv("ICQDUMP_BENCH_CAPTURE"); env != "" {
		path, n, _ := strings.Cut(env, ",")
		frames, err := strconv.ParseUint(n, 10, 64)
		if err != nil {
			b.Fatalf("ICQDUMP_BENCH_CAPTURE=%s: want FILE,FRAMES", env)
		}
		return path, frames
	}
	return writeGenCapture(b, gen.Config{Clients: 500, Duration: 20 * time.Minute, Seed: 1})
}

// writeGenCapture writes the capture gen makes with cfg to a pcap file.
func writeGenCapture(tb testing.TB, cfg gen.Config) (path string, frames uint64) {
	tb.Helper()
	path = filepath.Join(tb.TempDir(), "gen.pcap")
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	st, err := gen.Write(f, cfg, gen.Pcap)
	if err != nil {
		tb.Fatal(err)
	}
	return path, st.Frames
}

// BenchmarkRun runs the whole command on a generated capture in each output
// mode, writing to io.Discard. One op is one run over the file; the rate is
// in frames per second.
func BenchmarkRun(b *testing.B) {
	path, frames := benchCapture(b)
	for _, mode := range []string{"lines", "-V", "-x", "-T json", "-q -z all"} {
		b.Run(strings.ReplaceAll(mode, " ", ""), func(b *testing.B) {
			args := []string{"-r", path}
			if mode != "lines" {
				args = append(args, strings.Fields(mode)...)
			}
			b.ReportAllocs()
			for b.Loop() {
				if code := run(args, nil, io.Discard, io.Discard); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
			b.ReportMetric(float64(frames)*float64(b.N)/b.Elapsed().Seconds(), "frames/s")
		})
	}
}
