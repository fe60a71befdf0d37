package check

import (
	"fmt"
	"strings"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Checked counts what the checker judged: a verdict says how much it rests on.
type Checked struct {
	ClientPackets int // UDP packets from clients to the server
	ServerPackets int // UDP packets from the server to clients
	PeerPackets   int // packets of peer TCP streams
	Sessions      int // client sessions (a session resumed after silence counts once)
	PeerStreams   int
	Versions      Versions // of the packets judged: the rules of other versions were not judged
}

// Packets is the number of ICQ packets judged.
func (k Checked) Packets() int { return k.ClientPackets + k.ServerPackets + k.PeerPackets }

func (k *Checked) count(t capture.Transport, dir dissect.Direction) {
	switch {
	case t == capture.TCP:
		k.PeerPackets++
	case dir == dissect.ServerToClient:
		k.ServerPackets++
	default:
		k.ClientPackets++
	}
}

// Checked returns what the checker judged so far.
func (c *Checker) Checked() Checked { return c.checked }

// Capture reports what kept frames of the capture from being judged:
// frames of link types the reader does not decode (links names them),
// frames whose headers do not decode, and the damage that ended the
// reading (readErr, nil when the file was read to its end). These findings
// name no frame and blame no side: a capture that hides its packets cannot
// pass.
func (c *Checker) Capture(st capture.Stats, links []string, readErr error) {
	c.scope = Scope{Kind: ScopeCapture, Label: "capture"}
	if st.Unsupported > 0 {
		c.report(RuleCaptureLinkUnsupported, sideCapture, 0,
			fmt.Sprintf("%d of %d frames are of a link type icqdump does not decode (%s): they were not judged", st.Unsupported, st.Frames, strings.Join(links, ", ")))
	}
	if st.Malformed > 0 {
		c.report(RuleCaptureFrameMalformed, sideCapture, 0,
			fmt.Sprintf("%d of %d frames have link, IP, UDP or TCP headers that do not decode: they were not judged", st.Malformed, st.Frames))
	}
	if readErr != nil {
		c.report(RuleCaptureFileDamaged, sideCapture, 0, readErr.Error()+": what follows was not judged")
	}
}
