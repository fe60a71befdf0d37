package capture

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"runtime"
	"testing"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// threeFrames are frames of 60, 60 and 142 bytes: two ACKs and a 100-byte
// client packet.
var threeFrames = frames(
	pcaptest.UDPFrame(client, server, ackC2S),
	pcaptest.UDPFrame(server, client, ackS2C),
	pcaptest.UDPFrame(client, server, make([]byte, 100)),
)

// TestCutOff reads files that end inside a record: the packets before the
// cut come first, then an error that says where the file ends, again on
// every later call.
func TestCutOff(t *testing.T) {
	pcap := pcaptest.Pcap(layers.LinkTypeEthernet, threeFrames...)
	ng := pcaptest.Pcapng(threeFrames...)
	// pcap: 24-byte file header, 16-byte record headers.
	const pcapFrame3 = 24 + 16 + 60 + 16 + 60
	// pcapng: enhanced packet blocks of 28 header bytes, data padded to 4
	// bytes and a 4-byte trailer, after the section and interface blocks.
	ngFrame3 := len(pcaptest.Pcapng()) + 2*(28+60+4)
	tests := []struct {
		name string
		file []byte
		want string // "" for a clean end
	}{
		{"pcap between records", pcap[:pcapFrame3], ""},
		{"pcap in a record header", pcap[:pcapFrame3+7],
			"x: file ends inside the record header of frame 3 (7 of 16 bytes present)"},
		{"pcap after a record header", pcap[:pcapFrame3+16],
			"x: file ends inside frame 3 (record header says 142 bytes, 0 present)"},
		{"pcap in a record", pcap[:pcapFrame3+16+33],
			"x: file ends inside frame 3 (record header says 142 bytes, 33 present)"},
		{"pcapng between blocks", ng[:ngFrame3], ""},
		{"pcapng in a block header", ng[:ngFrame3+10],
			"x: file ends inside a block, 10 bytes after frame 2"},
		{"pcapng in a packet", ng[:ngFrame3+28+33],
			"x: file ends inside frame 3 (its block says 142 captured bytes)"},
		{"gzip pcap in a record", pcaptest.Gzip(pcap[:pcapFrame3+16+33]),
			"x: file ends inside frame 3 (record header says 142 bytes, 33 present)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(tc.file), "x", Config{})
			if err != nil {
				t.Fatal(err)
			}
			pkts, err := readAll(t, r)
			if len(pkts) != 2 || pkts[0].Frame != 1 || pkts[1].Frame != 2 {
				t.Errorf("packets %+v, want frames 1 and 2", pkts)
			}
			if msg := errText(err); msg != tc.want {
				t.Fatalf("error %q, want %q", msg, tc.want)
			}
			if _, again := r.Next(); err != nil && again != err {
				t.Errorf("Next after the error: %v, want the same error", again)
			}
			if want := (Stats{Frames: 2, ICQFrames: 2, UDPPackets: 2}); r.Stats() != want {
				t.Errorf("stats %+v, want %+v", r.Stats(), want)
			}
		})
	}
}

// All yields the error that stops the reading once, with no packet, and
// ends there; at a clean end it yields no error at all. A loop that breaks
// early stops the reading.
func TestAllEndsAfterTheError(t *testing.T) {
	pcap := pcaptest.Pcap(layers.LinkTypeEthernet, threeFrames...)
	for _, tc := range []struct {
		name        string
		file        []byte
		pkts, errs  int
		stopAtFirst bool
	}{
		{"clean", pcap, 3, 0, false},
		{"cut in frame 3", pcap[:len(pcap)-5], 2, 1, false},
		{"break after the first", pcap, 1, 0, true},
	} {
		r, err := NewReader(bytes.NewReader(tc.file), "x", Config{})
		if err != nil {
			t.Fatal(err)
		}
		pkts, errs := 0, 0
		for p, err := range r.All() {
			if err != nil {
				errs++
				if p != nil {
					t.Errorf("%s: a packet with the error", tc.name)
				}
				continue
			}
			if pkts++; tc.stopAtFirst {
				break
			}
		}
		if pkts != tc.pkts || errs != tc.errs {
			t.Errorf("%s: %d packets and %d errors, want %d and %d", tc.name, pkts, errs, tc.pkts, tc.errs)
		}
		if st := r.Stats(); st.Frames != uint64(tc.pkts) {
			t.Errorf("%s: %d frames read, want %d", tc.name, st.Frames, tc.pkts)
		}
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestNotACapture opens files that are not captures, or whose file header is
// damaged: NewReader says so, naming the file.
func TestNotACapture(t *testing.T) {
	pcap := pcaptest.Pcap(layers.LinkTypeEthernet)
	badVersion := bytes.Clone(pcap)
	binary.LittleEndian.PutUint16(badVersion[4:], 9)
	tests := []struct {
		name string
		file []byte
		want string
	}{
		{"text", []byte("hello world\n"), "x: not a pcap or pcapng file (it begins 68 65 6c 6c)"},
		{"empty", nil, "x: empty file: not a pcap or pcapng file"},
		{"two bytes", []byte("ab"), "x: not a pcap or pcapng file (only 2 bytes)"},
		{"pcap header cut", pcap[:10], "x: file ends inside the pcap file header"},
		{"pcap version 9", badVersion, "x: damaged pcap file header: Unknown major version 9"},
		{"pcapng header cut", pcaptest.Pcapng()[:20], "x: file ends inside the pcapng section header"},
		{"gzip text", pcaptest.Gzip([]byte("hello world\n")), "x: not a pcap or pcapng file (it begins 68 65 6c 6c)"},
		{"gzip header cut", []byte{0x1f, 0x8b, 8}, "x: damaged gzip header: unexpected EOF"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewReader(bytes.NewReader(tc.file), "x", Config{})
			if msg := errText(err); msg != tc.want {
				t.Errorf("error %q, want %q", msg, tc.want)
			}
		})
	}
	if _, err := Open("testdata/no-such-file.pcap", nil, Config{}); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open(missing file) = %v, want a not-exist error", err)
	}
}

