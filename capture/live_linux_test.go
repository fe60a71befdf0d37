package capture

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gopacket/gopacket/layers"

	"github.com/icqdump/icqdump/internal/pcaptest"
)

// These tests capture on lo while they talk to themselves over loopback
// sockets: only 127.0.0.1, a few dozen packets, a few seconds at most.

// needRoot skips a live test without root, and holds the loopback lock
// (pcaptest.LockLoopback) for the rest of it.
func needRoot(t *testing.T) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("live capture needs root (or CAP_NET_RAW): run the tests as root to capture on lo")
	}
	pcaptest.LockLoopback(t)
}

// udpPair is a server socket and a client socket on 127.0.0.1.
type udpPair struct{ server, client *net.UDPConn }

func newUDPPair(t *testing.T) *udpPair {
	t.Helper()
	lo := &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)}
	server, err := net.ListenUDP("udp4", lo)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { server.Close() })
	client, err := net.DialUDP("udp4", lo, server.LocalAddr().(*net.UDPAddr))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return &udpPair{server, client}
}

func (p *udpPair) port() uint16 { return uint16(p.server.LocalAddr().(*net.UDPAddr).Port) }

// exchange sends each payload from the client and echoes it back.
func (p *udpPair) exchange(t *testing.T, payloads ...[]byte) {
	t.Helper()
	buf := make([]byte, 2048)
	for _, b := range payloads {
		if _, err := p.client.Write(b); err != nil {
			t.Fatal(err)
		}
		p.server.SetReadDeadline(time.Now().Add(2 * time.Second))
		n, from, err := p.server.ReadFromUDP(buf)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.server.WriteToUDP(buf[:n], from); err != nil {
			t.Fatal(err)
		}
		p.client.SetReadDeadline(time.Now().Add(2 * time.Second))
		if _, err := p.client.Read(buf); err != nil {
			t.Fatal(err)
		}
	}
}

// openLive starts a capture on iface for the server port; stop ends it,
// and may be called more than once.
func openLive(t *testing.T, iface string, port uint16) (r *Reader, stop func()) {
	t.Helper()
	done := make(chan struct{})
	var once sync.Once
	r, err := OpenLive(iface, Config{ServerPorts: []uint16{port}, Done: done})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r, func() { once.Do(func() { close(done) }) }
}

// seen is one frame the capture delivered, in brief.
type seen struct {
	transport Transport
	src, dst  netip.AddrPort
	payload   string
	seq       uint32 // TCP
	flags     string // TCP: SYN, FIN, RST, ACK as letters
}

// readUntil reads decoded frames from the capture's source up to the one
// last is true of; after a few seconds it stops the capture and fails. It
// returns only when it has stopped reading: the ring must not be closed
// under a read.
func readUntil(t *testing.T, r *Reader, stop func(), last func(seen) bool) []seen {
	t.Helper()
	out := make(chan []seen, 1)
	go func() {
		var all []seen
		for {
			data, ci, err := r.src.ZeroCopyReadPacketData()
			if err != nil {
				out <- all
				return
			}
			tp, kind := r.dec.decode(r.linkOf(ci), data)
			if kind != frameTransport {
				continue
			}
			s := seen{transport: tp.transport, src: tp.src, dst: tp.dst, payload: string(tp.payload)}
			if tp.transport == TCP {
				s.seq, s.flags = r.dec.tcp.Seq, tcpFlags(&r.dec.tcp)
			}
			all = append(all, s)
			if last(s) {
				out <- all
				return
			}
		}
	}()
	select {
	case all := <-out:
		return all
	case <-time.After(5 * time.Second):
		stop()
		<-out
		t.Fatal("the capture did not see the last frame within 5 s")
		return nil
	}
}

func (s seen) String() string {
	return fmt.Sprintf("%v %v > %v %q seq=%d flags=%s", s.transport, s.src, s.dst, s.payload, s.seq, s.flags)
}

