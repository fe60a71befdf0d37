package filter

import (
	"errors"
	"net/netip"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
)

// Syntax errors name what is wrong and the column where it is.
func TestSyntaxErrors(t *testing.T) {
	tests := []struct {
		expr string
		col  int
		msg  string
	}{
		{"", 1, "empty filter"},
		{"icqv2.uin ==", 13, "unexpected end of filter: expected a value after =="},
		{"icqv2.uin == 1 2", 16, `unexpected "2": expected and, or or the end`},
		{"(icqv2.uin == 1", 16, "unexpected end of filter: expected )"},
		{"icqv2.uin == 1 and", 19, "unexpected end of filter: expected a field name, not or ("},
		{"icqv2.nope", 1, `"icqv2.nope" is not a field (icqdump -G fields lists them)`},
		{"icqv2.command == LOGON", 18, `"LOGON" is neither a number nor a value of icqv2.command`},
		{"icqv2.uin == \"x", 14, "string not closed by \""},
		{"icqv2.uin == 1 # 2", 16, `unexpected character '#'`},
		{"icqv2.uin contains 1", 11, "contains applies to text, and icqv2.uin is FT_UINT32"},
		{"ip.addr > 10.0.0.1", 9, "> does not order values of ip.addr (FT_IPv4)"},
		{"ip.addr == 10.0.0.300", 12, `"10.0.0.300" is not an FT_IPv4 address or CIDR block for ip.addr`},
		{"ipv6.addr == 10.0.0.1", 14, `"10.0.0.1" is not an FT_IPv6 address or CIDR block for ipv6.addr`},
		{"icqv2.message matches \"(\"", 23, "bad regular expression"},
		{"icqv2.uin in {}", 15, "empty set"},
		{"icqv2.uin in 1", 14, `unexpected "1": expected { after in`},
		{"icqv2.uin in {5..1}", 15, `"5..1" is not a range lo..hi`},
		{"icqv2.login.x1 == 7g", 19, `"7g" is not bytes (write them aa:bb:cc)`},
		{"frame.time_relative == x", 24, `"x" is not a number of seconds`},
		{"icqv2.message == \"a\\q\"", 20, `unknown escape \q`},
	}
	for _, tt := range tests {
		_, err := Compile(tt.expr, catalog.All())
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%q: error %v, want a SyntaxError", tt.expr, err)
			continue
		}
		if se.Col != tt.col || len(se.Msg) < len(tt.msg) || se.Msg[:len(tt.msg)] != tt.msg {
			t.Errorf("%q: column %d %q, want column %d %q", tt.expr, se.Col, se.Msg, tt.col, tt.msg)
		}
	}
}

// Spellings Wireshark takes compile to the same test.
func TestSpellings(t *testing.T) {
	m, p := loginPacket(t)
	for _, expr := range []string{
		"icqv2.uin eq 1234567 and icqv2.login.port ge 1033 && !icqv2.uin ne 1234567",
		"not icqv2.uin lt 1234567 || icqv2.uin gt 1234567",
		"icqv2.uin in {1, 2, 1234567} && icqv2.uin in {1234560..1234570}",
		"icqv2.login.x1 == 78:00:00:00 and icqv2.login.x1 contains 00:00 and icqv2.login.x2 == 04",
		"icqv2.login.password == \"\\x73\\x65cret\" && icqv2.password ~ \"^s.c\"",
		"icqv2.command == 1000 and icqv2.command == 0x3e8 and icqv2.command == 01750",
		"ip.src == 192.0.2.10 and ip.addr == 203.0.113.0/24 && !ipv6.addr",
	} {
		e, err := Compile(expr, catalog.All())
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		if !e.Eval(&catalog.Packet{Meta: m, Pkt: p}) {
			t.Errorf("%s does not select Anna's LOGIN", expr)
		}
	}
}

func loginPacket(t testing.TB) (*capture.Packet, *dissect.Packet) {
	b, err := dissect.EncodeUDP(nil, dissect.ClientToServer, dissect.CmdLogin,
		dissect.Fields{dissect.FUIN: anna, dissect.FPort: 1033, dissect.FPassword: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	p := &dissect.Packet{}
	dissect.Decode(p, b, dissect.ClientToServer)
	m := &capture.Packet{Frame: 1, Src: annaAt, Dst: serverAt, Transport: capture.UDP, Dir: dissect.ClientToServer, Payload: b}
	return m, p
}

// A three-term filter costs well under 100 ns a packet and allocates nothing.
func BenchmarkEval(b *testing.B) {
	m, p := loginPacket(b)
	var f Filter
	if err := f.SetDisplay(`udp.port == 4000 && icqv2.command == LOGIN && icqv2.login.password contains "sec"`); err != nil {
		b.Fatal(err)
	}
	if !f.Match(m, p) {
		b.Fatal("the filter does not select the packet")
	}
	b.ReportAllocs()
	for b.Loop() {
		f.Match(m, p)
	}
}

// The shorthands and -Y are one expression.
func TestShorthandsCompile(t *testing.T) {
	var f Filter
	f.AddUIN(anna)
	f.AddUIN(bjorn)
	f.AddHost(netip.MustParseAddr("2001:db8::1"))
	f.AddHost(netip.MustParseAddr("192.0.2.1"))
	if err := f.AddCommand("msg_to_new_user"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetDisplay("icqv2.seq_num > 3"); err != nil {
		t.Fatal(err)
	}
	want := `(icq.uin in {1234567, 7654321}) and (icq.command in {"REQ_ADD_TO_LIST"}) and (ip.addr in {192.0.2.1} or ipv6.addr in {2001:db8::1}) and (icqv2.seq_num > 3)`
	if f.String() != want {
		t.Errorf("compiled to\n%s\nwant\n%s", f.String(), want)
	}
}

func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		"icqv2.command == LOGIN", `icqv2.message contains "a\x41" || !(ip.addr == 10.0.0.0/8)`,
		"icqv2.uin in {1 2..5, 0x10}", "icqv2.status == away && frame.time_relative >= 1.5",
		"ipv6.addr == ::1", "icqv2.login.x1 == 78:00", `icq.issue.rule matches "^t"`,
	} {
		f.Add(s)
	}
	m, p := loginPacket(f)
	f.Fuzz(func(t *testing.T, src string) {
		e, err := Compile(src, catalog.All())
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Col < 1 || se.Col > len(src)+1 {
				t.Fatalf("%q: error %v without a column in the expression", src, err)
			}
			return
		}
		e.Eval(&catalog.Packet{Meta: m, Pkt: p})
	})
}
