package report

import (
	"bufio"
	"io"
	"strconv"
	"time"

	"github.com/icqdump/icqdump/analyze"
)

var ackStates = [...]string{analyze.AckSeen: "seen", analyze.AckMissing: "missing", analyze.AckUnknown: "unknown"}

var ackMatches = [...]string{analyze.AckFirst: "first", analyze.AckDuplicate: "duplicate",
	analyze.AckOfAck: "ack_of_ack", analyze.AckOfNothing: "nothing"}

// writeJSON writes the diagrams as one JSON line:
// {"report":"flow","flow":{"sessions":[{..., "arrows":[...]}],"streams":[...]}}.
func (f *flow) writeJSON(w io.Writer, sessions *sessionStore, streams *streamStore, lone []int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(`{"report":"flow","flow":{"sessions":[`)
	var b []byte
	for i := 0; i < sessions.len(); i++ {
		s := sessions.get(i)
		l := plan(f.sessions[s.ID], false)
		if i > 0 {
			bw.WriteByte(',')
		}
		b = append(b[:0], `{"session":`...)
		b = strconv.AppendInt(b, int64(s.ID), 10)
		b = appendStringKey(b, "client", s.Client.String())
		b = appendStringKey(b, "server", s.Server.String())
		b = appendNumberKey(b, "uin", uint64(s.UIN))
		b = append(b, `,"peers":[`...)
		first := true
		for i, id := range l.peers {
			col := i + 2
			if !first {
				b = append(b, ',')
			}
			first = false
			b = appendStream(append(b, `{"column":"`+l.titles[col]+`",`...), streams.get(id-1))
			b = append(b, '}')
		}
		b = append(b, ']')
		bw.Write(b)
		if err := f.writeArrowsJSON(bw, f.sessions[s.ID], l); err != nil {
			return err
		}
		bw.WriteByte('}')
	}
	bw.WriteString(`],"streams":[`)
	for i, id := range lone {
		l := plan(f.streams[id], true)
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.Write(appendStream(append(b[:0], '{'), streams.get(id-1)))
		if err := f.writeArrowsJSON(bw, f.streams[id], l); err != nil {
			return err
		}
		bw.WriteByte('}')
	}
	bw.WriteString("]}}\n")
	return bw.Flush()
}

// appendStream writes a stream's number, ends and UINs as JSON members.
func appendStream(b []byte, st *analyze.StreamSummary) []byte {
	b = append(b, `"stream":`...)
	b = strconv.AppendInt(b, int64(st.Stream), 10)
	b = append(b, `,"ends":["`...)
	b = st.Ends[0].AppendTo(b)
	b = append(b, `","`...)
	b = st.Ends[1].AppendTo(b)
	b = append(b, `"],"uins":[`...)
	b = strconv.AppendUint(b, uint64(st.UIN[0]), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, uint64(st.UIN[1]), 10)
	return append(b, ']')
}

func appendStringKey(b []byte, key, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, key...)
	b = append(b, `":`...)
	return appendJSONString(b, []byte(value))
}

func (f *flow) writeArrowsJSON(bw *bufio.Writer, d *diagram, l *ladder) error {
	bw.WriteString(`,"arrows":[`)
	var b []byte
	first := true
	err := f.each(d, func(a *arrow) {
		if !first {
			bw.WriteByte(',')
		}
		first = false
		from, to := l.column(a)
		b = append(b[:0], `{"frame":`...)
		b = strconv.AppendUint(b, a.frame, 10)
		b = append(b, `,"time":"`...)
		b = time.Unix(0, a.time).UTC().AppendFormat(b, jsonTime)
		b = append(b, '"')
		b = appendStringKey(b, "from", l.titles[from])
		b = appendStringKey(b, "to", l.titles[to])
		b = appendStringKey(b, "command", string(a.appendName(nil)))
		if a.head.HasHeader() {
			b = appendNumberKey(b, "seq", uint64(a.head.Seq))
		}
		b = appendXrefKeys(b, &a.xref)
		if int(a.ack) < len(ackStates) && ackStates[a.ack] != "" {
			b = appendStringKey(b, "ack", ackStates[a.ack])
		}
		if int(a.match) < len(ackMatches) && ackMatches[a.match] != "" {
			b = appendStringKey(b, "acknowledges", ackMatches[a.match])
		}
		if len(a.note) > 0 {
			b = append(b, `,"fields":`...)
			b = appendJSONString(b, a.note)
		}
		bw.Write(append(b, '}'))
	})
	bw.WriteByte(']')
	return err
}
