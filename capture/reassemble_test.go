package capture

import (
	"fmt"
	"math/rand/v2"
	"net/netip"
	"slices"
	"strings"
	"testing"
	"time"
)

// recorder is a connection's owner that notes what the reassembly hands on:
// "DIR @SEQ BYTES", then start, skip=N and end as they apply; "complete".
type recorder struct{ events []string }

func (r *recorder) receive(d int, start bool, skip int, from uint32, data []byte, end bool) {
	e := fmt.Sprintf("%d @%d %q", d, from, data)
	if start {
		e += " start"
	}
	if skip > 0 {
		e += fmt.Sprintf(" skip=%d", skip)
	}
	if end {
		e += " end"
	}
	r.events = append(r.events, e)
}

func (r *recorder) complete() { r.events = append(r.events, "complete") }

// step is a segment of direction d of connection conn at capture time at,
// or, with do set, what a tick does at that time: "holes" (gapWait before
// it), "idle" (idleTimeout before it), "all" (the end of the capture).
type step struct {
	conn, d int
	sg      segment
	at      time.Duration
	do      string
}

func data(d int, seq uint32, b string, at time.Duration) step {
	return step{d: d, sg: segment{seq: seq, payload: []byte(b)}, at: at}
}

func syn(d int, seq uint32) step { return step{d: d, sg: segment{seq: seq, syn: true}} }

func fin(d int, seq uint32, b string, at time.Duration) step {
	s := data(d, seq, b, at)
	s.sg.fin = true
	return s
}

func rst(d int, seq uint32, at time.Duration) step {
	return step{d: d, sg: segment{seq: seq, rst: true}, at: at}
}

func tick(do string, at time.Duration) step { return step{do: do, at: at} }

var epoch = time.Date(1998, 8, 26, 12, 0, 0, 0, time.UTC)

// replay runs steps on a reassembler and returns what each connection was
// handed, checking the counts of waiting bytes after every step.
func replay(t *testing.T, steps []step) map[int][]string {
	t.Helper()
	var r tcpReassembler
	conns := map[int]*tcpConnState{}
	owners := map[int]*recorder{}
	for i, s := range steps {
		now := epoch.Add(s.at)
		switch s.do {
		case "holes":
			r.skipHoles(now.Add(-gapWait))
		case "idle":
			r.closeIdle(now.Add(-idleTimeout))
		case "all":
			r.closeAll()
		default:
			c := conns[s.conn]
			if c == nil {
				owners[s.conn] = &recorder{}
				c = new(tcpConnState)
				*c = newTCPConn(owners[s.conn])
				conns[s.conn] = c
			}
			sg := s.sg
			sg.payload = slices.Clone(sg.payload) // the reassembly must copy what it keeps
			r.add(c, s.d, &sg, now)
			clear(sg.payload)
		}
		checkCounts(t, i, &r, conns)
	}
	got := map[int][]string{}
	for n, o := range owners {
		got[n] = o.events
	}
	return got
}

// checkCounts: the caps' counts match the bytes waiting, and stay within
// the caps.
func checkCounts(t *testing.T, step int, r *tcpReassembler, conns map[int]*tcpConnState) {
	t.Helper()
	total := 0
	for n, c := range conns {
		for d := range c.half {
			h := &c.half[d]
			sum := 0
			for i, w := range h.waiting {
				sum += waitingCost(len(w.data))
				if i > 0 && seqDiff(h.waiting[i-1].end(), w.seq) < 0 {
					t.Errorf("step %d: conn %d dir %d: waiting data overlaps or is out of order", step, n, d)
				}
			}
			if sum != h.waitingBytes || len(h.waiting) > maxWaitingSegments || sum > maxWaitingPerDirection {
				t.Errorf("step %d: conn %d dir %d: %d segments, %d bytes waiting, counted %d", step, n, d, len(h.waiting), sum, h.waitingBytes)
			}
			total += sum
		}
	}
	if total != r.waitingBytes {
		t.Errorf("step %d: %d bytes waiting, counted %d", step, total, r.waitingBytes)
	}
}

