package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/scenarios"
)

func scenario(t *testing.T, name string) scenarios.Scenario {
	t.Helper()
	return scenarios.Get(t, name)
}

// eachPacket decodes every ICQ packet of a scenario.
func eachPacket(t *testing.T, name string, fn func(m *capture.Packet, p *dissect.Packet)) {
	t.Helper()
	r, err := capture.NewReader(bytes.NewReader(scenario(t, name).Pcap), name, capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var p dissect.Packet
	for m, err := range r.All() {
		if err != nil {
			t.Fatal(err)
		}
		dissect.Decode(&p, m.Payload, m.Dir)
		fn(m, &p)
	}
}

// The commands scenario holds every command of the spec, in the direction it
// is sent, and says nothing against the spec but that it does not lay out
// some commands' parameters.
func TestCommandsScenarioHasEveryCommand(t *testing.T) {
	seen := map[*dissect.Command]bool{}
	eachPacket(t, "udp-commands", func(m *capture.Packet, p *dissect.Packet) {
		seen[p.Command] = true
		for i := range p.Issues {
			if is := &p.Issues[i]; is.Kind != dissect.IssueUndescribed {
				t.Errorf("frame %d: %s", m.Frame, is.Message(p.Payload))
			}
		}
	})
	for _, table := range []*dissect.Table{dissect.Client, dissect.Server} {
		for _, c := range table.Commands {
			if !seen[c] {
				t.Errorf("no %s %s in udp-commands", table.Dir, c.Name)
			}
		}
	}
}

// The malformed scenario shows every way a datagram can be wrong.
func TestMalformedScenarioHasEveryIssue(t *testing.T) {
	seen := map[dissect.IssueKind]bool{}
	eachPacket(t, "udp-malformed", func(_ *capture.Packet, p *dissect.Packet) {
		for _, is := range p.Issues {
			seen[is.Kind] = true
		}
	})
	for _, k := range []dissect.IssueKind{dissect.IssueEmpty, dissect.IssueTruncated, dissect.IssueLengthOverrun,
		dissect.IssueZeroLength, dissect.IssueMissingNUL, dissect.IssueTrailing, dissect.IssueOtherVersion,
		dissect.IssueUnknownCommand, dissect.IssueTypicalDiffers, dissect.IssueUnnamedValue} {
		if !seen[k] {
			t.Errorf("no issue of kind %d in udp-malformed", k)
		}
	}
}

// jsonPackets runs icqdump -T json over a scenario and parses its lines.
func jsonPackets(t *testing.T, name string) []map[string]any {
	t.Helper()
	file := filepath.Join(t.TempDir(), name+".pcap")
	if err := os.WriteFile(file, scenario(t, name).Pcap, 0o644); err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(string(runOK(t, "-r", file, "-T", "json"))), "\n") {
		var obj map[string]any
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("%v: %s", err, line)
		}
		out = append(out, obj)
	}
	return out
}

// find returns the packet with the given frame number.
func find(t *testing.T, pkts []map[string]any, frame int) map[string]any {
	t.Helper()
	for _, p := range pkts {
		if p["frame"] == float64(frame) {
			return p
		}
	}
	t.Fatalf("no frame %d", frame)
	return nil
}

