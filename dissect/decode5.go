package dissect

import "encoding/binary"

// Decoding versions 3, 4 and 5: their headers are tables like v2's, but a
// v5 (and v4) client packet is decrypted first, and its checkcode checked.

// V3 is the version 3 header (facts sheet §1.3, §5.4), client and server
// alike; the parameters are not laid out for v3 and are shown raw.
var V3 = &Table{Version: 3, Header: append([]Field{fixed(u16("VERSION", "Protocol version"), "03 00")},
	header34("Checkcode (0 from iserverd)")...)}

// V4 is the header of a version 4 client packet (§5.4), decrypted.
var V4 = &Table{Dir: ClientToServer, Version: 4, Header: append([]Field{
	fixed(u16("VERSION", "Protocol version (written back in clear after encryption)"), "04 00"),
	u16("RANDOM", "Random number"),
	fixed(u16("ZERO", "Always 0"), "00 00")},
	header34("Checkcode (in clear)")...)}

// header34 is the part of the header versions 3 and 4 share.
func header34(check string) []Field {
	return []Field{u16("COMMAND", "Command code"), u16("SEQ_NUM1", "Sequence number"),
		u16("SEQ_NUM2", "Second sequence number"), key(as(RoleSenderUIN, u32("UIN", "UIN"))), hex32("CHECKCODE", check)}
}

func init() {
	for _, t := range []*Table{V3, V4} {
		prepareFields(t.Header)
		prepareHeader(t.Header)
	}
}

// layoutFor returns the table of a version other than 2, or nil when the
// version is shown raw (1, 4 from a server, any other).
func layoutFor(dir Direction, version uint16) *Table {
	switch {
	case version == 5 && dir == ClientToServer:
		return Client5
	case version == 5:
		return Server5
	case version == 3:
		return V3
	case version == 4 && dir == ClientToServer:
		return V4
	}
	return nil
}

// TableFor returns the commands of a direction and version: v5's for 5, the
// v2 tables otherwise (v3 and v4 have headers only).
func TableFor(dir Direction, version uint16) *Table {
	if version == 5 && dir != PeerToPeer {
		if dir == ClientToServer {
			return Client5
		}
		return Server5
	}
	return ForDirection(dir)
}

// specOf says which document's tables an issue about a code refers to: 0
// for the v2 spec, else the version of the facts sheet's.
func specOf(p *Packet) int {
	if p.Version == 2 {
		return 0
	}
	return int(p.Version)
}

// restart forgets what was decoded, to decode the payload again from its start.
func (d *decoder) restart() {
	d.p.Values, d.p.Issues = d.p.Values[:0], d.p.Issues[:0]
	d.off, d.failed = 0, false
}

// versioned decodes a v3, v4 or v5 packet with the header of t: decrypted
// first when it is a v4 or v5 client packet.
func (d *decoder) versioned(t *Table) {
	p := d.p
	p.Layout = t
	if clear, whole := cryptHeader(t); clear > 0 {
		if len(p.Payload) < whole {
			d.undecryptable(t.Header[:clear], whole)
			return
		}
		if t == V4 {
			p.plainBuf = Decrypt4(p.plainBuf, p.Payload)
		} else {
			p.plainBuf = Decrypt5(p.plainBuf, p.Payload, len(p.Payload))
		}
		p.Wire, p.Payload = p.Payload, p.plainBuf
	}
	if !d.header(t) {
		return
	}
	if t == Client5 && p.Wire != nil {
		d.verify5()
	}
	if t.Commands == nil {
		d.issue(IssueHeaderOnly, Note, nil, -1, d.off, d.left(), int(p.Version), 0)
		d.rest()
		return
	}
	d.params(p.Command)
}

// cryptHeader returns, for an encrypted layout, how many header fields are
// sent in clear and the bytes a packet needs to be decrypted (its key is in
// the header); 0, 0 for a layout sent in clear.
func cryptHeader(t *Table) (clear, whole int) {
	switch t {
	case Client5:
		return 3, v5ClientHeader // VERSION, ZERO, UIN
	case V4:
		return 1, v4Header // VERSION
	}
	return 0, 0
}

// undecryptable decodes the clear fields of a packet too short to hold its
// key, and shows the rest raw, as it was on the wire.
func (d *decoder) undecryptable(clear []Field, whole int) {
	if !d.headerFields(clear) {
		return
	}
	d.issue(IssueNotDecrypted, Error, nil, -1, d.off, d.left(), whole, len(d.p.Payload))
	d.rest()
}

// header decodes t's header and fills the packet's Header; false if the
// packet ended inside it.
func (d *decoder) header(t *Table) bool {
	if !d.headerFields(t.Header) {
		return false
	}
	d.p.Read |= HeadWhole
	return true
}

