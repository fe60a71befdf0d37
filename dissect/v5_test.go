package dissect

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

// The known-answer packet of the facts sheet §3.1 (open-oscar-server issue
// #181): ICQ 99b's first datagram, CMD_NEW_USER_1 from UIN 123402.
const (
	katWire = "0500000000000AE20100599918C30894AA8BF4905F9147B39741F972"
	// decrypted, with the descrambled checkcode written back
	katPlain = "0500000000000AE201008C09DF47EC046D0F0200B9B4AF1950C52CE2"
)

func mustHex(tb testing.TB, s string) []byte {
	tb.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestKnownAnswer5(t *testing.T) {
	var p Packet
	Decode(&p, mustHex(t, katWire), ClientToServer)
	if got := hex.EncodeToString(p.Payload); !strings.EqualFold(got, katPlain) {
		t.Errorf("decrypted %s\nwant      %s", got, strings.ToLower(katPlain))
	}
	if p.CommandName() != "CMD_NEW_USER_1" || p.Code != 0x04EC || p.UIN != 123402 || p.Seq != 3949 || p.Seq2 != 2 ||
		p.Session != 0x47DF098C || p.Version != 5 || !p.HasHeader() {
		t.Errorf("got %s code %#x UIN %d SEQ %d/%d session %#x", p.CommandName(), p.Code, p.UIN, p.Seq, p.Seq2, p.Session)
	}
	if len(p.Issues) != 0 {
		t.Errorf("issues %q", describeIssues(&p))
	}
	if c := p.Value(FCookie); c == nil || c.Num != 0xE22CC550 {
		t.Errorf("COOKIE %+v, want 0xE22CC550", c)
	}
	if string(p.Wire) != string(mustHex(t, katWire)) {
		t.Errorf("Wire is not the packet as it was on the wire")
	}
	// Encrypting the plaintext with the offsets the checkcode names (R1 =
	// 0x18, R2 = 0xB4) gives the wire bytes back.
	plain := mustHex(t, katPlain)
	Encrypt5(plain, 0x18, 0xB4)
	if got := hex.EncodeToString(plain); !strings.EqualFold(got, katWire) {
		t.Errorf("encrypted %s\nwant      %s", got, strings.ToLower(katWire))
	}
}

// TestVectors5 decrypts the facts sheet's self-made vectors (§3.2): a length
// that is no multiple of 4, a packet of 319 bytes whose checkcode samples
// offset 0x130 (only 0x30 is stored), and a CMD_ACK.
func TestVectors5(t *testing.T) {
	for _, v := range []struct{ name, wire, plainHead, command string }{
		{"SEND_MESSAGE, 45 bytes",
			"0500000000000AE2010075580C310653BD7919527E1DC741F00CF151D2761D529B13603EBC5AD026BC04B235D3",
			"0500000000000AE201008C09DF470E016E0F0300B142FF1C237A080001000D0048656C6C6F2C20776F726C6400", "CMD_SEND_MESSAGE"},
		{"META_USER SET_ABOUT, 319 bytes", vectorB, "0500000000000AE201008C09DF474A066F0F0400F5FF983106042301", "CMD_META_USER"},
		{"ACK, 28 bytes", "0500000000000AE2010044D51FC4DDDCC183E9DC52C14601B8D5FCCE",
			"0500000000000AE201008C09DF470A0001000000AC00A91878563412", "CMD_ACK"},
	} {
		t.Run(v.name, func(t *testing.T) {
			var p Packet
			Decode(&p, mustHex(t, v.wire), ClientToServer)
			head := mustHex(t, v.plainHead)
			if string(p.Payload[:len(head)]) != string(head) {
				t.Errorf("decrypted % X\nwant      % X", p.Payload[:len(head)], head)
			}
			if p.CommandName() != v.command || len(p.Issues) != 0 {
				t.Errorf("%s, issues %q", p.CommandName(), describeIssues(&p))
			}
		})
	}
}

var vectorB = "0500000000000AE2010059132400AE1C9448F21AF1570DFBFD43F61BCB76DE29CF72DE2DC37EAD789823DF7C9C2FBA70CB76C229CF72C32DC37EB7789823977C" +
	"9C2FA470CB76E329CF72C32DC37EBB789823907C9C2FB770CB76E329CF72C02DC37E89789823B57C9C2F9970CB768C29CF72C12DC37E977898238D7C9C2FBD70" +
	"CB76D929CF72E02DC37E87789823847C9C2F8870CB76E329CF72D42DC37EDB789823DE7C9C2FB270CB76DF29CF72E12DC37EBD789823DC7C9C2F8B70CB76F429" +
	"CF72F52DC37EBA789823B47C9C2FBB70CB76FD29CF72EF2DC37E99789823CB7C9C2FB470CB76D429CF72EF2DC37EA9789823977C9C2FB470CB768829CF72BF2D" +
	"C37EA1789823AA7C9C2FBC70CB76D629CF72C02DC37E99789823B07C9C2F8570CB76DA29CF72FA2DC37EDB789823B67C9C2F9970CB76C729CF72E02DC37EF2"

// TestCheckcodeMismatch5: a packet whose checkcode its bytes do not bear
// out is shown decrypted anyway, with an error naming both checkcodes.
func TestCheckcodeMismatch5(t *testing.T) {
	wire := mustHex(t, katWire)
	wire[len(wire)-4] ^= 0x01 // the sampled parameter byte 0x18, changed in transit
	var p Packet
	Decode(&p, wire, ClientToServer)
	if p.CommandName() != "CMD_NEW_USER_1" || p.UIN != 123402 {
		t.Fatalf("not decoded: %s", p.CommandName())
	}
	want := []string{"error checkcode CHECKCODE: CHECKCODE 0x19AFB4B9 does not match: the decrypted bytes give 0x19AEB4B9"}
	if got := describeIssues(&p); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("issues %q\nwant   %q", got, want)
	}
}

