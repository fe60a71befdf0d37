package engine

import (
	"fmt"
	"io"
	"strings"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/capture"
)

// sayWhatWasRead tells, on stderr, what kept a capture's frames from being
// decoded (always), and when it yielded no ICQ packet, what it held
// instead: its frames per link type, and datagrams on other ports that
// look like ICQ v2 — unless the capture failed, which says why itself.
// prog is "icqdump" or "icqdump check".
func sayWhatWasRead(w io.Writer, prog string, r *capture.Reader, servers Ports, failed error) {
	st := r.Stats()
	if st.Unsupported > 0 {
		fmt.Fprintf(w, "%s: %s: %d of %d frames are of a link type icqdump does not decode (%s): "+
			"it decodes Ethernet, raw IP, Linux cooked (SLL, SLL2) and BSD loopback\n",
			prog, r.Name(), st.Unsupported, st.Frames, strings.Join(linkNames(r.UnsupportedLinks()), ", "))
	}
	if st.UDPPackets+st.PeerPackets > 0 || failed != nil {
		return
	}
	fmt.Fprintf(w, "%s: %s: no ICQ packet in %d frames%s on UDP port %s\n",
		prog, r.Name(), st.Frames, linkFrames(r.LinkFrames()), strings.ReplaceAll(servers.String(), ",", ", "))
	for _, l := range r.Lookalikes() {
		fmt.Fprintf(w, "%s: %d datagrams on UDP port %d look like ICQ v2: try --server-port %d\n",
			prog, l.Datagrams, l.Port, l.Port)
	}
}

// linkFrames says how many frames each link type had: " (56 Ethernet)".
func linkFrames(links []capture.LinkCount) string {
	if len(links) == 0 {
		return ""
	}
	s := make([]string, len(links))
	for i, l := range links {
		s[i] = fmt.Sprintf("%d %s", l.Frames, linkName(l.Link))
	}
	return " (" + strings.Join(s, ", ") + ")"
}

// linkNames names link types as findings and messages show them.
func linkNames(links []layers.LinkType) []string {
	s := make([]string, len(links))
	for i, l := range links {
		s[i] = linkName(l)
	}
	return s
}

// linkName is gopacket's name of a link type, or its number.
func linkName(l layers.LinkType) string {
	if name := l.String(); !strings.HasPrefix(name, "Unknown") {
		return name
	}
	return fmt.Sprintf("link type %d", int(l))
}
