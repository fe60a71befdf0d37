package check

import (
	"bytes"
	"fmt"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Finding is one place where a capture departs from the spec.
type Finding struct {
	Rule    *Rule
	Frames  []uint64 // the frames concerned, first the one that shows it
	UIN     uint32   // the client concerned, 0 when unknown
	Message string   // what was expected and what was seen
}

// issueRules maps the dissector's structural issues to the rules they break.
var issueRules = map[dissect.IssueKind]string{
	dissect.IssueEmpty:          "ICQ-TRUNCATED",
	dissect.IssueTruncated:      "ICQ-TRUNCATED",
	dissect.IssueLengthOverrun:  "ICQ-STR-LENGTH-NUL",
	dissect.IssueZeroLength:     "ICQ-STR-LENGTH-NUL",
	dissect.IssueMissingNUL:     "ICQ-STR-LENGTH-NUL",
	dissect.IssueTrailing:       "ICQ-TRAILING",
	dissect.IssueOtherVersion:   "ICQ-HDR-VERSION",
	dissect.IssueUnknownCommand: "ICQ-CMD-UNKNOWN",
	dissect.IssueUndescribed:    "ICQ-CMD-UNDESCRIBED",
	dissect.IssueFixedDiffers:   "ICQ-FIXED-FIELD",
	dissect.IssueTypicalDiffers: "ICQ-UNKNOWN-FIELD",
	dissect.IssuePeerLength:     "ICQ-PEER-LENGTH",
}

// maxPassword is the spec's "(max 8 chars)".
const maxPassword = 8

// packetFindings judges one packet on its own: its structure, and the rules
// that need no other packet.
func packetFindings(m *capture.Packet, p *dissect.Packet, emit func(ruleID string, m *capture.Packet, uin uint32, msg string)) {
	uin := p.UIN
	for i := range p.Issues {
		is := &p.Issues[i]
		id := issueRules[is.Kind]
		switch {
		case is.Kind == dissect.IssueUnnamedValue && is.Field != nil && is.Field.Name == "STATUS":
			id = "ICQ-STATUS-VALUE"
		case is.Kind == dissect.IssueTrailing && p.Dir == dissect.PeerToPeer && p.Version == 3:
			id = "" // peer v3 extends the v2 layout: not a departure
		}
		if id != "" {
			emit(id, m, uin, is.Message(p.Payload))
		}
	}
	for i := range p.Values {
		v := &p.Values[i]
		if v.Partial {
			continue
		}
		switch {
		case v.Field.Kind == dissect.KindString:
			stringFindings(p, v, func(id, msg string) { emit(id, m, uin, msg) })
		case isPortField(v.Field.Name):
			if msg, bad := portEndian(p.Bytes(v), v.Field.Name); bad {
				emit("ICQ-INT-ENDIAN", m, uin, msg)
			}
		}
	}
	if p.Command != nil && p.Command.Name == "SEARCH_USER" && p.Worst() < dissect.Error {
		if msg, bad := searchCriteria(p); bad {
			emit("ICQ-SEARCH-CRITERIA", m, uin, msg)
		}
	}
}

func stringFindings(p *dissect.Packet, v *dissect.Value, emit func(id, msg string)) {
	text := p.Data(v)
	name := v.Field.Name
	if (name == "PASSWORD" || name == "NEW_PASSWORD") && len(text) > maxPassword {
		emit("ICQ-PASSWORD-LENGTH", fmt.Sprintf("%s has %d characters; at most %d", name, len(text), maxPassword))
	}
	if at, ok := bareLineBreak(text); ok {
		emit("ICQ-TEXT-CRLF", fmt.Sprintf("%s has a line break without CR/LF at byte %d of its text", name, at))
	}
}

// bareLineBreak finds a CR not followed by LF, or an LF not preceded by CR.
func bareLineBreak(b []byte) (int, bool) {
	for i, c := range b {
		switch {
		case c == '\r' && (i+1 == len(b) || b[i+1] != '\n'):
			return i, true
		case c == '\n' && (i == 0 || b[i-1] != '\r'):
			return i, true
		}
	}
	return 0, false
}

func isPortField(name string) bool {
	return name == "PORT" || name == "REMOTE_PORT" || name == "MY_PORT"
}

// portEndian flags a 4-byte port that cannot be a TCP port read little-endian
// (over 65535); where its first two bytes make a port read big-endian, say so.
func portEndian(b []byte, name string) (string, bool) {
	if len(b) != 4 || b[2] == 0 && b[3] == 0 {
		return "", false
	}
	le := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
	msg := fmt.Sprintf("%s is %d (% X) read little-endian, not a TCP port", name, le, b)
	if be := uint16(b[0])<<8 | uint16(b[1]); be != 0 {
		msg += fmt.Sprintf("; its first two bytes read big-endian give port %d", be)
	}
	return msg, true
}

// searchCriteria applies SEARCH_USER's rule: e-mail alone, or names alone, never nothing.
func searchCriteria(p *dissect.Packet) (string, bool) {
	empty := func(name string) bool {
		v := p.Field(name)
		return v == nil || len(bytes.TrimSpace(p.Data(v))) == 0
	}
	names := !empty("NICK_NAME") || !empty("FIRST_NAME") || !empty("LAST_NAME")
	email := !empty("E_MAIL")
	switch {
	case !names && !email:
		return "every search field is empty", true
	case names && email:
		return "searches by name and by e-mail at once: one of them must be empty", true
	}
	return "", false
}
