package report

import (
	"time"

	"github.com/icqdump/icqdump/analyze"
)

// The records of the summaries the store keeps, field by field.
// TestSummaryRecords fills every exported field and reads it back, so a
// field added to a summary and not here fails it.

func writeSession(w *recordWriter, s *analyze.SessionSummary) {
	w.int(int64(s.ID))
	w.addr(s.Client)
	w.addr(s.Server)
	w.uint(uint64(s.UIN))
	w.uint(uint64(s.SessionID))
	w.time(s.First)
	w.time(s.Last)
	w.uint(s.Login.Frame)
	w.uint(uint64(s.Login.Seq))
	w.uint(s.Login.ReplyFrame)
	for d := range s.Dir {
		writeDir(w, &s.Dir[d])
	}
	w.uint(s.KeepAlives)
	w.int(int64(s.KeepAliveInterval))
	for _, n := range []uint64{s.SentServer, s.ReceivedServer, s.SentPeer, s.ReceivedPeer, s.StatusChanges} {
		w.uint(n)
	}
	w.uint(uint64(s.Status))
	w.bool(s.HasStatus)
	w.uint(s.Searches)
	w.uint(s.Found)
	w.uint(uint64(s.End))
	w.uint(s.EndFrame)
}

func readSession(r *recordReader, s *analyze.SessionSummary) {
	s.ID = int(r.int())
	s.Client, s.Server = r.addr(), r.addr()
	s.UIN = uint32(r.uint())
	s.SessionID = uint32(r.uint())
	s.First, s.Last = r.time(), r.time()
	s.Login = analyze.Login{Frame: r.uint(), Seq: uint16(r.uint()), ReplyFrame: r.uint()}
	for d := range s.Dir {
		readDir(r, &s.Dir[d])
	}
	s.KeepAlives = r.uint()
	s.KeepAliveInterval = time.Duration(r.int())
	for _, n := range []*uint64{&s.SentServer, &s.ReceivedServer, &s.SentPeer, &s.ReceivedPeer, &s.StatusChanges} {
		*n = r.uint()
	}
	s.Status = uint32(r.uint())
	s.HasStatus = r.bool()
	s.Searches, s.Found = r.uint(), r.uint()
	s.End = analyze.End(r.uint())
	s.EndFrame = r.uint()
}

func writeDir(w *recordWriter, d *analyze.DirSummary) {
	for _, n := range []uint64{d.Packets, d.Bytes, d.NeedAck, d.Acked, d.Unacked} {
		w.uint(n)
	}
	w.uints(d.UnackedFrames)
	writeStats(w, &d.Retransmissions)
	writeStats(w, &d.AckDelay)
	for _, n := range []uint64{d.DupAcks, d.UnmatchedAcks, d.AcksAcked, uint64(d.FirstSeq)} {
		w.uint(n)
	}
	w.bool(d.WrongStart)
	w.uint(d.Jumps)
	w.uint(d.Reuses)
}

func readDir(r *recordReader, d *analyze.DirSummary) {
	for _, n := range []*uint64{&d.Packets, &d.Bytes, &d.NeedAck, &d.Acked, &d.Unacked} {
		*n = r.uint()
	}
	d.UnackedFrames = r.uints()
	readStats(r, &d.Retransmissions)
	readStats(r, &d.AckDelay)
	for _, n := range []*uint64{&d.DupAcks, &d.UnmatchedAcks, &d.AcksAcked} {
		*n = r.uint()
	}
	d.FirstSeq = uint16(r.uint())
	d.WrongStart = r.bool()
	d.Jumps, d.Reuses = r.uint(), r.uint()
}

func writeStats(w *recordWriter, s *analyze.Stats) {
	w.uint(s.Count)
	for _, d := range []time.Duration{s.Min, s.Median, s.Max, s.Mean} {
		w.int(int64(d))
	}
}

func readStats(r *recordReader, s *analyze.Stats) {
	s.Count = r.uint()
	for _, d := range []*time.Duration{&s.Min, &s.Median, &s.Max, &s.Mean} {
		*d = time.Duration(r.int())
	}
}

func writeStream(w *recordWriter, s *analyze.StreamSummary) {
	w.int(int64(s.Stream))
	for side := range 2 {
		w.addr(s.Ends[side])
		w.uint(uint64(s.UIN[side]))
		w.int(int64(s.Session[side]))
	}
	w.string(s.Recognized)
	w.time(s.First)
	w.time(s.Last)
	for _, pair := range streamCounts(s) {
		w.uint(pair[0])
		w.uint(pair[1])
	}
	w.uint(s.Gaps)
}

func readStream(r *recordReader, s *analyze.StreamSummary) {
	s.Stream = int(r.int())
	for side := range 2 {
		s.Ends[side] = r.addr()
		s.UIN[side] = uint32(r.uint())
		s.Session[side] = int(r.int())
	}
	s.Recognized = r.string()
	s.First, s.Last = r.time(), r.time()
	for _, pair := range streamCounts(s) {
		pair[0], pair[1] = r.uint(), r.uint()
	}
	s.Gaps = r.uint()
}

// streamCounts are a stream's counts per direction, in their record's order.
func streamCounts(s *analyze.StreamSummary) [9]*[2]uint64 {
	return [9]*[2]uint64{&s.Packets, &s.Bytes, &s.Inits, &s.Messages, &s.AutoReplies, &s.Acks, &s.Cancels,
		&s.Unacked, &s.Other}
}
