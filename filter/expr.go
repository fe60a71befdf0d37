package filter

import (
	"bytes"
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
)

// Expr is a compiled display filter. Compile it once; Eval it per packet.
// Eval allocates nothing; an Expr is not safe for concurrent use (it keeps a
// scratch buffer for decoding text).
type Expr struct {
	src     string
	nodes   []node
	scratch []byte
	value   catalog.Value // the occurrence a test compares, reused
}

// node is one operator of the compiled expression; nodes refer to their
// operands by index.
type node struct {
	op    nodeOp
	a, b  int
	field *catalog.Field
	rel   relation
	cmp   comparison
	// the operands, by the field's type
	ranges   []numRange // integers: a value, a set's values and ranges, a value name's values
	float    float64    // times and doubles
	prefixes []netip.Prefix
	texts    [][]byte // strings (UTF-8) and bytes
	re       *regexp.Regexp
}

type numRange struct{ lo, hi uint64 }

// comparison is how a test compares, by its field's type.
type comparison uint8

const (
	cmpNum comparison = iota
	cmpFloat
	cmpAddr
	cmpText
)

func comparisonOf(t catalog.Type) comparison {
	switch {
	case t.Integer():
		return cmpNum
	case t == catalog.RelativeTime || t == catalog.Double:
		return cmpFloat
	case t == catalog.IPv4 || t == catalog.IPv6:
		return cmpAddr
	}
	return cmpText
}

// Compile parses a display filter against the catalogue.
func Compile(src string, c *catalog.Catalog) (*Expr, error) {
	a, err := parse(src)
	if err != nil {
		return nil, err
	}
	e := &Expr{src: src}
	if _, err := e.add(a, c); err != nil {
		return nil, err
	}
	return e, nil
}

// String returns the filter as it was written.
func (e *Expr) String() string { return e.src }

// Clone returns an Expr that evaluates as e, for use on another goroutine.
func (e *Expr) Clone() *Expr { return &Expr{src: e.src, nodes: e.nodes} }

// Uses reports whether the filter reads a field for which pred holds.
func (e *Expr) Uses(pred func(*catalog.Field) bool) bool {
	for i := range e.nodes {
		if f := e.nodes[i].field; f != nil && pred(f) {
			return true
		}
	}
	return false
}

func (e *Expr) errAt(t token, format string, args ...any) error {
	return &SyntaxError{Expr: e.src, Col: t.pos + 1, Msg: fmt.Sprintf(format, args...)}
}

// add compiles a and returns the index of its node.
func (e *Expr) add(a *ast, c *catalog.Catalog) (int, error) {
	n := node{op: a.op}
	var err error
	switch a.op {
	case opAnd, opOr, opNot:
		if n.a, err = e.add(a.a, c); err != nil {
			return 0, err
		}
		if a.b != nil {
			if n.b, err = e.add(a.b, c); err != nil {
				return 0, err
			}
		}
	default:
		if n.field = c.Lookup(a.field.text); n.field == nil {
			return 0, e.errAt(a.field, "%q is not a field (icqdump -G fields lists them)", a.field.text)
		}
		if a.op == opTest {
			if err := e.operands(&n, a); err != nil {
				return 0, err
			}
		}
	}
	e.nodes = append(e.nodes, n)
	return len(e.nodes) - 1, nil
}

// operands turns a test's values into the field's type.
func (e *Expr) operands(n *node, a *ast) error {
	n.rel, n.cmp = a.rel, comparisonOf(n.field.Type)
	t := n.field.Type
	switch {
	case a.rel == relContains && t != catalog.String && t != catalog.Bytes,
		a.rel == relMatches && t != catalog.String:
		return e.errAt(a.relTok, "%s applies to text, and %s is %v", relationNames[a.rel], n.field.Name, t)
	case (t == catalog.IPv4 || t == catalog.IPv6 || t == catalog.String || t == catalog.Bytes) &&
		a.rel >= relLt && a.rel <= relGe:
		return e.errAt(a.relTok, "%s does not order values of %s (%v)", relationNames[a.rel], n.field.Name, t)
	}
	for _, v := range a.values {
		if err := e.operand(n, v); err != nil {
			return err
		}
	}
	return nil
}

func (e *Expr) operand(n *node, v token) error {
	f := n.field
	switch {
	case n.rel == relMatches:
		// case-insensitive, as Wireshark's matches; (?-i) turns it off
		re, err := regexp.Compile("(?i)" + v.text)
		if err != nil {
			return e.errAt(v, "bad regular expression: %v", err)
		}
		n.re = re
	case f.Type.Integer():
		return e.integer(n, v)
	case f.Type == catalog.RelativeTime || f.Type == catalog.Double:
		x, err := strconv.ParseFloat(v.text, 64)
		if err != nil || v.kind != tokWord || n.rel == relIn {
			return e.errAt(v, "%q is not a number of seconds for %s", v.text, f.Name)
		}
		n.float = x
	case f.Type == catalog.IPv4 || f.Type == catalog.IPv6:
		return e.address(n, v)
	case f.Type == catalog.Bytes && v.kind == tokWord:
		b, ok := parseBytes(v.text)
		if !ok {
			return e.errAt(v, "%q is not bytes (write them aa:bb:cc) for %s", v.text, f.Name)
		}
		n.texts = append(n.texts, b)
	default:
		n.texts = append(n.texts, []byte(v.text))
	}
	return nil
}

