//go:build unix

package pcaptest

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// LockLoopback holds an exclusive lock, shared by every test process of
// the machine, until t ends. Live tests capture on lo, and peer TCP is
// recognised by its content on any port, so two of them at once (go test
// runs packages in parallel) would each see the other's ICQ traffic.
func LockLoopback(t testing.TB) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "icqdump-live-lo.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("the loopback lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("the loopback lock: %v", err)
	}
	t.Cleanup(func() { f.Close() }) // closing the file releases the lock
}
