package scenarios

import (
	"cmp"
	"fmt"
	"io"
	"net/netip"
	"time"

	"github.com/gopacket/gopacket"
	"github.com/gopacket/gopacket/layers"
	"github.com/gopacket/gopacket/pcapgo"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// peerScenarios are peer-to-peer TCP captures: streams found every way
// icqdump finds them, segments as real stacks and lossy captures give them,
// and malformed peer packets.
func peerScenarios() []Scenario {
	return []Scenario{
		{Name: "peer-session", Pcap: peerSessionCapture()},
		{Name: "peer-learned-from-init", Pcap: peerLearnedFromInitCapture()},
		{Name: "peer-reordered", Pcap: peerReorderedCapture()},
		{Name: "peer-lost-segments", Pcap: peerLostSegmentsCapture()},
		{Name: "peer-mid-connection", Pcap: peerMidConnectionCapture()},
		{Name: "peer-v3", Pcap: peerV3Capture()},
		{Name: "peer-malformed", Pcap: peerMalformedCapture()},
		{Name: "peer-port", Pcap: peerPortCapture(), Args: []string{"--peer-port", "4321"}},
		{Name: "peer-idle", Pcap: peerIdleCapture()},
	}
}

// Peers and their listening ports (RFC 5737 addresses).
var (
	annaListen  = netip.AddrPortFrom(annaAddr.Addr(), 1033)
	bjornAddr   = netip.MustParseAddr("198.51.100.7")
	bjornListen = netip.AddrPortFrom(bjornAddr, 1029)
	carlAddr    = netip.MustParseAddr("203.0.113.9")
	doraAddr    = netip.MustParseAddr("192.0.2.20")
	webServer   = netip.MustParseAddrPort("203.0.113.80:80")
)

// frames collects the frames of a capture, each step (or a millisecond)
// after the one before.
type frames struct {
	list []pcaptest.Frame
	at   time.Duration
	step time.Duration
}

func (f *frames) add(data []byte) {
	f.list = append(f.list, pcaptest.Frame{Time: pcaptest.At(f.at), Data: data})
	f.at += cmp.Or(f.step, time.Millisecond)
}

func (f *frames) pcap() []byte { return pcaptest.Pcap(layers.LinkTypeEthernet, f.list...) }

// tcpConn writes the segments of one TCP connection: side 0 connects to side 1.
type tcpConn struct {
	f    *frames
	ends [2]netip.AddrPort
	next [2]uint32 // the sequence number each side sends next
}

// segment is bytes one side sends at a sequence number.
type segment struct {
	from int
	seq  uint32
	data []byte
}

func (f *frames) conn(from, to netip.AddrPort) *tcpConn {
	return &tcpConn{f: f, ends: [2]netip.AddrPort{from, to}, next: [2]uint32{1000, 50000}}
}

func (c *tcpConn) write(from int, seq uint32, data []byte, flags pcaptest.TCP) {
	flags.Seq, flags.Ack, flags.ACK = seq, c.next[1-from], !flags.SYN || from == 1
	c.f.add(pcaptest.TCPFrame(c.ends[from], c.ends[1-from], flags, data))
}

func (c *tcpConn) handshake() {
	c.write(0, c.next[0], nil, pcaptest.TCP{SYN: true})
	c.next[0]++
	c.write(1, c.next[1], nil, pcaptest.TCP{SYN: true})
	c.next[1]++
	c.write(0, c.next[0], nil, pcaptest.TCP{})
}

// cut splits data a side sends into segments of the given sizes (the rest
// goes in a last one) without writing them.
func (c *tcpConn) cut(from int, data []byte, sizes ...int) []segment {
	var segs []segment
	for _, n := range append(sizes, len(data)) {
		n = min(n, len(data))
		if n == 0 {
			continue
		}
		segs = append(segs, segment{from, c.next[from], data[:n]})
		c.next[from] += uint32(n)
		data = data[n:]
	}
	return segs
}

// send writes data in segments of the given sizes, in order.
func (c *tcpConn) send(from int, data []byte, sizes ...int) {
	c.put(c.cut(from, data, sizes...)...)
}

func (c *tcpConn) put(segs ...segment) {
	for _, s := range segs {
		c.write(s.from, s.seq, s.data, pcaptest.TCP{PSH: true})
	}
}

// ack writes a bare acknowledgement from a side.
func (c *tcpConn) ack(from int) { c.write(from, c.next[from], nil, pcaptest.TCP{}) }

func (c *tcpConn) close() {
	c.write(0, c.next[0], nil, pcaptest.TCP{FIN: true})
	c.next[0]++
	c.write(1, c.next[1], nil, pcaptest.TCP{FIN: true})
	c.next[1]++
	c.ack(0)
}

// cat joins packets into one byte stream.
func cat(pkts ...[]byte) []byte {
	var b []byte
	for _, p := range pkts {
		b = append(b, p...)
	}
	return b
}

// peerInit is CHANNEL_INIT of a peer version, from uin listening at listen.
func peerInit(version byte, uin uint32, listen netip.AddrPort) []byte {
	return encodePeer(dissect.PeerInit, dissect.Fields{dissect.FX1: []byte{version, 0, 0, 0}, dissect.FMyUIN: uin,
		dissect.FMyIP: listen.Addr(), dissect.FMyIPReal: listen.Addr(), dissect.FMyPort: listen.Port()})
}

// peerMsg is a message packet (CHANNEL_MESSAGE, CHANNEL_ACK, CHANNEL_CANCEL).
// A CHANNEL_ACK is the auto reply; the others are 'real' messages.
func peerMsg(cmd *dissect.Command, version uint16, uin uint32, listen netip.AddrPort, typ uint16, text string) []byte {
	cmdType := 0x0010
	if cmd == dissect.PeerAck {
		cmdType = 0x0000
	}
	return encodePeer(cmd, dissect.Fields{dissect.FUIN: uin, dissect.FVersion: version, dissect.FUIN2: uin, dissect.FType: typ,
		dissect.FMessage: text, dissect.FMyIPReal: listen.Addr(), dissect.FMyIP: listen.Addr(), dissect.FPort: listen.Port(),
		dissect.FCmdType: cmdType, dissect.FX4: []byte{0x9C, 0xFF, 0xFF, 0xFF}})
}

func encodePeer(cmd *dissect.Command, vals dissect.Fields) []byte {
	b, err := dissect.EncodePeer(nil, cmd, vals)
	if err != nil {
		panic("scenarios: " + cmd.Name + ": " + err.Error())
	}
	return b
}

// withCommand returns a copy of a message packet with another MSG_COMMAND.
func withCommand(pkt []byte, code uint16) []byte {
	const msgCommandAt = 2 + 4 + 2 // LENGTH, UIN, VERSION
	return patch(pkt, msgCommandAt, byte(code), byte(code>>8))
}

// peerSessionCapture: Anna logs in (LOGIN announces her port 1033) and
// hears that Björn is online at port 1029 (USER_ONLINE). She connects to
// him: CHANNEL_INIT and a message go as her stack sends them, LENGTH in a
// segment of its own, the body in more; he acknowledges and answers in one
// segment. She sends a URL and cancels it. He then connects to her port.
// A web connection in between is not ICQ.
func peerSessionCapture() []byte {
	s := newSession(annaAddr, annaUIN)
	s.request(dissect.CmdLogin, dissect.Fields{dissect.FPort: annaListen.Port(), dissect.FPassword: "hemlig", dissect.FUserIP: annaAddr.Addr(),
		dissect.FStatus: 0, dissect.FLoginSeqNum: 2})
	s.notify(dissect.SrvUserOnline, dissect.Fields{dissect.FRemoteUIN: bjornUIN, dissect.FRemoteIP: bjornAddr,
		dissect.FRemotePort: bjornListen.Port(), dissect.FRemoteRealIP: netip.MustParseAddr("10.0.0.7"), dissect.FStatus: 0})
	f := &frames{list: s.frames, at: s.at}

	web := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1040), webServer)
	web.handshake()
	web.send(0, []byte("GET / HTTP/1.0\r\n\r\n"))
	web.send(1, []byte("HTTP/1.0 200 OK\r\n\r\n<html>ICQ</html>"))

	out := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	out.handshake()
	anna := func(cmd *dissect.Command, typ uint16, text string) []byte {
		return peerMsg(cmd, 2, annaUIN, annaListen, typ, text)
	}
	bjorn := func(cmd *dissect.Command, typ uint16, text string) []byte {
		return peerMsg(cmd, 2, bjornUIN, bjornListen, typ, text)
	}
	out.send(0, peerInit(2, annaUIN, annaListen), 2)
	out.send(0, anna(dissect.PeerMessage, 0x0001, "Hej Björn! Fika?"), 2, 10, 12)
	out.send(1, cat(bjorn(dissect.PeerAck, 0x0001, ""), bjorn(dissect.PeerMessage, 0x0001, "Gärna!")))
	out.send(0, anna(dissect.PeerAck, 0x0001, ""))
	out.send(0, anna(dissect.PeerMessage, 0x0004, "Menyn"+fe+"http://www.example.org/meny.html"))
	out.send(0, anna(dissect.PeerCancel, 0x0004, ""))
	web.close()
	out.close()

	in := f.conn(netip.AddrPortFrom(bjornAddr, 1090), annaListen)
	in.handshake()
	in.send(0, cat(peerInit(2, bjornUIN, bjornListen), bjorn(dissect.PeerMessage, 0x0001, "Vi ses!")))
	in.send(1, anna(dissect.PeerAck, 0x0001, ""))
	return f.pcap()
}

