package report

import (
	"io"
	"strconv"

	"github.com/icqdump/icqdump/dissect"
)

type jsonPrinter struct {
	w   io.Writer
	buf []byte
}

func (j *jsonPrinter) Print(r *Record) error {
	m, p := r.Meta, r.Packet
	b := append(j.buf[:0], `{"frame":`...)
	b = strconv.AppendUint(b, m.Frame, 10)
	b = append(b, `,"time":"`...)
	b = m.Time.UTC().AppendFormat(b, "2006-01-02T15:04:05.000000000Z")
	b = append(b, `","src":"`...)
	b = m.Src.AppendTo(b)
	b = append(b, `","dst":"`...)
	b = m.Dst.AppendTo(b)
	b = append(b, `","transport":"`...)
	b = append(b, m.Transport.String()...)
	b = append(b, `","direction":"`...)
	b = append(b, m.Dir.String()...)
	b = append(b, `","version":`...)
	b = strconv.AppendUint(b, uint64(p.Version), 10)
	if name := p.CommandName(); name != "" {
		b = append(b, `,"command":`...)
		b = strconv.AppendQuote(b, name)
		b = append(b, `,"code":`...)
		b = strconv.AppendUint(b, uint64(p.Code), 10)
	}
	if p.HasHeader {
		b = append(b, `,"seq":`...)
		b = strconv.AppendUint(b, uint64(p.Seq), 10)
		if p.Dir == dissect.ClientToServer {
			b = append(b, `,"uin":`...)
			b = strconv.AppendUint(b, uint64(p.UIN), 10)
		}
	}
	b = append(b, '}', '\n')
	j.buf = b
	_, err := j.w.Write(b)
	return err
}
