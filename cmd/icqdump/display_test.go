package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/icqdump/icqdump/gen"
)

// frames returns the frame numbers of the one-line summaries printed.
func frames(out []byte) string {
	var n []string
	for _, l := range lines(out) {
		n = append(n, strings.Fields(l)[0])
	}
	return strings.Join(n, " ")
}

// -Y selects the frames each expression names, on the mICQ session: 56 UDP
// packets, LOGIN in frame 1, the client's from 127.0.0.1:39467, the
// server's ACKs in the even frames from 14 on.
func TestDisplayFilterExpressions(t *testing.T) {
	const micq = "../../testdata/micq-0.2.5-session.pcap"
	tests := []struct{ expr, frames string }{
		{"icqv2.command == LOGIN", "1"},
		{"icqv2.command == 0x03e8", "1"},
		{"icqv2.command == login", "1"},
		{"icq.command == \"LOGIN\"", "1"},
		{"icqv2.login.password", "1"},
		{"icqv2.login.password == \"secret\"", "1"},
		{"icqv2.login.password == \"Secret\"", ""},
		{"icqv2.status == away", "15"},
		{"icqv2.status_change.status in {away dnd invisible}", "15 41 45"},
		{"icqv2.status in {0x5 0x13..0x20}", "17 39 43"},
		{"icqv2.status > 1 && icqv2.status < 0x100", "17 39 41 43"},
		{"icqv2.status != online", "15 17 39 41 43 45"},
		{"!(icqv2.status == online) && icqv2.status", "15 17 39 41 43 45"},
		{"icqv2.message contains \"example\"", "25"},
		{"icqv2.message matches \"^first.*\\r\\nsecond\"", "37"},
		{"icqv2.send_message.message ~ \"(?i)hello\"", "35"},
		{"icqv2.message_type == url or icqv2.e_mail contains \"@\"", "13 25"},
		{"icqv2.query_uin == 0 and icqv2.command == EXT_INFO_REQ", "32"},
		{"icqv2.contact_list.uin == 3523306988", "7 29"},
		{"icqv2.contact_list.uin == 889327478", "29"},
		{"icq.issue.severity == error", "7 29"},
		{"icq.issue.severity >= warning", "6 7 29 50"},
		{"icq.issue.rule == \"unknown-command\"", "6 50"},
		{"icq.issue.rule in {\"undescribed\" \"trailing\"}", "53"},
		{"frame.number <= 3 || frame.number == 56", "1 2 3 56"},
		{"frame.time_relative > 80", "55 56"},
		{"ip.src == 127.0.0.0/8 and udp.srcport == 4000 and icqv2.seq_num == 1", "2 3"},
		{"ip.addr == 10.0.0.0/8", ""},
		{"ip.dst == 127.0.0.1 && udp.dstport == 4000 && icqv2.seq_num >= 32", "53 55"},
		{"udp.port == 39467 and not udp.srcport == 39467 and icqv2.seq_num < 2", "2 3"},
		{"tcp.port", ""},
		{"icqv2.uin == 12345678 && icqv2.command == ACK", "4"},
		{"icq.uin == 23456789", "21 22 25 27 35 37"},
		{"icqv2.acked_in == 2", "1"},
		{"icqv2.acks in {1 3}", "2 4"},
		{"icqv2.reply_to", "3"},
		{"icqv2.ack_delay > 4", "46"},
	}
	checkSelected(t, micq, tests)
}

// checkSelected runs each -Y expression on file and compares the frames.
func checkSelected(t *testing.T, file string, tests []struct{ expr, frames string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.expr, func(t *testing.T) {
			if got := frames(runOK(t, "-r", file, "-Y", tt.expr)); got != tt.frames {
				t.Errorf("-Y %s selects frames [%s], want [%s]", tt.expr, got, tt.frames)
			}
		})
	}
}

