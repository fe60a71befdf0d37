package dissect

import "encoding/binary"

// Version 5's checkcode and encryption of client packets (facts sheet §2,
// after Sebastien Dault's "ENCRYPTION and CHECKCODE of the ICQ Protocol V5").

// table5 is the 256-byte table the checkcode samples and the key stream adds
// (§2.1).
var table5 = [256]byte{
	0x59, 0x60, 0x37, 0x6B, 0x65, 0x62, 0x46, 0x48, 0x53, 0x61, 0x4C, 0x59, 0x60, 0x57, 0x5B, 0x3D,
	0x5E, 0x34, 0x6D, 0x36, 0x50, 0x3F, 0x6F, 0x67, 0x53, 0x61, 0x4C, 0x59, 0x40, 0x47, 0x63, 0x39,
	0x50, 0x5F, 0x5F, 0x3F, 0x6F, 0x47, 0x43, 0x69, 0x48, 0x33, 0x31, 0x64, 0x35, 0x5A, 0x4A, 0x42,
	0x56, 0x40, 0x67, 0x53, 0x41, 0x07, 0x6C, 0x49, 0x58, 0x3B, 0x4D, 0x46, 0x68, 0x43, 0x69, 0x48,
	0x33, 0x31, 0x44, 0x65, 0x62, 0x46, 0x48, 0x53, 0x41, 0x07, 0x6C, 0x69, 0x48, 0x33, 0x51, 0x54,
	0x5D, 0x4E, 0x6C, 0x49, 0x38, 0x4B, 0x55, 0x4A, 0x62, 0x46, 0x48, 0x33, 0x51, 0x34, 0x6D, 0x36,
	0x50, 0x5F, 0x5F, 0x5F, 0x3F, 0x6F, 0x47, 0x63, 0x59, 0x40, 0x67, 0x33, 0x31, 0x64, 0x35, 0x5A,
	0x6A, 0x52, 0x6E, 0x3C, 0x51, 0x34, 0x6D, 0x36, 0x50, 0x5F, 0x5F, 0x3F, 0x4F, 0x37, 0x4B, 0x35,
	0x5A, 0x4A, 0x62, 0x66, 0x58, 0x3B, 0x4D, 0x66, 0x58, 0x5B, 0x5D, 0x4E, 0x6C, 0x49, 0x58, 0x3B,
	0x4D, 0x66, 0x58, 0x3B, 0x4D, 0x46, 0x48, 0x53, 0x61, 0x4C, 0x59, 0x40, 0x67, 0x33, 0x31, 0x64,
	0x55, 0x6A, 0x32, 0x3E, 0x44, 0x45, 0x52, 0x6E, 0x3C, 0x31, 0x64, 0x55, 0x6A, 0x52, 0x4E, 0x6C,
	0x69, 0x48, 0x53, 0x61, 0x4C, 0x39, 0x30, 0x6F, 0x47, 0x63, 0x59, 0x60, 0x57, 0x5B, 0x3D, 0x3E,
	0x64, 0x35, 0x3A, 0x3A, 0x5A, 0x6A, 0x52, 0x4E, 0x6C, 0x69, 0x48, 0x53, 0x61, 0x6C, 0x49, 0x58,
	0x3B, 0x4D, 0x46, 0x68, 0x63, 0x39, 0x50, 0x5F, 0x5F, 0x3F, 0x6F, 0x67, 0x53, 0x41, 0x25, 0x41,
	0x3C, 0x51, 0x54, 0x3D, 0x5E, 0x54, 0x5D, 0x4E, 0x4C, 0x39, 0x50, 0x5F, 0x5F, 0x5F, 0x3F, 0x6F,
	0x47, 0x43, 0x69, 0x48, 0x33, 0x51, 0x54, 0x5D, 0x6E, 0x3C, 0x31, 0x64, 0x35, 0x5A, 0x00, 0x00,
}

// Offsets in a v5 client packet (§1.1).
const (
	v5ClientHeader = 0x18 // parameters start here
	v5CryptFrom    = 0x0A // SESSION_ID: the first encrypted byte
	v5CheckAt      = 0x14 // CHECKCODE, scrambled rather than encrypted
	v5ServerHeader = 0x15
	v5KeyFactor    = 0x68656C6C // "hell"
)

// Scramble5 permutes a checkcode's bits as a client writes it at 0x14 (§2.3).
func Scramble5(c uint32) uint32 {
	return c&0x0000001F<<12 | c&0x03E003E0<<1 | c&0xF8000400>>10 | c&0x0000F800<<16 | c&0x041F0000>>15
}

