package logs

import (
	"slices"
	"strconv"
	"time"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/dissect"
)

// The records the tables are made from: what the analyzer, the checker and
// the reader hand out, with the capture's id.

type packetRecord struct {
	capture string
	r       *analyze.Released
	fields  []byte // the "fields" object of -T json
}

type sessionRecord struct {
	capture string
	s       *analyze.SessionSummary
}

type ackRecord struct {
	capture string
	s       *analyze.SessionSummary
	dir     int // 0 client to server, 1 server to client
}

type peerRecord struct {
	capture string
	s       *analyze.StreamSummary
}

type messageRecord struct {
	capture string
	m       *analyze.Message
	text    []byte // the text, UTF-8
}

type findingRecord struct {
	capture string
	f       *check.Finding
}

// fileRecord is one capture read, once it is read to its end.
type fileRecord struct {
	capture     string
	name, path  string
	stats       capture.Stats
	first, last time.Time
	rows        [numTables]uint64 // the rows written to each table
	err         error             // why the capture could not be read to its end
}

// The tables' indexes in Tables.
const (
	tPackets = iota
	tSessions
	tAcks
	tPeers
	tMessages
	tFindings
	tFiles
	numTables
)

// Tables are the tables' schemas, in the order the README lists them.
var Tables = [numTables]*Table{&packets.Table, &sessions.Table, &acks.Table, &peers.Table, &messages.Table,
	&findings.Table, &files.Table}

// captureID is the capture_id column, which every table starts with.
func captureID[T any](id func(x *T) string) column[T] {
	return col("capture_id", String, "the capture's id (see [Keys](#keys))", func(r *row, x *T) { r.setString(id(x)) })
}

var ackNames = [...]string{analyze.AckSeen: "acked", analyze.AckMissing: "missing", analyze.AckUnknown: "unknown"}

