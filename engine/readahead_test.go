package engine

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
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
	path := filepath.Join(t.TempDir(), "gen.pcap")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, err := gen.Write(f, gen.Config{Clients: 20, Duration: 10 * time.Minute, Seed: 3}, gen.Pcap)
	if err != nil {
		t.Fatal(err)
	}
	if st.Frames < 3*batchSize {
		t.Fatalf("%d frames: fewer than three batches", st.Frames)
	}
	return path
}

// failAfter fails every write after its first n bytes, as a closed pipe.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("write: broken pipe")
	}
	return len(p), nil
}

// When the output fails, the reading ahead stops: Decode reports the
// failure and returns, and what was written is the start of the whole
// output.
func TestOutputFailureStopsReadingAhead(t *testing.T) {
	path := genCapture(t)
	c := NewConfig()
	c.Reads = []string{path}
	if err := c.ValidateInput(); err != nil {
		t.Fatal(err)
	}
	var whole bytes.Buffer
	if status := Decode(context.Background(), &c, nil, &whole, io.Discard); status != OK {
		t.Fatalf("status %d", status)
	}
	var out, stderr bytes.Buffer
	c = NewConfig()
	c.Reads, c.Read = []string{path}, path
	if status := Decode(context.Background(), &c, nil, io.MultiWriter(&out, &failAfter{n: whole.Len() / 3}), &stderr); status != Failed {
		t.Fatalf("status %d, want Failed; stderr:\n%s", status, stderr.String())
	}
	if !strings.Contains(stderr.String(), "broken pipe") {
		t.Errorf("stderr does not name the failure:\n%s", stderr.String())
	}
	if out.Len() == 0 || !bytes.HasPrefix(whole.Bytes(), out.Bytes()) {
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
	c := NewConfig()
	c.Read = path
	in, err := openInput(context.Background(), &c, nil, out, io.Discard)
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
