package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/cli"
)

// -T fields against golden files: the options of -E on the mICQ session
// and a peer conversation.
func TestFieldsGolden(t *testing.T) {
	const micq = "../../testdata/micq-0.2.5-session.pcap"
	peer := scenarioFile(t, "peer-session")
	tests := []struct {
		name string
		file string
		args []string
	}{
		{"micq.header", micq, []string{"-E", "header=y", "-e", "frame.number", "-e", "frame.time_relative", "-e", "ip.src",
			"-e", "udp.srcport", "-e", "icqv2.command", "-e", "icq.command", "-e", "icqv2.seq_num", "-e", "icqv2.uin",
			"-e", "icqv2.status", "-e", "icqv2.message", "-e", "icqv2.login.x1", "-e", "icqv2.acked_in", "-e", "icqv2.acks",
			"-e", "icqv2.reply_to", "-e", "icq.issue.severity", "-e", "icq.issue.rule"}},
		{"micq.occurrences", micq, []string{"-Y", "icqv2.contact_list.uin or icq.issue.rule", "-E", "occurrence=f",
			"-e", "frame.number", "-e", "icqv2.contact_list.uin", "-e", "icq.issue.rule", "-E", "separator=,", "-E", "quote=d"}},
		{"micq.last", micq, []string{"-Y", "icqv2.contact_list.uin", "-E", "occurrence=l", "-E", "separator=/s",
			"-e", "icqv2.contact_list.uin", "-e", "ip.addr", "-e", "udp.port"}},
		{"micq.aggregator", micq, []string{"-Y", "icq.issue.rule", "-E", "aggregator=/s", "-E", "quote=s", "-E", "header=y",
			"-e", "frame.number", "-e", "icq.issue.rule", "-e", "icq.uin"}},
		{"peer", peer, []string{"-E", "header=y", "-e", "frame.number", "-e", "tcp.stream", "-e", "tcp.srcport",
			"-e", "icqv2.peer.msg_command", "-e", "icq.command", "-e", "icqv2.peer.uin", "-e", "icqv2.peer.my_uin",
			"-e", "icqv2.peer.type", "-e", "icqv2.peer.message", "-e", "icqv2.peer.cmd_type", "-e", "icqv2.peer.version"}},
		{"v5", v5Capture, []string{"-E", "header=y", "-e", "frame.number", "-e", "icq.command", "-e", "icqv5.command",
			"-e", "icqv5.session_id", "-e", "icqv5.seq_num1", "-e", "icqv5.seq_num2", "-e", "icqv5.uin", "-e", "icq.uin",
			"-e", "icqv5.checkcode", "-e", "icqv5.status", "-e", "icqv5.message", "-e", "icqv5.cmd_meta_user.subcmd",
			"-e", "icqv5.peer.command", "-e", "icqv5.peer.sequence", "-e", "icqv5.peer.message"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runOK(t, append([]string{"-r", tt.file, "-T", "fields"}, tt.args...)...)
			compareGolden(t, filepath.Join(goldenDir, "fields", tt.name+".txt"), got)
		})
	}
}

// -G fields lists every field -Y and -e take, each once, in tshark's columns.
func TestGlossary(t *testing.T) {
	out := runOK(t, "-G", "fields")
	seen := map[string]bool{}
	for _, l := range lines(out) {
		cols := strings.Split(l, "\t")
		switch {
		case cols[0] == "P" && len(cols) == 3:
		case cols[0] == "F" && len(cols) == 8:
			if seen[cols[2]] {
				t.Errorf("%s listed twice", cols[2])
			}
			seen[cols[2]] = true
		default:
			t.Errorf("not a -G fields line: %q", l)
		}
	}
	for _, name := range []string{"frame.number", "ip.addr", "udp.port", "tcp.stream", "icqv2.uin", "icqv2.command",
		"icqv2.login.password", "icqv2.peer.msg_command", "icqv2.status", "icqv2.acked_in", "icq.issue.severity",
		"icqv5.session_id", "icqv5.seq_num1", "icqv5.seq_num2", "icqv5.checkcode", "icqv5.uin", "icqv5.command",
		"icqv5.cmd_login.password", "icqv5.meta_user_info.query_uin", "icqv5.peer.handshake_v6.session", "icqv5.peer.message", "icqv5.peer4.message", "icqv5.peer4.sequence",
		"icqv3.command", "icqv4.checkcode"} {
		if !seen[name] {
			t.Errorf("-G fields lacks %s", name)
		}
	}
	if !bytes.Contains(out, []byte("F\tCOMMAND\ticqv2.command\tFT_UINT16\ticqv2\tBASE_HEX\t0x0\t")) {
		t.Error("icqv2.command is not described as tshark would")
	}
}

// The tables the plugin is generated with, so that a change to them shows
// in review (the decoder that follows them is wireshark/dissector.lua).
func TestWiresharkPluginGolden(t *testing.T) {
	got := runOK(t, "wireshark-plugin", "--server-port", "4000", "--server-port", "4001", "--peer-port", "4321")
	got = bytes.Replace(got, []byte(cli.Version()), []byte("icqdump VERSION"), 1)
	tables, _, ok := bytes.Cut(got, []byte("-- The decoder: a port of"))
	if !ok {
		t.Fatal("the plugin has no decoder")
	}
	compareGolden(t, filepath.Join(goldenDir, "icqv2-tables.lua"), tables)
	if !bytes.Contains(got, []byte("SERVER_PORTS = { [4000] = true, [4001] = true }\nPEER_PORTS = { [4321] = true }")) {
		t.Error("the plugin does not take --server-port and --peer-port")
	}
}