var packets = newTable("icq_packets", "one row per decoded packet, in frame order",
	captureID(func(x *packetRecord) string { return x.capture }),
	opt("session_uid", String, "the client session: of the packet (UDP), of its sender (peer TCP)", func(r *row, x *packetRecord) {
		n := x.r.Session
		if x.r.Meta.Transport == capture.TCP {
			n = x.r.Sides[x.r.From]
		}
		r.setUID(x.capture, 's', n)
	}),
	opt("stream_uid", String, "peer TCP: the stream", func(r *row, x *packetRecord) { r.setUID(x.capture, 'p', x.r.Meta.Stream) }),
	col("frame", Int, "the frame that completed the packet, from 1", func(r *row, x *packetRecord) { r.setUint(x.r.Meta.Frame) }),
	col("time", Time, "the frame's capture time", func(r *row, x *packetRecord) { r.setTime(x.r.Meta.Time) }),
	col("src", String, "ip:port", func(r *row, x *packetRecord) { r.setAppend(x.r.Meta.Src.AppendTo) }),
	col("dst", String, "ip:port", func(r *row, x *packetRecord) { r.setAppend(x.r.Meta.Dst.AppendTo) }),
	col("transport", String, "udp, or tcp for peer packets", func(r *row, x *packetRecord) { r.setString(x.r.Meta.Transport.String()) }),
	col("direction", String, "c2s, s2c or p2p", func(r *row, x *packetRecord) { r.setString(x.r.Meta.Dir.String()) }),
	opt("version", Int, dissect.FVersion.String(), func(r *row, x *packetRecord) {
		setIf(r, x.r.Has(dissect.HeadVersion), uint64(x.r.Version))
	}),
	opt("command", String, "the spec's name, as -T json gives it", func(r *row, x *packetRecord) {
		if x.r.Command == nil && !x.r.HasCode() {
			r.setNull()
			return
		}
		r.setAppend(x.r.AppendCommandName)
	}),
	opt("code", Int, "the command's code", func(r *row, x *packetRecord) { setIf(r, x.r.HasCode(), uint64(x.r.Code)) }),
	opt("seq", Int, dissect.FSeqNum.String(), func(r *row, x *packetRecord) { setIf(r, x.r.Has(dissect.HeadSeq), uint64(x.r.Seq)) }),
	opt("uin", Int, "the sender's UIN from the header (client packets)", func(r *row, x *packetRecord) {
		setIf(r, x.r.Has(dissect.HeadUIN), uint64(x.r.UIN))
	}),
	opt("ack", String, "a packet that needs an ACK: acked, missing, or unknown (released before its window closed)",
		func(r *row, x *packetRecord) {
			if x.r.Ack == analyze.AckNotNeeded || int(x.r.Ack) >= len(ackNames) {
				r.setNull()
				return
			}
			r.setString(ackNames[x.r.Ack])
		}),
	opt("acks_frame", Int, "an ACK or CHANNEL_ACK: the frame it acknowledges", func(r *row, x *packetRecord) { r.optUint(x.r.Xref.AcksFrame) }),
	opt("ack_delay_ms", Float, "an ACK: milliseconds since the frame it acknowledges", func(r *row, x *packetRecord) {
		if x.r.Xref.AcksFrame == 0 {
			r.setNull()
			return
		}
		r.setFloat(x.r.Xref.AckDelayMs)
	}),
	opt("acked_in", Int, "a packet that was acknowledged: the ACK's frame", func(r *row, x *packetRecord) { r.optUint(x.r.Xref.AckedIn) }),
	opt("retransmission_of", Int, "a retransmission: the first frame with its SEQ_NUM and COMMAND", func(r *row, x *packetRecord) {
		r.optUint(x.r.Xref.RetransmissionOf)
	}),
	opt("retransmission", Int, "a retransmission: 1, 2, ...", func(r *row, x *packetRecord) { r.optUint(uint64(x.r.Xref.Retransmission)) }),
	opt("reply_to", Int, "a reply: the request's frame", func(r *row, x *packetRecord) { r.optUint(x.r.Xref.ReplyTo) }),
	col("length", Int, "the ICQ payload's bytes", func(r *row, x *packetRecord) { r.setInt(int64(len(x.r.Meta.Payload))) }),
	text(col("fields", String, "the wire values as a JSON object, as -T json's `fields`", func(r *row, x *packetRecord) { r.setBytes(x.fields) })),
	col("issues", Int, "the decoder's issues with the packet", func(r *row, x *packetRecord) { r.setInt(int64(len(x.r.Packet.Issues))) }),
	opt("severity", String, "the highest issue's severity: error, warning or note", func(r *row, x *packetRecord) {
		if len(x.r.Packet.Issues) == 0 {
			r.setNull()
			return
		}
		r.setString(x.r.Packet.Worst().String())
	}),
)

// setIf sets n when has, else null.
func setIf(r *row, has bool, n uint64) {
	if !has {
		r.setNull()
		return
	}
	r.setUint(n)
}

