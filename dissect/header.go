package dissect

// HeaderField is one field a protocol version's header may have, as a bit
// of Header.Read. A version whose header lacks a field, or a packet cut
// short before it, leaves its bit clear.
type HeaderField uint16

const (
	HeadVersion   HeaderField = 1 << iota // VERSION; a peer packet's version (CHANNEL_INIT's X1)
	HeadCode                              // COMMAND; a peer message's MSG_COMMAND
	HeadSeq                               // SEQ_NUM (v2), SEQ_NUM1 (v3 to v5)
	HeadSeq2                              // SEQ_NUM2 (v3 to v5)
	HeadUIN                               // UIN: the sender's from a client, the receiver's from a v3 or v5 server
	HeadSession                           // SESSION_ID (v5)
	HeadCheckcode                         // CHECKCODE (v3 to v5)
	HeadWhole                             // every field of the version's header was read
)

// headerSlots says which header fields the tables' headers hold: a Table's
// Header field with one of these names fills that part of a packet's Header.
var headerSlots = map[string]HeaderField{
	"VERSION": HeadVersion, "COMMAND": HeadCode, "SEQ_NUM": HeadSeq, "SEQ_NUM1": HeadSeq,
	"SEQ_NUM2": HeadSeq2, "UIN": HeadUIN, "SESSION_ID": HeadSession, "CHECKCODE": HeadCheckcode,
}

// Header is what a packet's header says, whatever the version: each field
// with a bit in Read saying whether the packet has it. It is filled as the
// header's values are read, so a packet cut short inside its header still
// has the fields before the cut.
type Header struct {
	Version   uint16   // VERSION; for CHANNEL_INIT, X1 (the peer version)
	Command   *Command // nil until COMMAND (MSG_COMMAND) is read, and for a code not in the tables
	Code      uint16   // COMMAND, or a peer message's MSG_COMMAND
	Seq       uint16   // SEQ_NUM, or SEQ_NUM1
	Seq2      uint16   // SEQ_NUM2
	UIN       uint32   // the header's UIN: the sender's in a client packet
	Session   uint32   // a v5 header's SESSION_ID
	Checkcode uint32   // CHECKCODE, as the table shows it (descrambled for v5)
	Read      HeaderField
}

// Has reports whether the packet has every field of f.
func (h *Header) Has(f HeaderField) bool { return h.Read&f == f }

// HasHeader reports whether the whole header was read: VERSION, COMMAND and
// SEQ_NUM (and UIN from a client) for v2, every header field for v3 to v5.
// A peer packet has no separate header and never has one.
func (h *Header) HasHeader() bool { return h.Has(HeadWhole) }

// HasCode reports whether Code was read: COMMAND, or a peer message's
// MSG_COMMAND. Command is nil for a code the tables do not list.
func (h *Header) HasCode() bool { return h.Has(HeadCode) }

// set records the value of a header field just read.
func (h *Header) set(f HeaderField, n uint32) {
	switch f {
	case HeadVersion:
		h.Version = uint16(n)
	case HeadCode:
		h.Code = uint16(n)
	case HeadSeq:
		h.Seq = uint16(n)
	case HeadSeq2:
		h.Seq2 = uint16(n)
	case HeadUIN:
		h.UIN = n
	case HeadSession:
		h.Session = n
	case HeadCheckcode:
		h.Checkcode = n
	}
	h.Read |= f
}

// setPeerVersion records a peer packet's version; 0 (an old client's
// CHANNEL_INIT) is no version.
func (h *Header) setPeerVersion(v uint16) {
	if v != 0 {
		h.set(HeadVersion, uint32(v))
	}
}

// CommandName is the name shown for the packet's command: the spec's name(s),
// UNKNOWN(0xNNNN) for a code it does not list, "" when no code was read.
// It allocates for an unknown code; AppendCommandName does not.
func (h *Header) CommandName() string {
	if h.Command != nil {
		return h.Command.Display()
	}
	return string(h.AppendCommandName(nil))
}

// AppendCommandName appends CommandName to b.
func (h *Header) AppendCommandName(b []byte) []byte {
	switch {
	case h.Command != nil:
		return append(b, h.Command.Display()...)
	case h.HasCode():
		return AppendUnknownName(b, h.Code)
	}
	return b
}

// prepareHeader marks the fields of a table's header that fill a Header.
func prepareHeader(fs []Field) {
	for i := range fs {
		fs[i].slot = headerSlots[fs[i].Name]
	}
}
