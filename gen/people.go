package gen

import (
	"golang.org/x/text/encoding/charmap"

	"github.com/icqdump/icqdump/dissect"
)

// The people and their words. A user's profile is a pure function of the
// run's seed and the UIN, so the directory needs no storage. Texts are
// Windows-1252, as 1998 clients sent them; names and addresses use the
// documentation domains (example.com, .net, .org).

var (
	firstNames = cp1252("Anna", "Erik", "Maria", "Johan", "Karin", "Lars", "Åsa", "Jürgen", "José",
		"François", "Mike", "Sarah", "David", "Lisa", "Tom", "Jenny", "Chris", "Kim", "Noam", "Yael",
		"Pekka", "Sanna", "Björn", "Ingrid", "Pierre", "Chloé", "Hans", "Grete", "Paolo", "Giulia",
		"Matt", "Jessica", "Ryan", "Megan", "Kevin", "Amy", "Sven", "Märta", "Jan", "Eva")
	lastNames = cp1252("Andersson", "Smith", "Johansson", "Müller", "García", "Dubois", "Rossi",
		"Virtanen", "Cohen", "Brown", "Nilsson", "Schmidt", "López", "Martin", "Bianchi", "Korhonen",
		"Levi", "Jones", "Larsson", "Weber", "Pérez", "Bernard", "Ferrari", "Mäkinen", "Miller",
		"Karlsson", "Wagner", "Fernández", "Moreau", "Esposito")
	nickWords = cp1252("cool", "dude", "angel", "dragon", "neo", "star", "cyber", "moon", "wolf",
		"pixel", "surfer", "ghost", "kitty", "zap", "byte", "frodo", "shadow", "flash", "dizzy", "ace")
	domains = cp1252("example.com", "example.net", "example.org")
	cities  = cp1252("Stockholm", "Tel Aviv", "New York", "München", "Paris", "Helsinki", "London",
		"Göteborg", "San José", "Toronto", "Haifa", "Zürich", "Milano", "Austin", "Malmö")
	states    = cp1252("", "CA", "NY", "TX", "WA", "MA")
	countries = []uint16{46, 972, 1, 49, 33, 358, 44, 41, 39} // telephone prefixes, as COUNTRY_CODE
	abouts    = cp1252("", "Just me.", "I like ICQ!", "Student. Coffee addict.", "Ask me about Linux.", "Looking for pen pals\r\nfrom all over the world.")
	phrases   = cp1252("hi", "hello!", "how are you?", "fine, thanks", "are you there?", "lol", ":-)", "brb", "see you later", "did you get my mail?", "what's up?", "nothing much", "ok", "cool", "I'll call you tonight", "where are you?", "at work", "wanna chat?", "check this out", "bye!", "Grüße aus München", "ça va?", "¿qué tal?", "gotta go")
	urlDesc   = cp1252("Cool page", "My home page", "Look at this", "Funny stuff", "Download here")
	urlPaths  = cp1252("http://www.example.com/", "http://www.example.org/~frodo/", "http://www.example.net/cool.html", "http://www.example.com/pics/index.htm")
	aways     = cp1252("I am currently away from the computer.", "Out to lunch, back soon.", "Gone home. Leave a message!")
	dnds      = cp1252("Please do not disturb me now.", "Busy. Really.")
	passwords = cp1252("secret", "qwerty", "letmein", "monkey", "dragon", "sunshine", "icq98", "abc123")
	// pieces of composed texts
	textDisconnected, textMessageAck     = []byte(dissect.TextDisconnected), []byte(dissect.TextMessageAck)
	textCodeX1                           = []byte{0x05, 0x00} // SEND_TEXT_CODE's X1 with both
	atSign, fe, space, crlf, phonePrefix = []byte("@"), []byte{0xFE}, []byte(" "), []byte("\r\n"), []byte("555-01")
	homePrefix                           = []byte("http://www.example.com/~")
)

// cp1252 encodes the words as Windows-1252 once, at start-up.
func cp1252(ss ...string) [][]byte {
	out := make([][]byte, len(ss))
	enc := charmap.Windows1252.NewEncoder()
	for i, s := range ss {
		b, err := enc.Bytes([]byte(s))
		if err != nil {
			panic("gen: " + s + " is not Windows-1252")
		}
		out[i] = b
	}
	return out
}

