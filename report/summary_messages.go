package report

import (
	"bufio"
	"fmt"
	"io"
	"strconv"

	"github.com/icqdump/icqdump/analyze"
	"github.com/icqdump/icqdump/dissect"
)

// transcript is the messages report: every message, rendered as it is
// released (in frame order) and spooled until the end of the run.
type transcript struct {
	spool *spool
	json  bool
	list  spoolList
	n     int
	buf   []byte
	text  []byte // decoded text, reused
}

const transcriptHeader = "  frame  time          from       -> to          path     type            text\n"

func (t *transcript) add(m *analyze.Message) {
	if t.json {
		t.buf = t.appendJSON(t.buf[:0], m)
	} else {
		t.buf = t.appendLine(t.buf[:0], m)
	}
	t.buf = append(t.buf, '\n')
	t.spool.append(&t.list, t.buf)
	t.n++
}

func (t *transcript) write(w io.Writer) error {
	r := t.spool.reader(&t.list)
	if t.json {
		return writeJSONList(w, "messages", r)
	}
	if _, err := fmt.Fprintf(w, "=== messages: %d ===\n", t.n); err != nil {
		return err
	}
	if t.n == 0 {
		_, err := io.WriteString(w, "(none)\n\n")
		return err
	}
	if _, err := io.WriteString(w, transcriptHeader); err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// writeJSONList writes {"report":name,name:[...]} from spooled JSON values,
// one a line.
func writeJSONList(w io.Writer, name string, r *bufio.Reader) error {
	if _, err := fmt.Fprintf(w, "{\"report\":%q,%q:[", name, name); err != nil {
		return err
	}
	first, lineStart := true, true
	for {
		chunk, err := r.ReadSlice('\n')
		if len(chunk) > 0 {
			if lineStart && !first {
				if _, err := io.WriteString(w, ","); err != nil {
					return err
				}
			}
			first = false
			lineStart = chunk[len(chunk)-1] == '\n'
			if lineStart {
				chunk = chunk[:len(chunk)-1]
			}
			if _, err := w.Write(chunk); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil && err != bufio.ErrBufferFull {
			return err
		}
	}
	_, err := io.WriteString(w, "]}\n")
	return err
}

func (t *transcript) appendLine(b []byte, m *analyze.Message) []byte {
	b = appendPadded(b, strconv.FormatUint(m.Frame, 10), 7, true)
	b = append(b, "  "...)
	b = m.Time.UTC().AppendFormat(b, "15:04:05.000")
	b = append(b, "  "...)
	b = appendPadded(b, uin(m.From), 10, true)
	b = append(b, " -> "...)
	b = appendPadded(b, uin(m.To), 10, false)
	b = append(b, "  "...)
	b = appendPadded(b, m.Path.String(), 7, false)
	b = append(b, "  "...)
	b = appendPadded(b, messageType(m.Type), 14, false)
	b = append(b, "  "...)
	if m.Auto {
		b = append(b, "(auto reply) "...)
	}
	if m.Path == analyze.PathOffline {
		b = append(b, "(sent "...)
		b = m.Sent.AppendFormat(b, "2006-01-02 15:04")
		b = append(b, ") "...)
	}
	return t.appendText(b, m)
}

func appendPadded(b []byte, s string, width int, right bool) []byte {
	pad := width - len(s)
	if right {
		for ; pad > 0; pad-- {
			b = append(b, ' ')
		}
	}
	b = append(b, s...)
	for ; pad > 0; pad-- {
		b = append(b, ' ')
	}
	return b
}

func messageType(t uint16) string {
	if name, ok := dissect.MessageType.Lookup(uint32(t)); ok {
		return name
	}
	return fmt.Sprintf("0x%04X", t)
}

// appendText writes the text quoted; a message whose TYPE has named parts
// (a URL's description and link) as name="part" ...
func (t *transcript) appendText(b []byte, m *analyze.Message) []byte {
	names := dissect.MessageParts[uint32(m.Type)]
	if names == nil {
		return appendQuoted(b, t.decode(m.Text))
	}
	dissect.Parts(m.Text, func(i int, part []byte) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, partName(names, i)...)
		b = append(b, '=')
		b = appendQuoted(b, t.decode(part))
	})
	return b
}

// decode turns Windows-1252 text into UTF-8 in the reused buffer.
func (t *transcript) decode(text []byte) []byte {
	t.text = dissect.AppendText(t.text[:0], text)
	return t.text
}

func partName(names []string, i int) string {
	if i < len(names) {
		return names[i]
	}
	return "part" + strconv.Itoa(i+1)
}

func (t *transcript) appendJSON(b []byte, m *analyze.Message) []byte {
	b = append(b, `{"frame":`...)
	b = strconv.AppendUint(b, m.Frame, 10)
	b = append(b, `,"time":"`...)
	b = m.Time.UTC().AppendFormat(b, jsonTime)
	b = append(b, `","from":`...)
	b = strconv.AppendUint(b, uint64(m.From), 10)
	b = append(b, `,"to":`...)
	b = strconv.AppendUint(b, uint64(m.To), 10)
	b = append(b, `,"path":"`...)
	b = append(b, m.Path.String()...)
	b = append(b, `","type":`...)
	b = strconv.AppendUint(b, uint64(m.Type), 10)
	b = append(b, `,"type_name":"`...)
	b = append(b, messageType(m.Type)...)
	b = append(b, '"')
	if m.Auto {
		b = append(b, `,"auto_reply":true`...)
	}
	if m.Path == analyze.PathOffline {
		b = append(b, `,"sent":"`...)
		b = m.Sent.AppendFormat(b, jsonTime)
		b = append(b, '"')
	}
	if m.Session != 0 {
		b = append(b, `,"session":`...)
		b = strconv.AppendInt(b, int64(m.Session), 10)
	}
	if m.Stream != 0 {
		b = append(b, `,"stream":`...)
		b = strconv.AppendInt(b, int64(m.Stream), 10)
	}
	names := dissect.MessageParts[uint32(m.Type)]
	if names == nil {
		b = append(b, `,"text":`...)
		b = appendJSONString(b, t.decode(m.Text))
		return append(b, '}')
	}
	b = append(b, `,"parts":{`...)
	dissect.Parts(m.Text, func(i int, part []byte) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, []byte(partName(names, i)))
		b = append(b, ':')
		b = appendJSONString(b, t.decode(part))
	})
	return append(b, "}}"...)
}