// TestScramble5 checks the bit permutation both ways on spread-out words.
func TestScramble5(t *testing.T) {
	for i := uint32(0); i < 1<<16; i++ {
		c := i*0x9E3779B1 ^ i<<7
		if Descramble5(Scramble5(c)) != c || Scramble5(Descramble5(c)) != c {
			t.Fatalf("%#x does not survive", c)
		}
	}
	if got := Descramble5(0xB347915F); got != 0x19AFB4B9 {
		t.Errorf("Descramble5(0xB347915F) = %#x, want 0x19AFB4B9 (§3.1)", got)
	}
}

// encryptForTest encrypts a v5 client plaintext, sampling its first
// parameter byte and table entry 0.
func encryptForTest(b []byte) []byte {
	b = append([]byte(nil), b...)
	switch {
	case isPeer4(b):
		Encrypt4Peer(b, peerCheckMin, 0)
	case len(b) > 2 && b[0] != 5: // a v6 peer packet: LENGTH, then the body
		Encrypt6(b, peerCheckMin, 0)
	case len(b) > v5ClientHeader:
		Encrypt5(b, v5ClientHeader, 0)
	}
	return b
}

func FuzzCrypt5(f *testing.F) {
	f.Add(mustHex(f, katPlain), 0x18, 0xB4)
	f.Add(mustHex(f, vectorB), 0x130, 0xFF)
	f.Fuzz(func(t *testing.T, plain []byte, r1, r2 int) {
		if len(plain) <= v5ClientHeader {
			return
		}
		plain[0], plain[1] = 5, 0
		copy(plain[2:6], []byte{0, 0, 0, 0})
		binary.LittleEndian.PutUint32(plain[v5CheckAt:], 0)
		r1 = v5ClientHeader + abs(r1)%(len(plain)-v5ClientHeader)
		r2 = abs(r2) % 256
		wire := append([]byte(nil), plain...)
		Encrypt5(wire, r1, r2)
		got := Decrypt5(nil, wire, len(wire))
		want := append([]byte(nil), plain...)
		binary.LittleEndian.PutUint32(want[v5CheckAt:], Checkcode5(plain, r1, r2))
		if string(got) != string(want) {
			t.Fatalf("decrypt(encrypt(p)) != p\n% X\n% X", got, want)
		}
		if r := Verify5(got); !r.OK {
			t.Fatalf("checkcode of an encrypted packet fails: %+v", r)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		return -(n + 1)
	}
	return n
}