// integer reads a number, a lo..hi range in a set, or a value name.
func (e *Expr) integer(n *node, v token) error {
	if lo, hi, ok := strings.Cut(v.text, ".."); ok && n.rel == relIn && v.kind == tokWord {
		l, err1 := parseUint(lo)
		h, err2 := parseUint(hi)
		if err1 != nil || err2 != nil || l > h {
			return e.errAt(v, "%q is not a range lo..hi", v.text)
		}
		n.ranges = append(n.ranges, numRange{l, h})
		return nil
	}
	if x, err := parseUint(v.text); err == nil && v.kind == tokWord {
		n.ranges = append(n.ranges, numRange{x, x})
		return nil
	}
	found := false
	if names := n.field.Names; names != nil {
		for _, nv := range names.Values {
			if strings.EqualFold(nv.Name, v.text) {
				n.ranges = append(n.ranges, numRange{uint64(nv.Value), uint64(nv.Value)})
				found = true
			}
		}
	}
	if !found {
		return e.errAt(v, "%q is neither a number nor a value of %s%s", v.text, n.field.Name, valueNames(n.field.Names))
	}
	if len(n.ranges) > 1 && n.rel != relEq && n.rel != relNe && n.rel != relIn {
		return e.errAt(v, "%q names several values of %s: compare it with == or !=", v.text, n.field.Name)
	}
	return nil
}

func valueNames(e *dissect.Enum) string {
	if e == nil {
		return ""
	}
	var names []string
	for _, v := range e.Values {
		names = append(names, strconv.Quote(v.Name))
	}
	return " (" + strings.Join(names, ", ") + ")"
}

// parseUint reads a decimal, 0x hexadecimal or 0 octal number, as Wireshark does.
func parseUint(s string) (uint64, error) { return strconv.ParseUint(s, 0, 64) }

func (e *Expr) address(n *node, v token) error {
	want4 := n.field.Type == catalog.IPv4
	if p, err := netip.ParsePrefix(v.text); err == nil && p.Addr().Is4() == want4 {
		n.prefixes = append(n.prefixes, p.Masked())
		return nil
	}
	if a, err := netip.ParseAddr(v.text); err == nil && a.Is4() == want4 {
		n.prefixes = append(n.prefixes, netip.PrefixFrom(a, a.BitLen()))
		return nil
	}
	return e.errAt(v, "%q is not an %v address or CIDR block for %s", v.text, n.field.Type, n.field.Name)
}

// parseBytes reads aa:bb:cc (or - or . between the bytes) or one byte aa.
func parseBytes(s string) ([]byte, bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ':' || r == '-' || r == '.' })
	if len(parts) == 0 {
		return nil, false
	}
	b := make([]byte, 0, len(parts))
	for _, p := range parts {
		x, err := strconv.ParseUint(p, 16, 8)
		if err != nil || len(p) != 2 {
			return nil, false
		}
		b = append(b, byte(x))
	}
	return b, true
}

// Eval reports whether the packet passes the filter.
func (e *Expr) Eval(p *catalog.Packet) bool { return e.eval(len(e.nodes)-1, p) }

func (e *Expr) eval(i int, p *catalog.Packet) bool {
	n := &e.nodes[i]
	switch n.op {
	case opAnd:
		return e.eval(n.a, p) && e.eval(n.b, p)
	case opOr:
		return e.eval(n.a, p) || e.eval(n.b, p)
	case opNot:
		return !e.eval(n.a, p)
	case opExists:
		return n.field.Exists(p)
	}
	return e.test(n, p)
}

// test compares the field's occurrences: == and the others hold when any
// occurrence satisfies them, != when every one does (Wireshark's !=), and
// all are false for a field the packet does not have.
func (e *Expr) test(n *node, p *catalog.Packet) bool {
	seen := false
	v := &e.value
	for next, ok := n.field.Next(p, 0, v); ok; next, ok = n.field.Next(p, next, v) {
		seen = true
		eq := e.compare(n, v)
		if n.rel == relNe {
			if eq {
				return false
			}
			continue
		}
		if eq {
			return true
		}
	}
	return seen && n.rel == relNe
}

// compare tests one occurrence; for != it tells whether it is equal.
func (e *Expr) compare(n *node, v *catalog.Value) bool {
	switch n.cmp {
	case cmpNum:
		return compareNum(n, v.Num)
	case cmpFloat:
		return compareFloat(n.rel, v.Float, n.float)
	case cmpAddr:
		for _, pf := range n.prefixes {
			if pf.Contains(v.Addr) {
				return true
			}
		}
		return false
	}
	return e.compareText(n, v.Bytes)
}

func compareNum(n *node, x uint64) bool {
	switch n.rel {
	case relEq, relNe, relIn:
		for _, r := range n.ranges {
			if x >= r.lo && x <= r.hi {
				return true
			}
		}
		return false
	case relLt:
		return x < n.ranges[0].lo
	case relLe:
		return x <= n.ranges[0].lo
	case relGt:
		return x > n.ranges[0].lo
	}
	return x >= n.ranges[0].lo
}

func compareFloat(rel relation, x, y float64) bool {
	switch rel {
	case relEq:
		return x == y
	case relNe:
		return x == y // != asks whether each occurrence is equal
	case relLt:
		return x < y
	case relLe:
		return x <= y
	case relGt:
		return x > y
	}
	return x >= y
}

// compareText compares a string (decoded from Windows-1252) or bytes.
func (e *Expr) compareText(n *node, b []byte) bool {
	if n.field.Type == catalog.String {
		b = e.decode(b)
	}
	switch n.rel {
	case relMatches:
		return n.re.Match(b)
	case relContains:
		return bytes.Contains(b, n.texts[0])
	}
	for _, t := range n.texts {
		if bytes.Equal(b, t) {
			return true
		}
	}
	return false
}

// decode turns Windows-1252 text into UTF-8, in the scratch buffer unless
// it is ASCII.
func (e *Expr) decode(b []byte) []byte {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			e.scratch = dissect.AppendText(e.scratch[:0], b)
			return e.scratch
		}
	}
	return b
}
