package filter

import (
	"fmt"
	"strings"
)

// The display-filter language of -Y, the part of Wireshark's people use:
//
//	expr    = or
//	or      = and { ("or" | "||") and }
//	and     = not { ("and" | "&&") not }
//	not     = ("not" | "!") not | primary
//	primary = "(" expr ")" | FIELD [ relation ]
//	relation = ("==" | "eq" | "!=" | "ne" | "<" | "lt" | "<=" | "le" | ">" | "gt" | ">=" | "ge") VALUE
//	         | "contains" VALUE | ("matches" | "~") VALUE | "in" "{" VALUE { [","] VALUE } "}"
//
// A VALUE is a word (a number, a value name, an address or a CIDR block,
// bytes as aa:bb:cc, a range lo..hi in a set) or a quoted string.

// SyntaxError is an expression that does not parse or does not fit its
// fields; Col is the 1-based column of the token at fault.
type SyntaxError struct {
	Expr string
	Col  int
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s (column %d)\n  %s\n  %s^", e.Msg, e.Col, e.Expr, strings.Repeat(" ", e.Col-1))
}

type tokKind uint8

const (
	tokEOF tokKind = iota
	tokWord
	tokString
	tokPunct // ( ) { } , and the operators written with symbols
)

type token struct {
	kind tokKind
	text string // a string's text unquoted
	pos  int    // byte offset in the expression
}

// lexer cuts an expression into tokens.
type lexer struct {
	src string
	pos int
}

var punctuation = []string{"==", "!=", "<=", ">=", "&&", "||", "(", ")", "{", "}", ",", "<", ">", "!", "~"}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '.' || c == ':' || c == '/' || c == '-'
}

func (l *lexer) next() (token, error) {
	for l.pos < len(l.src) && (l.src[l.pos] == ' ' || l.src[l.pos] == '\t' || l.src[l.pos] == '\n' || l.src[l.pos] == '\r') {
		l.pos++
	}
	start := l.pos
	if start == len(l.src) {
		return token{kind: tokEOF, pos: start}, nil
	}
	c := l.src[start]
	switch {
	case c == '"':
		return l.quoted()
	case isWordByte(c):
		for l.pos < len(l.src) && isWordByte(l.src[l.pos]) {
			l.pos++
		}
		return token{kind: tokWord, text: l.src[start:l.pos], pos: start}, nil
	}
	for _, p := range punctuation {
		if strings.HasPrefix(l.src[start:], p) {
			l.pos += len(p)
			return token{kind: tokPunct, text: p, pos: start}, nil
		}
	}
	return token{}, l.errorAt(start, fmt.Sprintf("unexpected character %q", c))
}

// quoted reads a string in double quotes, with the escapes \\ \" \n \t \r
// and \xHH.
func (l *lexer) quoted() (token, error) {
	start := l.pos
	l.pos++
	var b strings.Builder
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		switch {
		case c == '"':
			l.pos++
			return token{kind: tokString, text: b.String(), pos: start}, nil
		case c == '\\' && l.pos+1 < len(l.src):
			n, err := l.escape(&b)
			if err != nil {
				return token{}, err
			}
			l.pos += n
		default:
			b.WriteByte(c)
			l.pos++
		}
	}
	return token{}, l.errorAt(start, "string not closed by \"")
}

func (l *lexer) escape(b *strings.Builder) (int, error) {
	switch e := l.src[l.pos+1]; e {
	case '\\', '"':
		b.WriteByte(e)
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'x':
		var v byte
		if l.pos+4 > len(l.src) {
			return 0, l.errorAt(l.pos, `\x needs two hex digits`)
		}
		if _, err := fmt.Sscanf(l.src[l.pos+2:l.pos+4], "%02x", &v); err != nil {
			return 0, l.errorAt(l.pos, `\x needs two hex digits`)
		}
		b.WriteByte(v)
		return 4, nil
	default:
		return 0, l.errorAt(l.pos, fmt.Sprintf("unknown escape \\%c", e))
	}
	return 2, nil
}

func (l *lexer) errorAt(pos int, msg string) *SyntaxError {
	return &SyntaxError{Expr: l.src, Col: pos + 1, Msg: msg}
}

// Relations, by their spellings.
type relation uint8

const (
	relEq relation = iota + 1
	relNe
	relLt
	relLe
	relGt
	relGe
	relContains
	relMatches
	relIn
)

var relations = map[string]relation{
	"==": relEq, "eq": relEq, "!=": relNe, "ne": relNe, "<": relLt, "lt": relLt, "<=": relLe, "le": relLe,
	">": relGt, "gt": relGt, ">=": relGe, "ge": relGe, "contains": relContains, "matches": relMatches,
	"~": relMatches, "in": relIn,
}

