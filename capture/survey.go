package capture

import (
	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
)

// What a reader saw besides ICQ, so that a capture with no ICQ packet can be
// told apart from one with ICQ elsewhere: the frames per link type, and
// the UDP datagrams on other ports than the server's that look like ICQ v2.

// LinkCount is the number of frames of a link type.
type LinkCount struct {
	Link   layers.LinkType
	Frames uint64
}

// PortCount is the number of UDP datagrams that look like ICQ v2 with Port
// on the server's side.
type PortCount struct {
	Port      uint16
	Datagrams uint64
}

// maxSurveyed bounds the link types and ports a reader counts.
const maxSurveyed = 16

// LinkFrames returns the frames read per link type, in order of first
// appearance.
func (r *Reader) LinkFrames() []LinkCount { return append([]LinkCount(nil), r.links...) }

// Lookalikes returns the UDP datagrams on other ports than the server's
// that look like ICQ v2 (VERSION 02 00 and a command code of the spec), by
// the port on the server's side, in order of first appearance.
func (r *Reader) Lookalikes() []PortCount { return append([]PortCount(nil), r.lookalikes...) }

func (r *Reader) countLink(link layers.LinkType) {
	if n := len(r.links); n > 0 && r.links[n-1].Link == link {
		r.links[n-1].Frames++
		return
	}
	for i := range r.links {
		if r.links[i].Link == link {
			r.links[i].Frames++
			return
		}
	}
	if len(r.links) < maxSurveyed {
		r.links = append(r.links, LinkCount{link, 1})
	}
}

// noteLookalike counts a UDP datagram not on a server port if it looks like
// ICQ v2. A command only clients send puts the server at the destination,
// one only servers send at the source; a command both send (ACK) counts for
// the side already seen.
func (r *Reader) noteLookalike(t *transportPayload) {
	p := t.payload
	if len(p) < 6 || p[0] != 2 || p[1] != 0 {
		return
	}
	code := uint16(p[2]) | uint16(p[3])<<8
	client, server := dissect.Client.Lookup(code) != nil, dissect.Server.Lookup(code) != nil
	switch {
	case client && !server:
		r.addLookalike(t.dst.Port(), true)
	case server && !client:
		r.addLookalike(t.src.Port(), true)
	case client:
		if !r.addLookalike(t.dst.Port(), false) {
			r.addLookalike(t.src.Port(), false)
		}
	}
}

// addLookalike counts a datagram for port; a port not yet seen is added
// only when add says so. It reports whether it counted.
func (r *Reader) addLookalike(port uint16, add bool) bool {
	for i := range r.lookalikes {
		if r.lookalikes[i].Port == port {
			r.lookalikes[i].Datagrams++
			return true
		}
	}
	if !add || len(r.lookalikes) == maxSurveyed {
		return false
	}
	r.lookalikes = append(r.lookalikes, PortCount{port, 1})
	return true
}
