package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

var dirNames = [2]string{"c2s", "s2c"}

// loginResult says whether the LOGIN was answered by its LOGIN_REPLY.
func loginResult(l analyze.Login) string {
	switch {
	case l.Frame == 0:
		return "not seen"
	case l.ReplyFrame == 0:
		return "no reply"
	}
	return "ok"
}

func statusName(s *analyze.SessionSummary) string {
	if !s.HasStatus {
		return ""
	}
	if name, ok := dissect.Status.Lookup(s.Status); ok {
		return name
	}
	return fmt.Sprintf("0x%08X", s.Status)
}

// appendFrameRef writes a reference to frame n in a table cell: #n, or -
// for none.
func appendFrameRef(b []byte, n uint64) []byte {
	if n == 0 {
		return append(b, '-')
	}
	return strconv.AppendUint(append(b, '#'), n, 10)
}

func u(n uint64) string { return strconv.FormatUint(n, 10) }

func appendPair(b []byte, a, c uint64) []byte {
	return strconv.AppendUint(append(strconv.AppendUint(b, a, 10), '/'), c, 10)
}

func uin(n uint32) string { return string(appendUIN(nil, n)) }

func appendUIN(b []byte, n uint32) []byte {
	if n == 0 {
		return append(b, '?')
	}
	return strconv.AppendUint(b, uint64(n), 10)
}

// duration writes every duration of the reports one way, to the
// millisecond: 7.517s, 2m00.000s, 9m07.517s, 1h02m03.000s.
func duration(d time.Duration) string { return string(appendDuration(nil, d)) }

// appendDuration appends duration(d), without fmt: it is two cells of
// every session's row.
func appendDuration(b []byte, d time.Duration) []byte {
	ms := d.Round(time.Millisecond).Milliseconds()
	if ms < 0 {
		b, ms = append(b, '-'), -ms
	}
	h, m, s := ms/3_600_000, ms/60_000%60, ms%60_000
	switch {
	case h > 0:
		b = appendTwoDigits(append(strconv.AppendInt(b, h, 10), 'h'), m)
		b = appendTwoDigits(append(b, 'm'), s/1000)
	case m > 0:
		b = appendTwoDigits(append(strconv.AppendInt(b, m, 10), 'm'), s/1000)
	default:
		b = strconv.AppendInt(b, s/1000, 10)
	}
	ms = s % 1000
	return append(b, '.', byte('0'+ms/100), byte('0'+ms/10%10), byte('0'+ms%10), 's')
}

// appendTwoDigits appends n (0 to 99) in two digits.
func appendTwoDigits(b []byte, n int64) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }

type sessionJSON struct {
	Session           int       `json:"session"`
	Client            string    `json:"client"`
	Server            string    `json:"server"`
	UIN               uint32    `json:"uin"`
	SessionID         uint32    `json:"session_id,omitempty"`
	First             string    `json:"first"`
	Last              string    `json:"last"`
	DurationMs        float64   `json:"duration_ms"`
	Login             string    `json:"login"`
	LoginFrame        uint64    `json:"login_frame,omitempty"`
	LoginSeqNum       uint16    `json:"login_seq_num,omitempty"`
	LoginReplyFrame   uint64    `json:"login_reply_frame,omitempty"`
	Packets           [2]uint64 `json:"packets"` // c2s, s2c
	Bytes             [2]uint64 `json:"bytes"`
	KeepAlives        uint64    `json:"keep_alives"`
	KeepAliveInterval float64   `json:"keep_alive_interval_ms,omitempty"`
	SentServer        uint64    `json:"sent_server"`
	ReceivedServer    uint64    `json:"received_server"`
	SentPeer          uint64    `json:"sent_peer"`
	ReceivedPeer      uint64    `json:"received_peer"`
	StatusChanges     uint64    `json:"status_changes"`
	Status            string    `json:"status,omitempty"`
	Searches          uint64    `json:"searches"`
	Found             uint64    `json:"found"`
	End               string    `json:"end"`
	EndFrame          uint64    `json:"end_frame,omitempty"`
}

