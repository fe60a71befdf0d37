package report

import (
	"bytes"
	"strings"
	"testing"
)

// Merged tables put each capture's rows one under the other, after a file
// column, and sum the counts: in text drawn as one table, in JSON with a
// "file" key in each row.
func TestWriteMerged(t *testing.T) {
	for _, mode := range []Mode{Lines, JSON} {
		var parts []Part
		var alone bytes.Buffer
		for _, file := range []string{"a.pcap", "a-much-longer-name.pcap"} {
			s := NewSummaries([]string{"sessions", "commands", "capture"}, mode)
			defer s.Close()
			a, st := analyzeScenario(t, s)
			if alone.Len() == 0 {
				if err := s.Write(&alone, a.Commands(), st); err != nil {
					t.Fatal(err)
				}
			}
			parts = append(parts, Part{File: file, Summaries: s, Commands: a.Commands(), Stats: st})
		}
		var out bytes.Buffer
		if err := WriteMerged(&out, parts); err != nil {
			t.Fatal(err)
		}
		got := out.String()
		var want []string
		if mode == JSON {
			want = []string{`{"file":"a.pcap","session":1`, `{"file":"a-much-longer-name.pcap","session":1`}
		} else {
			want = []string{"\n a.pcap                  | 1 ", "\n a-much-longer-name.pcap | 1 "}
		}
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("mode %v: no %q in:\n%s", mode, w, got)
			}
		}
		if got == alone.String() || len(got) <= alone.Len() {
			t.Errorf("mode %v: merged reports are those of one capture:\n%s", mode, got)
		}
		if st := SumStats(parts); st.Frames != 2*parts[0].Stats.Frames || st.Frames == 0 {
			t.Errorf("frames summed: %d, want twice %d", st.Frames, parts[0].Stats.Frames)
		}
	}
}

// FileKeyWriter adds the file to every JSON line, however the lines are
// cut into writes, and leaves a line that is not an object as it is.
func TestFileKeyWriter(t *testing.T) {
	in := "{\"frame\":1}\n{\"frame\":2}\n{}\n[1,2]\n\n{\"frame\":3}\n"
	key := `{"file":"a\"b.pcap"`
	want := key + `,"frame":1}` + "\n" + key + `,"frame":2}` + "\n" + key + "}\n[1,2]\n\n" + key + `,"frame":3}` + "\n"
	for _, size := range []int{len(in), 1, 2, 5, 11} {
		var out bytes.Buffer
		w := &FileKeyWriter{W: &out, File: `a"b.pcap`}
		for p := in; len(p) > 0; p = p[min(size, len(p)):] {
			if _, err := w.Write([]byte(p[:min(size, len(p))])); err != nil {
				t.Fatal(err)
			}
		}
		if out.String() != want {
			t.Errorf("writes of %d bytes: got:\n%s\nwant:\n%s", size, out.String(), want)
		}
	}
}
