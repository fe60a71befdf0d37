package capture

import "github.com/gopacket/gopacket/layers"

// SegmentDecoder decodes the TCP header of frames OnICQFrame hands out,
// with the reader's own link decoder: no allocation per frame.
type SegmentDecoder struct{ d linkDecoder }

// NewSegmentDecoder returns a decoder of TCP segments.
func NewSegmentDecoder() *SegmentDecoder {
	s := &SegmentDecoder{}
	s.d.init()
	return s
}

// TCP returns the TCP header (its Payload the segment's data) of a frame,
// or nil when the frame carries no whole TCP segment. It is valid until
// the next call.
func (s *SegmentDecoder) TCP(f *Frame) *layers.TCP {
	t, kind := s.d.decode(f.Link, f.Data)
	if kind != frameTransport || t.transport != TCP {
		return nil
	}
	return &s.d.tcp
}
