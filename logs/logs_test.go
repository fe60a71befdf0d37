package logs

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestAppendEpoch(t *testing.T) {
	tests := []struct {
		ns   int64
		want string
	}{
		{0, "0.000000000"},
		{1_764_034_515_400_414_000, "1764034515.400414000"},
		{5, "0.000000005"},
		{-1, "-1.999999999"}, // a second before the epoch, plus its fraction
	}
	for _, tt := range tests {
		if got := string(appendEpoch(nil, tt.ns)); got != tt.want {
			t.Errorf("appendEpoch(%d) = %s, want %s", tt.ns, got, tt.want)
		}
	}
}

func TestAppendTSVString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "(empty)"},
		{"-", `\x2d`},
		{"--", "--"},
		{"a\tb\nc\\d", `a\x09b\x0ac\x5cd`},
		{"Grüße", "Grüße"},
		{"\x7f", `\x7f`},
	}
	for _, tt := range tests {
		if got := string(appendTSVString(nil, []byte(tt.in))); got != tt.want {
			t.Errorf("appendTSVString(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestUIDs(t *testing.T) {
	var r row
	r.reset(3)
	r.col = 0
	r.setUID("78c437850c76", 's', 12)
	r.col = 1
	r.setUID("78c437850c76", 'p', 0)
	r.col = 2
	r.setUID("78c437850c76", 'p', 3)
	if got := string(r.str(0)); got != "78c437850c76-s12" {
		t.Errorf("session uid %s", got)
	}
	if !r.vals[1].null {
		t.Error("the uid of entity 0 is not null")
	}
	if got := string(r.str(2)); got != "78c437850c76-p3" {
		t.Errorf("stream uid %s", got)
	}
}

// TestCaptureID: the same file has the same id wherever it lies; another
// file another; standard input's depends on the start time.
func TestCaptureID(t *testing.T) {
	dir := t.TempDir()
	write := func(path, content string) string {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := write(filepath.Join(dir, "x", "trace.pcap"), "one capture")
	b := write(filepath.Join(dir, "y", "trace.pcap"), "one capture")
	c := write(filepath.Join(dir, "z", "trace.pcap"), "another one")
	t0 := time.Unix(1, 0)
	if CaptureID(a, true, t0) != CaptureID(b, true, time.Unix(2, 0)) {
		t.Error("the same file in two folders has two ids")
	}
	if CaptureID(a, true, t0) == CaptureID(c, true, t0) {
		t.Error("two files of the same name and size have one id")
	}
	if len(CaptureID(a, true, t0)) != 12 {
		t.Errorf("id %q is not 12 hex digits", CaptureID(a, true, t0))
	}
	if CaptureID("-", false, t0) == CaptureID("-", false, time.Unix(2, 0)) {
		t.Error("standard input read at two times has one id")
	}
}

func TestPartitionName(t *testing.T) {
	for in, want := range map[string]string{"-": "stdin", "dir/a b+c.pcap": "a_b_c.pcap", "eth0": "eth0", "x/Ü.pcapng": "_.pcapng"} {
		if got := PartitionName(in); got != want {
			t.Errorf("PartitionName(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkParquetPacketRow measures a packet row into the Parquet sink,
// the writing goroutine's share included.
func BenchmarkParquetPacketRow(b *testing.B) {
	f, err := os.Create(filepath.Join(b.TempDir(), "p.parquet"))
	if err != nil {
		b.Fatal(err)
	}
	s := newParquetSink(f, &packets.Table)
	var r row
	r.reset(len(packets.Columns))
	for i, c := range packets.Columns {
		r.col = i
		switch c.Type {
		case String:
			r.setString("c2s")
		case Float:
			r.setFloat(0.25)
		default:
			r.setInt(int64(i))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.vals[3].i = int64(i)
		if err := s.write(&r); err != nil {
			b.Fatal(err)
		}
	}
	if err := s.close(); err != nil {
		b.Fatal(err)
	}
}