// -Y on the v5 capture: the icqv5 header, parameter, META_USER subcommand
// and peer v6 fields, and icq.uin and icq.command over v5. Client 1000002
// has SESSION_ID 0x0C36C750; SRV_MULTI_PACKET's sub-packets are frames
// N.1, N.2 ...
func TestDisplayFilterV5(t *testing.T) {
	tests := []struct{ expr, frames string }{
		{"icqv5.session_id == 0x0C36C750 && frame.number < 20", "1 2 7 8 9 10 19"},
		{"icqv5.session_id == 0x0C36C750 && icqv5.command == SRV_MULTI_PACKET", "27"},
		{"icqv5.seq_num2 == 3 && icqv5.command == CMD_ACK", "20 22 24"},
		{"icqv5.command == SRV_MULTI_PACKET", "27 31 35"},
		{"icq.command == \"SRV_MULTI_PACKET\"", "27 31 35"},
		{"icqv5.cmd_login.password == \"letmein\"", "7"},
		{"icqv5.cmd_login.status == online", "7 11 15"},
		{"icqv5.message", "49 51 53 55 57 59"},
		{"icqv5.cmd_meta_user.subcmd == META_USER_INFO", "37 41 45"},
		{"icqv5.meta_user_info.query_uin == 1000008", "37"},
		{"icqv5.meta_info_basic.nick == \"ghost21\"", "39"},
		{"icqv5.srv_meta_user.result == success", "39 43 47"},
		{"icqv5.uin == 1000008 && icqv5.seq_num1 < 3", "13 14 31 31.1 31.2 31.3 32 43 44"},
		{"icq.uin == 1000014 and icqv5.command == CMD_SEND_MESSAGE", "53 57"},
		{"icqv5.peer.message contains \"tonight\"", "76"},
		{"icqv5.peer.handshake_v6.session", "64 74"},
		{"icqv3.version or icqv4.version or icqv2.version", ""},
	}
	checkSelected(t, v5Capture, tests)
}

// On peer streams: the peer fields, tcp.stream and the peer commands.
func TestDisplayFilterPeerFields(t *testing.T) {
	file := scenarioFile(t, "peer-session")
	all := lines(runOK(t, "-r", file))
	for _, tt := range []struct {
		expr string
		want func(string) bool
	}{
		{"icqv2.peer.msg_command == CHANNEL_MESSAGE", func(l string) bool { return command(l) == "CHANNEL_MESSAGE" }},
		{"icqv2.peer.channel_init.my_uin", func(l string) bool { return command(l) == "CHANNEL_INIT" }},
		{"icq.command == \"CHANNEL_ACK\"", func(l string) bool { return command(l) == "CHANNEL_ACK" }},
		{"tcp.stream", func(l string) bool { return strings.Contains(l, "p2p") }},
		{"tcp.port and not udp.port", func(l string) bool { return strings.Contains(l, "p2p") }},
	} {
		want := slices.DeleteFunc(slices.Clone(all), func(l string) bool { return !tt.want(l) })
		got := lines(runOK(t, "-r", file, "-Y", tt.expr))
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("-Y %s: got %d lines, want %d (of %d)", tt.expr, len(got), len(want), len(all))
		}
	}
}

// -Y chooses what -w writes and what -c counts.
func TestDisplayFilterWithWriteAndCount(t *testing.T) {
	const micq = "../../testdata/micq-0.2.5-session.pcap"
	const expr = "icqv2.status || icqv2.send_message.message_type == 1"
	columns := []string{"-T", "fields", "-e", "icqv2.seq_num", "-e", "icqv2.command", "-e", "icqv2.status"}
	written := filepath.Join(t.TempDir(), "selected.pcap")
	shown := runOK(t, append([]string{"-r", micq, "-Y", expr, "-w", written}, columns...)...)
	if back := runOK(t, append([]string{"-r", written}, columns...)...); !bytes.Equal(back, shown) || len(lines(shown)) != 12 {
		t.Errorf("-w wrote\n%s\nwant the 12 packets shown\n%s", back, shown)
	}
	if got := frames(runOK(t, "-r", micq, "-Y", expr, "-c", "3")); got != "1 8 15" {
		t.Errorf("-c 3 shows frames [%s], want [1 8 15]", got)
	}
}

// A filter on the analyzer's fields and on what the filter learns (icq.uin)
// is judged on one goroutine: under -race, this would report the read-ahead
// goroutine learning while the releases read. It selects what the two
// filters select together.
func TestDisplayFilterLateAndLearned(t *testing.T) {
	var b bytes.Buffer
	if _, err := gen.Write(&b, gen.Config{Clients: 6, Duration: 4 * time.Minute, Seed: 1}, gen.Pcap); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "gen.pcap")
	if err := os.WriteFile(file, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	acked := strings.Fields(frames(runOK(t, "-r", file, "-Y", "icqv2.acked_in")))
	mine := strings.Fields(frames(runOK(t, "-r", file, "--uin", "1000022")))
	var want []string
	for _, f := range acked {
		if slices.Contains(mine, f) {
			want = append(want, f)
		}
	}
	got := frames(runOK(t, "-r", file, "--uin", "1000022", "-Y", "icqv2.acked_in"))
	if len(want) == 0 || got != strings.Join(want, " ") {
		t.Errorf("selected [%s], want [%s]", got, strings.Join(want, " "))
	}
}
