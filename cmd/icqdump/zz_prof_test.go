package main

import (
	"io"
	"os"
	"strings"
	"testing"
)

func TestZZProf(t *testing.T) {
	args := os.Getenv("ZZARGS")
	if args == "" {
		t.Skip()
	}
	run(strings.Fields(args), strings.NewReader(""), io.Discard, io.Discard)
}
