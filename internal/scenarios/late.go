package scenarios

import (
	"fmt"
	"net/netip"
	"slices"
	"time"

	"github.com/icqdump/icqdump/dissect"
	"github.com/icqdump/icqdump/internal/pcaptest"
)

// Late is a capture whose ICQ frames the reader judges ICQ only after it
// has read some of them: a peer connection recognised after its handshake,
// a datagram in IP fragments. These are no golden scenarios: the -w tests
// read them.
type Late struct {
	Name    string
	Pcap    []byte
	Written []int  // the numbers of the frames -w writes, from 1
	Unsaved uint64 // frames of peer streams -w misses, for lack of room
}

// LateCaptures returns the captures of late ICQ frames, with unrelated
// frames among the ICQ ones.
func LateCaptures() []Late {
	return []Late{
		lateByContent(),
		lateLearnedAfterHandshake(),
		lateLearnedAfterSYN(),
		lateFragments("ipv4 in 2 fragments", annaAddr, serverAddr, 2),
		lateFragments("ipv4 in 3 fragments", annaAddr, serverAddr, 3),
		lateFragments("ipv6 in 3 fragments", netip.MustParseAddrPort("[2001:db8::10]:1032"),
			netip.MustParseAddrPort("[2001:db8::4]:4000"), 3),
		lateBeyondBound(),
	}
}

// lateFrames is a capture being built, and the numbers of its frames that
// are not ICQ.
type lateFrames struct {
	frames
	noise []int
}

// dns adds a DNS query: not ICQ.
func (f *lateFrames) dns() {
	f.add(pcaptest.UDPFrame(netip.AddrPortFrom(doraAddr, 5353), netip.MustParseAddrPort("203.0.113.53:53"), []byte("dns?")))
	f.noise = append(f.noise, len(f.list))
}

// late returns the capture; every frame is written but the noise.
func (f *lateFrames) late(name string) Late {
	l := Late{Name: name, Pcap: f.pcap()}
	for n := 1; n <= len(f.list); n++ {
		if !slices.Contains(f.noise, n) {
			l.Written = append(l.Written, n)
		}
	}
	return l
}

// lateByContent: Anna's connection to Björn is recognised by its content,
// in its second data segment: the handshake and LENGTH come before. It
// closes; the last ACK comes after both FINs, when the stream is over, and
// is the stream's all the same. An ACK five minutes later is not: TCP's
// TIME_WAIT is over.
func lateByContent() Late {
	f := &lateFrames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	f.dns()
	c.send(0, peerInit(2, annaUIN, annaListen), 2)
	f.dns()
	c.send(1, peerMsg(dissect.PeerAck, 2, bjornUIN, bjornListen, 0x0001, ""))
	c.ack(0)
	c.close()
	f.at += 5 * time.Minute
	c.ack(0)
	f.noise = append(f.noise, len(f.list))
	return f.late("recognised by content after its handshake, closed")
}

// login adds Björn's LOGIN and its ACK: it announces his peer endpoint.
func (f *lateFrames) login() {
	s := newSession(netip.AddrPortFrom(bjornAddr, 1030), bjornUIN)
	s.request(dissect.CmdLogin, dissect.Fields{dissect.FPort: bjornListen.Port(), dissect.FPassword: "hemlig", dissect.FUserIP: bjornAddr,
		dissect.FStatus: 0, dissect.FLoginSeqNum: 2})
	for _, fr := range s.frames {
		f.add(fr.Data)
	}
}

// lateLearnedAfterHandshake: Anna connects to Björn before the capture
// sees his LOGIN; her first data segment finds his endpoint learned.
func lateLearnedAfterHandshake() Late {
	f := &lateFrames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	f.dns()
	f.login()
	c.send(0, peerInit(2, annaUIN, annaListen))
	c.ack(1)
	return f.late("learned after its handshake")
}

// lateLearnedAfterSYN: the LOGIN comes between SYN-ACK and ACK. The ACK
// finds the endpoint learned, but a bare ACK opens no stream: the
// handshake goes with it, as frames of no stream yet.
func lateLearnedAfterSYN() Late {
	f := &lateFrames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.write(0, c.next[0], nil, pcaptest.TCP{SYN: true})
	c.next[0]++
	c.write(1, c.next[1], nil, pcaptest.TCP{SYN: true})
	c.next[1]++
	f.login()
	c.ack(0)
	c.send(0, peerInit(2, annaUIN, annaListen))
	return f.late("learned between SYN-ACK and ACK")
}

// lateFragments: a SEND_MESSAGE in n IP fragments, a DNS query between
// each two, and the server's ACK.
func lateFragments(name string, client, server netip.AddrPort, n int) Late {
	s := newSession(client, annaUIN)
	msg := s.encode(dissect.ClientToServer, dissect.CmdSendMessage, 1, dissect.Fields{dissect.FReceiverUIN: bjornUIN,
		dissect.FMessageType: 0x0001, dissect.FMessage: "Hej Björn! Ett meddelande i flera bitar."})
	const udpHeader = 8
	size := ((udpHeader+len(msg)+n-1)/n + 7) &^ 7 // fragments carry multiples of 8 bytes
	pieces := pcaptest.UDPFragments(client, server, msg, size, 7)
	if len(pieces) != n {
		panic(fmt.Sprintf("scenarios: %d fragments of %d bytes, want %d", len(pieces), size, n))
	}
	f := &lateFrames{}
	for i, piece := range pieces {
		if i > 0 {
			f.dns()
		}
		f.add(pcaptest.Ethernet(piece))
	}
	f.add(pcaptest.UDPFrame(server, client, s.encode(dissect.ServerToClient, dissect.SrvAck, 1, nil)))
	return f.late(name)
}

// lateBeyondBound: 300 bare ACKs before the content test recognises the
// connection, more than the reader keeps of a connection not recognised
// (8 KiB, a frame costing its 60 bytes, padded as Ethernet pads them, and
// 64): the first 66 frames are kept, the 237 after them are not, and -w
// says so.
func lateBeyondBound() Late {
	const acks, kept = 300, 66
	f := &lateFrames{}
	c := f.conn(netip.AddrPortFrom(annaAddr.Addr(), 1041), bjornListen)
	c.handshake()
	for range acks {
		c.ack(1)
	}
	c.send(0, peerInit(2, annaUIN, annaListen))
	c.ack(1)
	l := f.late("more frames before it is recognised than are kept")
	l.Written = slices.Delete(l.Written, kept, 3+acks)
	l.Unsaved = 3 + acks - kept
	return l
}
