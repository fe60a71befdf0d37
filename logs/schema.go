// Package logs writes machine logs: one table per kind of record (packets,
// sessions, ACKs per direction, peer streams, messages, check's findings,
// captures read), as Parquet, NDJSON or Zeek-style TSV, for DuckDB,
// ClickHouse, Spark or zeek-cut. Each table's columns are declared once,
// below, with the function that fills them; the files' schemas and the
// README's tables derive from the declarations.
package logs

import (
	"strconv"
	"time"
)

// SchemaVersion is the version of the tables' contract: it goes up when a
// column changes meaning or goes; new columns at the end keep it.
const SchemaVersion = 1

// Type is a column's type.
type Type uint8

const (
	String Type = iota + 1
	Int         // 64-bit signed integer
	Float       // 64-bit floating point
	Time        // an instant, to the nanosecond, UTC
	Bool
)

var typeNames = [...]string{String: "string", Int: "int64", Float: "double", Time: "timestamp", Bool: "bool"}

func (t Type) String() string { return typeNames[t] }

// Column is one column of a table.
type Column struct {
	Name     string
	Type     Type
	Nullable bool // absent (null, "-" in TSV) when it does not apply
	Doc      string
	// Text: a string of the row's own (decoded fields, a message). Other
	// strings take few values (names, addresses, keys): Parquet keeps them
	// in a dictionary per row group.
	Text bool
}

// Table is one table's name and columns.
type Table struct {
	Name    string
	Doc     string
	Columns []Column
}

// column declares a column and how a record of type T fills it: get calls
// exactly one of row's setters.
type column[T any] struct {
	Column
	get func(r *row, x *T)
}

// table is a table and the record type its rows are made from.
type table[T any] struct {
	Table
	cols []column[T]
}

func newTable[T any](name, doc string, cols ...column[T]) *table[T] {
	t := &table[T]{Table: Table{Name: name, Doc: doc}, cols: cols}
	for _, c := range cols {
		t.Columns = append(t.Columns, c.Column)
	}
	return t
}

// fill makes r the row of x.
func (t *table[T]) fill(r *row, x *T) {
	r.reset(len(t.cols))
	for i := range t.cols {
		r.col = i
		t.cols[i].get(r, x)
	}
}

// col is a required column; opt a nullable one.
func col[T any](name string, typ Type, doc string, get func(r *row, x *T)) column[T] {
	return column[T]{Column{Name: name, Type: typ, Doc: doc}, get}
}

func opt[T any](name string, typ Type, doc string, get func(r *row, x *T)) column[T] {
	return column[T]{Column{Name: name, Type: typ, Nullable: true, Doc: doc}, get}
}

// text marks a column of free text.
func text[T any](c column[T]) column[T] {
	c.Text = true
	return c
}

// value is one cell: a number, or a string kept in the row's buffer.
type value struct {
	null       bool
	i          int64 // Int, Time (Unix ns), Bool (0 or 1)
	f          float64
	start, end int // String: r.buf[start:end]
}

// row is a row being made. Its buffers are reused from row to row.
type row struct {
	vals []value
	buf  []byte
	col  int // the column being filled
}

func (r *row) reset(n int) {
	r.vals = r.vals[:0]
	for range n {
		r.vals = append(r.vals, value{})
	}
	r.buf = r.buf[:0]
}

func (r *row) str(i int) []byte { v := &r.vals[i]; return r.buf[v.start:v.end] }

// The setters, one per column.

func (r *row) setNull() { r.vals[r.col] = value{null: true} }

func (r *row) setInt(n int64) { r.vals[r.col] = value{i: n} }

func (r *row) setUint(n uint64) { r.vals[r.col] = value{i: int64(n)} }

func (r *row) setFloat(f float64) { r.vals[r.col] = value{f: f} }

func (r *row) setBool(b bool) {
	r.vals[r.col] = value{}
	if b {
		r.vals[r.col].i = 1
	}
}

// setTime sets an instant; the zero time is null.
func (r *row) setTime(t time.Time) {
	if t.IsZero() {
		r.setNull()
		return
	}
	r.vals[r.col] = value{i: t.UnixNano()}
}

func (r *row) setString(s string) {
	start := len(r.buf)
	r.buf = append(r.buf, s...)
	r.vals[r.col] = value{start: start, end: len(r.buf)}
}

func (r *row) setBytes(b []byte) {
	start := len(r.buf)
	r.buf = append(r.buf, b...)
	r.vals[r.col] = value{start: start, end: len(r.buf)}
}

// setAppend sets a string made by f, appended to the row's buffer.
func (r *row) setAppend(f func(b []byte) []byte) {
	start := len(r.buf)
	r.buf = f(r.buf)
	r.vals[r.col] = value{start: start, end: len(r.buf)}
}

// setUID sets the uid of entity n (a session or a stream, told by kind) of
// the capture: "<capture id>-<kind><n>", or null when n is 0.
func (r *row) setUID(capture string, kind byte, n int) {
	if n == 0 {
		r.setNull()
		return
	}
	r.setAppend(func(b []byte) []byte { return appendUID(b, capture, kind, n) })
}

func appendUID(b []byte, capture string, kind byte, n int) []byte {
	b = append(b, capture...)
	b = append(b, '-', kind)
	return strconv.AppendInt(b, int64(n), 10)
}

// optUint sets n, or null when n is 0 (unknown or does not apply).
func (r *row) optUint(n uint64) {
	if n == 0 {
		r.setNull()
		return
	}
	r.setUint(n)
}
