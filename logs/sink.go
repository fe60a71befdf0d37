package logs

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"reflect"
	"strconv"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"

	"github.com/icqdump/icqdump/report"
)

// Format is a log format.
type Format uint8

const (
	Parquet Format = iota + 1
	NDJSON
	TSV
)

// The names --log-format takes, and the files' extensions.
var formatNames = [...]string{Parquet: "parquet", NDJSON: "ndjson", TSV: "tsv"}
var formatExts = [...]string{Parquet: ".parquet", NDJSON: ".ndjson", TSV: ".log"}

// ParseFormat reads --log-format.
func ParseFormat(s string) (Format, error) {
	for f, name := range formatNames {
		if name != "" && name == s {
			return Format(f), nil
		}
	}
	return 0, fmt.Errorf("unknown log format %q: use parquet, ndjson or tsv", s)
}

// sink writes one table's rows to one file.
type sink interface {
	write(r *row) error
	close() error
}

func openSink(f Format, path string, t *Table) (sink, error) {
	file, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	switch f {
	case Parquet:
		return newParquetSink(file, t), nil
	case TSV:
		return newTSVSink(file, t)
	}
	s := &ndjsonSink{file: file, w: bufio.NewWriterSize(file, 64<<10), t: t}
	for _, c := range t.Columns {
		s.keys = append(s.keys, strconv.AppendQuote(nil, c.Name))
	}
	return s, nil
}

// closeFile flushes w and closes the file, keeping the first error.
func closeFile(w *bufio.Writer, f *os.File) error {
	err := w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// jsonTime is the time format of the NDJSON logs, as -T json's.
const jsonTime = "2006-01-02T15:04:05.000000000Z"

// ndjsonSink writes a JSON object per row per line, every column a key
// (null when absent), times as RFC 3339 UTC strings.
type ndjsonSink struct {
	file *os.File
	w    *bufio.Writer
	t    *Table
	keys [][]byte // each column's key, quoted
	b    []byte
}

func (s *ndjsonSink) write(r *row) error {
	b := append(s.b[:0], '{')
	for i, c := range s.t.Columns {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, s.keys[i]...)
		b = append(b, ':')
		v := &r.vals[i]
		switch {
		case v.null:
			b = append(b, "null"...)
		case c.Type == String:
			b = report.AppendJSONString(b, r.str(i))
		case c.Type == Int:
			b = strconv.AppendInt(b, v.i, 10)
		case c.Type == Float:
			b = appendFloat(b, v.f)
		case c.Type == Bool:
			b = strconv.AppendBool(b, v.i != 0)
		case c.Type == Time:
			b = append(b, '"')
			b = time.Unix(0, v.i).UTC().AppendFormat(b, jsonTime)
			b = append(b, '"')
		}
	}
	s.b = append(b, '}', '\n')
	_, err := s.w.Write(s.b)
	return err
}

func (s *ndjsonSink) close() error { return closeFile(s.w, s.file) }