var sessions = newTable("icq_sessions", "one row per client session (a client address talking to a server address, from its first packet to its end)",
	captureID(func(x *sessionRecord) string { return x.capture }),
	col("session_uid", String, "the session", func(r *row, x *sessionRecord) { r.setUID(x.capture, 's', x.s.ID) }),
	col("session", Int, "the session's number in the capture, from 1", func(r *row, x *sessionRecord) { r.setInt(int64(x.s.ID)) }),
	col("client", String, "ip:port", func(r *row, x *sessionRecord) { r.setAppend(x.s.Client.AppendTo) }),
	col("server", String, "ip:port", func(r *row, x *sessionRecord) { r.setAppend(x.s.Server.AppendTo) }),
	opt("uin", Int, "the client's UIN", func(r *row, x *sessionRecord) { r.optUint(uint64(x.s.UIN)) }),
	col("first", Time, "the first packet's time", func(r *row, x *sessionRecord) { r.setTime(x.s.First) }),
	col("last", Time, "the last packet's time", func(r *row, x *sessionRecord) { r.setTime(x.s.Last) }),
	opt("login_frame", Int, "the LOGIN", func(r *row, x *sessionRecord) { r.optUint(x.s.Login.Frame) }),
	opt("login_reply_frame", Int, "its LOGIN_REPLY", func(r *row, x *sessionRecord) { r.optUint(x.s.Login.ReplyFrame) }),
	col("c2s_packets", Int, "packets client to server", func(r *row, x *sessionRecord) { r.setUint(x.s.Dir[0].Packets) }),
	col("c2s_bytes", Int, "their ICQ bytes", func(r *row, x *sessionRecord) { r.setUint(x.s.Dir[0].Bytes) }),
	col("s2c_packets", Int, "packets server to client", func(r *row, x *sessionRecord) { r.setUint(x.s.Dir[1].Packets) }),
	col("s2c_bytes", Int, "their ICQ bytes", func(r *row, x *sessionRecord) { r.setUint(x.s.Dir[1].Bytes) }),
	col("keepalives", Int, "KEEP_ALIVE packets", func(r *row, x *sessionRecord) { r.setUint(x.s.KeepAlives) }),
	opt("keepalive_interval_s", Float, "their mean interval (two or more)", func(r *row, x *sessionRecord) {
		optSeconds(r, x.s.KeepAliveInterval)
	}),
	col("sent_server", Int, dissect.CmdSendMessage.Name, func(r *row, x *sessionRecord) { r.setUint(x.s.SentServer) }),
	col("received_server", Int, "RECEIVE_MESSAGE (offline delivery included)", func(r *row, x *sessionRecord) { r.setUint(x.s.ReceivedServer) }),
	col("sent_peer", Int, "peer messages sent on the session's streams (not auto replies)", func(r *row, x *sessionRecord) { r.setUint(x.s.SentPeer) }),
	col("received_peer", Int, "peer messages received", func(r *row, x *sessionRecord) { r.setUint(x.s.ReceivedPeer) }),
	col("status_changes", Int, "STATUS_CHANGE packets", func(r *row, x *sessionRecord) { r.setUint(x.s.StatusChanges) }),
	opt("status", Int, "the last STATUS the client set", func(r *row, x *sessionRecord) { setIf(r, x.s.HasStatus, uint64(x.s.Status)) }),
	col("searches", Int, "SEARCH_UIN and SEARCH_USER", func(r *row, x *sessionRecord) { r.setUint(x.s.Searches) }),
	col("found", Int, "USER_FOUND answering them", func(r *row, x *sessionRecord) { r.setUint(x.s.Found) }),
	col("end", String, "how it ended: B_USER_DISCONNECTED, new LOGIN, silence, end of capture", func(r *row, x *sessionRecord) {
		r.setString(x.s.End.String())
	}),
	opt("end_frame", Int, "the B_USER_DISCONNECTED frame", func(r *row, x *sessionRecord) { r.optUint(x.s.EndFrame) }),
)

// optSeconds sets d in seconds, or null when it is 0.
func optSeconds(r *row, d time.Duration) {
	if d == 0 {
		r.setNull()
		return
	}
	r.setFloat(d.Seconds())
}

// optMillis sets d in milliseconds when there is a sample.
func optMillis(r *row, has bool, d time.Duration) {
	if !has {
		r.setNull()
		return
	}
	r.setFloat(float64(d) / float64(time.Millisecond))
}

var dirNames = [2]string{"c2s", "s2c"}

