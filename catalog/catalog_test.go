package catalog

import (
	"testing"

	"github.com/icqdump/icqdump/dissect"
)

// Another version's tables join the catalogue by registration alone, under
// the same scheme; names it shares with no one stay its own.
func TestRegisteredTablesJoin(t *testing.T) {
	v9 := &dissect.Table{Dir: dissect.ClientToServer,
		Header: []dissect.Field{{Name: "VERSION", Kind: dissect.KindU16}, {Name: "SESSION_ID", Kind: dissect.KindU32},
			{Name: "COMMAND", Kind: dissect.KindU16}},
		Commands: []*dissect.Command{
			{Code: 1, Name: "HELLO", Described: true, Params: []dissect.Field{{Name: "NICK", Kind: dissect.KindString}}},
			{Code: 2, Name: "BYE", Described: true, Params: []dissect.Field{{Name: "REASON", Kind: dissect.KindU8},
				{Name: "NICK", Kind: dissect.KindString}, {Name: "X1", Kind: dissect.KindBytes, Width: 2}}},
		}}
	c := build([]Tables{{Protocol: Protocol{Abbrev: "icqv9", Name: "ICQ v9"}, Parts: []Part{{Tables: []*dissect.Table{v9}}}}})
	for name, want := range map[string]Type{
		"icqv9.session_id": Uint32, "icqv9.command": Uint16, "icqv9.hello.nick": String,
		"icqv9.bye.nick": String, "icqv9.bye.x1": Bytes, "icqv9.nick": String,
	} {
		f := c.Lookup(name)
		if f == nil || f.Type != want {
			t.Errorf("%s: %+v, want a field of %v", name, f, want)
		}
	}
	if c.Lookup("icqv9.x1") != nil {
		t.Error("an *Unknown field has a name shared across commands")
	}
	if cmd := c.Lookup("icqv9.command"); !cmd.Hex() || cmd.Names == nil || len(cmd.Names.Values) != 2 {
		t.Errorf("icqv9.command is not a command code with the commands' names: %+v", cmd)
	}
	if nick := c.Lookup("icqv9.nick"); len(nick.Tables) != 2 || c.Names(nick.Tables[0])[0].Name != "icqv9.hello.nick" {
		t.Errorf("icqv9.nick reads %d rows; the row's own name is %s", len(nick.Tables), c.Names(nick.Tables[0])[0].Name)
	}
	if c.Lookup("icqv2.uin") != nil || c.Lookup("frame.number") == nil {
		t.Error("the catalogue holds what was not registered, or lacks the frame fields")
	}
}

// ICQ v2's names, as the README gives them.
func TestV2Names(t *testing.T) {
	for _, name := range []string{"icqv2.uin", "icqv2.command", "icqv2.seq_num", "icqv2.login.password", "icqv2.status",
		"icqv2.peer.msg_command", "icqv2.peer.message", "icqv2.peer.channel_init.my_uin", "icqv2.peer.my_uin",
		"icqv2.contact_list.uin", "icqv2.parameters", "icqv2.trailing", "icqv2.acked_in", "icq.issue.rule"} {
		if All().Lookup(name) == nil {
			t.Errorf("no field %s", name)
		}
	}
	if f := All().Lookup("icqv2.uin"); len(f.Tables) != 1 || f.Tables[0] != &dissect.Client.Header[3] {
		t.Error("icqv2.uin is not the client header's UIN alone (CONTACT_LIST's UINs are icqv2.contact_list.uin)")
	}
}