var relationNames = [...]string{relEq: "==", relNe: "!=", relLt: "<", relLe: "<=", relGt: ">", relGe: ">=",
	relContains: "contains", relMatches: "matches", relIn: "in"}

// ast is the parsed expression, before its fields are resolved.
type ast struct {
	op     nodeOp
	a, b   *ast
	field  token
	rel    relation
	relTok token
	values []token // one, or a set's
}

type nodeOp uint8

const (
	opAnd nodeOp = iota + 1
	opOr
	opNot
	opExists
	opTest
)

// parser is a recursive-descent parser with one token of look-ahead.
type parser struct {
	lex lexer
	tok token
}

func parse(src string) (*ast, error) {
	p := &parser{lex: lexer{src: src}}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tokEOF {
		return nil, p.errorf("empty filter")
	}
	n, err := p.or()
	if err != nil {
		return nil, err
	}
	if p.tok.kind != tokEOF {
		return nil, p.errorf("unexpected %s: expected and, or or the end", p.describe())
	}
	return n, nil
}

func (p *parser) advance() error {
	t, err := p.lex.next()
	p.tok = t
	return err
}

func (p *parser) errorf(format string, args ...any) *SyntaxError {
	return p.lex.errorAt(p.tok.pos, fmt.Sprintf(format, args...))
}

func (p *parser) describe() string {
	switch p.tok.kind {
	case tokEOF:
		return "end of filter"
	case tokString:
		return fmt.Sprintf("string %q", p.tok.text)
	}
	return fmt.Sprintf("%q", p.tok.text)
}

// is reports whether the token is one of the spellings.
func (p *parser) is(spellings ...string) bool {
	if p.tok.kind != tokWord && p.tok.kind != tokPunct {
		return false
	}
	for _, s := range spellings {
		if p.tok.text == s {
			return true
		}
	}
	return false
}

func (p *parser) or() (*ast, error) {
	return p.binary(opOr, p.and, "or", "||")
}

func (p *parser) and() (*ast, error) {
	return p.binary(opAnd, p.not, "and", "&&")
}

func (p *parser) binary(op nodeOp, operand func() (*ast, error), spellings ...string) (*ast, error) {
	n, err := operand()
	if err != nil {
		return nil, err
	}
	for p.is(spellings...) {
		if err := p.advance(); err != nil {
			return nil, err
		}
		m, err := operand()
		if err != nil {
			return nil, err
		}
		n = &ast{op: op, a: n, b: m}
	}
	return n, nil
}

func (p *parser) not() (*ast, error) {
	if p.is("not", "!") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		n, err := p.not()
		if err != nil {
			return nil, err
		}
		return &ast{op: opNot, a: n}, nil
	}
	return p.primary()
}

func (p *parser) primary() (*ast, error) {
	if p.is("(") {
		if err := p.advance(); err != nil {
			return nil, err
		}
		n, err := p.or()
		if err != nil {
			return nil, err
		}
		if !p.is(")") {
			return nil, p.errorf("unexpected %s: expected )", p.describe())
		}
		return n, p.advance()
	}
	if p.tok.kind != tokWord || relations[p.tok.text] != 0 || isKeyword(p.tok.text) {
		return nil, p.errorf("unexpected %s: expected a field name, not or (", p.describe())
	}
	n := &ast{op: opExists, field: p.tok}
	if err := p.advance(); err != nil {
		return nil, err
	}
	rel := relations[p.tok.text]
	if rel == 0 || p.tok.kind == tokString {
		return n, nil
	}
	n.op, n.rel, n.relTok = opTest, rel, p.tok
	if err := p.advance(); err != nil {
		return nil, err
	}
	if rel == relIn {
		return n, p.set(n)
	}
	if p.tok.kind != tokWord && p.tok.kind != tokString {
		return nil, p.errorf("unexpected %s: expected a value after %s", p.describe(), relationNames[rel])
	}
	n.values = []token{p.tok}
	return n, p.advance()
}

func isKeyword(w string) bool { return w == "and" || w == "or" || w == "not" }

// set reads { VALUE [,] VALUE ... }.
func (p *parser) set(n *ast) error {
	if !p.is("{") {
		return p.errorf("unexpected %s: expected { after in", p.describe())
	}
	if err := p.advance(); err != nil {
		return err
	}
	for !p.is("}") {
		if p.tok.kind != tokWord && p.tok.kind != tokString {
			return p.errorf("unexpected %s: expected a value or }", p.describe())
		}
		n.values = append(n.values, p.tok)
		if err := p.advance(); err != nil {
			return err
		}
		if p.is(",") {
			if err := p.advance(); err != nil {
				return err
			}
		}
	}
	if len(n.values) == 0 {
		return p.errorf("empty set")
	}
	return p.advance()
}
