package dissect

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// AppendText appends b, Windows-1252 text as 1998 clients sent it, as UTF-8.
// CR and LF are kept; other bytes keep their Windows-1252 meaning. (Latin-1
// is the same but for 80-9F, which Windows-1252 fills with printable marks.)
func AppendText(dst, b []byte) []byte {
	for _, c := range b {
		if c < utf8.RuneSelf {
			dst = append(dst, c)
			continue
		}
		dst = utf8.AppendRune(dst, charmap.Windows1252.DecodeByte(c))
	}
	return dst
}

// Parts splits a message at its FE separators. It calls fn for each part's
// bytes, without allocating.
func Parts(b []byte, fn func(i int, part []byte)) {
	i, start := 0, 0
	for j, c := range b {
		if c == 0xFE {
			fn(i, b[start:j])
			i, start = i+1, j+1
		}
	}
	fn(i, b[start:])
}