func pick(list [][]byte, h uint64) []byte { return list[h%uint64(len(list))] }

// profile is what the server's directory holds about a user.
type profile struct {
	nick, first, last, email []byte
	authorize                uint8
}

// extProfile is the extended information.
type extProfile struct {
	city, state, phone, homePage, about []byte
	country                             uint16
	countryStatus                       uint8
	age                                 uint16
	sex                                 uint8
}

// userHash is the root of everything the directory says about uin.
func (g *generator) userHash(uin uint32) uint64 { return mix(g.cfg.Seed<<32 ^ uint64(uin)) }

// firstNameOf returns the index of uin's first name, which searches by name match.
func (g *generator) firstNameOf(uin uint32) int {
	return int(g.userHash(uin) % uint64(len(firstNames)))
}

func (g *generator) profile(uin uint32) profile {
	h := g.userHash(uin)
	p := profile{
		first:     firstNames[h%uint64(len(firstNames))],
		last:      pick(lastNames, h>>8),
		authorize: uint8(h>>16) & 1,
	}
	nick := g.arena.start()
	g.arena.add(pick(nickWords, h>>20))
	if h>>24&1 == 1 {
		g.arena.add(pick(nickWords, h>>28))
	}
	g.arena.num(int(h>>32) % 100)
	p.nick = g.arena.end(nick)
	email := g.arena.start()
	g.arena.add(p.nick)
	g.arena.add(atSign)
	g.arena.add(pick(domains, h>>40))
	p.email = g.arena.end(email)
	return p
}

func (g *generator) extProfile(uin uint32) extProfile {
	h := mix(g.userHash(uin))
	e := extProfile{city: pick(cities, h), state: pick(states, h>>4), about: pick(abouts, h>>8),
		country: 0xFFFF, countryStatus: 0x9C, age: 0xFFFF, sex: uint8(h>>12) % 3}
	if h>>16%8 != 0 {
		e.country, e.countryStatus = countries[h>>20%uint64(len(countries))], 0xFE
	}
	if h>>24%4 != 0 {
		e.age = uint16(14 + h>>28%45)
	}
	if h>>36%3 == 0 {
		ph := g.arena.start()
		g.arena.add(phonePrefix)
		g.arena.num(int(h>>40) % 100)
		e.phone = g.arena.end(ph)
	}
	if h>>48%2 == 0 {
		hp := g.arena.start()
		g.arena.add(homePrefix)
		g.arena.add(g.profile(uin).nick)
		e.homePage = g.arena.end(hp)
	}
	return e
}

// Message types (the spec's TYPE).
const (
	typeNormal = 0x0001
	typeURL    = 0x0004
)

// message writes the text of a message: some phrases, or an URL's
// description and address separated by FE.
func (g *generator) message(typ uint16, seed uint32) []byte {
	h := mix(uint64(seed))
	m := g.arena.start()
	if typ == typeURL {
		g.arena.add(pick(urlDesc, h))
		g.arena.add(fe)
		g.arena.add(pick(urlPaths, h>>8))
		return g.arena.end(m)
	}
	n := 1 + int(h%3)
	for i := 0; i < n; i++ {
		if i > 0 {
			sep := space
			if h>>(60-i)&1 == 1 {
				sep = crlf
			}
			g.arena.add(sep)
		}
		g.arena.add(pick(phrases, h>>(8+8*i)))
	}
	return g.arena.end(m)
}

// arena holds the texts of the packet being built; reset per packet.
type arena struct{ b []byte }

func (a *arena) reset()       { a.b = a.b[:0] }
func (a *arena) start() int   { return len(a.b) }
func (a *arena) add(p []byte) { a.b = append(a.b, p...) }
func (a *arena) end(s int) []byte {
	return a.b[s:len(a.b):len(a.b)]
}

func (a *arena) num(n int) {
	if n >= 10 {
		a.num(n / 10)
	}
	a.b = append(a.b, byte('0'+n%10))
}