// peerLearnedFromInitCapture has no UDP. Dora connects to Carl: her
// CHANNEL_INIT is recognised by its content and says she listens at port
// 1300. Carl then connects there and starts with a message whose MSG_COMMAND
// the content test does not know: only the learned endpoint finds it.
func peerLearnedFromInitCapture() []byte {
	f := &frames{}
	doraListen := netip.AddrPortFrom(doraAddr, 1300)
	carlListen := netip.AddrPortFrom(carlAddr, 1200)
	a := f.conn(netip.AddrPortFrom(doraAddr, 2001), carlListen)
	a.handshake()
	a.send(0, peerInit(2, newUIN, doraListen))
	b := f.conn(netip.AddrPortFrom(carlAddr, 2002), doraListen)
	b.handshake()
	b.send(0, withCommand(peerMsg(dissect.PeerMessage, 2, carlUIN, carlListen, 0x0001, "?"), 0x07E4))
	b.send(0, peerMsg(dissect.PeerMessage, 2, carlUIN, carlListen, 0x0001, "Hej Doris!"))
	b.send(1, peerMsg(dissect.PeerAck, 2, newUIN, doraListen, 0x0001, ""))
	return f.pcap()
}

// peerReorderedCapture: segments out of order, retransmitted and
// overlapping. Every packet comes out once, in stream order, credited to
// the frame that completed it.
func peerReorderedCapture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	msg := func(text string) []byte { return peerMsg(dissect.PeerMessage, 2, annaUIN, annaListen, 0x0001, text) }
	c.send(0, peerInit(2, annaUIN, annaListen))

	// The body overtakes its LENGTH.
	s := c.cut(0, msg("ett"), 2)
	c.put(s[1], s[0])

	// Three segments arrive 3, 1, 2, then 1 again.
	s = c.cut(0, msg("två"), 15, 15)
	c.put(s[2], s[0], s[1], s[0])

	// Overlaps: 0-20, 10-30, 25-end.
	m := msg("tre, överlappande")
	at := c.next[0]
	c.put(segment{0, at, m[:20]}, segment{0, at + 10, m[10:30]}, segment{0, at + 25, m[25:]})
	c.next[0] += uint32(len(m))

	// Two packets in one segment, sent twice.
	s = c.cut(0, cat(msg("fyra"), msg("fem")))
	c.put(s[0], s[0])
	c.send(1, peerMsg(dissect.PeerAck, 2, bjornUIN, bjornListen, 0x0001, ""))
	c.close()
	return f.pcap()
}