func tcpFlags(tcp *layers.TCP) string {
	var b []byte
	for _, f := range []struct {
		on bool
		c  byte
	}{{tcp.SYN, 'S'}, {tcp.FIN, 'F'}, {tcp.RST, 'R'}, {tcp.ACK, 'A'}} {
		if f.on {
			b = append(b, f.c)
		}
	}
	return string(b)
}

// The kernel filter keeps UDP to and from the server port, once each
// though lo shows every packet twice, drops other UDP, and keeps TCP: on lo
// (Ethernet frames) and on all interfaces (IP packets).
func TestLiveFilterOnLoopback(t *testing.T) {
	needRoot(t)
	for _, iface := range []string{"lo", AnyInterface} {
		t.Run(iface, func(t *testing.T) { checkFilterOn(t, iface) })
	}
}

func checkFilterOn(t *testing.T, iface string) {
	icq, other := newUDPPair(t), newUDPPair(t)
	r, stop := openLive(t, iface, icq.port())

	icq.exchange(t, []byte("icq-1"), []byte("icq-2"))
	other.exchange(t, []byte("other-1"))
	conn := tcpExchange(t, []byte("hello peer"))
	icq.exchange(t, []byte("marker"))
	srvAddr := netip.MustParseAddrPort(icq.server.LocalAddr().String())
	all := readUntil(t, r, stop, func(s seen) bool { return s.payload == "marker" && s.src == srvAddr })

	count := map[seen]int{}
	for _, s := range all {
		count[s]++
		if s.transport == UDP && s.src.Port() != icq.port() && s.dst.Port() != icq.port() {
			t.Errorf("UDP between ports %d and %d passed the filter", s.src.Port(), s.dst.Port())
		}
	}
	for s, n := range count {
		if n > 1 {
			t.Errorf("frame seen %d times: %v", n, s)
		}
	}
	cli, srv := icq.client.LocalAddr().String(), icq.server.LocalAddr().String()
	for _, p := range []string{"icq-1", "icq-2", "marker"} {
		for _, dir := range [][2]string{{cli, srv}, {srv, cli}} {
			s := seen{transport: UDP, src: netip.MustParseAddrPort(dir[0]), dst: netip.MustParseAddrPort(dir[1]), payload: p}
			if count[s] != 1 {
				t.Errorf("%s > %s %q seen %d times, want once", dir[0], dir[1], p, count[s])
			}
		}
	}
	checkTCPSeen(t, all, conn)
}

// tcpConn is the two ends of a loopback TCP connection.
type tcpConn struct{ client, server netip.AddrPort }

// tcpExchange opens a TCP connection on 127.0.0.1, sends payload both ways
// and closes it.
func tcpExchange(t *testing.T, payload []byte) tcpConn {
	t.Helper()
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan error, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			_, err = io.Copy(c, io.LimitReader(c, int64(len(payload))))
			c.Close()
		}
		accepted <- err
	}()
	c, err := net.DialTimeout("tcp4", ln.Addr().String(), 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := c.Write(payload); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(c, make([]byte, len(payload))); err != nil {
		t.Fatal(err)
	}
	if err := <-accepted; err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, c) // the server's FIN
	return tcpConn{netip.MustParseAddrPort(c.LocalAddr().String()), netip.MustParseAddrPort(ln.Addr().String())}
}

