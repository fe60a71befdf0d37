package check

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// Finding is one place where a capture departs from the spec.
type Finding struct {
	Rule    *Rule
	Frames  []uint64 // the frames concerned, first the one that shows it
	UIN     uint32   // the client concerned, 0 when unknown
	Message string   // what was expected and what was seen
	Scope   Scope    // the session, peer stream or capture it is about
}

// issueRules maps the dissector's structural issues to the rules they break.
var issueRules = map[dissect.IssueKind]*Rule{
	dissect.IssueEmpty:             RuleTruncated,
	dissect.IssueTruncated:         RuleTruncated,
	dissect.IssueLengthOverrun:     RuleStrLengthNUL,
	dissect.IssueZeroLength:        RuleStrLengthNUL,
	dissect.IssueMissingNUL:        RuleStrLengthNUL,
	dissect.IssueTrailing:          RuleTrailing,
	dissect.IssueOtherVersion:      RuleHdrVersion,
	dissect.IssueUnknownCommand:    RuleCmdUnknown,
	dissect.IssueUndescribed:       RuleCmdUndescribed,
	dissect.IssueFixedDiffers:      RuleFixedField,
	dissect.IssueTypicalDiffers:    RuleUnknownField,
	dissect.IssueHeaderOnly:        RuleCmdUndescribed,
	dissect.IssueCheckcode:         RuleV5Checkcode,
	dissect.IssueNotDecrypted:      RuleV5TooShort,
	dissect.IssueUnknownSubcommand: RuleV5SubcmdUnknown,
}

// maxPassword is the spec's "(max 8 chars)".
const maxPassword = 8

// packetFindings judges one packet on its own: its structure, and the rules
// that need no other packet.
func packetFindings(m *capture.Packet, p *dissect.Packet, emit func(rule *Rule, msg string)) {
	cut := cutByCapture(m, p)
	if p.HasExplanation() {
		if rule, msg := explanationFinding(p); rule != nil {
			emit(rule, msg)
		}
	}
	for i := range p.Issues {
		is := &p.Issues[i]
		if p.HasExplanation() && is.Kind != dissect.IssueGap && is.Kind != dissect.IssueResync {
			continue // the symptoms of the departure the explanation names
		}
		if rule := issueRule(p, is, cut); rule == RulePeerLength {
			emit(rule, fmt.Sprintf("LENGTH %d does not fit the fields of %s: %s", p.Values[0].Num, commandName(p), is.Message(p.Payload)))
		} else if rule != nil {
			emit(rule, is.Message(p.Payload))
		}
	}
	for i := range p.Values {
		v := &p.Values[i]
		if v.Partial {
			continue
		}
		switch {
		case v.Field.Kind == dissect.KindString:
			stringFindings(p, v, emit)
		case v.Field.HoldsPort() && !p.HasExplanation():
			if msg, bad := portEndian(p.Bytes(v), v.Field.Name); bad {
				emit(RuleIntEndian, msg)
			}
		}
	}
	if p.Command == dissect.CmdSearchUser && p.Worst() < dissect.Error {
		if msg, bad := searchCriteria(p); bad {
			emit(RuleSearchCriteria, msg)
		}
	}
}

// cutByCapture reports a packet whose end the capture lost: a datagram cut
// by the snap length, or a peer packet shorter than its LENGTH (capture
// frames peer packets by LENGTH, so only a loss or the end of the capture
// makes one short; an empty one only reports skipped bytes).
func cutByCapture(m *capture.Packet, p *dissect.Packet) bool {
	if m.Transport == capture.UDP {
		return m.Truncated
	}
	return len(p.Payload) < 2 || slices.ContainsFunc(p.Issues, func(is dissect.Issue) bool { return is.Kind == dissect.IssuePeerLength })
}

// issueRule names the rule an issue breaks, or nil for none: the capture's
// losses are not the sender's doing. On a peer connection LENGTH frames each
// packet, so fields that end before it or run past it show a LENGTH that
// does not fit them; where CHANNEL_INIT's fixed LENGTH differs, that is the
// one finding.
func issueRule(p *dissect.Packet, is *dissect.Issue, cut bool) *Rule {
	peer := p.Dir == dissect.PeerToPeer
	lengthMisfit := is.Kind == dissect.IssueTruncated || is.Kind == dissect.IssueTrailing
	switch {
	case is.Kind == dissect.IssueUnnamedValue:
		if is.Field != nil && is.Field.ID() == dissect.FStatus {
			return RuleStatusValue
		}
		return RuleValueUndocumented
	case cut && (lengthMisfit || is.Kind == dissect.IssueEmpty || is.Kind == dissect.IssueLengthOverrun):
		return nil
	case peer && is.Kind == dissect.IssueTrailing && p.Version == 3:
		return RulePeerV3Extra // peer v3 extends the v2 layout: noted, not a departure
	case peer && lengthMisfit && p.Command == dissect.PeerInit && fixedDiffers(p):
		return nil
	case peer && lengthMisfit:
		return RulePeerLength
	case is.Kind == dissect.IssueNotDecrypted && p.Version != 5:
		return RuleTruncated // a v4 packet cut before the end of its header
	}
	return issueRules[is.Kind]
}

