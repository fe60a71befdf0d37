package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"
	"github.com/icqdump/icqdump/catalog"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/gen"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// needTshark returns tshark's path; without it the test skips, or fails
// under CI=true, where CI installs it.
func needTshark(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("tshark")
	if err != nil {
		missingTool(t, "tshark is not installed: the generated Wireshark plugin is not compared")
	}
	return path
}

// missingTool skips a test that compares with a tool not installed, or
// fails it under CI=true, where CI installs the tools.
func missingTool(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI=true)")
	}
	t.Skip(msg)
}

// comparedCaptures are the captures the plugin is compared on: every one
// in testdata/, the scenarios of UDP and peer traffic, and icqgen's.
func comparedCaptures(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{"peer-port": scenarioFile(t, "peer-port")}
	matches, err := filepath.Glob("../../testdata/*.pcap*")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range matches {
		files[filepath.Base(m)] = m
	}
	files["v5-bad-checkcode"] = badCheckcodes(t, v5Capture, 7, 37)
	files["versions-3-4-5"] = otherVersions(t)
	for _, name := range []string{"udp-commands", "udp-malformed", "peer-session", "peer-v3", "peer-malformed", "analyzer-sessions"} {
		files[name] = scenarioFile(t, name)
	}
	for _, cfg := range []gen.Config{
		{Clients: 6, Duration: 4 * time.Minute, Seed: 1},
		{Clients: 4, Duration: 3 * time.Minute, Seed: 7, Loss: 0.1, Split: true},
	} {
		var b bytes.Buffer
		if _, err := gen.Write(&b, cfg, gen.Pcap); err != nil {
			t.Fatal(err)
		}
		name := fmt.Sprintf("icqgen-seed%d", cfg.Seed)
		files[name] = filepath.Join(t.TempDir(), name+".pcap")
		if err := os.WriteFile(files[name], b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// badCheckcodes writes a copy of a v5 capture (Ethernet, IPv4, UDP) whose
// client packets in frames flip a bit of the UIN's high byte (payload
// offset 8, in clear and part of the checkcode's base), so that their
// checkcode no longer matches.
func badCheckcodes(t *testing.T, file string, flipped ...int) string {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const fileHeader, recordHeader, payloadAt = 24, 16, 14 + 20 + 8
	for off, n := fileHeader, 1; off+recordHeader <= len(b); n++ {
		incl := int(binary.LittleEndian.Uint32(b[off+8:]))
		if slices.Contains(flipped, n) {
			b[off+recordHeader+payloadAt+8] ^= 0x01
		}
		off += recordHeader + incl
	}
	out := filepath.Join(t.TempDir(), "v5-bad-checkcode.pcap")
	if err := os.WriteFile(out, b, 0o644); err != nil {
		t.Fatal(err)
	}
	want := strings.Trim(fmt.Sprint(flipped), "[]")
	if got := frames(runOK(t, "-r", out, "-Y", `icq.issue.rule == "checkcode"`)); got != want {
		t.Fatalf("the flipped frames fail their checkcode in [%s], want [%s]", got, want)
	}
	return out
}

// otherVersions writes a capture of the versions around v5's main path:
// v3's header, a v4 client packet (encrypted) and a v4 server packet, and
// v4 and v5 client packets too short to hold their key.
func otherVersions(t *testing.T) string {
	t.Helper()
	client, server := netip.MustParseAddrPort("192.0.2.10:1032"), netip.MustParseAddrPort("192.0.2.1:4000")
	hex := func(s string) []byte {
		b, err := pcaptest.Hex(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	//                  VERSION RANDOM ZERO  COMMAND SEQ1  SEQ2  UIN         CHECKCODE   params
	v4 := hex("04 00   34 12  00 00 e8 03  05 00 01 00 87 d6 12 00 00 00 00 00 0a 00 'secret' 00")
	binary.LittleEndian.PutUint32(v4[0x10:], 0x1234abcd)
	dissect.Crypt4(v4)
	payloads := []struct {
		from, to netip.AddrPort
		data     []byte
	}{
		//        VERSION COMMAND SEQ1 SEQ2  UIN         CHECKCODE  params
		{client, server, hex("03 00 e8 03 01 00 02 00 87 d6 12 00 00 00 00 00 01 02 03")},
		{server, client, hex("03 00 0a 00 01 00 02 00 87 d6 12 00 00 00 00 00")},
		{client, server, v4},
		{server, client, hex("04 00 0a 00 05 00")},
		{client, server, hex("04 00 34 12 00 00 e8 03")},                         // v4 shorter than its 0x14 header
		{client, server, hex("05 00 00 00 00 00 87 d6 12 00 11 22 33 44 55 66")}, // v5 shorter than its 0x18 header
	}
	var records []pcaptest.Frame
	for i, p := range payloads {
		records = append(records, pcaptest.Frame{Time: pcaptest.At(time.Duration(i) * time.Second),
			Data: pcaptest.UDPFrame(p.from, p.to, p.data)})
	}
	out := filepath.Join(t.TempDir(), "versions.pcap")
	if err := os.WriteFile(out, pcaptest.Pcap(layers.LinkTypeEthernet, records...), 0o644); err != nil {
		t.Fatal(err)
	}
	for expr, want := range map[string]string{`icq.issue.rule == "header-only"`: "1 2 3",
		`icq.issue.rule == "not-decrypted"`: "5 6", `icq.issue.rule == "other-version"`: "4",
		`icqv4.command == 0x03e8 and icqv4.checkcode == 0x1234abcd`: "3"} {
		if got := frames(runOK(t, "-r", out, "-Y", expr)); got != want {
			t.Fatalf("-Y %s selects [%s] of the versions capture, want [%s]", expr, got, want)
		}
	}
	return out
}

// The plugin, loaded in tshark, shows every field icqdump's JSON shows, with
// the same values, packet by packet; as many expert infos as issues; and
// the same frames for a set of display filters.
func TestWiresharkPlugin(t *testing.T) {
	tshark := needTshark(t)
	plugin := filepath.Join(t.TempDir(), "icqv2.lua")
	runOK(t, "wireshark-plugin", "-w", plugin)
	// peer-port's stream is ICQ by its port alone, for both
	withPort := filepath.Join(t.TempDir(), "icqv2-4321.lua")
	runOK(t, "wireshark-plugin", "-w", withPort, "--peer-port", "4321")
	for name, file := range comparedCaptures(t) {
		t.Run(name, func(t *testing.T) {
			input, plugin := []string{"-r", file}, plugin
			if name == "peer-port" {
				input, plugin = append(input, "--peer-port", "4321"), withPort
			}
			want := icqdumpFields(t, input...)
			got := tsharkFields(t, tshark, plugin, file)
			known := knownDifferences[name]
			for n, why := range known {
				if w, g := want[n], got[n]; w == nil || g != nil && slices.Equal(w.fields, g.fields) && w.issues == g.issues {
					t.Errorf("frame %d is listed as a known difference (%s), but does not differ", n, why)
				}
				delete(want, n)
				delete(got, n)
			}
			compareFrames(t, want, got)
			for _, expr := range pluginFilters {
				w := withoutFrames(frames(runOK(t, append(input, "-Y", expr)...)), known)
				g := tsharkFrames(t, tshark, plugin, file, expr)
				if w != g {
					t.Errorf("-Y %s: icqdump selects [%s], tshark [%s]", expr, w, g)
				}
			}
		})
	}
}

// knownDifferences are the frames tshark cannot show as icqdump does, and why.
var knownDifferences = map[string]map[uint64]string{
	"udp-malformed":  {1: "an empty UDP payload reaches no dissector in tshark"},
	"peer-malformed": {10: "the stream ends inside the packet: tshark's reassembly waits for the rest"},
}

// withoutFrames drops the frames of drop from list, and names a packet
// inside a SRV_MULTI_PACKET (27.1) by its frame, as tshark does.
func withoutFrames(list string, drop map[uint64]string) string {
	var keep []string
	for _, f := range strings.Fields(list) {
		f, _, _ = strings.Cut(f, ".")
		n, _ := strconv.ParseUint(f, 10, 64)
		if _, ok := drop[n]; !ok && (len(keep) == 0 || keep[len(keep)-1] != f) {
			keep = append(keep, f)
		}
	}
	return strings.Join(keep, " ")
}

// pluginFilters are filters whose frames icqdump and tshark must agree on.
var pluginFilters = []string{
	"icqv2.command == LOGIN",
	"icqv2.status == away || icqv2.status == dnd",
	"icqv2.command in {0x000a, 0x042e} && udp.srcport == 4000",
	`icqv2.message contains "a" and not icqv2.send_message.message`,
	`icqv2.peer.message matches "^[A-Z]"`,
	"icqv2.peer.msg_command == CHANNEL_ACK && icqv2.peer.cmd_type == 0",
	"icqv2.peer.channel_init.my_uin",
	"icq.issue.severity >= warning",
	`icq.issue.rule == "truncated"`,
	"icqv2.uin > 2000000 and icqv2.seq_num < 5",
	"ip.addr == 10.0.0.0/8 and icqv2.user_online.remote_ip",
	"udp.port != 4000 || icqv2.seq_num in {1..3, 30} && !(icqv2.login.x1 == 72:00:04:00)",
	"icqv5.session_id == 0x0C36C750 and icqv5.seq_num2 < 4",
	"icqv5.command == SRV_USER_ONLINE || icqv5.cmd_login.password",
	`icqv5.meta_user_info.query_uin or icqv5.meta_info_basic.nick contains "o"`,
	"icqv5.srv_meta_user.result == success && icqv5.meta_info_basic.auth == 1",
	`icq.issue.rule == "checkcode" or icq.issue.rule == "not-decrypted" or icq.issue.rule == "header-only"`,
	"icqv3.command or icqv5.checkcode == 0 && udp.srcport != 4000",
	`icqv5.peer.message contains "o" || icqv5.peer.handshake_v6.session`,
	"icqv5.peer.command == ACK_V6 and icqv5.peer.status == accepted",
	"icqv4.command == 0x03e8 or icqv3.seq_num2 == 2",
}

// frameFields are, per frame, the fields shown as "name=value" (sorted) and
// the number of issues.
type frameFields struct {
	fields []string
	issues int
}

// icqdumpFields reads icqdump's JSON and names every value by its
// catalogue name.
func icqdumpFields(t *testing.T, input ...string) map[uint64]*frameFields {
	t.Helper()
	out := map[uint64]*frameFields{}
	for _, l := range lines(runOK(t, append(input, "-T", "json")...)) {
		var p struct {
			Frame     uint64
			Direction string
			Version   *uint64
			Command   string
			Code      *uint64
			Seq       *uint64
			Seq2      *uint64
			SessionID *uint64 `json:"session_id"`
			UIN       *uint64
			Checkcode *uint64
			Fields    map[string]any
			Issues    []struct{ Message string }
			// Explanation is the analyzer's: its issue is not the decoder's
			Explanation *struct{ Message string }
		}
		if err := json.Unmarshal([]byte(l), &p); err != nil {
			t.Fatal(err)
		}
		ff := out[p.Frame]
		if ff == nil {
			ff = &frameFields{}
			out[p.Frame] = ff
		}
		version := uint64(2)
		if p.Version != nil {
			version = *p.Version
		}
		rows := layoutRows(p.Direction, p.Command, version, p.Code, p.Fields)
		if p.Direction != "p2p" {
			header := udpHeader(p.Direction, version)
			seq := dissect.FSeqNum
			if version != 2 {
				seq = dissect.FSeqNum1
			}
			keys := map[dissect.FieldID]*uint64{dissect.FVersion: p.Version, dissect.FCommand: p.Code, seq: p.Seq, dissect.FSeqNum2: p.Seq2,
				dissect.FSessionID: p.SessionID, dissect.FUIN: p.UIN, dissect.FCheckcode: p.Checkcode}
			for i := range header {
				if v := keys[header[i].ID()]; v != nil {
					ff.add(t, &header[i], []any{float64(*v)})
				}
			}
		}
		for name, v := range p.Fields {
			vs, ok := v.([]any)
			if !ok {
				vs = []any{v}
			}
			ff.add(t, rowNamed(t, rows, name), vs)
		}
		for _, is := range p.Issues {
			// tshark's TCP reassembly, not the plugin, sees losses and
			// skips; the explanations weigh readings across packets, which a
			// dissector of one packet cannot (the plugin shows none)
			explained := p.Explanation != nil && is.Message == p.Explanation.Message
			if !strings.HasPrefix(is.Message, "the stream lost") && !strings.HasPrefix(is.Message, "skipped") && !explained {
				ff.issues++
			}
		}
	}
	for _, ff := range out {
		slices.Sort(ff.fields)
	}
	return out
}

func (ff *frameFields) add(t *testing.T, row *dissect.Field, vs []any) {
	name := catalog.All().Names(row)[0].Name
	for _, v := range vs {
		var s string
		switch v := v.(type) {
		case float64:
			s = strconv.FormatUint(uint64(v), 10)
		case string:
			s = v
		default:
			t.Fatalf("%s: value %v", name, v)
		}
		ff.fields = append(ff.fields, name+"="+s)
	}
}

// udpHeader is the header of a UDP packet's version and direction: v2's,
// v5's, v3's (the JSON has no v4 header's RANDOM nor v5's ZERO).
func udpHeader(dir string, version uint64) []dissect.Field {
	d := dissect.ClientToServer
	if dir == "s2c" {
		d = dissect.ServerToClient
	}
	switch {
	case version == 5:
		return dissect.TableFor(d, 5).Header
	case version == 3:
		return dissect.V3.Header
	case version == 4 && d == dissect.ClientToServer: // a server's v4 is another version
		return dissect.V4.Header
	}
	return dissect.ForDirection(d).Header
}

// layoutRows lists the rows a packet's "fields" can come from: its
// command's parameters and subcommand's, the peer start, the raw rows.
func layoutRows(dir, command string, version uint64, code *uint64, fields map[string]any) []*dissect.Field {
	var rows []*dissect.Field
	addAll := func(fs []dissect.Field) {
		for i := range fs {
			rows = append(rows, &fs[i])
		}
	}
	switch dir {
	case "p2p":
		switch {
		case command == dissect.PeerInit.Name:
			addAll(dissect.PeerInit.Params)
		case command == dissect.PeerInit6.Name:
			addAll(dissect.PeerInit6.Params)
		case command == dissect.PeerInitAck6.Name:
			addAll(dissect.PeerInitAck6.Params)
		case version == 6:
			if c := commandOf(dissect.Peer6, code); c != nil {
				addAll(c.Params)
			}
		case code != nil && dissect.Peer.Lookup(uint16(*code)) != nil:
			addAll(dissect.Peer.Lookup(uint16(*code)).Params)
		}
		addAll(dissect.PeerShared())
	default:
		d := dissect.ClientToServer
		if dir == "s2c" {
			d = dissect.ServerToClient
		}
		t := dissect.TableFor(d, uint16(version))
		if c := commandOf(t, code); c != nil {
			addAll(c.Params)
			if c.Subs == nil {
				break
			}
			if sub, ok := fields[c.Params[0].Name].(float64); ok && c.Subs.Lookup(uint16(sub)) != nil {
				addAll(c.Subs.Lookup(uint16(sub)).Params)
			}
		}
	}
	addAll(dissect.RawFields())
	return rows
}

func commandOf(t *dissect.Table, code *uint64) *dissect.Command {
	if code == nil {
		return nil
	}
	return t.Lookup(uint16(*code))
}

func rowNamed(t *testing.T, rows []*dissect.Field, name string) *dissect.Field {
	for _, r := range rows {
		if r.Name == name {
			return r
		}
	}
	t.Fatalf("no row %s", name)
	return nil
}

// primaryNames are the catalogue names the plugin shows first for a row.
var primaryNames = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range catalog.All().Fields {
		for _, row := range f.Tables {
			if catalog.All().Names(row)[0] == f {
				m[f.Name] = true
			}
		}
	}
	return m
}()

// notInJSON are the header fields the JSON contract leaves out: v5's and
// v4's ZERO (fixed: a different value is an issue, and the issues are
// compared) and v4's RANDOM.
var notInJSON = map[string]bool{"icqv5.zero": true, "icqv4.zero": true, "icqv4.random": true}

// tsharkFields reads tshark's JSON with the plugin: every field under a
// primary catalogue name, values as icqdump writes them.
func tsharkFields(t *testing.T, tshark, plugin, file string) map[uint64]*frameFields {
	t.Helper()
	cmd := exec.Command(tshark, append(tsharkArgs(plugin, file), "-T", "json", "--no-duplicate-keys")...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("tshark: %v\n%s", err, stderr.String())
	}
	var packets []struct {
		Source struct {
			Layers map[string]any `json:"layers"`
		} `json:"_source"`
	}
	if err := json.Unmarshal(raw, &packets); err != nil {
		t.Fatal(err)
	}
	out := map[uint64]*frameFields{}
	for _, p := range packets {
		frame, _ := p.Source.Layers["frame"].(map[string]any)
		n, _ := strconv.ParseUint(fmt.Sprint(frame["frame.number"]), 10, 64)
		icq, ok := p.Source.Layers["icqv2"]
		if !ok {
			continue
		}
		ff := &frameFields{}
		walkTshark(icq, ff)
		slices.Sort(ff.fields)
		out[n] = ff
	}
	return out
}

// walkTshark collects the fields of tshark's JSON tree.
func walkTshark(v any, ff *frameFields) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			walkTshark(x, ff)
		}
	case map[string]any:
		for k, x := range v {
			switch {
			case k == "_ws.expert":
				if xs, ok := x.([]any); ok {
					ff.issues += len(xs)
				} else {
					ff.issues++
				}
			case notInJSON[k]:
			case primaryNames[k]:
				for _, s := range tsharkValues(x) {
					ff.fields = append(ff.fields, k+"="+normalize(k, s))
				}
			default:
				walkTshark(x, ff)
			}
		}
	}
}

func tsharkValues(x any) []string {
	if xs, ok := x.([]any); ok {
		var out []string
		for _, v := range xs {
			out = append(out, fmt.Sprint(v))
		}
		return out
	}
	return []string{fmt.Sprint(x)}
}

// normalize writes tshark's display of a value as icqdump's JSON does:
// numbers in decimal, bytes without colons.
func normalize(name, s string) string {
	switch f := catalog.All().Lookup(name); {
	case f.Type.Integer():
		if n, err := strconv.ParseUint(s, 0, 64); err == nil {
			return strconv.FormatUint(n, 10)
		}
	case f.Type == catalog.Bytes:
		return strings.ReplaceAll(s, ":", "")
	}
	return s
}

func compareFrames(t *testing.T, want, got map[uint64]*frameFields) {
	t.Helper()
	bad := 0
	for n, w := range want {
		g := got[n]
		switch {
		case g == nil:
			t.Errorf("frame %d: tshark shows no ICQ; icqdump: %v", n, w.fields)
		case !slices.Equal(w.fields, g.fields):
			t.Errorf("frame %d fields:\nicqdump %v\ntshark  %v", n, w.fields, g.fields)
		case w.issues != g.issues:
			t.Errorf("frame %d: %d issues, %d expert infos", n, w.issues, g.issues)
		default:
			continue
		}
		if bad++; bad > 10 {
			t.Fatal("too many differences")
		}
	}
	for n, g := range got {
		if want[n] == nil {
			t.Errorf("frame %d: icqdump shows no ICQ; tshark: %v", n, g.fields)
		}
	}
}

// tsharkArgs read file with the plugin, its heuristics tried before the
// dissectors of the well-known ports that clients and peer connections also
// use (1645 is RADIUS's, 1033 netinfo's), as the README advises.
func tsharkArgs(plugin, file string) []string {
	return []string{"-n", "-X", "lua_script:" + plugin, "-o", "tcp.try_heuristic_first:TRUE",
		"-o", "udp.try_heuristic_first:TRUE", "-r", file}
}

// tsharkFrames are the frames tshark selects with the plugin.
func tsharkFrames(t *testing.T, tshark, plugin, file, expr string) string {
	t.Helper()
	cmd := exec.Command(tshark, append(tsharkArgs(plugin, file), "-Y", expr, "-T", "fields", "-e", "frame.number")...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("tshark -Y %s: %v\n%s", expr, err, stderr.String())
	}
	return strings.Join(strings.Fields(string(raw)), " ")
}