// peerLostSegmentsCapture: the capture lost segments. The first hole is
// inside a message: its head comes out cut short, and the stream picks up at
// the next packet start after the hole. The second hole holds a whole
// message. Data after a hole waits for it; when the capture's clock has
// moved on 30 s, icqdump stops waiting. The last hole is before the end of
// the capture, where everything left comes out.
func peerLostSegmentsCapture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	msg := func(text string) []byte { return peerMsg(dissect.PeerMessage, 2, annaUIN, annaListen, 0x0001, text) }
	c.send(0, peerInit(2, annaUIN, annaListen))
	c.send(0, msg("ett"))
	s := c.cut(0, msg("två, med ett hål"), 12, 20)
	c.put(s[0], s[2])                       // s[1] lost
	c.cut(0, msg("tre, helt borta"))        // lost
	c.send(0, cat(msg("fyra"), msg("fem"))) // waits behind the holes
	f.at += 40 * time.Second
	c.send(1, peerMsg(dissect.PeerAck, 2, bjornUIN, bjornListen, 0x0001, ""))
	c.cut(0, []byte{0x28, 0x00}) // lost: a LENGTH
	c.send(0, msg("sex")[2:])
	return f.pcap()
}

// peerMidConnectionCapture starts inside a connection: no SYN, no UDP. The
// first segment is the tail of a packet and is not recognised; Anna's next
// packet, LENGTH in a segment of its own, passes the content test. Björn's
// first bytes in the stream are the tail of another packet, skipped.
func peerMidConnectionCapture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	anna := func(cmd *dissect.Command, text string) []byte {
		return peerMsg(cmd, 2, annaUIN, annaListen, 0x0001, text)
	}
	bjorn := func(cmd *dissect.Command, text string) []byte {
		return peerMsg(cmd, 2, bjornUIN, bjornListen, 0x0001, text)
	}
	c.ack(1)
	c.send(1, bjorn(dissect.PeerMessage, "...sent before the capture")[20:])
	c.send(0, anna(dissect.PeerMessage, "Är du där?"), 2)
	c.send(1, cat(bjorn(dissect.PeerMessage, "och nu")[30:], bjorn(dissect.PeerAck, "")))
	c.send(0, anna(dissect.PeerAck, ""))
	return f.pcap()
}