func sessionsTable(ss *sessionStore) table {
	clock := stampClock
	return table{spool: ss.spool, name: "sessions", title: fmt.Sprintf("sessions: %d", ss.len()),
		header: []string{"#", "client", "UIN", "first", "last", "duration", "login", "packets c2s/s2c",
			"bytes c2s/s2c", "keep-alives", "sent srv/peer", "received srv/peer", "status changes",
			"searches", "end"},
		right: []bool{true, false, true, false, false, true, false, true, true, false, true, true, false, false, false},
		n:     ss.len(),
		cells: func(w *rowWriter, i int) { sessionCells(w, &clock, ss.get(i)) },
		item:  func(i int) any { return sessionItem(ss.get(i)) },
	}
}

// sessionCells makes a session's row, its times written by clock.
func sessionCells(w *rowWriter, clock *stampCache, s *analyze.SessionSummary) {
	w.text = strconv.AppendInt(w.text, int64(s.ID), 10)
	w.end()
	w.text = s.Client.AppendTo(w.text)
	w.end()
	w.text = appendUIN(w.text, s.UIN)
	if s.SessionID != 0 { // v5: UIN / SESSION_ID
		w.text = appendHexNum(append(w.text, " / "...), s.SessionID, 8)
	}
	w.end()
	w.text = clock.append(w.text, s.First)
	w.end()
	w.text = clock.append(w.text, s.Last)
	w.end()
	w.text = appendDuration(w.text, s.Last.Sub(s.First))
	w.end()
	w.text = append(w.text, loginResult(s.Login)...)
	if s.Login.Frame != 0 {
		w.text = appendFrameRef(append(w.text, ' '), s.Login.Frame)
		if s.Login.ReplyFrame != 0 {
			w.text = appendFrameRef(append(w.text, '>'), s.Login.ReplyFrame)
		}
	}
	w.end()
	w.text = appendPair(w.text, s.Dir[0].Packets, s.Dir[1].Packets)
	w.end()
	w.text = appendPair(w.text, s.Dir[0].Bytes, s.Dir[1].Bytes)
	w.end()
	w.text = strconv.AppendUint(w.text, s.KeepAlives, 10)
	if s.KeepAliveInterval > 0 {
		w.text = appendDuration(append(w.text, " every "...), s.KeepAliveInterval)
	}
	w.end()
	w.text = appendPair(w.text, s.SentServer, s.SentPeer)
	w.end()
	w.text = appendPair(w.text, s.ReceivedServer, s.ReceivedPeer)
	w.end()
	w.text = strconv.AppendUint(w.text, s.StatusChanges, 10)
	if name := statusName(s); name != "" {
		w.text = append(append(append(w.text, " ("...), name...), ')')
	}
	w.end()
	w.text = strconv.AppendUint(w.text, s.Searches, 10)
	w.text = append(strconv.AppendUint(append(w.text, " ("...), s.Found, 10), " found)"...)
	w.end()
	w.text = append(w.text, s.End.String()...)
	if s.EndFrame != 0 {
		w.text = appendFrameRef(append(w.text, ' '), s.EndFrame)
	}
	w.end()
}

func sessionItem(s *analyze.SessionSummary) sessionJSON {
	return sessionJSON{Session: s.ID, Client: s.Client.String(), Server: s.Server.String(),
		UIN: s.UIN, SessionID: s.SessionID, First: jsonTimeOf(s.First), Last: jsonTimeOf(s.Last), DurationMs: millis(s.Last.Sub(s.First)),
		Login: loginResult(s.Login), LoginFrame: s.Login.Frame, LoginSeqNum: s.Login.Seq,
		LoginReplyFrame: s.Login.ReplyFrame, Packets: [2]uint64{s.Dir[0].Packets, s.Dir[1].Packets},
		Bytes: [2]uint64{s.Dir[0].Bytes, s.Dir[1].Bytes}, KeepAlives: s.KeepAlives,
		KeepAliveInterval: millis(s.KeepAliveInterval), SentServer: s.SentServer,
		ReceivedServer: s.ReceivedServer, SentPeer: s.SentPeer, ReceivedPeer: s.ReceivedPeer,
		StatusChanges: s.StatusChanges, Status: statusName(s), Searches: s.Searches, Found: s.Found,
		End: s.End.String(), EndFrame: s.EndFrame}
}

type statsJSON struct {
	Count  uint64  `json:"count"`
	Min    float64 `json:"min"`
	Median float64 `json:"median"`
	Mean   float64 `json:"mean"`
	Max    float64 `json:"max"`
}

func statsMs(s analyze.Stats) statsJSON {
	return statsJSON{Count: s.Count, Min: millis(s.Min), Median: millis(s.Median), Mean: millis(s.Mean), Max: millis(s.Max)}
}

