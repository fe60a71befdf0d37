package dissect

import "fmt"

// EncodeUDPSplit is EncodeUDP with the header's values and the parameters'
// values given apart. It is needed where a parameter has a header field's
// name: CONTACT_LIST repeats UIN, which the client header also holds.
func EncodeUDPSplit(dst []byte, dir Direction, cmd *Command, header, params Fields) ([]byte, error) {
	if cmd == nil {
		return dst, fmt.Errorf("dissect: nothing to encode for %v", dir)
	}
	if err := knownFields(cmd, params, nil); err != nil {
		return dst, err
	}
	headerOnly := Command{Name: cmd.Name, Code: cmd.Code, Described: true}
	dst, err := EncodeUDP(dst, dir, &headerOnly, header)
	if err != nil {
		return dst, err
	}
	return encodeParams(dst, cmd, params)
}