// peerV3Capture: peer version 3, as clients from late 1998 send it: the same
// layout, a message with bytes after it.
func peerV3Capture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(carlAddr, 2003), bjornListen)
	c.handshake()
	carlListen := netip.AddrPortFrom(carlAddr, 1200)
	c.send(0, peerInit(3, carlUIN, carlListen))
	msg := peerMsg(dissect.PeerMessage, 3, carlUIN, carlListen, 0x0001, "version 3")
	msg = append(msg, 0x01, 0x00, 0x00, 0x00)
	msg[0] += 4 // LENGTH counts the extra bytes
	c.send(0, msg)
	c.send(1, peerMsg(dissect.PeerAck, 3, bjornUIN, bjornListen, 0x0001, ""))
	c.close()
	return f.pcap()
}

// peerMalformedCapture: peer packets wrong in every way framing allows, and
// a packet the end of the capture cuts short.
func peerMalformedCapture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	msg := peerMsg(dissect.PeerMessage, 2, annaUIN, annaListen, 0x0001, "Hej!")
	const messageLength = 2 + 4 + 2 + 2 + 2 + 4 + 2 // MESSAGE's LENGTH, after LENGTH ... TYPE
	c.send(0, peerInit(2, annaUIN, annaListen))
	c.send(0, []byte{0x06, 0x00, 0x87, 0xD6, 0x12, 0x00, 0x02, 0x00}) // ends before MSG_COMMAND
	c.send(0, patch(msg, messageLength, 0x40))                        // MESSAGE's LENGTH 64 runs past the end
	c.send(0, patch(msg, 2+4, 0x05))                                  // VERSION 5
	c.send(0, patch(peerInit(2, annaUIN, annaListen), 3, 0x04))       // init of version 4
	c.send(0, []byte{0x00, 0x00})                                     // LENGTH 0
	c.send(0, msg[:len(msg)-9])                                       // the capture ends here
	return f.pcap()
}

