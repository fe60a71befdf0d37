package main

import (
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// A compressed capture icqdump does not read is named by its compression,
// with the command that decompresses it; gzip is read as it is.
func TestCompressedCapture(t *testing.T) {
	tests := []struct {
		name, head, says string
	}{
		{"xz", "\xfd7zXZ\x00\x00\x04\xe6\xd6\xb4\x46", "xz-compressed: decompress it first (xz -dk FILE), or read it from a pipe (xz -dc FILE | icqdump -r -)"},
		{"zstd", "\x28\xb5\x2f\xfd\x24\x00", "zstd-compressed: decompress it first (zstd -d FILE)"},
		{"bzip2", "BZh91AY&SY", "bzip2-compressed: decompress it first (bzip2 -dk FILE)"},
	}
	for _, tt := range tests {
		file := writeTemp(t, "c.pcap."+tt.name, []byte(tt.head))
		code, out, stderr := runArgs("-r", file)
		if code != exitInput || out != "" || !strings.HasPrefix(stderr, "icqdump: "+file+": "+tt.says) {
			t.Errorf("%s: exit %d, stderr %q", tt.name, code, stderr)
		}
	}
	gz := writeTemp(t, "micq.pcap.gz", pcaptest.Gzip(readFile(t, micqCapture)))
	if got, want := runOK(t, "-r", gz), runOK(t, "-r", micqCapture); string(got) != string(want) {
		t.Errorf("the gzip-compressed capture reads otherwise")
	}
}
