// Package check validates a capture against the ICQ v2 spec: a catalogue of
// rules, each with a stable ID, a severity and the spec passage it rests on,
// and the findings a capture gives.
package check

import (
	"fmt"
	"strings"

	"github.com/icqdump/icqdump/dissect"
)

// Rule is one entry of the catalogue.
type Rule struct {
	ID       string // stable: CI jobs and people refer to it
	Severity dissect.Severity
	Area     string   // header, reliability, encoding, semantics, v5, peer, capture
	Versions Versions // the protocols the checker judges it on (versions.go)
	Summary  string   // what an implementation must do
	Spec     string   // the passage it rests on
}

// The rules, each a value the checker passes when it fires.
var (
	RuleHdrVersion = &Rule{"ICQ-HDR-VERSION", dissect.Error, "header", V2 | Peer2, "VERSION is 02 00",
		`General layout: "2 bytes 02 00 VERSION Identifies the packet as an ICQ packet"`}
	RuleSeqStart = &Rule{"ICQ-SEQ-START", dissect.Error, "header", V2, "the client's SEQ_NUM starts at 1, the server's at 0",
		`"Note also that the server start counting on 00 00, and the client start counting on 01 00."`}
	RuleSeqNext = &Rule{"ICQ-SEQ-NEXT", dissect.Warning, "header", V2 | V5, "each new packet's SEQ_NUM is the previous one's + 1",
		`"Normally, the SEQ_NUM of the current packet is <the SEQ_NUM of the previous packet> + 1."`}
	RuleSeqReuse = &Rule{"ICQ-SEQ-REUSE", dissect.Error, "header", V2 | V5, "a SEQ_NUM is reused only by a retransmission of the same packet",
		`"All packets must have a unique sequence number (unless it is a retransmission)."`}
	RuleSeqEndian = &Rule{"ICQ-SEQ-ENDIAN", dissect.Error, "header", V2 | V5, "SEQ_NUM is little-endian",
		`"Integers consisting of more than one byte is stored with the least significant byte first"`}
	RuleAckMissing = &Rule{"ICQ-ACK-MISSING", dissect.Error, "reliability", V2 | V5, "every packet other than an ACK is acknowledged",
		`Introduction: "All UDP packets must be acknowledged by the receiver."`}
	RuleAckOfAck = &Rule{"ICQ-ACK-OF-ACK", dissect.Error, "reliability", V2 | V5, "an ACK is never acknowledged",
		`ACK (0A 00): "Note further that an ACK should *not* be acknowledged!"`}
	RuleAckUnmatched = &Rule{"ICQ-ACK-UNMATCHED", dissect.Warning, "reliability", V2 | Peer, "an ACK acknowledges a packet that was sent",
		`ACK (0A 00): "in ACK the field SEQ_NUM contains the sequence number of the *server's* packet the client wishes to acknowledge"`}
	RuleRetransMissing = &Rule{"ICQ-RETRANS-MISSING", dissect.Error, "reliability", V2 | V5, "a packet that gets no acknowledgement within 10 s is sent again",
		`Introduction: "Retransmission will occur in 10 seconds if a acknowledgement is not received."`}
	RuleRetransInterval = &Rule{"ICQ-RETRANS-INTERVAL", dissect.Warning, "reliability", V2 | V5, "a retransmission follows the original after about 10 s",
		`Introduction: "Retransmission will occur in 10 seconds if a acknowledgement is not received."`}
	RuleMessageAckEarly = &Rule{"ICQ-MESSAGE-ACK-EARLY", dissect.Warning, "reliability", V2, "B_MESSAGE_ACK is sent only after 6 unsuccessful transmissions",
		`Introduction: "After 6 unsuccessfull transmissions, a B_MESSAGE_ACK message will be sent."`}
	RuleKeepaliveInterval = &Rule{"ICQ-KEEPALIVE-INTERVAL", dissect.Warning, "reliability", V2, "keep-alives are at most 120 s apart while logged in",
		`KEEP_ALIVE (2E 04): "This command should be sent at regular intervals (normally every 2 minutes, or 120 seconds)"`}
	RuleStrLengthNUL = &Rule{"ICQ-STR-LENGTH-NUL", dissect.Error, "encoding", V2 | V5 | Peer, "every string has its LENGTH and its NUL, and they agree",
		`"All text strings etc are preceded by a two byte long LENGTH field ... All strings are also NULL terminated ... when sending both must be present."`}
	RuleTruncated = &Rule{"ICQ-TRUNCATED", dissect.Error, "encoding", V2 | V34 | V5, "a packet holds every field of its command's layout",
		`The parameter tables of each command`}
	RuleTrailing = &Rule{"ICQ-TRAILING", dissect.Warning, "encoding", V2 | V5, "no bytes follow the last field",
		`The parameter tables of each command`}
	RulePasswordLength = &Rule{"ICQ-PASSWORD-LENGTH", dissect.Error, "encoding", V2 | V5, "a password is at most 8 characters",
		`LOGIN, CHANGE_PASSWORD: "The user's password + NULL (max 8 chars)"`}
	RuleTextCRLF = &Rule{"ICQ-TEXT-CRLF", dissect.Warning, "encoding", V2 | V5 | Peer, "line breaks in text are CR/LF",
		`"All strings are coded as usual MS Windows texts, i.e. in ISO Latin-1 charset, and lines terminated by CR/LF."`}
	RuleIntEndian = &Rule{"ICQ-INT-ENDIAN", dissect.Warning, "encoding", V2 | V5 | Peer, "multi-byte integers are little-endian (a value that only makes sense byte-swapped was sent big-endian)",
		`"Integers consisting of more than one byte is stored with the least significant byte first"`}
	RuleIntASCII = &Rule{"ICQ-INT-ASCII", dissect.Warning, "encoding", V2, "numbers are binary integers, not ASCII text of digits",
		`"Integers consisting of more than one byte is stored with the least significant byte first"; the Length column gives each integer's bytes`}
	RuleFieldWidth = &Rule{"ICQ-FIELD-WIDTH", dissect.Warning, "encoding", V2, "every field has the width of the Length column (a 4-byte PORT or STATUS, a 2-byte count)",
		`The Length column of the parameter tables, e.g. LOGIN: "4 bytes  xx xx xx xx  PORT  The TCP port to use for incoming connections"`}
	RuleFieldOrder = &Rule{"ICQ-FIELD-ORDER", dissect.Warning, "encoding", V2, "fields come in the order of the parameter tables (LOGIN: X1 before USER_IP, X2 before STATUS, X3 before LOGIN_SEQ_NUM)",
		`The row order of the parameter tables, e.g. LOGIN (E8 03): PORT, PASSWORD, X1, USER_IP, X2, STATUS, X3, LOGIN_SEQ_NUM, X4, X5`}
	RuleFixedField = &Rule{"ICQ-FIXED-FIELD", dissect.Warning, "encoding", V2 | V5 | Peer, "fields with fixed content carry it (INIT_IDENT FF, VERSION 02 00 ...)",
		`The Content column of the parameter tables`}
	RuleUnknownField = &Rule{"ICQ-UNKNOWN-FIELD", dissect.Note, "encoding", V2 | Peer, "*Unknown fields carry the spec's typical value",
		`"some fields ... I just couldn't figure out. You will find these marked "Unknown", and some typical value in the Content column."`}
	RuleSearchCriteria = &Rule{"ICQ-SEARCH-CRITERIA", dissect.Error, "semantics", V2, "SEARCH_USER searches by e-mail (names empty) or by name (e-mail empty), never with all fields empty",
		`SEARCH_USER (24 04): "you may only search either on E_MAIL (in which the other fields must be empty), or on name (in which E_MAIL must be empty, and one or more of the other fields must contain data)"`}
	RuleReplySeq = &Rule{"ICQ-REPLY-SEQ", dissect.Error, "semantics", V2, "a reply carries its request's sequence number (LOGIN_REPLY, INFO_REPLY, EXT_INFO_REPLY, USER_FOUND, END_OF_SEARCH)",
		`LOGIN_REPLY: "The LOGIN_SEQ_NUM is the same as in the corresponding LOGIN."; INFO_REQ: "The server will respond with a INFO_REPLY, with the same INFO_SEQ_NUM."`}
	RuleSearchEnd = &Rule{"ICQ-SEARCH-END", dissect.Error, "semantics", V2, "END_OF_SEARCH comes after the search's USER_FOUNDs, and every search ends with one",
		`USER_FOUND (8C 00): "When all USER_FOUND's have been sent, the server will send an END_OF_SEARCH."`}
	RuleSearchLimit = &Rule{"ICQ-SEARCH-LIMIT", dissect.Error, "semantics", V2, "at most 40 USER_FOUND per search, and MORE_FOUND = 1 exactly when more were withheld",
		`END_OF_SEARCH (A0 00): "If a search request results in more than 40 matches, only the 40 first will be sent to the client, and MORE_FOUND will be set to 01."`}
	RuleStatusValue = &Rule{"ICQ-STATUS-VALUE", dissect.Warning, "semantics", V2 | V5 | Peer4, "STATUS is one of the documented values (online, away, DND, invisible)",
		`STATUS_CHANGE (D8 04): "The STATUS may take four different values"`}
	RuleContactNotify = &Rule{"ICQ-CONTACT-NOTIFY", dissect.Error, "semantics", V2, "USER_ONLINE and USER_OFFLINE name only UINs of that client's CONTACT_LIST",
		`CONTACT_LIST (06 04): "The server will send online/offline notification to client only of users registered using CONTACT_LIST."`}
	RuleLoginFirst = &Rule{"ICQ-LOGIN-FIRST", dissect.Error, "semantics", V2, "a client sends nothing but LOGIN (and ACKs) before its login is answered",
		`Introduction: "Before any communication between users can take place, the client must register at the server by logging in."`}
	RuleAfterDisconnect = &Rule{"ICQ-AFTER-DISCONNECT", dissect.Error, "semantics", V2, "a client sends nothing after B_USER_DISCONNECTED",
		`SEND_TEXT_CODE (38 04): "B_USER_DISCONNECTED ... if the user has disconnected."`}
	RuleCmdUndescribed = &Rule{"ICQ-CMD-UNDESCRIBED", dissect.Note, "semantics", V2 | V34 | V5, "commands the spec names but does not lay out cannot be validated",
		`"Not yet described in detail (v0.1 of this document)"`}
	RuleCmdOtherVersion = &Rule{"ICQ-CMD-OTHER-VERSION", dissect.Warning, "semantics", V2, "a packet with VERSION 02 00 carries a v2 command code, not a later version's",
		`General layout: "2 bytes 02 00 VERSION Identifies the packet as an ICQ packet" / "2 bytes xx xx COMMAND Code for service the server should provide", with the command lists of the UDP section`}
	RuleValueUndocumented = &Rule{"ICQ-VALUE-UNDOCUMENTED", dissect.Note, "semantics", V2 | V5 | Peer, "fields with listed values (MESSAGE_TYPE, TYPE, AUTHORIZE ...) carry one of them",
		`SEND_MESSAGE (0E 01): "MESSAGE_TYPE can be one of the following:" and the value lists of the other fields`}
	RuleCmdUnknown = &Rule{"ICQ-CMD-UNKNOWN", dissect.Warning, "semantics", V2 | V5 | Peer, "every command code is one the v2 spec lists",
		`The command lists of the UDP section`}
	RuleV5Checkcode = &Rule{"ICQ5-CHECKCODE", dissect.Error, "v5", V5, "a v5 client packet's CHECKCODE matches its decrypted bytes: the packet byte and the table entry it names",
		`facts sheet §2.2: "Computed over the plaintext packet, with the checkcode field still zero ... CHECKCODE = N1 XOR N2"; §2.7 verifying it`}
	RuleV5TooShort = &Rule{"ICQ5-TOO-SHORT", dissect.Error, "v5", V5, "a v5 client packet holds its 24-byte header, whose CHECKCODE is the key to the rest",
		`facts sheet §2.5: "Require L >= 0x18"; §1.1: "Real clients send at least one parameter byte"`}
	RuleV5SessionID = &Rule{"ICQ5-SESSION-ID", dissect.Error, "v5", V5, "SESSION_ID is the same in every packet of a session, both ways, until a new login",
		`facts sheet §1.5: "the same value is sent in every client packet of the session and echoed at offset 3 of every server packet"`}
	RuleV5Seq2Next = &Rule{"ICQ5-SEQ2-NEXT", dissect.Warning, "v5", V5, "a client's SEQ_NUM2 goes up by 1 per packet but ACKs; CMD_KEEP_ALIVE carries 0, and so may CMD_SEND_TEXT_CODE",
		`facts sheet §1.4: "Client SEQ_NUM2 starts at 1 (CMD_LOGIN carries 1) and goes up by 1 per packet, except packets that carry 0."`}
	RuleV5ReplySeq2 = &Rule{"ICQ5-REPLY-SEQ2", dissect.Warning, "v5", V5, "a server reply (LOGIN_REPLY, META_USER, search and info replies) carries the SEQ_NUM2 of a request the client sent",
		`facts sheet §1.4: "Server SEQ_NUM2 is 0 in unsolicited packets and equals the request's SEQ_NUM2 in replies ... Clients pair meta replies with requests by it."`}
	RuleV5SubcmdUnknown = &Rule{"ICQ5-SUBCMD-UNKNOWN", dissect.Warning, "v5", V5, "every CMD_META_USER subcommand and SRV_META_USER reply is one the v5 documents list",
		`facts sheet §4.3 and §4.6, the subcommand tables`}
	RulePeerInitFirst = &Rule{"ICQ-PEER-INIT-FIRST", dissect.Error, "peer", Peer, "the first packet of a peer connection is CHANNEL_INIT (its LENGTH 1A 00 is ICQ-FIXED-FIELD's)",
		`"When a new connection is formed, a CHANNEL_INIT message must be sent."`}
	RulePeerMessageAnswered = &Rule{"ICQ-PEER-MESSAGE-ANSWERED", dissect.Error, "peer", Peer, "every real peer message is acknowledged and answered by an auto reply",
		`"All messages sent must be acknowledged by the other side, using CHANNEL_ACK. Furthermore, all messages is replied to by another message from the receiver"`}
	RulePeerInitPort = &Rule{"ICQ-PEER-INIT-PORT", dissect.Warning, "peer", Peer2, "CHANNEL_INIT's MY_PORT is the listening port announced in LOGIN/USER_ONLINE, not the port of the outgoing connection",
		`CHANNEL_INIT: "Note that the port used for the "outgoing" connection is different from MY_PORT, the port other clients use to connect to this client."`}
	RulePeerV3Extra = &Rule{"ICQ-PEER-V3-EXTRA", dissect.Note, "peer", Peer2, "bytes a peer v3 packet carries after the v2 layout are not laid out by the document and are not validated",
		`The parameter tables of the TCP section (version 2; version 3 clients append fields)`}
	RulePeerLength = &Rule{"ICQ-PEER-LENGTH", dissect.Error, "peer", Peer, "a peer packet's LENGTH equals the size of its body",
		`"Each packet must contain the packet's length (excluding the length count) as the first two bytes."`}
	RuleCaptureLinkUnsupported = &Rule{"CAPTURE-LINK-UNSUPPORTED", dissect.Error, "capture", OfCapture, "every frame is of a link type icqdump decodes (Ethernet, raw IP, Linux cooked, loopback)",
		`Not the spec's: frames that cannot be decoded cannot be judged`}
	RuleCaptureFrameMalformed = &Rule{"CAPTURE-FRAME-MALFORMED", dissect.Error, "capture", OfCapture, "every frame's link, IP, UDP and TCP headers decode",
		`Not the spec's: frames that cannot be decoded cannot be judged`}
	RuleCaptureFileDamaged = &Rule{"CAPTURE-FILE-DAMAGED", dissect.Error, "capture", OfCapture, "the capture file is whole: it does not end inside a record, and its records are well formed",
		`Not the spec's: what follows the damage cannot be judged`}
)

