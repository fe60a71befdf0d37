package catalog

import "github.com/icqdump/icqdump/dissect"

// ICQ v5's tables: the server protocol over UDP (icqv5.*), CMD_META_USER's
// subcommands and SRV_META_USER's replies as commands of their own
// (icqv5.meta_search_uin.search_uin), and the peer protocol of v5 clients
// over TCP: version 6 (icqv5.peer.*) and version 4, whose rows of the same
// names differ in width and kind (icqv5.peer4.*). Versions 3 and 4 have
// headers only (icqv3.*, icqv4.*).
func init() {
	Register(Tables{
		Protocol: Protocol{Abbrev: "icqv5", Name: "ICQ version 5"},
		Parts: []Part{
			{Tables: []*dissect.Table{dissect.Client5, dissect.Server5, dissect.MetaUser, dissect.MetaUserReply}},
			{Sub: "peer", Tables: []*dissect.Table{dissect.Peer6, {Dir: dissect.PeerToPeer,
				Commands: []*dissect.Command{dissect.PeerInit6, dissect.PeerInitAck6}}}},
			{Sub: "peer4", Tables: []*dissect.Table{dissect.Peer4}},
		},
	})
	Register(Tables{Protocol: Protocol{Abbrev: "icqv3", Name: "ICQ version 3"},
		Parts: []Part{{Tables: []*dissect.Table{dissect.V3}}}})
	Register(Tables{Protocol: Protocol{Abbrev: "icqv4", Name: "ICQ version 4"},
		Parts: []Part{{Tables: []*dissect.Table{dissect.V4}}}})
}