func TestReassembly(t *testing.T) {
	const wrap = 1<<32 - 2
	tests := []struct {
		name  string
		steps []step
		want  []string
	}{
		{"in order", []step{syn(0, 99), data(0, 100, "ab", 0), data(0, 102, "cd", 0), syn(1, 500), data(1, 501, "xy", 0)},
			[]string{`0 @100 "" start`, `0 @100 "ab"`, `0 @102 "cd"`, `1 @501 "" start`, `1 @501 "xy"`}},
		{"no SYN: the first segment starts the direction", []step{data(0, 100, "ab", 0), data(0, 102, "cd", 0)},
			[]string{`0 @100 "ab"`, `0 @102 "cd"`}},
		{"a SYN with data", []step{{sg: segment{seq: 99, syn: true, payload: []byte("ab")}}, data(0, 102, "c", 0)},
			[]string{`0 @100 "ab" start`, `0 @102 "c"`}},
		{"a SYN on a synchronised direction is not read", []step{syn(0, 99), {sg: segment{seq: 99, syn: true, payload: []byte("zz")}}, data(0, 100, "ab", 0)},
			[]string{`0 @100 "" start`, `0 @100 "ab"`}},
		{"out of order: the hole filled", []step{syn(0, 99), data(0, 104, "ef", 0), data(0, 102, "cd", 0), data(0, 100, "ab", 0)},
			[]string{`0 @100 "" start`, `0 @100 "abcdef"`}},
		{"retransmissions and overlaps with bytes handed on", []step{data(0, 100, "abcd", 0), data(0, 100, "ab", 0), data(0, 101, "XYZe", 0), data(0, 98, "??abcdefg", 0)},
			[]string{`0 @100 "abcd"`, `0 @104 "e"`, `0 @105 "fg"`}},
		{"a waiting segment covered by a later one", []step{data(0, 100, "a", 0), data(0, 104, "xx", 0), data(0, 102, "cdEF", 0), data(0, 101, "b", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bcdEF"`}},
		{"a later segment inside a waiting one", []step{data(0, 100, "a", 0), data(0, 102, "cdef", 0), data(0, 103, "XY", 0), data(0, 102, "c", 0), data(0, 101, "b", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bcXYf"`}},
		{"a later segment over a waiting one's tail, and one over a head", []step{data(0, 100, "a", 0), data(0, 102, "cd", 0), data(0, 103, "DE", 0), data(0, 106, "gh", 0), data(0, 105, "FG", 0), data(0, 101, "b", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bcDEFGh"`}},
		{"bytes in order cut what waits", []step{data(0, 100, "a", 0), data(0, 103, "xyz", 0), data(0, 101, "bcde", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bcdez"`}},
		{"in order across the wrap at 2^32", []step{syn(0, wrap), data(0, wrap+1, "ab", 0), data(0, 1, "cd", 0)},
			[]string{`0 @4294967295 "" start`, `0 @4294967295 "ab"`, `0 @1 "cd"`}},
		{"out of order across the wrap", []step{syn(0, wrap), data(0, 1, "cd", 0), data(0, wrap+1, "ab", 0)},
			[]string{`0 @4294967295 "" start`, `0 @4294967295 "abcd"`}},
		{"a retransmission from before the wrap", []step{data(0, wrap, "abc", 0), data(0, wrap, "abcd", 0)},
			[]string{`0 @4294967294 "abc"`, `0 @1 "d"`}},
		{"a hole given up on after gapWait", []step{syn(0, 99), data(0, 100, "ab", 0), data(0, 104, "ef", time.Second), data(0, 106, "gh", 2*time.Second),
			tick("holes", 30*time.Second), tick("holes", 32*time.Second), data(0, 102, "cd", 33*time.Second), data(0, 108, "ij", 33*time.Second)},
			[]string{`0 @100 "" start`, `0 @100 "ab"`, `0 @104 "efgh" skip=2`, `0 @108 "ij"`}},
		{"waiting bytes wait no longer than those behind them", []step{data(0, 100, "ab", 0), data(0, 108, "ij", 0), data(0, 104, "ef", 20*time.Second),
			tick("holes", 29*time.Second), tick("holes", 31*time.Second)},
			[]string{`0 @100 "ab"`, `0 @104 "ef" skip=2`, `0 @108 "ij" skip=2`}},
		{"FIN in order", []step{syn(0, 99), syn(1, 499), data(0, 100, "ab", 0), fin(0, 102, "c", 0), data(0, 103, "late", 0), fin(1, 500, "", 0)},
			[]string{`0 @100 "" start`, `1 @500 "" start`, `0 @100 "ab"`, `0 @102 "c" end`, `1 @500 "" end`, "complete"}},
		{"a FIN ahead of the bytes before it", []step{data(0, 100, "a", 0), fin(0, 103, "", 0), data(0, 102, "c", 0), data(0, 101, "b", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bc" end`}},
		{"a FIN with data ahead", []step{data(0, 100, "a", 0), fin(0, 102, "cd", 0), data(0, 101, "b", 0)},
			[]string{`0 @100 "a"`, `0 @101 "bcd" end`}},
		{"a FIN before the bytes in order is old", []step{data(0, 100, "abc", 0), fin(0, 100, "ab", 0), data(0, 103, "d", 0)},
			[]string{`0 @100 "abc"`, `0 @103 "d"`}},
		{"RST in order ends its direction", []step{data(0, 100, "ab", 0), rst(0, 102, 0), data(1, 700, "x", 0), rst(1, 701, 0)},
			[]string{`0 @100 "ab"`, `0 @102 "" end`, `1 @700 "x"`, `1 @701 "" end`, "complete"}},
		{"RST out of the window", []step{data(0, 100, "ab", 0), rst(0, 105, 0), rst(0, 101, 0), data(0, 102, "c", 0)},
			[]string{`0 @100 "ab"`, `0 @102 "c"`}},
		{"idle close", []step{syn(0, 99), data(0, 100, "ab", 0), data(1, 700, "x", 5*time.Minute), tick("idle", 11*time.Minute),
			data(0, 102, "cd", 12*time.Minute), tick("idle", 22*time.Minute), tick("idle", 22*time.Minute+time.Second), data(0, 104, "ef", 23*time.Minute)},
			[]string{`0 @100 "" start`, `0 @100 "ab"`, `1 @700 "x"`, `0 @102 "cd"`, "complete"}},
		{"idle close hands on what waits", []step{data(0, 100, "ab", 0), data(0, 104, "ef", 0), fin(1, 700, "", 0), tick("idle", 10*time.Minute+time.Second)},
			[]string{`0 @100 "ab"`, `1 @700 "" end`, `0 @104 "ef" skip=2`, "complete"}},
		{"the end of the capture hands on what waits", []step{data(0, 100, "ab", 0), data(0, 104, "ef", 0), data(0, 108, "ij", 0), data(1, 700, "x", 0), data(1, 702, "z", 0), tick("all", 0)},
			[]string{`0 @100 "ab"`, `1 @700 "x"`, `1 @702 "z" skip=1`, `0 @104 "ef" skip=2`, `0 @108 "ij" skip=2`, "complete"}},
		{"a closed connection takes nothing more", []step{rst(0, 100, 0), rst(1, 700, 0), data(0, 100, "ab", 0), tick("idle", time.Hour), tick("all", time.Hour)},
			[]string{`0 @100 "" end`, `1 @700 "" end`, "complete"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := replay(t, tt.steps)[0]
			if !slices.Equal(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestReassemblyCaps: past a cap, the first hole is given up on.
func TestReassemblyCaps(t *testing.T) {
	t.Run("segments per direction", func(t *testing.T) {
		steps := []step{data(0, 100, "a", 0)}
		for i := range maxWaitingSegments + 1 {
			steps = append(steps, data(0, uint32(102+2*i), "x", 0))
		}
		got := replay(t, steps)[0]
		if want := []string{`0 @100 "a"`, `0 @102 "x" skip=1`}; !slices.Equal(got, want) {
			t.Errorf("got %q, want %q", got, want)
		}
	})
	t.Run("bytes per direction", func(t *testing.T) {
		half := strings.Repeat("x", maxWaitingPerDirection/2)
		steps := []step{data(0, 100, "a", 0), data(0, 102, half, 0), data(0, uint32(103+len(half)), half, 0)}
		got := replay(t, steps)[0]
		if len(got) != 2 || !strings.HasPrefix(got[1], `0 @102 "xxx`) || !strings.HasSuffix(got[1], `" skip=1`) {
			t.Errorf("got %.80q", got)
		}
	})
}

// BenchmarkReassemblyInOrder: segments in order, one peer packet each,
// reassembled, framed, queued and handed out. Steady state allocates
// nothing.
func BenchmarkReassemblyInOrder(b *testing.B) {
	p := newPeerTCP(nil, (&Config{}).limits())
	a, z := netip.MustParseAddrPort("192.0.2.10:1041"), netip.MustParseAddrPort("198.51.100.7:1029")
	s := p.open(newConnKey(a, z), "bench")
	pkt := append([]byte{62, 0}, make([]byte, 62)...) // LENGTH 62 and a body
	seq := uint32(1 << 31)
	at := frameInfo{time: epoch}
	p.take(s, a, z, &segment{seq: seq - 1, syn: true}, at) // the framer starts at a packet
	b.ReportAllocs()
	for b.Loop() {
		at.frame++
		at.time = at.time.Add(time.Millisecond)
		p.take(s, a, z, &segment{seq: seq, payload: pkt}, at)
		seq += uint32(len(pkt))
		for p.queue.pop() != nil {
		}
	}
}

// TestIdleHeap: after pushes, removals and new keys at the top in any
// order, the heap is ordered and every connection knows its place.
func TestIdleHeap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var q idleHeap
	at := func() time.Time { return epoch.Add(time.Duration(rng.IntN(1000)) * time.Second) }
	for i := range 10000 {
		switch {
		case len(q) == 0 || i%4 >= 2:
			q.push(&tcpConnState{heapAt: -1}, at())
		case i%4 == 0:
			c := q[rng.IntN(len(q))].c
			q.remove(c.heapAt)
			if c.heapAt != -1 {
				t.Fatalf("op %d: a removed connection is at %d", i, c.heapAt)
			}
		default:
			q.rekey(at())
		}
		for j, e := range q {
			if e.c.heapAt != j || j > 0 && e.at.Before(q[(j-1)/2].at) {
				t.Fatalf("op %d: entry %d (heapAt %d) out of order", i, j, e.c.heapAt)
			}
		}
	}
}
