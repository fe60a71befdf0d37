package dissect

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Severity ranks an issue.
type Severity uint8

const (
	Note Severity = iota + 1
	Warning
	Error
)

var severityNames = [...]string{Note: "note", Warning: "warning", Error: "error"}

func (s Severity) String() string {
	if int(s) < len(severityNames) && severityNames[s] != "" {
		return severityNames[s]
	}
	return "unknown"
}

// IssueKind says what is wrong. The message is built only when asked for, so
// that decoding a packet with issues allocates nothing.
type IssueKind uint8

const (
	IssueEmpty             IssueKind = iota + 1 // no bytes at all
	IssueTruncated                              // the packet ends inside a field
	IssueLengthOverrun                          // a string's LENGTH runs past the end
	IssueZeroLength                             // a string's LENGTH is 0: no room for the NUL
	IssueMissingNUL                             // a string's last byte is not NUL
	IssueTrailing                               // bytes after the last field
	IssueOtherVersion                           // VERSION is not 2
	IssueUnknownCommand                         // a code the spec does not list
	IssueUndescribed                            // a code the spec lists but does not lay out
	IssueFixedDiffers                           // a fixed field (VERSION, INIT_IDENT...) is not the spec's value
	IssueTypicalDiffers                         // an *Unknown field is not the spec's typical value
	IssueUnnamedValue                           // STATUS, TYPE ... outside the documented values
	IssuePeerLength                             // a peer packet's LENGTH disagrees with its body
	IssueGap                                    // bytes of a TCP stream were lost before this packet
	IssueResync                                 // bytes skipped to find this packet's start
	IssueCheckcode                              // a v5 client packet's checkcode does not match its bytes
	IssueUnknownSubcommand                      // a META_USER subcommand the tables do not list
	IssueHeaderOnly                             // a v3/v4 packet: the header is decoded, the rest shown raw
	IssueNotDecrypted                           // an encrypted packet too short to hold its key
	IssueExplained                              // another reading makes the packet fit (Packet.Explanation)
)

var issueKindNames = [...]string{
	IssueEmpty: "empty", IssueTruncated: "truncated", IssueLengthOverrun: "length-overrun",
	IssueZeroLength: "zero-length", IssueMissingNUL: "missing-nul", IssueTrailing: "trailing",
	IssueOtherVersion: "other-version", IssueUnknownCommand: "unknown-command",
	IssueUndescribed: "undescribed", IssueFixedDiffers: "fixed-differs",
	IssueTypicalDiffers: "typical-differs", IssueUnnamedValue: "unnamed-value",
	IssuePeerLength: "peer-length", IssueGap: "gap", IssueResync: "resync",
	IssueCheckcode: "checkcode", IssueUnknownSubcommand: "unknown-subcommand", IssueHeaderOnly: "header-only",
	IssueNotDecrypted: "not-decrypted", IssueExplained: "explained",
}

// String returns the kind's stable name, as JSON shows it: "truncated".
func (k IssueKind) String() string {
	if int(k) < len(issueKindNames) && issueKindNames[k] != "" {
		return issueKindNames[k]
	}
	return "unknown"
}

// Issue is one thing wrong with a packet, tied to a field where there is one.
type Issue struct {
	Kind     IssueKind
	Severity Severity
	Field    *Field // nil for the packet as a whole
	Index    int    // element of a repeated field, or -1
	Offset   int    // where in the payload
	Length   int    // bytes concerned
	Need     int    // numbers for the message; meaning depends on Kind
	Have     int
}

// FieldName returns the issue's field name, with the element index of a
// repeated field ("UIN[1]"), or "" for the whole packet.
func (i *Issue) FieldName() string {
	if i.Field == nil {
		return ""
	}
	if i.Index >= 0 {
		return fmt.Sprintf("%s[%d]", i.Field.Name, i.Index)
	}
	return i.Field.Name
}

