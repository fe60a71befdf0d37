package dissect

// HeaderField is one field a protocol version's header may have, as a bit
// of Header.Read. A version whose header lacks a field, or a packet cut
// short before it, leaves its bit clear.
type HeaderField uint16

const (
	HeadVersion   = HeaderField(1 << (slotVersion - 1))   // VERSION; a peer packet's version (CHANNEL_INIT's X1)
	HeadCode      = HeaderField(1 << (slotCode - 1))      // COMMAND; a peer message's MSG_COMMAND
	HeadSeq       = HeaderField(1 << (slotSeq - 1))       // SEQ_NUM (v2), SEQ_NUM1 (v3 to v5)
	HeadSeq2      = HeaderField(1 << (slotSeq2 - 1))      // SEQ_NUM2 (v3 to v5)
	HeadUIN       = HeaderField(1 << (slotUIN - 1))       // UIN: the sender's from a client, the receiver's from a v3 or v5 server
	HeadSession   = HeaderField(1 << (slotSession - 1))   // SESSION_ID (v5)
	HeadCheckcode = HeaderField(1 << (slotCheckcode - 1)) // CHECKCODE (v3 to v5)
	HeadWhole     = HeaderField(1 << slotCheckcode)       // every field of the version's header was read
)

// headerSlot is where a table's header field goes in a Header, 0 for
// nowhere. (Dense, so that headerFields' switch is a jump table.)
type headerSlot uint8

const (
	slotVersion headerSlot = iota + 1
	slotCode
	slotSeq
	slotSeq2
	slotUIN
	slotSession
	slotCheckcode
)

// bit is the slot's bit of Header.Read.
func (s headerSlot) bit() HeaderField { return 1 << (s - 1) }

// headerSlots says which header fields the tables' headers hold: a Table's
// Header field with one of these handles fills that part of a packet's Header.
var headerSlots = map[FieldID]headerSlot{
	FVersion: slotVersion, FCommand: slotCode, FSeqNum: slotSeq, FSeqNum1: slotSeq,
	FSeqNum2: slotSeq2, FUIN: slotUIN, FSessionID: slotSession, FCheckcode: slotCheckcode,
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

// setCode records a peer packet's code.
func (h *Header) setCode(code uint16) {
	h.Code, h.Read = code, h.Read|HeadCode
}

// setPeerVersion records a peer packet's version; 0 (an old client's
// CHANNEL_INIT) is no version.
func (h *Header) setPeerVersion(v uint16) {
	if v != 0 {
		h.Version, h.Read = v, h.Read|HeadVersion
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

// prepareHeader marks the fields of a table's header that fill a Header
// (after prepareFields, which gives each field its handle).
func prepareHeader(fs []Field) {
	for i := range fs {
		fs[i].slot = headerSlots[fs[i].id]
	}
}