// checkTCPSeen checks that the connection's handshake, data and teardown
// came through the filter.
func checkTCPSeen(t *testing.T, all []seen, conn tcpConn) {
	t.Helper()
	var flags []string
	data := 0
	for _, s := range all {
		if s.transport == TCP && (s.src == conn.client || s.src == conn.server) &&
			(s.dst == conn.client || s.dst == conn.server) {
			flags = append(flags, s.flags)
			if s.payload != "" {
				data++
			}
		}
	}
	for _, want := range []string{"S", "SA", "FA"} {
		if !contains(flags, want) {
			t.Errorf("no %s segment of %v-%v among %v", want, conn.client, conn.server, flags)
		}
	}
	if data != 2 {
		t.Errorf("%d data segments of %v-%v, want 2 (flags %v)", data, conn.client, conn.server, flags)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Next hands out the ICQ datagrams of a live capture with their frame
// hook, and io.EOF once Done closes.
func TestLiveReaderStops(t *testing.T) {
	needRoot(t)
	icq := newUDPPair(t)
	r, stop := openLive(t, "lo", icq.port())
	var hooked []string
	r.OnICQFrame(func(f *Frame) { hooked = append(hooked, fmt.Sprint(f.Src, ">", f.Dst, " ", f.Link)) })

	icq.exchange(t, []byte("one"), []byte("two"))
	var got []string
	for len(got) < 4 {
		p, err := r.Next()
		if err != nil {
			t.Fatalf("after %d packets: %v", len(got), err)
		}
		got = append(got, fmt.Sprint(p.Dir, " ", string(p.Payload)))
	}
	want := []string{"c2s one", "s2c one", "c2s two", "s2c two"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("packets %q, want %q", got, want)
	}
	if len(hooked) != 4 {
		t.Errorf("the frame hook saw %d frames, want 4: %q", len(hooked), hooked)
	}
	stop()
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("Next after Done closed: %v, want io.EOF", err)
	}
	if _, _, ok := r.LiveStats(); !ok {
		t.Error("LiveStats of a live capture is not ok")
	}
}

// A capture that cannot start says why, and what to do.
func TestLiveOpenErrors(t *testing.T) {
	_, err := OpenLive("no-such-if0", Config{})
	if err == nil || !strings.Contains(err.Error(), `no such interface "no-such-if0"`) ||
		!strings.Contains(err.Error(), "lo") || !strings.Contains(err.Error(), "icqdump -D") {
		t.Errorf("unknown interface: %v", err)
	}
	for _, msg := range []string{"root", "CAP_NET_RAW", "setcap cap_net_raw+ep $(which icqdump)"} {
		if err := liveOpenError("eth0", syscall.EPERM); !strings.Contains(err.Error(), msg) {
			t.Errorf("no permission: %q does not say %q", err, msg)
		}
	}
	if err := liveOpenError("eth0", syscall.ENODEV); !errors.Is(err, syscall.ENODEV) || !strings.HasPrefix(err.Error(), "eth0: ") {
		t.Errorf("another error: %v", err)
	}
	ifs, err := net.Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	for _, ifc := range ifs {
		if ifc.Flags&net.FlagUp == 0 {
			_, err := OpenLive(ifc.Name, Config{})
			if err == nil || !strings.Contains(err.Error(), "is down") || !strings.Contains(err.Error(), "ip link set "+ifc.Name+" up") {
				t.Errorf("interface %s is down: %v", ifc.Name, err)
			}
			return
		}
	}
	t.Log("no interface is down: that message is not checked")
}

// -i takes a name, or a position in the list -D shows.
func TestLookupInterface(t *testing.T) {
	list, err := Interfaces()
	if err != nil {
		t.Fatal(err)
	}
	if last := list[len(list)-1]; last.Name != AnyInterface {
		t.Errorf("the list ends with %q, not %q", last.Name, AnyInterface)
	}
	for i, want := range list[:len(list)-1] {
		for _, name := range []string{want.Name, strconv.Itoa(i + 1)} {
			ifc, err := lookupInterface(name)
			if err != nil || ifc.Name != want.Name {
				t.Errorf("lookupInterface(%q) = %v, %v; want %s", name, ifc, err, want.Name)
			}
		}
	}
	if ifc, err := lookupInterface(strconv.Itoa(len(list))); err != nil || ifc != nil {
		t.Errorf("the last position is not %q: %v, %v", AnyInterface, ifc, err)
	}
	if _, err := lookupInterface(strconv.Itoa(len(list) + 1)); err == nil {
		t.Error("a position past the list is accepted")
	}
}
