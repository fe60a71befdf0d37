package capture

// Some frames are judged ICQ only after they were read: the handshake and
// first segments of a connection the content test or a learned endpoint
// recognises later, and the fragments of a datagram before the one that
// completes it. With an OnICQFrame hook, the reader keeps a copy of them
// (in a frameLog) while they wait, and hands them over once they are judged
// ICQ, before the frame that decided it. Without a hook nothing is kept.

// frameOverhead is what a kept frame costs besides its bytes.
const frameOverhead = 64

// frameLog is frames kept to be handed to OnICQFrame later, in capture
// order, their bytes in one buffer.
type frameLog struct {
	frames []Frame
	buf    []byte
}

// keep copies f into the log.
func (l *frameLog) keep(f *Frame) {
	from := len(l.buf)
	// Frames kept before keep the array they were appended to.
	l.buf = append(l.buf, f.Data...)
	k := *f
	k.Data = l.buf[from:len(l.buf):len(l.buf)]
	k.Info.AncillaryData = nil // the link type is in k.Link
	l.frames = append(l.frames, k)
}

// size is what the log's frames cost.
func (l *frameLog) size() int { return len(l.buf) + frameOverhead*len(l.frames) }

// cost is what keeping f would add to size.
func cost(f *Frame) int { return len(f.Data) + frameOverhead }

// label gives the frames the transport and addresses of t: those of the
// fragments of the datagram t came in.
func (l *frameLog) label(t *transportPayload) {
	for i := range l.frames {
		f := &l.frames[i]
		f.Transport, f.Src, f.Dst = t.transport, t.src, t.dst
	}
}

// hand gives the frames to fn, as frames of stream.
func (l *frameLog) hand(fn func(*Frame), stream int) {
	for i := range l.frames {
		f := &l.frames[i]
		f.Stream = stream
		fn(f)
	}
}

// keepLogBuf is the largest buffer a log emptied keeps for its next use:
// room for a TCP handshake.
const keepLogBuf = 1 << 10

// reset empties the log; it keeps its memory when that is small.
func (l *frameLog) reset() {
	clear(l.frames)
	l.frames = l.frames[:0]
	if cap(l.buf) > keepLogBuf {
		l.buf = nil
	}
	l.buf = l.buf[:0]
}