// verify5 reports a checkcode that the decrypted packet does not bear out.
func (d *decoder) verify5() {
	r := Verify5(d.p.Payload)
	if r.OK {
		return
	}
	expected := -1
	if r.Sample >= 0 {
		expected = int(r.Expected)
	}
	d.issue(IssueCheckcode, Error, &Client5.Header[len(Client5.Header)-1], -1, v5CheckAt, 4, expected, int(r.Found))
}

// CryptState says how a byte of a packet travelled.
type CryptState uint8

const (
	Clear     CryptState = iota // as shown
	Encrypted                   // XORed with the key stream on the wire
	Scrambled                   // the checkcode, its bits permuted on the wire
)

// ByteState says how the byte at off of a decrypted packet was on the wire.
func (p *Packet) ByteState(off int) CryptState {
	switch {
	case p.Wire == nil:
		return Clear
	case p.Version == 5:
		switch {
		case off >= v5CheckAt && off < v5CheckAt+4:
			return Scrambled
		case off >= v5CryptFrom:
			return Encrypted
		}
	case p.Version == 6: // a peer packet: LENGTH, then the body
		if off >= 2+4 && off < 2+peerCryptEnd(len(p.Payload)-2) {
			return Encrypted
		}
	case p.Version == 4 && p.Dir == PeerToPeer:
		if off >= 2+peer4Command && off < 2+peerCryptEnd(len(p.Payload)-2) {
			return Encrypted
		}
	case p.Version == 4:
		if off >= 2 && off < v4CryptEnd(len(p.Payload)) && (off < v4CheckAt || off >= v4CheckAt+4) {
			return Encrypted
		}
	}
	return Clear
}

// Version 4 (§5.4).
const (
	v4Header    = 0x14
	v4CheckAt   = 0x10
	v4KeyFactor = 0x66756B65 // "fuke"
)

// tableV4 is the text of two ICQ tips, the table of the v4 key stream.
var tableV4 = []byte("\n[1] You can modify the sounds ICQ makes. Just select \"Sounds\" from the \"preferences/misc\" in ICQ or from the \"Sounds\" in the control panel. Credit: Eran\n[2] Can't remember what was said?  Double-click on a user to get a dialog of all messages sent incomin")

// v4CryptEnd is the end of the encrypted part of a v4 packet: the dwords
// that start in its first quarter.
func v4CryptEnd(n int) int {
	quarter := (n + 3) / 4
	return min(n, (quarter+3)/4*4)
}

// Crypt4 XORs a v4 client packet's key stream over b in place and writes
// VERSION back; it both encrypts and decrypts.
func Crypt4(b []byte) {
	check := binary.LittleEndian.Uint32(b[v4CheckAt:])
	keyBase := uint32(len(b))*v4KeyFactor + check
	for pos := 0; pos < (len(b)+3)/4; pos += 4 {
		if pos == v4CheckAt {
			continue
		}
		k := keyBase + uint32(tableV4[pos&0xFF])
		for j := 0; j < 4 && pos+j < len(b); j++ {
			b[pos+j] ^= byte(k >> (8 * j))
		}
	}
	b[0], b[1] = 4, 0
}

// Decrypt4 decrypts a v4 client packet into dst and returns it.
func Decrypt4(dst, wire []byte) []byte {
	dst = append(dst[:0], wire...)
	Crypt4(dst)
	return dst
}

// MultiPacket is SRV_MULTI_PACKET, the server packet that carries others.
var MultiPacket = Server5.Lookup(0x0212)

// Contained returns the values of the complete packets a SRV_MULTI_PACKET
// carries (their Data is each packet), or nil for any other packet.
func (p *Packet) Contained() []Value {
	if p.Command != MultiPacket {
		return nil
	}
	params := p.Params()
	for i := range params {
		if params[i].Field.Kind == KindBlock {
			params = params[i:]
			break
		}
	}
	n := 0
	for n < len(params) && params[n].Field.Kind == KindBlock && !params[n].Partial {
		n++
	}
	return params[:n]
}

// Crypt4Params are the constants of v4 client encryption, for a decoder
// written outside Go (the Wireshark plugin): generated from here, not retyped.
type Crypt4Params struct {
	Table           []byte
	Header, CheckAt int
	KeyFactor       uint32
}

// Crypt4Constants returns the constants of v4 client encryption.
func Crypt4Constants() Crypt4Params {
	return Crypt4Params{Table: tableV4, Header: v4Header, CheckAt: v4CheckAt, KeyFactor: v4KeyFactor}
}