// zeros is an endless stream of zero bytes.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// pcapHeader returns a little-endian pcap file header with the snap length.
func pcapHeader(snaplen uint32) []byte {
	h := bytes.Clone(pcaptest.Pcap(layers.LinkTypeEthernet))
	binary.LittleEndian.PutUint32(h[16:], snaplen)
	return h
}

// pcapRecord returns a pcap record header for a record of caplen bytes.
func pcapRecord(caplen uint32) []byte {
	le := binary.LittleEndian
	return le.AppendUint32(le.AppendUint32(make([]byte, 8), caplen), caplen)
}

// epbHeader returns the start of a pcapng enhanced packet block on
// interface 0 that claims caplen bytes.
func epbHeader(caplen uint32) []byte {
	le := binary.LittleEndian
	b := le.AppendUint32(nil, 6) // block type: enhanced packet
	b = le.AppendUint32(b, 32+caplen)
	b = le.AppendUint32(b, 0) // interface
	b = le.AppendUint64(b, 0) // timestamp
	b = le.AppendUint32(b, caplen)
	return le.AppendUint32(b, caplen)
}

// TestHugeRecords reads records whose headers claim gigabytes: the reader
// fails with an error rather than allocating what the header says.
func TestHugeRecords(t *testing.T) {
	ng := pcaptest.Pcapng()
	tests := []struct {
		name string
		file io.Reader
		want string
	}{
		{"pcap claims 4 GiB, has 100 bytes",
			bytes.NewReader(cat(pcapHeader(0xffffffff), pcapRecord(0xfffffff0), make([]byte, 100))),
			"x: file ends inside frame 1 (record header says 4294967280 bytes, 100 present)"},
		{"pcap has 1 GiB",
			io.MultiReader(bytes.NewReader(cat(pcapHeader(0xffffffff), pcapRecord(1<<30))), zeros{}),
			"x: frame 1: the record says 1073741824 bytes, more than 8 MiB: the file is damaged"},
		{"pcap record beyond the snap length",
			bytes.NewReader(cat(pcapHeader(65535), pcapRecord(300000), make([]byte, 100))),
			"x: frame 1: capture length exceeds snap length: 300000 > 65535"},
		{"pcapng claims 4 GiB, has 100 bytes",
			bytes.NewReader(cat(ng, epbHeader(0xfffffff0), make([]byte, 100))),
			"x: file ends inside frame 1 (its block says 4294967280 captured bytes)"},
		{"pcapng has 1 GiB",
			io.MultiReader(bytes.NewReader(cat(ng, epbHeader(1<<30))), zeros{}),
			"x: frame 1: the record says 1073741824 bytes, more than 8 MiB: the file is damaged"},
		{"pcapng unknown block of 1 GiB",
			io.MultiReader(bytes.NewReader(cat(ng, binary.LittleEndian.AppendUint32([]byte{0x99, 0, 0, 0}, 1<<30))), zeros{}),
			"x: before the first frame: a block of more than 8 MiB: the file is damaged"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			bytes := allocated(func() {
				r, nerr := NewReader(tc.file, "x", Config{})
				if nerr != nil {
					t.Fatal(nerr)
				}
				_, err = r.Next()
			})
			if msg := errText(err); msg != tc.want {
				t.Errorf("error %q, want %q", msg, tc.want)
			}
			// Buffers, and at most 8 MiB read into a buffer that doubles as it
			// fills: about 32 MiB in all (not counting the race detector's).
			if bytes > 40<<20 && !raceDetector {
				t.Errorf("reading allocated %d MiB", bytes>>20)
			}
		})
	}
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// allocated returns the bytes allocated while f runs.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