// appendFloat writes f as the shortest decimal that reads back the same;
// a number JSON cannot hold is null.
func appendFloat(b []byte, f float64) []byte {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// zeekTypes are the Zeek types of the columns in #types.
var zeekTypes = [...]string{String: "string", Int: "int", Float: "double", Time: "time", Bool: "bool"}

// tsvSink writes Zeek's TSV log format: the # header lines, then a tab-
// separated line per row; "-" is null, "(empty)" the empty string, and
// tabs, newlines and backslashes in text are written \x09, \x0a, \x5c.
type tsvSink struct {
	file *os.File
	w    *bufio.Writer
	t    *Table
	b    []byte
}

func newTSVSink(file *os.File, t *Table) (*tsvSink, error) {
	s := &tsvSink{file: file, w: bufio.NewWriterSize(file, 64<<10), t: t}
	fmt.Fprintf(s.w, "#separator \\x09\n#set_separator\t,\n#empty_field\t(empty)\n#unset_field\t-\n#path\t%s\n", t.Name)
	s.w.WriteString("#fields")
	for _, c := range t.Columns {
		s.w.WriteString("\t" + c.Name)
	}
	s.w.WriteString("\n#types")
	for _, c := range t.Columns {
		s.w.WriteString("\t" + zeekTypes[c.Type])
	}
	_, err := s.w.WriteString("\n")
	return s, err
}

func (s *tsvSink) write(r *row) error {
	b := s.b[:0]
	for i, c := range s.t.Columns {
		if i > 0 {
			b = append(b, '\t')
		}
		v := &r.vals[i]
		switch {
		case v.null:
			b = append(b, '-')
		case c.Type == String:
			b = appendTSVString(b, r.str(i))
		case c.Type == Int:
			b = strconv.AppendInt(b, v.i, 10)
		case c.Type == Float:
			b = strconv.AppendFloat(b, v.f, 'f', -1, 64)
		case c.Type == Bool:
			b = append(b, "FT"[v.i])
		case c.Type == Time:
			b = appendEpoch(b, v.i)
		}
	}
	s.b = append(b, '\n')
	_, err := s.w.Write(s.b)
	return err
}

func (s *tsvSink) close() error { return closeFile(s.w, s.file) }

// appendEpoch writes Unix nanoseconds as Zeek's time: seconds since the
// epoch, with 9 decimals.
func appendEpoch(b []byte, ns int64) []byte {
	sec, frac := ns/1e9, ns%1e9
	if frac < 0 {
		sec, frac = sec-1, frac+1e9
	}
	b = strconv.AppendInt(b, sec, 10)
	b = append(b, '.')
	digits := strconv.AppendInt(nil, frac+1e9, 10) // 1 and 9 digits
	return append(b, digits[1:]...)
}

// appendTSVString writes text as Zeek escapes it: the separator, newlines,
// backslashes and other control characters as \xNN; "(empty)" for the
// empty string, and a lone "-" escaped so that it is not null.
func appendTSVString(b, s []byte) []byte {
	switch {
	case len(s) == 0:
		return append(b, "(empty)"...)
	case len(s) == 1 && s[0] == '-':
		return append(b, `\x2d`...)
	}
	for _, c := range s {
		if c < 0x20 || c == 0x7F || c == '\\' {
			b = append(b, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			continue
		}
		b = append(b, c)
	}
	return b
}

// Parquet: rows go to the writer in batches, on a goroutine of the sink's
// own, so that encoding and compressing overlap the analysis; the writer
// compresses them with zstd and closes a row group every rowGroupRows
// rows, so a table's memory is bounded by a row group whatever the
// capture's size.
const (
	rowGroupRows = 1 << 16
	batchRows    = 512
	pageBuffer   = 64 << 10
)

// zstdFastest compresses the pages: at its default level zstd took half
// the writing's CPU time, for files a few percent smaller.
var zstdFastest = zstd.Codec{Level: zstd.SpeedFastest}

type parquetSink struct {
	file *os.File
	w    *parquet.Writer
	t    *Table
	cur  *batch      // the batch being filled; nil until a row comes
	free chan *batch // batches written, to fill again
	full chan *batch // batches to write
	done chan error  // the writing goroutine's first error, when full is closed
}

// batch is rows handed to the writer at once, with their strings.
type batch struct {
	rows  []parquet.Row
	arena []byte
}

func newParquetSink(file *os.File, t *Table) *parquetSink {
	schema := parquet.NewSchema(t.Name, orderedGroup(t))
	opts := []parquet.WriterOption{schema, parquet.Compression(&zstdFastest),
		parquet.MaxRowsPerRowGroup(rowGroupRows), parquet.PageBufferSize(pageBuffer),
		parquet.CreatedBy("icqdump", "", ""), parquet.KeyValueMetadata("icqdump.schema_version", strconv.Itoa(SchemaVersion))}
	for _, c := range t.Columns {
		if c.Text { // no query narrows free text by its smallest and largest value
			opts = append(opts, parquet.SkipPageBounds(c.Name))
		}
	}
	w := parquet.NewWriter(file, opts...)
	s := &parquetSink{file: file, w: w, t: t, free: make(chan *batch, 2), full: make(chan *batch), done: make(chan error, 1)}
	s.free <- &batch{}
	s.free <- &batch{}
	go s.writeBatches()
	return s
}

// writeBatches writes the batches that come, until full is closed; after
// an error it only hands them back.
func (s *parquetSink) writeBatches() {
	var err error
	for b := range s.full {
		if err == nil {
			_, err = s.w.WriteRows(b.rows)
		}
		b.rows, b.arena = b.rows[:0], b.arena[:0]
		s.free <- b
	}
	s.done <- err
}

// parquetNode is a column's Parquet type.
func parquetNode(c Column) parquet.Node {
	var n parquet.Node
	switch c.Type {
	case String:
		n = parquet.String()
		if !c.Text {
			n = parquet.Encoded(n, &parquet.RLEDictionary)
		}
	case Int:
		n = parquet.Int(64)
	case Float:
		n = parquet.Leaf(parquet.DoubleType)
	case Time:
		n = parquet.Timestamp(parquet.Nanosecond)
	case Bool:
		n = parquet.Leaf(parquet.BooleanType)
	}
	if c.Nullable {
		n = parquet.Optional(n)
	}
	return n
}

func (s *parquetSink) write(r *row) error {
	if s.cur == nil {
		s.cur = <-s.free
	}
	b := s.cur
	pr := parquet.Row(nil)
	if n := len(b.rows); n < cap(b.rows) {
		pr = b.rows[:n+1][n][:0]
	}
	for i, c := range s.t.Columns {
		v := &r.vals[i]
		var pv parquet.Value
		switch {
		case v.null:
			pv = parquet.NullValue()
		case c.Type == String:
			start := len(b.arena)
			b.arena = append(b.arena, r.str(i)...)
			pv = parquet.ByteArrayValue(b.arena[start:len(b.arena):len(b.arena)])
		case c.Type == Float:
			pv = parquet.DoubleValue(v.f)
		case c.Type == Bool:
			pv = parquet.BooleanValue(v.i != 0)
		default: // Int, Time
			pv = parquet.Int64Value(v.i)
		}
		def := 0
		if c.Nullable && !v.null {
			def = 1
		}
		pr = append(pr, pv.Level(0, def, i))
	}
	b.rows = append(b.rows, pr)
	if len(b.rows) == batchRows {
		s.full <- b
		s.cur = nil
	}
	return nil
}

// close writes the last batch, waits for the writing to end and closes
// the file: a writing error shows here.
func (s *parquetSink) close() error {
	if s.cur != nil {
		s.full <- s.cur
	}
	close(s.full)
	err := <-s.done
	if cerr := s.w.Close(); err == nil {
		err = cerr
	}
	if cerr := s.file.Close(); err == nil {
		err = cerr
	}
	return err
}

// orderedGroup is a table's Parquet group, its columns in the declared
// order (parquet.Group sorts them by name).
func orderedGroup(t *Table) parquet.Node {
	g := group{Group: parquet.Group{}}
	for _, c := range t.Columns {
		n := parquetNode(c)
		g.Group[c.Name] = n
		g.fields = append(g.fields, field{Node: n, name: c.Name})
	}
	return g
}

type group struct {
	parquet.Group
	fields []parquet.Field
}

func (g group) Fields() []parquet.Field { return g.fields }

type field struct {
	parquet.Node
	name string
}

func (f field) Name() string { return f.name }

// Value is for writing Go values by reflection, which the sink does not.
func (f field) Value(base reflect.Value) reflect.Value { return base.FieldByName(f.name) }