// Descramble5 undoes Scramble5.
func Descramble5(w uint32) uint32 {
	return w&0x0001F000>>12 | w&0x07C007C0>>1 | w&0x003E0001<<10 | w&0xF8000000>>16 | w&0x0000083E<<15
}

// checkBase is the part of the checkcode that the clear header bytes fix
// (N1 of §2.2).
func checkBase(p []byte) uint32 {
	return uint32(p[8])<<24 | uint32(p[4])<<16 | uint32(p[2])<<8 | uint32(p[6])
}

// Checkcode5 computes the checkcode of a plaintext client packet that samples
// the packet's byte at r1 and the table's entry at r2 (§2.2). Only r1's low
// byte is stored.
func Checkcode5(plain []byte, r1, r2 int) uint32 {
	n2 := uint32(r1&0xFF)<<24 | uint32(plain[r1])<<16 | uint32(r2&0xFF)<<8 | uint32(table5[r2&0xFF])
	return checkBase(plain) ^ n2 ^ 0x00FF00FF
}

// crypt5 XORs a client packet's key stream over b in place (§2.4); it both
// encrypts and decrypts. length is the packet's length on the wire, which
// fixes the key even when b holds only the captured part.
func crypt5(b []byte, length int, check uint32) {
	keyBase := uint32(length)*v5KeyFactor + check
	for pos := v5CryptFrom; pos < len(b); pos += 4 {
		k := keyBase + uint32(table5[pos&0xFF])
		for j := 0; j < 4 && pos+j < len(b); j++ {
			if i := pos + j; i < v5CheckAt || i >= v5CheckAt+4 {
				b[i] ^= byte(k >> (8 * j))
			}
		}
	}
}

// Encrypt5 encrypts a plaintext v5 client packet in place: the checkcode
// sampling plain[r1] (0x18 <= r1 < len) and table entry r2 is computed over
// the plaintext, the key stream applied, and the scrambled checkcode written
// at 0x14 (§2.6).
func Encrypt5(plain []byte, r1, r2 int) {
	binary.LittleEndian.PutUint32(plain[v5CheckAt:], 0)
	c := Checkcode5(plain, r1, r2)
	crypt5(plain, len(plain), c)
	binary.LittleEndian.PutUint32(plain[v5CheckAt:], Scramble5(c))
}

// Decrypt5 decrypts a v5 client packet (at least 0x18 bytes) into dst, with
// the descrambled checkcode at 0x14, and returns it. length is the length on
// the wire (more than len(wire) when the capture cut the packet).
func Decrypt5(dst, wire []byte, length int) []byte {
	dst = append(dst[:0], wire...)
	c := Descramble5(binary.LittleEndian.Uint32(wire[v5CheckAt:]))
	crypt5(dst, length, c)
	binary.LittleEndian.PutUint32(dst[v5CheckAt:], c)
	return dst
}

// CheckResult is what verifying a decrypted packet's checkcode found.
type CheckResult struct {
	OK       bool
	Found    uint32 // the checkcode in the packet, descrambled
	Expected uint32 // what the packet's bytes give for the offsets Found names; 0 if none can
	Sample   int    // the packet offset sampled (R1), -1 if it lies past the end
	Table    int    // the table index sampled (R2)
}

// Verify5 checks a decrypted client packet's checkcode (§2.7). Of a packet
// longer than 256 bytes only the low byte of the sampled offset is stored,
// so every offset with that low byte is tried.
func Verify5(plain []byte) CheckResult {
	c := binary.LittleEndian.Uint32(plain[v5CheckAt:])
	x := c ^ checkBase(plain) ^ 0x00FF00FF
	r := CheckResult{Found: c, Table: int(x >> 8 & 0xFF), Sample: -1}
	for r1 := int(x >> 24); r1 < len(plain); r1 += 256 {
		if r1 < v5ClientHeader {
			continue
		}
		if r.Sample < 0 {
			r.Sample, r.Expected = r1, Checkcode5(plain, r1, r.Table)
		}
		if want := Checkcode5(plain, r1, r.Table); want == c {
			r.OK, r.Sample, r.Expected = true, r1, want
			return r
		}
	}
	return r
}

// Crypt5Params are the constants of v5 client encryption, for a decoder
// written outside Go (the Wireshark plugin): generated from here, not retyped.
type Crypt5Params struct {
	Table                      [256]byte
	Header, CryptFrom, CheckAt int
	KeyFactor                  uint32
}

// Crypt5 returns the constants of v5 client encryption.
func Crypt5() Crypt5Params {
	return Crypt5Params{Table: table5, Header: v5ClientHeader, CryptFrom: v5CryptFrom, CheckAt: v5CheckAt, KeyFactor: v5KeyFactor}
}