var acks = newTable("icq_acks", "one row per client session and direction: the packets sent that way and the ACKs that answered them",
	captureID(func(x *ackRecord) string { return x.capture }),
	col("session_uid", String, "the session", func(r *row, x *ackRecord) { r.setUID(x.capture, 's', x.s.ID) }),
	opt("uin", Int, "the client's UIN", func(r *row, x *ackRecord) { r.optUint(uint64(x.s.UIN)) }),
	col("direction", String, "c2s or s2c: who sent the packets", func(r *row, x *ackRecord) { r.setString(dirNames[x.dir]) }),
	col("packets", Int, "every packet sent this way", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Packets) }),
	col("need_ack", Int, "packets that need an ACK (a retransmitted one counts once)", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].NeedAck) }),
	col("acked", Int, "... that were acknowledged", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Acked) }),
	col("unacked", Int, "... that were not", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Unacked) }),
	text(col("unacked_frames", String, "the first frames of the first 8 of them, space-separated", func(r *row, x *ackRecord) {
		r.setAppend(func(b []byte) []byte { return appendFrames(b, x.s.Dir[x.dir].UnackedFrames) })
	})),
	col("retransmissions", Int, "retransmissions", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Retransmissions.Count) }),
	opt("retransmit_mean_s", Float, "their mean interval from the previous transmission", func(r *row, x *ackRecord) {
		if st := &x.s.Dir[x.dir].Retransmissions; st.Count > 0 {
			r.setFloat(st.Mean.Seconds())
			return
		}
		r.setNull()
	}),
	opt("ack_delay_min_ms", Float, "ACK delay, smallest", func(r *row, x *ackRecord) {
		st := &x.s.Dir[x.dir].AckDelay
		optMillis(r, st.Count > 0, st.Min)
	}),
	opt("ack_delay_median_ms", Float, "ACK delay, median", func(r *row, x *ackRecord) {
		st := &x.s.Dir[x.dir].AckDelay
		optMillis(r, st.Count > 0, st.Median)
	}),
	opt("ack_delay_max_ms", Float, "ACK delay, largest", func(r *row, x *ackRecord) {
		st := &x.s.Dir[x.dir].AckDelay
		optMillis(r, st.Count > 0, st.Max)
	}),
	col("dup_acks", Int, "ACKs from the other side for a packet already acknowledged", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].DupAcks) }),
	col("unmatched_acks", Int, "ACKs from the other side that match nothing sent this way", func(r *row, x *ackRecord) {
		r.setUint(x.s.Dir[x.dir].UnmatchedAcks)
	}),
	col("acks_acked", Int, "ACKs sent this way that the other side acknowledged", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].AcksAcked) }),
	col("seq_wrong_start", Bool, "the session began with its LOGIN and the first SEQ_NUM is not the spec's", func(r *row, x *ackRecord) {
		r.setBool(x.s.Dir[x.dir].WrongStart)
	}),
	col("seq_jumps", Int, "a new SEQ_NUM that is not the previous one + 1", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Jumps) }),
	col("seq_reuses", Int, "an earlier SEQ_NUM with another COMMAND", func(r *row, x *ackRecord) { r.setUint(x.s.Dir[x.dir].Reuses) }),
)

func appendFrames(b []byte, frames []uint64) []byte {
	for i, f := range frames {
		if i > 0 {
			b = append(b, ' ')
		}
		b = strconv.AppendUint(b, f, 10)
	}
	return b
}

// sides declares a pair of columns a_NAME and b_NAME, for the two ends of
// a peer stream (a sent the stream's first packet).
func sides(name, doc string, get func(s *analyze.StreamSummary) [2]uint64) []column[peerRecord] {
	return []column[peerRecord]{
		col("a_"+name, Int, doc+", from a", func(r *row, x *peerRecord) { r.setUint(get(x.s)[0]) }),
		col("b_"+name, Int, doc+", from b", func(r *row, x *peerRecord) { r.setUint(get(x.s)[1]) }),
	}
}

