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
	Kind  ScopeKind
	ID    int    // sessions from 1 in order of appearance; a stream's number
	Label string // "session 1 192.0.2.10:1032 > 203.0.113.4:4000"
}

// maxScopes bounds the sessions and streams a checker lists: a capture of
// more lists the first ones (Checked counts them all).
const maxScopes = 10000

// open makes the scope of a session or stream met for the first time.
func (c *Checker) open(kind ScopeKind, id int, from, to netip.AddrPort) Scope {
	name := "session"
	if kind == ScopeStream {
		name = "peer stream"
	}
	s := Scope{Kind: kind, ID: id, Label: fmt.Sprintf("%s %d %v > %v", name, id, from, to)}
	if len(c.scopes) < maxScopes {
		c.scopes = append(c.scopes, s)
	}
	return s
}

// Scopes returns the sessions and peer streams judged, in the order they
// began, the first maxScopes of them.
func (c *Checker) Scopes() []Scope { return c.scopes }
