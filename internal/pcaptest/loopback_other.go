//go:build !unix

package pcaptest

import "testing"

// LockLoopback does nothing where live capture is not tested.
func LockLoopback(testing.TB) {}
