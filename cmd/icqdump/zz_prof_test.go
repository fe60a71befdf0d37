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
			time.Sleep(time.Duration(atoi(os.Getenv("ZZAT"))) * time.Millisecond)
			runtime.GC()
			f, _ := os.Create(h)
			pprof.WriteHeapProfile(f)
			f.Close()
		}()
	}
	run(strings.Fields(args), strings.NewReader(""), io.Discard, io.Discard)
}

func atoi(s string) int { n := 0; for _, c := range s { n = n*10 + int(c-'0') }; return n }
