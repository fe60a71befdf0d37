package main

import (
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"testing"
	"time"
)

func TestZZProf(t *testing.T) {
	args := os.Getenv("ZZARGS")
	if args == "" {
		t.Skip()
	}
	if h := os.Getenv("ZZHEAP"); h != "" {
		go func() {
			time.Sleep(1200 * time.Millisecond)
			runtime.GC()
			f, _ := os.Create(h)
			pprof.WriteHeapProfile(f)
			f.Close()
		}()
	}
	run(strings.Fields(args), strings.NewReader(""), io.Discard, io.Discard)
}