var peers = newTable("icq_peers", "one row per peer TCP stream; side a sent its first packet",
	append([]column[peerRecord]{
		captureID(func(x *peerRecord) string { return x.capture }),
		col("stream_uid", String, "the stream", func(r *row, x *peerRecord) { r.setUID(x.capture, 'p', x.s.Stream) }),
		col("stream", Int, "the stream's number in the capture, from 1", func(r *row, x *peerRecord) { r.setInt(int64(x.s.Stream)) }),
		col("a", String, "ip:port of side a", func(r *row, x *peerRecord) { r.setAppend(x.s.Ends[0].AppendTo) }),
		col("b", String, "ip:port of side b", func(r *row, x *peerRecord) { r.setAppend(x.s.Ends[1].AppendTo) }),
		opt("a_uin", Int, "side a's UIN", func(r *row, x *peerRecord) { r.optUint(uint64(x.s.UIN[0])) }),
		opt("b_uin", Int, "side b's UIN", func(r *row, x *peerRecord) { r.optUint(uint64(x.s.UIN[1])) }),
		opt("a_session_uid", String, "side a's client session", func(r *row, x *peerRecord) { r.setUID(x.capture, 's', x.s.Session[0]) }),
		opt("b_session_uid", String, "side b's client session", func(r *row, x *peerRecord) { r.setUID(x.capture, 's', x.s.Session[1]) }),
		col("recognized", String, "how the stream was recognised as ICQ", func(r *row, x *peerRecord) { r.setString(x.s.Recognized) }),
		col("first", Time, "the first packet's time", func(r *row, x *peerRecord) { r.setTime(x.s.First) }),
		col("last", Time, "the last packet's time", func(r *row, x *peerRecord) { r.setTime(x.s.Last) }),
		col("gaps", Int, "packets after bytes lost from the stream", func(r *row, x *peerRecord) { r.setUint(x.s.Gaps) }),
	}, slices.Concat(
		sides("packets", "packets", func(s *analyze.StreamSummary) [2]uint64 { return s.Packets }),
		sides("bytes", "ICQ bytes", func(s *analyze.StreamSummary) [2]uint64 { return s.Bytes }),
		sides("messages", "real messages", func(s *analyze.StreamSummary) [2]uint64 { return s.Messages }),
		sides("auto_replies", "auto replies", func(s *analyze.StreamSummary) [2]uint64 { return s.AutoReplies }),
		sides("acks", dissect.PeerAck.Name, func(s *analyze.StreamSummary) [2]uint64 { return s.Acks }),
		sides("cancels", dissect.PeerCancel.Name, func(s *analyze.StreamSummary) [2]uint64 { return s.Cancels }),
		sides("unacked", "real messages never acknowledged", func(s *analyze.StreamSummary) [2]uint64 { return s.Unacked }),
	)...)...,
)

var messages = newTable("icq_messages", "one row per message between users, in frame order",
	captureID(func(x *messageRecord) string { return x.capture }),
	opt("session_uid", String, "a message through the server: the client session", func(r *row, x *messageRecord) {
		r.setUID(x.capture, 's', x.m.Session)
	}),
	opt("stream_uid", String, "a peer message: the stream", func(r *row, x *messageRecord) { r.setUID(x.capture, 'p', x.m.Stream) }),
	col("frame", Int, "the packet's frame", func(r *row, x *messageRecord) { r.setUint(x.m.Frame) }),
	col("time", Time, "its capture time", func(r *row, x *messageRecord) { r.setTime(x.m.Time) }),
	opt("from_uin", Int, "the sender", func(r *row, x *messageRecord) { r.optUint(uint64(x.m.From)) }),
	opt("to_uin", Int, "the receiver", func(r *row, x *messageRecord) { r.optUint(uint64(x.m.To)) }),
	col("path", String, "server, offline or peer", func(r *row, x *messageRecord) { r.setString(x.m.Path.String()) }),
	col("type", Int, "the message type", func(r *row, x *messageRecord) { r.setInt(int64(x.m.Type)) }),
	col("auto", Bool, "a peer auto reply", func(r *row, x *messageRecord) { r.setBool(x.m.Auto) }),
	opt("sent", Time, "RECEIVE_MESSAGE: the time stamped in it", func(r *row, x *messageRecord) { r.setTime(x.m.Sent) }),
	text(col("text", String, "MESSAGE, decoded from Windows-1252 (parts separated by þ, as sent)", func(r *row, x *messageRecord) {
		r.setBytes(x.text)
	})),
)

