package catalog

import "github.com/icqdump/icqdump/dissect"

// ICQ v2's tables: the server protocol over UDP (icqv2.*) and the peer
// protocol over TCP (icqv2.peer.*).
func init() {
	Register(Tables{
		Protocol: Protocol{Abbrev: "icqv2", Name: "ICQ version 2"},
		Parts: []Part{
			{Tables: []*dissect.Table{dissect.Client, dissect.Server}, Extra: [][]dissect.Field{dissect.RawFields()}},
			{Sub: "peer",
				Tables: []*dissect.Table{dissect.Peer, {Dir: dissect.PeerToPeer, Commands: []*dissect.Command{dissect.PeerInit}}},
				Extra:  [][]dissect.Field{dissect.PeerShared()}},
		},
	})
}
