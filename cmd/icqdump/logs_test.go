package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/icqdump/icqdump/logs"
)

// logRow is one row of a table, as NDJSON gives it: numbers as json.Number,
// null as nil.
type logRow map[string]any

// writeLogs runs icqdump on every test capture, one run each, into a log
// folder per format, and returns the folders by format.
func writeLogs(t *testing.T) map[string]string {
	t.Helper()
	dirs := map[string]string{}
	for _, f := range []string{"parquet", "ndjson", "tsv"} {
		dirs[f] = t.TempDir()
	}
	for _, c := range goldenCaptures(t) {
		for f, dir := range dirs {
			runLogs(t, append([]string{"-r", c.file, "-q", "--log-dir", dir, "--log-format", f}, c.args...)...)
		}
	}
	return dirs
}

// TestLogFormatsAgree writes the logs of every test capture in each format
// and reads them back: the Parquet files (with parquet-go) and the TSV
// (with its own #fields and #types header) hold the NDJSON's rows, value
// for value, and the tables hold what the packets and reports say.
func TestLogFormatsAgree(t *testing.T) {
	dirs := writeLogs(t)
	captures := len(goldenCaptures(t))
	for _, table := range logs.Tables {
		parts, err := filepath.Glob(filepath.Join(dirs["ndjson"], table.Name, "capture=*"))
		if err != nil || len(parts) != captures {
			t.Fatalf("%s: %d partitions, want %d (%v)", table.Name, len(parts), captures, err)
		}
		rows := 0
		for _, part := range parts {
			name := filepath.Base(part)
			want := readNDJSON(t, filepath.Join(part, "part-0.ndjson"))
			rows += len(want)
			got := readParquet(t, table, filepath.Join(dirs["parquet"], table.Name, name, "part-0.parquet"))
			compareRows(t, table.Name+"/"+name+" parquet", got, want)
			got = readTSV(t, table, filepath.Join(dirs["tsv"], table.Name, name, "part-0.log"))
			compareRows(t, table.Name+"/"+name+" tsv", got, want)
		}
		if rows == 0 && table.Name != "icq_findings" {
			t.Errorf("%s: no rows in any test capture", table.Name)
		}
	}
}

// runLogs runs icqdump, which must succeed; -q's count on stderr is fine.
func runLogs(t *testing.T, args ...string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("icqdump %s: exit %d, stderr:\n%s", strings.Join(args, " "), code, stderr.String())
	}
}

func compareRows(t *testing.T, what string, got, want []logRow) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d rows, NDJSON has %d", what, len(got), len(want))
		return
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s row %d:\n got %v\nwant %v", what, i, got[i], want[i])
			return
		}
	}
}

func readNDJSON(t *testing.T, path string) []logRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []logRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		d := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		d.UseNumber()
		var r logRow
		if err := d.Decode(&r); err != nil {
			t.Fatalf("%s: %v: %s", path, err, sc.Bytes())
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

const ndjsonTime = "2006-01-02T15:04:05.000000000Z"

// readParquet reads a Parquet file with parquet-go, checking that its
// columns are the table's, in order, and converts its values as NDJSON
// writes them.
func readParquet(t *testing.T, table *logs.Table, path string) []logRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := parquet.NewReader(f)
	defer r.Close()
	var names []string
	for _, p := range r.Schema().Columns() {
		names = append(names, strings.Join(p, "."))
	}
	var want []string
	for _, c := range table.Columns {
		want = append(want, c.Name)
	}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("%s: columns %v, want %v", path, names, want)
	}
	var rows []logRow
	buf := make([]parquet.Row, 64)
	for {
		n, err := r.ReadRows(buf)
		for _, pr := range buf[:n] {
			row := logRow{}
			for _, v := range pr {
				c := table.Columns[v.Column()]
				row[c.Name] = parquetValue(c, v)
			}
			rows = append(rows, row)
		}
		if err != nil {
			break
		}
	}
	return rows
}

func parquetValue(c logs.Column, v parquet.Value) any {
	if v.IsNull() {
		return nil
	}
	switch c.Type {
	case logs.String:
		return string(v.ByteArray())
	case logs.Float:
		return json.Number(strconv.FormatFloat(v.Double(), 'f', -1, 64))
	case logs.Bool:
		return v.Boolean()
	case logs.Time:
		return time.Unix(0, v.Int64()).UTC().Format(ndjsonTime)
	}
	return json.Number(strconv.FormatInt(v.Int64(), 10))
}