// explanationRules maps each reading to the rule of the departure it names.
var explanationRules = [...]*Rule{
	dissect.ReadBigEndian: RuleIntEndian, dissect.ReadCount1: RuleFieldWidth,
	dissect.ReadWidth: RuleFieldWidth, dissect.ReadOrder: RuleFieldOrder,
	dissect.ReadLaterCode: RuleCmdOtherVersion, dissect.ReadASCII: RuleIntASCII,
	dissect.ReadOutgoingPort: RulePeerInitPort,
}

// explanationFinding names the departure a packet's explanation found, with
// the value meant. A big-endian SEQ_NUM in the header is ICQ-SEQ-ENDIAN's,
// which the numbering across packets reports.
func explanationFinding(p *dissect.Packet) (*Rule, string) {
	e := &p.Explanation
	if e.Reading == dissect.ReadBigEndian && e.Field.ID() == dissect.FSeqNum {
		return nil, ""
	}
	msg := e.Message(p.Payload)
	name := ""
	if e.Field != nil {
		name = e.Field.Name
	}
	switch e.Reading {
	case dissect.ReadBigEndian:
		msg = fmt.Sprintf("%s was written big-endian: it means %d; %s", name, e.Meant, msg)
	case dissect.ReadCount1, dissect.ReadWidth:
		msg = fmt.Sprintf("%s is %s wide, not %s as the document has it; %s", name, bytesWide(e.Width), bytesWide(e.Field.Width), msg)
	case dissect.ReadOrder:
		msg = "the fields are not in the document's order; " + msg
	case dissect.ReadLaterCode:
		msg = fmt.Sprintf("code 0x%04X is not a v2 command but v5's %s; %s", p.Code, e.Code.Display(), msg)
	case dissect.ReadASCII:
		msg = fmt.Sprintf("%s is ASCII text of the number %d; %s", name, e.Meant, msg)
	}
	return explanationRules[e.Reading], msg
}

func bytesWide(n int) string {
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// fixedDiffers reports whether a fixed field (CHANNEL_INIT's LENGTH) is not
// the spec's.
func fixedDiffers(p *dissect.Packet) bool {
	return slices.ContainsFunc(p.Issues, func(is dissect.Issue) bool { return is.Kind == dissect.IssueFixedDiffers })
}

func stringFindings(p *dissect.Packet, v *dissect.Value, emit func(rule *Rule, msg string)) {
	text := p.Data(v)
	name := v.Field.Name
	if (v.Field.ID() == dissect.FPassword || v.Field.ID() == dissect.FNewPassword) && len(text) > maxPassword {
		emit(RulePasswordLength, fmt.Sprintf("%s has %d characters; at most %d", name, len(text), maxPassword))
	}
	if at, ok := bareLineBreak(text); ok {
		emit(RuleTextCRLF, fmt.Sprintf("%s has a line break without CR/LF at byte %d of its text", name, at))
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

// portEndian flags a 4-byte port that cannot be a TCP port read little-endian
// (over 65535), and says which port it is read big-endian: as 4 bytes, or
// as its first two.
func portEndian(b []byte, name string) (string, bool) {
	if len(b) != 4 || b[2] == 0 && b[3] == 0 {
		return "", false
	}
	msg := fmt.Sprintf("%s is %d (% X) read little-endian, not a TCP port", name, binary.LittleEndian.Uint32(b), b)
	if be := binary.BigEndian.Uint32(b); be <= 0xFFFF {
		msg += fmt.Sprintf("; read big-endian it is port %d", be)
	} else if be := binary.BigEndian.Uint16(b); be != 0 {
		msg += fmt.Sprintf("; its first two bytes read big-endian give port %d", be)
	}
	return msg, true
}

// searchCriteria applies SEARCH_USER's rule: e-mail alone, or names alone, never nothing.
func searchCriteria(p *dissect.Packet) (string, bool) {
	empty := func(h dissect.FieldID) bool {
		v := p.Value(h)
		return v == nil || len(bytes.TrimSpace(p.Data(v))) == 0
	}
	names := !empty(dissect.FNickName) || !empty(dissect.FFirstName) || !empty(dissect.FLastName)
	email := !empty(dissect.FEMail)
	switch {
	case !names && !email:
		return "every search field is empty", true
	case names && email:
		return "searches by name and by e-mail at once: one of them must be empty", true
	}
	return "", false
}
