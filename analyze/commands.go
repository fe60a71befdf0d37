package analyze

import (
	"cmp"
	"slices"
	"strconv"

	"github.com/icqdump/icqdump/capture"
	"github.com/icqdump/icqdump/dissect"
)

// CommandCount is the traffic of one command in one direction. Packets
// without a command (too short, or another protocol version) have their own
// rows, so that every packet is counted.
type CommandCount struct {
	Dir     dissect.Direction
	Code    uint16 // the command code; for a row of another version, the version
	Name    string // the spec's name, UNKNOWN(0xNNNN), "(version N)" or "(no header)"
	Known   bool   // the spec lists the code
	NoCode  bool   // the command has no code: CHANNEL_INIT, told by its INIT_IDENT FF
	Packets uint64
	Bytes   uint64 // ICQ bytes: the UDP payload, or the peer packet with its LENGTH
	kind    uint8  // rowCommand, rowVersion or rowNoHeader
}

type commandKey struct {
	dir  dissect.Direction
	kind uint8
	code uint16
	v5   bool // a v5 command: its codes mean other commands than v2's
	// codeless is a peer packet told by its place, not a code (CHANNEL_INIT,
	// the v6 handshake and its acknowledgement).
	codeless *dissect.Command
}

// commandCache holds the rows of recent commands, by a hash of their key:
// hashing a commandKey for the map was 3% of the analysis.
type commandCache [64]struct {
	key commandKey
	row *CommandCount
}

// commandCount returns the row of key, made from p if it is the first.
func (a *Analyzer) commandCount(key commandKey, p *dissect.Packet) *CommandCount {
	slot := &a.commandCache[(uint(key.code)^uint(key.dir)<<4^uint(key.kind)<<5)%uint(len(a.commandCache))]
	if slot.row != nil && slot.key == key {
		return slot.row
	}
	c := a.commands[key]
	if c == nil {
		c = &CommandCount{Dir: key.dir, Code: key.code, Known: p.Command != nil, NoCode: p.Command == dissect.PeerInit,
			Name: rowName(key, p), kind: key.kind}
		a.commands[key] = c
	}
	slot.key, slot.row = key, c
	return c
}

// Kinds of rows, in the order the report lists them within a direction.
const (
	rowCommand uint8 = iota
	rowVersion
	rowNoHeader
)

func (a *Analyzer) count(m *capture.Packet, p *dissect.Packet) {
	key := commandKey{dir: m.Dir, code: p.Code, v5: p.Version == 5 && m.Dir != dissect.PeerToPeer}
	if !p.HasCode() {
		key.codeless = p.Command
	}
	switch {
	case p.Command != nil || p.HasHeader() || m.Dir == dissect.PeerToPeer && p.Code != 0:
	case m.Dir != dissect.PeerToPeer && p.Version != 0 && p.Version != 2:
		key.kind, key.code = rowVersion, p.Version
	default:
		key.kind, key.code = rowNoHeader, 0
	}
	c := a.commandCount(key, p)
	c.Packets++
	if m.Sub == 0 { // a packet inside a SRV_MULTI_PACKET: its bytes are its container's
		c.Bytes += uint64(len(m.Payload))
	}
}

func rowName(k commandKey, p *dissect.Packet) string {
	switch k.kind {
	case rowVersion:
		return "(version " + strconv.Itoa(int(k.code)) + ")"
	case rowNoHeader:
		return "(no header)"
	}
	return p.CommandName()
}

// Commands returns the count of every command seen, by direction (c2s, s2c,
// p2p) and code.
func (a *Analyzer) Commands() []CommandCount {
	out := make([]CommandCount, 0, len(a.commands))
	for _, c := range a.commands {
		out = append(out, *c)
	}
	sortCommands(out)
	return out
}

// MergeCommands adds up the counts of several analyzers (several captures),
// in the order Commands returns them.
func MergeCommands(lists ...[]CommandCount) []CommandCount {
	at := map[commandKey]int{} // index in out
	var out []CommandCount
	for _, l := range lists {
		for _, c := range l {
			key := commandKey{dir: c.Dir, kind: c.kind, code: c.Code}
			if i, ok := at[key]; ok {
				out[i].Packets += c.Packets
				out[i].Bytes += c.Bytes
				continue
			}
			at[key] = len(out)
			out = append(out, c)
		}
	}
	sortCommands(out)
	return out
}

func sortCommands(cs []CommandCount) {
	slices.SortFunc(cs, func(x, y CommandCount) int {
		return cmp.Or(cmp.Compare(x.Dir, y.Dir), cmp.Compare(x.kind, y.kind), cmp.Compare(x.Code, y.Code), cmp.Compare(x.Name, y.Name))
	})
}
