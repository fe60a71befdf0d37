package gen

import (
	"bytes"
	"net/netip"
	"testing"
	"time"

	"github.com/icqdump/icqdump/dissect"
)

// transmission is one sending of a UDP packet, as traced.
type transmission struct {
	at      time.Time
	payload []byte
}

// txKey names a packet and its retransmissions: the same sender, receiver and SEQ_NUM.
type txKey struct {
	src, dst netip.AddrPort
	seq      uint16
}

func TestLossRetransmits(t *testing.T) {
	cfg := Config{Clients: 15, Duration: 40 * time.Minute, Seed: 5, Loss: 0.4}
	chk := roundTrip(t, cfg, Pcap) // every packet still decodes and keeps the SEQ_NUM rules
	if chk.seen["refused connections"] == 0 {
		t.Error("no connection was refused by a client that had logged off")
	}
	_, evs := generate(t, cfg, Pcap)
	sent := map[txKey][]transmission{}
	var order []txKey
	var messageAcks []*Event
	var p dissect.Packet
	for i := range evs {
		ev := &evs[i]
		if ev.Dir == dissect.PeerToPeer || ev.Command.Name == "ACK" {
			continue
		}
		dissect.Decode(&p, ev.Payload, ev.Dir)
		if ev.Command == dissect.CmdSendTextCode && text(&p, dissect.FTextCode) == dissect.TextMessageAck {
			messageAcks = append(messageAcks, ev)
			continue
		}
		k := txKey{ev.Src, ev.Dst, p.Seq}
		if sent[k] == nil {
			order = append(order, k)
		}
		sent[k] = append(sent[k], transmission{ev.Time, ev.Payload})
	}
	retransmitted, afterSix, fromServer := 0, 0, 0
	var due []*Event // when a B_MESSAGE_ACK is due: 10 s after the 6th and the 12th transmission
	var worst time.Duration
	for _, k := range order {
		list := sent[k]
		if len(list) > rounds*triesPerRound {
			t.Fatalf("%v>%v SEQ_NUM %d sent %d times", k.src, k.dst, k.seq, len(list))
		}
		for i := 1; i < len(list); i++ {
			retransmitted++
			if !bytes.Equal(list[i].payload, list[0].payload) {
				t.Fatalf("%v>%v SEQ_NUM %d retransmitted with other bytes", k.src, k.dst, k.seq)
			}
			d := absDiff(list[i].at.Sub(list[i-1].at), 10*time.Second)
			if d > time.Millisecond {
				t.Fatalf("%v>%v SEQ_NUM %d retransmitted %v after the last", k.src, k.dst, k.seq, list[i].at.Sub(list[i-1].at))
			}
			worst = max(worst, d)
			if k.src.Port() == serverPort {
				fromServer++
			}
		}
		if len(list) == rounds*triesPerRound {
			due = append(due, &Event{Src: k.src, Time: list[len(list)-1].at.Add(10 * time.Second)})
		}
		if len(list) > triesPerRound { // the 6th went unanswered too
			if k.dst.Port() != serverPort {
				t.Fatalf("the server sent SEQ_NUM %d to %v more than %d times", k.seq, k.dst, triesPerRound)
			}
			sixth := &Event{Src: k.src, Time: list[triesPerRound-1].at.Add(10 * time.Second)}
			if !near(messageAcks, sixth) {
				t.Fatalf("%v SEQ_NUM %d: no B_MESSAGE_ACK 10 s after the 6th transmission", k.src, k.seq)
			}
			due = append(due, sixth)
			afterSix++
		}
	}
	for _, ack := range messageAcks {
		if !near(due, ack) {
			t.Fatalf("%v: B_MESSAGE_ACK at %v, not 10 s after a 6th unanswered transmission", ack.Src, ack.Time)
		}
	}
	if retransmitted == 0 || fromServer == 0 || afterSix == 0 {
		t.Fatalf("%d retransmissions (%d by the server), %d packets sent more than 6 times", retransmitted, fromServer, afterSix)
	}
	t.Logf("%d retransmissions (%d by the server), at most %v off 10 s; %d packets sent more than 6 times, %d B_MESSAGE_ACK",
		retransmitted, fromServer, worst, afterSix, len(messageAcks))
}

// near reports whether one of evs is from ev's sender within a millisecond of ev.
func near(evs []*Event, ev *Event) bool {
	for _, e := range evs {
		if e.Src == ev.Src && absDiff(e.Time.Sub(ev.Time), 0) <= time.Millisecond {
			return true
		}
	}
	return false
}

func TestDeterministic(t *testing.T) {
	cfg := Config{Clients: 10, Duration: 20 * time.Minute, Seed: 11, Loss: 0.1, Reorder: 0.2, Split: true}
	for _, format := range []Format{Pcap, Pcapng} {
		a, _ := generate(t, cfg, format)
		b, _ := generate(t, cfg, format)
		if !bytes.Equal(a, b) {
			t.Errorf("%v: two runs of the same config differ", format)
		}
		other := cfg
		other.Seed++
		if c, _ := generate(t, other, format); bytes.Equal(a, c) {
			t.Errorf("%v: another seed gives the same file", format)
		}
	}
}