// TestJSONValues reads known values back from the JSON of the scenarios, as
// a consumer would.
func TestJSONValues(t *testing.T) {
	cmds := jsonPackets(t, "udp-commands")
	bad := jsonPackets(t, "udp-malformed")
	tests := []struct {
		name string
		pkt  map[string]any
		path string
		want any
	}{
		{"time in RFC 3339, ns", find(t, cmds, 2), "time", "1998-08-26T12:00:00.000400000Z"},
		{"src", find(t, cmds, 1), "src", "192.0.2.10:1032"},
		{"command", find(t, cmds, 1), "command", "LOGIN"},
		{"code", find(t, cmds, 1), "code", float64(1000)},
		{"client uin", find(t, cmds, 1), "uin", float64(1234567)},
		{"no header in fields", find(t, cmds, 1), "fields.SEQ_NUM", nil},
		{"text", find(t, cmds, 1), "fields.PASSWORD", "hemlig"},
		{"X field as hex", find(t, cmds, 1), "fields.X1", "78000000"},
		{"IP", find(t, cmds, 1), "fields.USER_IP", "192.0.2.10"},
		{"server has no uin", find(t, cmds, 3), "uin", nil},
		{"seq", find(t, cmds, 3), "seq", float64(0)},
		{"repeated field", find(t, cmds, 7), "fields.UIN", []any{float64(7654321), float64(2345678)}},
		{"value name", find(t, cmds, 15), "names.STATUS", "away"},
		{"number beside its name", find(t, cmds, 15), "fields.STATUS", float64(1)},
		{"Windows-1252 and CR/LF", find(t, cmds, 23), "fields.MESSAGE", "Hej Björn!\r\nJa, gärna. Kl 10 på Café Åkeriet?"},
		{"URL parts", find(t, cmds, 25), "parts.MESSAGE", []any{"Menyn – “fika”", "http://www.example.org/meny.html"}},
		{"you-were-added parts", find(t, cmds, 21), "parts.MESSAGE", []any{"Carl", "Carl", "Åberg", "carl@example.org", "1"}},
		{"no parts for a normal message", find(t, cmds, 23), "parts", nil},
		{"undescribed parameters as hex", find(t, cmds, 33), "fields.PARAMETERS", "15bf3400"},
		{"issue", find(t, cmds, 33), "issues.0.severity", "note"},
		{"empty payload: no version", find(t, bad, 1), "version", nil},
		{"partial header value", find(t, bad, 3), "partial.UIN", "87d6"},
		{"partial not in fields", find(t, bad, 3), "fields", map[string]any{}},
		{"partial element", find(t, bad, 15), "partial.UIN[2]", ""},
		{"complete elements", find(t, bad, 15), "fields.UIN", []any{float64(7654321), float64(2345678)}},
		{"empty list", find(t, bad, 16), "fields.UIN", []any{}},
		{"control characters", find(t, bad, 17), "fields.MESSAGE", "say \"hi\" \\ \x01\x7f\ufffd\tendþpart two"},
		{"other version", find(t, bad, 19), "version", float64(6)},
		{"other version: no command", find(t, bad, 19), "command", nil},
		{"other version: raw", find(t, bad, 19), "fields.PARAMETERS", "0000000087d61200"},
		{"v5: decrypted", find(t, bad, 12), "decrypted", true},
		{"v5: wire bytes", find(t, bad, 12), "wire", "05000000000087d612003c5a110ee80301000000d1c35b9a"},
		{"v5: session", find(t, bad, 12), "session_id", float64(0x3CBB9254)},
		{"v5: uin in clear", find(t, bad, 12), "uin", float64(1234567)},
		{"v5: checkcode fails", find(t, bad, 12), "issues.0.field", "CHECKCODE"},
		{"issue field", find(t, bad, 8), "issues.0.field", "PASSWORD"},
		{"issue offset", find(t, bad, 8), "issues.0.offset", float64(22)},
		{"issue length", find(t, bad, 8), "issues.0.length", float64(1)},
		{"trailing bytes", find(t, bad, 10), "fields.TRAILING", "dead01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lookup(tt.pkt, tt.path); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("%s = %#v, want %#v", tt.path, got, tt.want)
			}
		})
	}
}

// lookup follows a dotted path through objects and arrays (single-digit
// indexes); nil when absent.
func lookup(v any, path string) any {
	for path != "" {
		step, rest, _ := strings.Cut(path, ".")
		switch x := v.(type) {
		case map[string]any:
			v = x[step]
		case []any:
			i := int(step[0] - '0')
			if len(step) != 1 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
		path = rest
	}
	return v
}
