package check

import (
	"fmt"
	"net/netip"
)

// ScopeKind is what a finding is about.
type ScopeKind uint8

const (
	ScopeCapture ScopeKind = iota // the capture itself: the CAPTURE- rules
	ScopeSession                  // a client's session with the server
	ScopeStream                   // a peer TCP stream
)

// Scope is a session or a peer stream judged, or the capture: what a
// JUnit test suite reports on.
type Scope struct {
	Kind     ScopeKind
	ID       int    // sessions from 1 in order of appearance; a stream's number
	Label    string // "session 1 192.0.2.10:1032 > 203.0.113.4:4000"
	versions *Versions
}

// Versions returns the versions of the packets judged in the scope so far
// (the capture's is OfCapture): the rules of other versions were not
// judged on it.
func (s Scope) Versions() Versions {
	switch {
	case s.Kind == ScopeCapture:
		return OfCapture
	case s.versions == nil:
		return 0
	}
	return *s.versions
}

// judgedUnder notes that a packet of version v was judged in the scope.
func (s Scope) judgedUnder(v Versions) {
	if s.versions != nil {
		*s.versions |= v
	}
}

// maxScopes bounds the sessions and streams a checker lists: a capture of
// more lists the first ones (Checked counts them all).
const maxScopes = 10000

// open makes the scope of a session or stream met for the first time. Its
// copies share the versions judged in it.
func (c *Checker) open(kind ScopeKind, id int, from, to netip.AddrPort) Scope {
	name := "session"
	if kind == ScopeStream {
		name = "peer stream"
	}
	s := Scope{Kind: kind, ID: id, Label: fmt.Sprintf("%s %d %v > %v", name, id, from, to), versions: new(Versions)}
	if len(c.scopes) < maxScopes {
		c.scopes = append(c.scopes, s)
	}
	return s
}

// Scopes returns the sessions and peer streams judged, in the order they
// began, the first maxScopes of them.
func (c *Checker) Scopes() []Scope { return c.scopes }
