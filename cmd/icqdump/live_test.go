package main

import (
	"bytes"
	"context"
	"fmt"
	"github.com/icqdump/icqdump/internal/golden"
	"io"
	"net"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// The live tests capture on lo while they play an ICQ exchange over real
// sockets: only 127.0.0.1, a server port the kernel picks, a dozen packets,
// a few seconds at most. They need root (CI runs as root).

// waitTimeout bounds every wait of the live tests.
const waitTimeout = 5 * time.Second

// needRoot skips a live test without root, and holds the loopback lock
// (pcaptest.LockLoopback) for the rest of it.
func needRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("live capture needs root (or CAP_NET_RAW); run the tests as root to capture on lo")
	}
	pcaptest.LockLoopback(t)
}

// syncBuffer is a buffer a run writes while the test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.buf.Bytes())
}

// waitFor waits until ok is true of what b holds.
func waitFor(t *testing.T, b *syncBuffer, what string, ok func([]byte) bool) {
	t.Helper()
	for end := time.Now().Add(waitTimeout); !ok(b.Bytes()); {
		if time.Now().After(end) {
			t.Fatalf("no %s within %v; got:\n%s", what, waitTimeout, b.Bytes())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func listening(b []byte) bool { return bytes.Contains(b, []byte("icqdump: listening on lo")) }

// liveRun is an icqdump capturing; stop stops it and returns its exit status.
type liveRun struct {
	stdout, stderr *syncBuffer
	stop           func() int
}

// startInProcess runs icqdump in a goroutine; stop cancels its context.
func startInProcess(t *testing.T, args ...string) *liveRun {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	lr := &liveRun{stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	code := make(chan int, 1)
	go func() { code <- runContext(ctx, args, nil, lr.stdout, lr.stderr) }()
	lr.stop = func() int {
		cancel()
		select {
		case c := <-code:
			return c
		case <-time.After(waitTimeout):
			t.Fatalf("icqdump did not stop within %v of its context's end", waitTimeout)
			return -1
		}
	}
	t.Cleanup(func() { cancel() })
	waitFor(t, lr.stderr, "listening message", listening)
	return lr
}

// TestMain lets the signal tests run this test binary as icqdump.
func TestMain(m *testing.M) {
	if os.Getenv("ICQDUMP_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// startProcess runs icqdump as a process of its own; stop sends it sig.
func startProcess(t *testing.T, sig os.Signal, args ...string) *liveRun {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "ICQDUMP_TEST_MAIN=1")
	lr := &liveRun{stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	cmd.Stdout, cmd.Stderr = lr.stdout, lr.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	lr.stop = func() int {
		if err := cmd.Process.Signal(sig); err != nil {
			t.Fatal(err)
		}
		select {
		case <-exited:
			return cmd.ProcessState.ExitCode() // -1: killed by the signal
		case <-time.After(waitTimeout):
			t.Fatalf("icqdump did not stop within %v of %v", waitTimeout, sig)
			return -1
		}
	}
	waitFor(t, lr.stderr, "listening message", listening)
	return lr
}

// exchange plays ICQ over UDP sockets on 127.0.0.1 and records what it
// sends, to build the capture it should look like.
type exchange struct {
	server *net.UDPConn
	peer   net.Listener // Bjorn's peer port, which USER_ONLINE announces
	frames []pcaptest.Frame
}

func newExchange(t *testing.T) *exchange {
	t.Helper()
	server, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	peer, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { peer.Close() })
	return &exchange{server: server, peer: peer}
}

func (x *exchange) port() string { return strconv.Itoa(x.server.LocalAddr().(*net.UDPAddr).Port) }

// client is an ICQ client of the exchange.
type client struct {
	x    *exchange
	conn *net.UDPConn
	uin  uint32
	seq  uint16
}

func (x *exchange) client(t *testing.T, uin uint32) *client {
	t.Helper()
	conn, err := net.DialUDP("udp4", nil, x.server.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return &client{x: x, conn: conn, uin: uin, seq: 1}
}

func (c *client) addr() netip.AddrPort { return netip.MustParseAddrPort(c.conn.LocalAddr().String()) }

// send sends a command from the client and waits for the server to get it.
func (c *client) send(t *testing.T, cmd *dissect.Command, vals dissect.Fields) {
	t.Helper()
	vals[dissect.FUIN], vals[dissect.FSeqNum] = c.uin, c.seq
	c.seq++
	b := encode(t, dissect.ClientToServer, cmd, vals)
	if _, err := c.conn.Write(b); err != nil {
		t.Fatal(err)
	}
	receive(t, c.x.server)
	c.x.record(c.addr(), netip.MustParseAddrPort(c.x.server.LocalAddr().String()), b)
}

// reply sends a command from the server to the client and waits for it.
func (c *client) reply(t *testing.T, cmd *dissect.Command, seq uint16, vals dissect.Fields) {
	t.Helper()
	vals[dissect.FSeqNum] = seq
	b := encode(t, dissect.ServerToClient, cmd, vals)
	if _, err := c.x.server.WriteToUDP(b, net.UDPAddrFromAddrPort(c.addr())); err != nil {
		t.Fatal(err)
	}
	receive(t, c.conn)
	c.x.record(netip.MustParseAddrPort(c.x.server.LocalAddr().String()), c.addr(), b)
}

func encode(t *testing.T, dir dissect.Direction, cmd *dissect.Command, vals dissect.Fields) []byte {
	t.Helper()
	b, err := dissect.EncodeUDP(nil, dir, cmd, vals)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func receive(t *testing.T, conn *net.UDPConn) {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(waitTimeout))
	if _, _, err := conn.ReadFromUDP(make([]byte, 2048)); err != nil {
		t.Fatal(err)
	}
}

func (x *exchange) record(src, dst netip.AddrPort, payload []byte) {
	x.frames = append(x.frames, pcaptest.Frame{Time: time.Now(), Data: pcaptest.UDPFrame(src, dst, payload)})
}

const annaUIN, bjornUIN = 1234567, 7654321

// play logs Anna in, has Bjorn come online and Anna write to him.
func (x *exchange) play(t *testing.T) {
	t.Helper()
	anna, bjorn := x.client(t, annaUIN), x.client(t, bjornUIN)
	anna.send(t, dissect.CmdLogin, dissect.Fields{dissect.FPort: 1033, dissect.FPassword: "hemlig", dissect.FUserIP: netip.MustParseAddr("127.0.0.1")})
	anna.reply(t, dissect.SrvAck, 1, dissect.Fields{})
	anna.reply(t, dissect.SrvLoginReply, 0, dissect.Fields{dissect.FUserUIN: annaUIN, dissect.FUserIP: netip.MustParseAddr("127.0.0.1")})
	anna.send(t, dissect.CmdAck, dissect.Fields{})
	bjorn.send(t, dissect.CmdKeepAlive, dissect.Fields{})
	bjorn.reply(t, dissect.SrvAck, 1, dissect.Fields{})
	anna.reply(t, dissect.SrvUserOnline, 1, dissect.Fields{dissect.FRemoteUIN: bjornUIN, dissect.FRemoteIP: netip.MustParseAddr("127.0.0.1"), dissect.FRemotePort: x.peer.Addr().(*net.TCPAddr).Port})
	anna.send(t, dissect.CmdAck, dissect.Fields{})
	anna.send(t, dissect.CmdSendMessage, dissect.Fields{dissect.FReceiverUIN: bjornUIN, dissect.FMessageType: 1, dissect.FMessage: "Hej Björn!"})
	anna.reply(t, dissect.SrvAck, 4, dissect.Fields{})
}

// expected returns what icqdump prints of the exchange, read from the
// capture it should look like, with args.
func (x *exchange) expected(t *testing.T, args ...string) []string {
	t.Helper()
	file := writeTemp(t, "expected.pcap", pcaptest.Pcap(layers.LinkTypeEthernet, x.frames...))
	return summaries(runOK(t, append([]string{"-r", file, "--server-port", x.port()}, args...)...))
}

// summaries drops each line's frame number and time, which a live capture
// cannot foresee, and its cross references: their delays differ from run to
// run, and live output shows no forward ones (a packet is printed before its
// ACK comes).
func summaries(out []byte) []string {
	ls := withoutFrameNumbers(out)
	for i, l := range ls {
		_, ls[i], _ = strings.Cut(l, " ")
	}
	return ls
}

func isPeer(line string) bool { return strings.Contains(line, " p2p ") }

// peerConversation has Anna connect to the peer port USER_ONLINE announced
// (so the capture learns the stream from the start, handshake included),
// send CHANNEL_INIT and a message, and Bjorn acknowledge it.
func peerConversation(t *testing.T, ln net.Listener) (dialer, listener netip.AddrPort) {
	t.Helper()
	init := peerPacket(t, dissect.PeerInit, dissect.Fields{dissect.FMyUIN: annaUIN})
	msg := peerPacket(t, dissect.PeerMessage,
		dissect.Fields{dissect.FUIN: annaUIN, dissect.FUIN2: annaUIN, dissect.FType: 1, dissect.FMessage: "Fika?", dissect.FCmdType: 0x10})
	ack := peerPacket(t, dissect.PeerAck,
		dissect.Fields{dissect.FUIN: bjornUIN, dissect.FUIN2: bjornUIN, dissect.FType: 1, dissect.FMessage: "", dissect.FCmdType: 0x10})
	done := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			defer c.Close()
			c.SetDeadline(time.Now().Add(waitTimeout))
			if _, err = io.ReadFull(c, make([]byte, len(init)+len(msg))); err == nil {
				_, err = c.Write(ack)
			}
		}
		done <- err
	}()
	c, err := net.DialTimeout("tcp4", ln.Addr().String(), waitTimeout)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(waitTimeout))
	for _, b := range [][]byte{init, msg} {
		if _, err := c.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, c) // the ACK, then Bjorn's FIN
	return netip.MustParseAddrPort(c.LocalAddr().String()), netip.MustParseAddrPort(ln.Addr().String())
}

func peerPacket(t *testing.T, cmd *dissect.Command, vals dissect.Fields) []byte {
	t.Helper()
	b, err := dissect.EncodePeer(nil, cmd, vals)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// tcpFlagsOf returns the flags (S, SA, FA, A...) of the TCP frames of the
// connection between a and b in a capture file.
func tcpFlagsOf(t *testing.T, file string, a, b netip.AddrPort) []string {
	t.Helper()
	var flags []string
	for _, f := range captureFrames(t, readFile(t, file)) {
		tcp, _ := gopacket.NewPacket(f.Data, f.Link, gopacket.Default).Layer(layers.LayerTypeTCP).(*layers.TCP)
		if tcp == nil || !slices.Contains([]uint16{a.Port(), b.Port()}, uint16(tcp.SrcPort)) {
			continue
		}
		s := ""
		for _, fl := range []struct {
			on bool
			c  string
		}{{tcp.SYN, "S"}, {tcp.FIN, "F"}, {tcp.RST, "R"}, {tcp.ACK, "A"}} {
			if fl.on {
				s += fl.c
			}
		}
		flags = append(flags, s)
	}
	return flags
}

// checkWritten reads the -w file back, with icqdump (and the same display
// filter) and with tcpdump if there is one:
// it must hold what the live capture showed.
func checkWritten(t *testing.T, file, port string, shown []string, frames int, filter ...string) {
	t.Helper()
	if got := summaries(runOK(t, append([]string{"-r", file, "--server-port", port}, filter...)...)); !slices.Equal(got, shown) {
		t.Errorf("icqdump -r of the -w file:\n%s", golden.FirstDifference([]byte(strings.Join(got, "\n")), []byte(strings.Join(shown, "\n"))))
	}
	tcpdump, err := exec.LookPath("tcpdump")
	if err != nil {
		t.Log("no tcpdump: the -w file is not read with it")
		return
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(tcpdump, "-nn", "-r", file)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("tcpdump -r: %v\n%s", err, stderr.String())
	}
	for _, l := range lines(stderr.Bytes()) {
		if !strings.HasPrefix(l, "reading from file") {
			t.Errorf("tcpdump complains: %s", l)
		}
	}
	if n := len(lines(stdout.Bytes())); n != frames {
		t.Errorf("tcpdump reads %d frames, want %d:\n%s", n, frames, stdout.String())
	}
}

// checkLive plays the exchange (and a peer conversation) while lr
// captures, stops it, and checks what it printed and wrote.
func checkLive(t *testing.T, x *exchange, lr *liveRun, written string, filter ...string) {
	t.Helper()
	x.play(t)
	dialer, listener := peerConversation(t, x.peer)
	want := x.expected(t, filter...)
	waitFor(t, lr.stdout, fmt.Sprintf("%d packets", len(want)), func(b []byte) bool {
		return len(slices.DeleteFunc(summaries(b), isPeer)) >= len(want)
	})
	if code := lr.stop(); code != exitOK {
		t.Errorf("exit status %d, want 0; stderr:\n%s", code, lr.stderr.Bytes())
	}
	shown := summaries(lr.stdout.Bytes())
	udp := slices.DeleteFunc(slices.Clone(shown), isPeer)
	if !slices.Equal(udp, want) {
		t.Errorf("the live capture printed:\n%s\nwant each packet once:\n%s", strings.Join(udp, "\n"), strings.Join(want, "\n"))
	}
	if !bytes.Contains(lr.stderr.Bytes(), []byte(fmt.Sprintf("icqdump: %d ICQ packets shown;", len(shown)))) {
		t.Errorf("no closing count on stderr:\n%s", lr.stderr.Bytes())
	}
	frames := len(want)
	peers := len(shown) - len(udp)
	flags := tcpFlagsOf(t, written, dialer, listener)
	if wantPeers := len(filter) == 0; wantPeers && peers != 3 {
		t.Errorf("%d peer packets printed, want CHANNEL_INIT, CHANNEL_MESSAGE and CHANNEL_ACK", peers)
	}
	// -w writes a peer connection's handshake and teardown when one of
	// its packets is shown, and nothing of it otherwise.
	for _, f := range []string{"S", "SA", "FA"} {
		if peers > 0 && !slices.Contains(flags, f) {
			t.Errorf("the -w file has no %s segment of the peer connection: %v", f, flags)
		}
	}
	if peers == 0 && len(flags) > 0 {
		t.Errorf("no peer packet shown, yet the -w file holds segments of the peer connection: %v", flags)
	}
	frames += len(flags)
	checkWritten(t, written, x.port(), shown, frames, filter...)
}

// A live capture on lo prints each packet of an exchange once, as a
// capture file of it reads, and writes the frames with -w; SIGINT,
// SIGTERM and a context stop it cleanly.
func TestLiveCapture(t *testing.T) {
	needRoot(t)
	tests := []struct {
		name   string
		filter []string
		start  func(t *testing.T, args ...string) *liveRun
	}{
		{"stopped by its context", nil, startInProcess},
		{"with --uin, stopped by its context", []string{"--uin", strconv.Itoa(bjornUIN)}, startInProcess},
		{"with -Y, stopped by its context", []string{"-Y", "icqv2.command == ACK || icqv2.seq_num > 2"}, startInProcess},
		{"stopped by SIGINT", nil, func(t *testing.T, args ...string) *liveRun { return startProcess(t, os.Interrupt, args...) }},
		{"stopped by SIGTERM", []string{"--command", "ack"},
			func(t *testing.T, args ...string) *liveRun { return startProcess(t, syscall.SIGTERM, args...) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newExchange(t)
			written := filepath.Join(t.TempDir(), "live.pcap")
			lr := tt.start(t, append([]string{"-i", "lo", "--server-port", x.port(), "-w", written}, tt.filter...)...)
			checkLive(t, x, lr, written, tt.filter...)
		})
	}
}

// --duration stops the capture by itself.
func TestLiveDuration(t *testing.T) {
	needRoot(t)
	var stdout, stderr bytes.Buffer
	start := time.Now()
	if code := run([]string{"-i", "lo", "--server-port", "9", "--duration", "300ms", "-T", "json"}, nil, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr.String())
	}
	if d := time.Since(start); d < 300*time.Millisecond || d > waitTimeout {
		t.Errorf("--duration 300ms ran for %v", d)
	}
	if !strings.Contains(stderr.String(), "icqdump: 0 ICQ packets shown;") {
		t.Errorf("stderr:\n%s", stderr.String())
	}
}

// -D lists the interfaces as tcpdump -D does, "any" last.
func TestListInterfaces(t *testing.T) {
	out := lines(runOK(t, "-D"))
	if len(out) < 2 || !strings.HasPrefix(out[0], "1.") {
		t.Fatalf("-D printed:\n%s", strings.Join(out, "\n"))
	}
	if last := out[len(out)-1]; !strings.HasPrefix(last, strconv.Itoa(len(out))+".any (every interface) [Up, Running]") {
		t.Errorf("the last line is %q", last)
	}
	if !slices.ContainsFunc(out, func(l string) bool { return strings.Contains(l, ".lo [Up, Running, Loopback] 127.0.0.1/8") }) {
		t.Errorf("no lo among:\n%s", strings.Join(out, "\n"))
	}
}

func TestLiveNoSuchInterface(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"-i", "no-such-if0"}, nil, &stdout, &stderr); code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	for _, s := range []string{`no such interface "no-such-if0"`, "lo", "icqdump -D"} {
		if !strings.Contains(stderr.String(), s) {
			t.Errorf("stderr does not say %q:\n%s", s, stderr.String())
		}
	}
}

// downScript runs in a network namespace of its own, whose lo starts down:
// icqdump refuses it, then captures on it until it goes down.
const downScript = `
"$0" -i lo; echo "exit $?"
ip link set lo up || exit 99
"$0" -i lo --duration 10s 2>err & pid=$!
i=0; until grep -qs listening err; do i=$((i+1)); [ $i -gt 100 ] && exit 98; sleep 0.05; done
ip link set lo down
wait $pid; echo "exit $?"; cat err
`

// An interface that is down is refused; one that goes down ends the
// capture with an error.
func TestLiveInterfaceDown(t *testing.T) {
	needRoot(t)
	for _, tool := range []string{"unshare", "ip"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("no %s: the test needs a network namespace of its own", tool)
		}
	}
	cmd := exec.Command("unshare", "-n", "sh", "-c", downScript, os.Args[0])
	cmd.Env = append(os.Environ(), "ICQDUMP_TEST_MAIN=1")
	cmd.Dir = t.TempDir()
	out, err := cmd.CombinedOutput()
	if err != nil && bytes.HasPrefix(out, []byte("unshare: ")) {
		t.Skipf("cannot make a network namespace here: %s", out)
	}
	if err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	want := []string{
		"icqdump: lo: the interface is down (bring it up with: ip link set lo up)",
		"exit 1",
		"exit 1",
		"icqdump: listening on lo, link-type Ethernet, snapshot length 262144 bytes",
		"icqdump: lo: the interface went down or away; the capture stops",
		"icqdump: 0 ICQ packets shown;",
	}
	// The counts after the last line's start are the kernel's.
	got, last := lines(out), len(want)-1
	if len(got) != len(want) || !slices.Equal(got[:last], want[:last]) || !strings.HasPrefix(got[last], want[last]) {
		t.Errorf("got:\n%s\nwant:\n%s", out, strings.Join(want, "\n"))
	}
}