type ackJSON struct {
	Session         int       `json:"session"`
	UIN             uint32    `json:"uin"`
	Direction       string    `json:"direction"`
	NeedAck         uint64    `json:"need_ack"`
	Acked           uint64    `json:"acked"`
	Unacked         uint64    `json:"unacked"`
	UnackedFrames   []uint64  `json:"unacked_frames"`
	Retransmissions statsJSON `json:"retransmission_interval_ms"`
	DupAcks         uint64    `json:"duplicate_acks"`
	UnmatchedAcks   uint64    `json:"unmatched_acks"`
	AcksAcked       uint64    `json:"acks_acknowledged"`
	AckDelay        statsJSON `json:"ack_delay_ms"`
	FirstSeq        uint16    `json:"first_seq"`
	WrongStart      bool      `json:"wrong_start"`
	SeqJumps        uint64    `json:"seq_jumps"`
	SeqReuses       uint64    `json:"seq_reuses"`
}

func acksTable(ss *sessionStore) table {
	return table{spool: ss.spool, name: "acks", title: "acks: acknowledgements per session and direction",
		header: []string{"session", "UIN", "dir", "need ACK", "acked", "not acked", "retransmitted (interval s min/mean/max)",
			"dup ACKs", "ACKs of nothing", "ACKs acked", "ACK delay ms min/median/max", "SEQ_NUM anomalies"},
		right: []bool{true, true, false, true, true, false, false, true, true, true, false, false},
		n:     2 * ss.len(),
		cells: func(w *rowWriter, i int) { ackCells(w, ss.get(i/2), i%2) },
		item:  func(i int) any { return ackItem(ss.get(i/2), i%2) },
	}
}

// ackCells makes the row of a session's direction d.
func ackCells(w *rowWriter, s *analyze.SessionSummary, d int) {
	ds := &s.Dir[d]
	w.text = strconv.AppendInt(w.text, int64(s.ID), 10)
	w.end()
	w.text = appendUIN(w.text, s.UIN)
	w.end()
	w.cell(dirNames[d])
	for _, n := range []uint64{ds.NeedAck, ds.Acked} {
		w.text = strconv.AppendUint(w.text, n, 10)
		w.end()
	}
	w.text = appendUnacked(w.text, ds)
	w.end()
	w.text = appendRetransmitted(w.text, ds.Retransmissions)
	w.end()
	for _, n := range []uint64{ds.DupAcks, ds.UnmatchedAcks, ds.AcksAcked} {
		w.text = strconv.AppendUint(w.text, n, 10)
		w.end()
	}
	w.text = appendAckDelay(w.text, ds.AckDelay)
	w.end()
	w.text = appendAnomalies(w.text, d, ds)
	w.end()
}

func ackItem(s *analyze.SessionSummary, d int) ackJSON {
	ds := &s.Dir[d]
	return ackJSON{Session: s.ID, UIN: s.UIN, Direction: dirNames[d], NeedAck: ds.NeedAck,
		Acked: ds.Acked, Unacked: ds.Unacked, UnackedFrames: append([]uint64{}, ds.UnackedFrames...),
		Retransmissions: statsMs(ds.Retransmissions), DupAcks: ds.DupAcks, UnmatchedAcks: ds.UnmatchedAcks,
		AcksAcked: ds.AcksAcked, AckDelay: statsMs(ds.AckDelay), FirstSeq: ds.FirstSeq,
		WrongStart: ds.WrongStart, SeqJumps: ds.Jumps, SeqReuses: ds.Reuses}
}

// The cells of the acks table are appended to the row, without fmt or a
// string per cell: the table has two rows per session.

func appendUnacked(b []byte, d *analyze.DirSummary) []byte {
	if d.Unacked == 0 {
		return append(b, '0')
	}
	b = append(strconv.AppendUint(b, d.Unacked, 10), " ("...)
	for i, f := range d.UnackedFrames {
		if i > 0 {
			b = append(b, ' ')
		}
		b = appendFrameRef(b, f)
	}
	if uint64(len(d.UnackedFrames)) < d.Unacked {
		if len(d.UnackedFrames) > 0 {
			b = append(b, ' ')
		}
		b = append(b, "..."...)
	}
	return append(b, ')')
}

