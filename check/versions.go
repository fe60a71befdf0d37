package check

import (
	"strings"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Versions is a set of the protocols a rule is judged on, or a session or
// stream was judged under. Each rule declares the ones the checker
// evaluates it on, so that a report never lists a pass for a rule that was
// not judged: a v2 rule on a v5 session, a v5 rule on a v2 one.
type Versions uint8

const (
	V2        Versions = 1 << iota // client-server UDP of version 2, and of versions no table lays out (ICQ-HDR-VERSION's)
	V34                            // client-server UDP of versions 3 and 4, decoded header only
	V5                             // client-server UDP of version 5
	Peer2                          // peer TCP laid out by the v2 document: versions 2 and 3, and CHANNEL_INIT
	Peer4                          // peer TCP of versions 4 and 6: decrypted messages, v6's handshake
	OfCapture                      // the capture file and its frames: the CAPTURE- rules

	Peer = Peer2 | Peer4
)

var versionNames = []string{"v2", "v3/v4", "v5", "peer v2/v3", "peer v4/v6", "capture"}

// Names lists the versions of the set, in the order of the constants.
func (v Versions) Names() []string {
	names := []string{}
	for i, name := range versionNames {
		if v&(1<<i) != 0 {
			names = append(names, name)
		}
	}
	return names
}

// String names the versions: "v2, v5".
func (v Versions) String() string { return strings.Join(v.Names(), ", ") }

// PacketVersion is the version a packet is judged under: which document's
// layouts and rules apply to it.
func PacketVersion(m *capture.Packet, p *dissect.Packet) Versions {
	switch {
	case m.Transport == capture.UDP && p.Version == 5:
		return V5
	case m.Transport == capture.UDP && (p.Version == 3 || p.Version == 4):
		return V34
	case m.Transport == capture.UDP:
		return V2
	case p.Wire != nil || p.Command == dissect.PeerInit6 || p.Command == dissect.PeerInitAck6:
		return Peer4 // decrypted by v4's or v6's key, or v6's handshake
	}
	return Peer2
}