// The catalogue, in the order --rules prints it.
var Rules = []*Rule{
	RuleHdrVersion, RuleSeqStart, RuleSeqNext, RuleSeqReuse, RuleSeqEndian, RuleAckMissing, RuleAckOfAck,
	RuleAckUnmatched, RuleRetransMissing, RuleRetransInterval, RuleMessageAckEarly, RuleKeepaliveInterval,
	RuleStrLengthNUL, RuleTruncated, RuleTrailing, RulePasswordLength, RuleTextCRLF, RuleIntEndian,
	RuleIntASCII, RuleFieldWidth, RuleFieldOrder, RuleFixedField, RuleUnknownField, RuleSearchCriteria,
	RuleReplySeq, RuleSearchEnd, RuleSearchLimit, RuleStatusValue, RuleContactNotify, RuleLoginFirst,
	RuleAfterDisconnect, RuleCmdUndescribed, RuleCmdOtherVersion, RuleValueUndocumented, RuleCmdUnknown,
	RuleV5Checkcode, RuleV5TooShort, RuleV5SessionID, RuleV5Seq2Next, RuleV5ReplySeq2, RuleV5SubcmdUnknown,
	RulePeerInitFirst, RulePeerMessageAnswered, RulePeerInitPort, RulePeerV3Extra, RulePeerLength,
	RuleCaptureLinkUnsupported, RuleCaptureFrameMalformed, RuleCaptureFileDamaged,
}

// Markdown renders the catalogue as a Markdown table, for the README.
func Markdown() string {
	var b strings.Builder
	b.WriteString("<!-- Generated by check.Markdown from the rule catalogue; do not edit by hand. -->\n\n")
	b.WriteString("| Rule | Severity | Area | Versions | What the spec asks | Spec |\n|---|---|---|---|---|---|\n")
	for _, r := range Rules {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", r.ID, r.Severity, r.Area, r.Versions,
			escapeCell(r.Summary), escapeCell(r.Spec))
	}
	return b.String()
}

func escapeCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