func appendRetransmitted(b []byte, s analyze.Stats) []byte {
	if s.Count == 0 {
		return append(b, '0')
	}
	b = append(strconv.AppendUint(b, s.Count, 10), " ("...)
	for i, d := range [3]time.Duration{s.Min, s.Mean, s.Max} {
		if i > 0 {
			b = append(b, '/')
		}
		b = strconv.AppendFloat(b, d.Seconds(), 'f', 1, 64)
	}
	return append(b, ')')
}

func appendAckDelay(b []byte, s analyze.Stats) []byte {
	if s.Count == 0 {
		return append(b, '-')
	}
	for i, d := range [3]time.Duration{s.Min, s.Median, s.Max} {
		if i > 0 {
			b = append(b, '/')
		}
		b = strconv.AppendFloat(b, millis(d), 'f', 3, 64)
	}
	return b
}

func appendAnomalies(b []byte, d int, ds *analyze.DirSummary) []byte {
	start := len(b)
	sep := func() {
		if len(b) > start {
			b = append(b, ", "...)
		}
	}
	if ds.WrongStart {
		b = append(b, "starts at "...)
		b = append(strconv.AppendUint(b, uint64(ds.FirstSeq), 10), ", not "...)
		b = strconv.AppendUint(b, uint64(analyze.StartSeq[d]), 10)
	}
	if ds.Jumps > 0 {
		sep()
		b = append(strconv.AppendUint(b, ds.Jumps, 10), " not previous+1"...)
	}
	if ds.Reuses > 0 {
		sep()
		b = append(strconv.AppendUint(b, ds.Reuses, 10), " reused"...)
	}
	if len(b) == start {
		return append(b, "none"...)
	}
	return b
}

type commandJSON struct {
	Direction string  `json:"direction"`
	Code      *uint16 `json:"code,omitempty"` // absent for CHANNEL_INIT, which has none
	Command   string  `json:"command"`
	Known     bool    `json:"known"`
	Packets   uint64  `json:"packets"`
	Bytes     uint64  `json:"bytes"`
}

func commandsTable(cs []analyze.CommandCount) table {
	var packets, bytes uint64
	for _, c := range cs {
		packets += c.Packets
		bytes += c.Bytes
	}
	return table{name: "commands", title: "commands: packets and ICQ bytes per command and direction",
		header: []string{"dir", "code", "command", "packets", "bytes"},
		right:  []bool{false, false, false, true, true},
		n:      len(cs),
		row: func(i int) []string {
			c := &cs[i]
			code := fmt.Sprintf("0x%04X", c.Code)
			if strings.HasPrefix(c.Name, "(") || c.NoCode {
				code = "-"
			}
			return []string{c.Dir.String(), code, c.Name, u(c.Packets), u(c.Bytes)}
		},
		item: func(i int) any {
			c := &cs[i]
			j := commandJSON{Direction: c.Dir.String(), Command: c.Name, Known: c.Known, Packets: c.Packets, Bytes: c.Bytes}
			if !c.NoCode {
				j.Code = &c.Code
			}
			return j
		},
		footer: []string{"", "", "total", u(packets), u(bytes)},
	}
}

type streamJSON struct {
	Stream      int       `json:"stream"`
	Ends        [2]string `json:"ends"`
	UINs        [2]uint32 `json:"uins"`
	Sessions    [2]int    `json:"sessions"`
	Recognized  string    `json:"recognized,omitempty"`
	First       string    `json:"first"`
	Last        string    `json:"last"`
	Packets     [2]uint64 `json:"packets"`
	Bytes       [2]uint64 `json:"bytes"`
	Inits       [2]uint64 `json:"inits"`
	Messages    [2]uint64 `json:"messages"`
	AutoReplies [2]uint64 `json:"auto_replies"`
	Acks        [2]uint64 `json:"acks"`
	Cancels     [2]uint64 `json:"cancels"`
	Unacked     [2]uint64 `json:"unacked"`
	Other       [2]uint64 `json:"other"`
	Gaps        uint64    `json:"gaps"`
}

func peersTable(ss *streamStore) table {
	ids := ss.indexes()
	return table{spool: ss.spool, name: "peers", title: "peers: peer-to-peer TCP streams (counts are A>B/B>A)",
		header: []string{"stream", "A", "UIN A", "B", "UIN B", "recognised", "packets", "bytes", "messages",
			"auto replies", "acks", "not acked", "gaps"},
		right: []bool{true, false, true, false, true, false, true, true, true, true, true, true, true},
		n:     len(ids),
		cells: func(w *rowWriter, i int) { streamCells(w, ss.get(ids[i])) },
		item:  func(i int) any { return streamItem(ss.get(ids[i])) },
	}
}