// readTSV reads a Zeek TSV log by its own header: #fields names the
// columns, #types says how to read them.
func readTSV(t *testing.T, table *logs.Table, path string) []logRow {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fields, types []string
	var rows []logRow
	for _, line := range strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n") {
		cells := strings.Split(line, "\t")
		switch {
		case cells[0] == "#fields":
			fields = cells[1:]
		case cells[0] == "#types":
			types = cells[1:]
		case strings.HasPrefix(line, "#"):
		default:
			if len(cells) != len(fields) || len(types) != len(fields) {
				t.Fatalf("%s: %d cells, %d fields, %d types: %q", path, len(cells), len(fields), len(types), line)
			}
			row := logRow{}
			for i, cell := range cells {
				row[fields[i]] = zeekValue(t, types[i], cell)
			}
			rows = append(rows, row)
		}
	}
	if len(fields) != len(table.Columns) {
		t.Fatalf("%s: #fields %v", path, fields)
	}
	return rows
}

func zeekValue(t *testing.T, typ, cell string) any {
	switch {
	case cell == "-":
		return nil
	case typ == "string" && cell == "(empty)":
		return ""
	case typ == "string":
		return unescapeZeek(t, cell)
	case typ == "bool":
		return cell == "T"
	case typ == "time":
		sec, frac, _ := strings.Cut(cell, ".")
		s, err1 := strconv.ParseInt(sec, 10, 64)
		ns, err2 := strconv.ParseInt(frac, 10, 64)
		if err1 != nil || err2 != nil || len(frac) != 9 {
			t.Fatalf("time %q", cell)
		}
		return time.Unix(s, ns).UTC().Format(ndjsonTime)
	}
	return json.Number(cell)
}

func unescapeZeek(t *testing.T, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s)+0 && s[i+1] == 'x' {
			n, err := strconv.ParseUint(s[i+2:i+4], 16, 8)
			if err != nil {
				t.Fatalf("escape in %q", s)
			}
			b.WriteByte(byte(n))
			i += 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestLogsSeveralCaptures: several captures write a partition each, a
// name seen twice getting -2, and the same rows as one capture at a time.
func TestLogsSeveralCaptures(t *testing.T) {
	other := filepath.Join(t.TempDir(), filepath.Base(micqCapture))
	raw, err := os.ReadFile(micqCapture)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(other, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	runLogs(t, "-r", micqCapture, "-r", other, "-q", "--log-dir", dir, "--log-format", "ndjson")
	one := t.TempDir()
	runLogs(t, "-r", micqCapture, "-q", "--log-dir", one, "--log-format", "ndjson")
	base := "capture=" + filepath.Base(micqCapture)
	for _, table := range logs.Tables {
		want := readNDJSON(t, filepath.Join(one, table.Name, base, "part-0.ndjson"))
		for _, part := range []string{base, base + "-2"} {
			got := readNDJSON(t, filepath.Join(dir, table.Name, part, "part-0.ndjson"))
			if table.Name == "icq_files" { // the path and partition name differ
				for _, r := range append(got, want...) {
					delete(r, "path")
					delete(r, "capture")
				}
			}
			compareRows(t, fmt.Sprintf("%s/%s", table.Name, part), got, want)
		}
	}
}

func TestLogFlagErrors(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-r", micqCapture, "--log-dir", t.TempDir(), "--log-format", "csv"}, strings.NewReader(""), &stdout, &stderr); code != exitUsage || !strings.Contains(stderr.String(), `"csv"`) {
		t.Errorf("--log-format csv: exit %d, stderr %q", code, stderr.String())
	}
	blocked := filepath.Join(t.TempDir(), "file")
	os.WriteFile(blocked, nil, 0o644)
	stderr.Reset()
	if code := run([]string{"-r", micqCapture, "-q", "--log-dir", blocked}, strings.NewReader(""), &stdout, &stderr); code != exitInput || !strings.Contains(stderr.String(), blocked) {
		t.Errorf("--log-dir on a file: exit %d, stderr %q", code, stderr.String())
	}
}

// A live capture writes its logs too, in a partition named after the
// interface, a row per packet printed, complete once it is stopped.
func TestLiveLogs(t *testing.T) {
	needRoot(t)
	x := newExchange(t)
	dir := t.TempDir()
	lr := startInProcess(t, "-i", "lo", "--server-port", x.port(), "--log-dir", dir, "--log-format", "parquet")
	x.play(t)
	want := x.expected(t)
	waitFor(t, lr.stdout, fmt.Sprintf("%d packets", len(want)), func(b []byte) bool { return len(summaries(b)) >= len(want) })
	if code := lr.stop(); code != exitOK {
		t.Fatalf("exit status %d; stderr:\n%s", code, lr.stderr.Bytes())
	}
	shown := len(summaries(lr.stdout.Bytes()))
	rows := readParquet(t, logs.Tables[0], filepath.Join(dir, "icq_packets", "capture=lo", "part-0.parquet"))
	if len(rows) != shown {
		t.Errorf("icq_packets has %d rows; %d packets were printed", len(rows), shown)
	}
	files := readParquet(t, logs.Tables[len(logs.Tables)-1], filepath.Join(dir, "icq_files", "capture=lo", "part-0.parquet"))
	if len(files) != 1 || files[0]["path"] != "lo" || files[0]["packets"] != json.Number(strconv.Itoa(shown)) {
		t.Errorf("icq_files: %v", files)
	}
}
