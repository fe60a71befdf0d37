package pcaptest

import (
	"encoding/hex"
	"fmt"
	"strings"
)

// Hex turns commented hex into bytes: pairs of hex digits, spaces anywhere,
// and text between single quotes taken byte for byte ('secret').
func Hex(s string) ([]byte, error) {
	var out []byte
	for len(s) > 0 {
		switch c := s[0]; {
		case c == ' ' || c == '\t' || c == '\n':
			s = s[1:]
		case c == '\'':
			end := strings.IndexByte(s[1:], '\'')
			if end < 0 {
				return nil, fmt.Errorf("unclosed quote in %q", s)
			}
			out = append(out, s[1:1+end]...)
			s = s[end+2:]
		default:
			b, err := hex.DecodeString(s[:min(len(s), 2)])
			if err != nil || len(b) != 1 {
				return nil, fmt.Errorf("bad hex at %q: %v", s, err)
			}
			out = append(out, b...)
			s = s[2:]
		}
	}
	return out, nil
}