var findings = newTable("icq_findings", "one row per finding of `icqdump check` (all roles, default tolerances): Zeek's weird.log",
	captureID(func(x *findingRecord) string { return x.capture }),
	col("rule", String, "the rule's ID (`icqdump check --rules`)", func(r *row, x *findingRecord) { r.setString(x.f.Rule.ID) }),
	col("severity", String, "error, warning or note", func(r *row, x *findingRecord) { r.setString(x.f.Rule.Severity.String()) }),
	col("area", String, "header, reliability, encoding, semantics or peer", func(r *row, x *findingRecord) { r.setString(x.f.Rule.Area) }),
	opt("uin", Int, "the client concerned", func(r *row, x *findingRecord) { r.optUint(uint64(x.f.UIN)) }),
	opt("frame", Int, "the frame that shows it", func(r *row, x *findingRecord) {
		if len(x.f.Frames) == 0 {
			r.setNull()
			return
		}
		r.setUint(x.f.Frames[0])
	}),
	text(col("frames", String, "every frame concerned, space-separated", func(r *row, x *findingRecord) {
		r.setAppend(func(b []byte) []byte { return appendFrames(b, x.f.Frames) })
	})),
	text(col("message", String, "what was expected and what was seen", func(r *row, x *findingRecord) { r.setString(x.f.Message) })),
)

// fileCount declares a column counting something of a capture.
func fileCount(name, doc string, get func(x *fileRecord) uint64) column[fileRecord] {
	return col(name, Int, doc, func(r *row, x *fileRecord) { r.setUint(get(x)) })
}

var files = newTable("icq_files", "one row per capture read, once it is read",
	captureID(func(x *fileRecord) string { return x.capture }),
	col("capture", String, "the capture's partition name", func(r *row, x *fileRecord) { r.setString(x.name) }),
	col("path", String, "the file as given to -r, or the interface", func(r *row, x *fileRecord) { r.setString(x.path) }),
	col("schema_version", Int, "the version of these tables", func(r *row, x *fileRecord) { r.setInt(SchemaVersion) }),
	opt("first", Time, "the first ICQ packet's time", func(r *row, x *fileRecord) { r.setTime(x.first) }),
	opt("last", Time, "the last ICQ packet's time", func(r *row, x *fileRecord) { r.setTime(x.last) }),
	fileCount("frames", "frames read", func(x *fileRecord) uint64 { return x.stats.Frames }),
	fileCount("icq_frames", "frames of ICQ UDP", func(x *fileRecord) uint64 { return x.stats.ICQFrames }),
	fileCount("peer_frames", "TCP frames of peer streams", func(x *fileRecord) uint64 { return x.stats.PeerFrames }),
	fileCount("skipped", "frames that are not ICQ", func(x *fileRecord) uint64 { return x.stats.Skipped }),
	fileCount("malformed", "frames whose headers could not be decoded", func(x *fileRecord) uint64 { return x.stats.Malformed }),
	fileCount("fragments", "IP fragments that did not complete a datagram", func(x *fileRecord) uint64 { return x.stats.Fragments }),
	fileCount("unsupported", "frames of unsupported links", func(x *fileRecord) uint64 { return x.stats.Unsupported }),
	fileCount("packets", "rows of icq_packets", func(x *fileRecord) uint64 { return x.rows[tPackets] }),
	fileCount("sessions", "rows of icq_sessions", func(x *fileRecord) uint64 { return x.rows[tSessions] }),
	fileCount("streams", "rows of icq_peers", func(x *fileRecord) uint64 { return x.rows[tPeers] }),
	fileCount("messages", "rows of icq_messages", func(x *fileRecord) uint64 { return x.rows[tMessages] }),
	fileCount("findings", "rows of icq_findings", func(x *fileRecord) uint64 { return x.rows[tFindings] }),
	opt("error", String, "why the capture could not be read to its end", func(r *row, x *fileRecord) {
		if x.err == nil {
			r.setNull()
			return
		}
		r.setString(x.err.Error())
	}),
)