// peerPortCapture, read with --peer-port 4321: a connection whose first
// packet the content test does not know, found by its port.
func peerPortCapture() []byte {
	f := &frames{}
	listen := netip.AddrPortFrom(carlAddr, 4321)
	c := f.conn(netip.AddrPortFrom(doraAddr, 2004), listen)
	c.handshake()
	c.send(0, withCommand(peerMsg(dissect.PeerMessage, 2, newUIN, netip.AddrPortFrom(doraAddr, 1300), 0x0001, "?"), 0x0123))
	c.send(1, peerMsg(dissect.PeerAck, 2, carlUIN, listen, 0x0001, ""))
	return f.pcap()
}

// peerIdleCapture: a connection silent for more than ten minutes is closed;
// when it speaks again it is a new stream.
func peerIdleCapture() []byte {
	f := &frames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	c.send(0, peerInit(2, annaUIN, annaListen))
	c.send(0, peerMsg(dissect.PeerMessage, 2, annaUIN, annaListen, 0x0001, "Hallå?"))
	f.at += 11 * time.Minute
	c.send(1, peerMsg(dissect.PeerMessage, 2, bjornUIN, bjornListen, 0x0001, "Förlåt, jag var borta."))
	return f.pcap()
}

// WritePeerLoad writes a capture of n peer streams open at once, for
// measuring memory and speed. All streams open; each sends the LENGTH of its
// CHANNEL_INIT in a segment of its own, so that all hold a partial packet,
// then the rest. In the first of the rounds of messages and acknowledgements
// every stream sends the end of its message before the start, so that all
// hold out-of-order data at once; later rounds are in order. Then all close.
// It returns the number of peer packets in the capture.
func WritePeerLoad(w io.Writer, n, rounds int) (int, error) {
	pw := pcapgo.NewWriter(w)
	if err := pw.WriteFileHeader(65536, layers.LinkTypeEthernet); err != nil {
		return 0, err
	}
	f := &frames{step: 100 * time.Microsecond}
	var err error
	flush := func() {
		for _, fr := range f.list {
			if err == nil {
				err = pw.WritePacket(gopacket.CaptureInfo{Timestamp: fr.Time, CaptureLength: len(fr.Data), Length: len(fr.Data)}, fr.Data)
			}
		}
		f.list = f.list[:0]
	}
	conns := make([]*tcpConn, n)
	for i := range conns {
		client := netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, 1, byte(i >> 8), byte(i)}), 1041)
		server := netip.AddrPortFrom(netip.AddrFrom4([4]byte{10, 2, byte(i >> 8), byte(i)}), 1029)
		conns[i] = f.conn(client, server)
		conns[i].handshake()
		flush()
	}
	// each puts the i-th of every stream's segments, for all streams in turn
	each := func(segs [][]segment, i int) {
		for j, c := range conns {
			c.put(segs[j][i])
			flush()
		}
	}
	segs := make([][]segment, n)
	for i, c := range conns {
		segs[i] = c.cut(0, peerInit(2, uint32(100000+i), c.ends[0]), 2)
	}
	each(segs, 0)
	each(segs, 1)
	packets := n
	for r := 0; r < rounds; r++ {
		for i, c := range conns {
			text := fmt.Sprintf("message %d of stream %d", r, i)
			segs[i] = c.cut(0, peerMsg(dissect.PeerMessage, 2, uint32(100000+i), c.ends[0], 0x0001, text), 20)
			segs[i] = append(segs[i], c.cut(1, peerMsg(dissect.PeerAck, 2, uint32(200000+i), c.ends[1], 0x0001, ""))...)
		}
		if r == 0 {
			each(segs, 1)
			each(segs, 0)
		} else {
			for i, c := range conns {
				c.put(segs[i][:2]...)
				flush()
			}
		}
		each(segs, 2)
		packets += 2 * n
	}
	for _, c := range conns {
		c.close()
		flush()
	}
	return packets, err
}