// Message says what was expected and what was seen; payload is the packet's.
func (i *Issue) Message(payload []byte) string {
	name := i.FieldName()
	switch i.Kind {
	case IssueEmpty:
		return "empty payload"
	case IssueTruncated:
		if i.Have == 0 {
			return fmt.Sprintf("packet ends before %s at offset %d: %s needed", name, i.Offset, bytesWord(i.Need))
		}
		return fmt.Sprintf("packet ends in %s at offset %d: %s needed, %d left", name, i.Offset, bytesWord(i.Need), i.Have)
	case IssueLengthOverrun:
		return fmt.Sprintf("%s LENGTH %d runs %s past the end of the packet", name, i.Need, bytesWord(i.Need-i.Have))
	case IssueZeroLength:
		return fmt.Sprintf("%s LENGTH is 0: a string counts its NUL, so it is at least 1", name)
	case IssueMissingNUL:
		return fmt.Sprintf("%s is not NUL-terminated: its last byte is %02X, not 00", name, i.Have)
	case IssueTrailing:
		return fmt.Sprintf("%s after the last field", bytesWord(i.Length))
	case IssueOtherVersion:
		return fmt.Sprintf("%s %d is not decoded here (UDP: versions 2 to 5, v4 from clients only; peer: 2 and 3); the rest is shown raw", name, i.Have)
	case IssueUnknownCommand:
		return fmt.Sprintf("command code 0x%04X is not in the %s; parameters shown raw", i.Have, specName(i.Need))
	case IssueUndescribed:
		return fmt.Sprintf("the %s names command 0x%04X but does not lay out its parameters", specName(i.Need), i.Have)
	case IssueUnknownSubcommand:
		return fmt.Sprintf("subcommand 0x%04X is not in the %s; its data shown raw", i.Have, specName(i.Need))
	case IssueHeaderOnly:
		return fmt.Sprintf("version %d: only the header is decoded; the parameters are shown raw", i.Need)
	case IssueNotDecrypted:
		return fmt.Sprintf("packet of %s ends before its checkcode, the key (%d bytes needed): the rest is shown as on the wire, encrypted", bytesWord(i.Have), i.Need)
	case IssueCheckcode:
		if i.Need < 0 {
			return fmt.Sprintf("CHECKCODE 0x%08X does not match: the packet offset it samples lies outside the parameters", uint32(i.Have))
		}
		return fmt.Sprintf("CHECKCODE 0x%08X does not match: the decrypted bytes give 0x%08X", uint32(i.Have), uint32(i.Need))
	case IssueFixedDiffers:
		return fmt.Sprintf("%s is %s; the spec says %s", name, hexAt(payload, i.Offset, i.Length), i.content())
	case IssueTypicalDiffers:
		return fmt.Sprintf("%s is %s; the spec's typical value is %s", name, hexAt(payload, i.Offset, i.Length), i.content())
	case IssueUnnamedValue:
		return fmt.Sprintf("%s 0x%0*X is not a documented value", name, 2*i.Length, uint32(i.Have))
	case IssuePeerLength:
		return fmt.Sprintf("LENGTH is %d, but the packet after it has %s", i.Need, bytesWord(i.Have))
	case IssueGap:
		return fmt.Sprintf("the stream lost %s before this packet", bytesWord(i.Need))
	case IssueExplained:
		return fmt.Sprintf("reads cleanly as %s", Reading(i.Need))
	case IssueResync:
		return fmt.Sprintf("skipped %s to find the start of this packet", bytesWord(i.Need))
	}
	return fmt.Sprintf("issue %d", i.Kind)
}

// specName names the document whose tables an issue's code is looked up in.
func specName(version int) string {
	switch version {
	case 0:
		return "v2 spec"
	case 6:
		return "facts sheet's peer v4/v6 tables"
	}
	return fmt.Sprintf("v%d facts sheet", version)
}

func (i *Issue) content() string {
	if i.Field == nil {
		return "?"
	}
	return i.Field.Content
}

// bytesWord writes a count of bytes: "1 byte", "4 bytes".
func bytesWord(n int) string {
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

func hexAt(payload []byte, off, n int) string {
	if off < 0 || n < 0 || off+n > len(payload) {
		return "?"
	}
	return SpacedHex(payload[off : off+n])
}

// SpacedHex writes bytes as the spec does: "78 00 00 00".
func SpacedHex(b []byte) string { return strings.ToUpper(fmt.Sprintf("% x", b)) }

// Hex writes bytes as lowercase hex without spaces, as JSON does.
func Hex(b []byte) string { return hex.EncodeToString(b) }
