package tempfile

import (
	"io"
	"os"
	"strings"
	"testing"
)

// TestCreate: the file works, and no name of it is left in the folder.
func TestCreate(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("TMPDIR", dir)
	f, err := Create("x-*.tmp")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString("kept"); err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("%d names left in the folder", len(entries))
	}
	f.Seek(0, io.SeekStart)
	if b, _ := io.ReadAll(f); string(b) != "kept" {
		t.Errorf("read back %q", b)
	}
}

// TestCreateNoFolder: a TMPDIR that cannot hold a file is a clear error.
func TestCreateNoFolder(t *testing.T) {
	t.Setenv("TMPDIR", "/nonexistent/icqdump")
	if _, err := Create("x-*"); err == nil || !strings.Contains(err.Error(), "TMPDIR") {
		t.Errorf("error %v, want one naming TMPDIR", err)
	}
}