// streamCells makes a peer stream's row.
func streamCells(w *rowWriter, s *analyze.StreamSummary) {
	w.text = strconv.AppendInt(w.text, int64(s.Stream), 10)
	w.end()
	for side := range 2 {
		w.text = s.Ends[side].AppendTo(w.text)
		w.end()
		w.text = appendUIN(w.text, s.UIN[side])
		if s.Session[side] != 0 {
			w.text = append(strconv.AppendInt(append(w.text, " (session "...), int64(s.Session[side]), 10), ')')
		}
		w.end()
	}
	if s.Recognized == "" {
		w.cell("-")
	} else {
		w.cell(s.Recognized)
	}
	for _, n := range [][2]uint64{s.Packets, s.Bytes, s.Messages, s.AutoReplies, s.Acks, s.Unacked} {
		w.text = appendPair(w.text, n[0], n[1])
		w.end()
	}
	w.text = strconv.AppendUint(w.text, s.Gaps, 10)
	w.end()
}

func streamItem(s *analyze.StreamSummary) streamJSON {
	return streamJSON{Stream: s.Stream, Ends: [2]string{s.Ends[0].String(), s.Ends[1].String()},
		UINs: s.UIN, Sessions: s.Session, Recognized: s.Recognized, First: jsonTimeOf(s.First),
		Last: jsonTimeOf(s.Last), Packets: s.Packets, Bytes: s.Bytes, Inits: s.Inits, Messages: s.Messages,
		AutoReplies: s.AutoReplies, Acks: s.Acks, Cancels: s.Cancels, Unacked: s.Unacked, Other: s.Other,
		Gaps: s.Gaps}
}

type captureJSON struct {
	Frames      uint64 `json:"frames"`
	ICQFrames   uint64 `json:"icq_frames"`
	PeerFrames  uint64 `json:"peer_frames"`
	Skipped     uint64 `json:"skipped"`
	Malformed   uint64 `json:"malformed"`
	Fragments   uint64 `json:"fragments"`
	Unsupported uint64 `json:"unsupported"`
	UDPPackets  uint64 `json:"udp_packets"`
	PeerPackets uint64 `json:"peer_packets"`
	Truncated   uint64 `json:"truncated"`
	Reassembled uint64 `json:"reassembled"`
	Incomplete  uint64 `json:"incomplete"`
	// Evicted is what each cap retired early, by key; left out when nothing.
	Evicted map[string]uint64 `json:"evicted,omitempty"`
	// LongerThanOriginal: records whose captured length exceeds their original length.
	LongerThanOriginal uint64 `json:"longer_than_original,omitempty"`
}

func captureTable(st capture.Stats, evictions []Eviction) table {
	rows := [][]string{
		{"ICQ UDP", u(st.ICQFrames), u(st.UDPPackets)},
		{"peer TCP", u(st.PeerFrames), u(st.PeerPackets)},
		{"not ICQ", u(st.Skipped), ""},
		{"malformed", u(st.Malformed), ""},
		{"IP fragments", u(st.Fragments), ""},
		{"unsupported link", u(st.Unsupported), ""},
	}
	return table{name: "capture", title: "capture: every frame counted once",
		header: []string{"frames", "count", "ICQ packets"},
		right:  []bool{false, true, true},
		n:      len(rows),
		row:    func(i int) []string { return rows[i] },
		footer: []string{"read", u(st.Frames), u(st.UDPPackets + st.PeerPackets)},
		after: fmt.Sprintf("ICQ UDP payloads cut short: %d; IP datagrams reassembled: %d, given up: %d\n",
			st.Truncated, st.Reassembled, st.Incomplete) + longerText(st.LongerThanOriginal) + evictionText(evictions),
		json: captureJSON{Frames: st.Frames, ICQFrames: st.ICQFrames, PeerFrames: st.PeerFrames, Skipped: st.Skipped,
			Malformed: st.Malformed, Fragments: st.Fragments, Unsupported: st.Unsupported, UDPPackets: st.UDPPackets,
			PeerPackets: st.PeerPackets, Truncated: st.Truncated, Reassembled: st.Reassembled, Incomplete: st.Incomplete,
			Evicted: evictionJSON(evictions), LongerThanOriginal: st.LongerThanOriginal},
	}
}
