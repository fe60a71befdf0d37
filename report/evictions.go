package report

import (
	"fmt"
	"strings"
)

// Eviction is what a cap on live state retired early in a run: the
// capture report and the summary line on stderr say so, with the flag that
// sets the cap.
type Eviction struct {
	Key   string // its key in the capture report's JSON "evicted" object
	What  string // what was retired, and how: "sessions retired early by the session cap"
	Flag  string // the flag of the cap, and its value
	Count uint64
}

// EvictionLines is a line for each cap that retired something.
func EvictionLines(evictions []Eviction) []string {
	var lines []string
	for _, e := range evictions {
		if e.Count > 0 {
			lines = append(lines, fmt.Sprintf("%d %s (%s)", e.Count, e.What, e.Flag))
		}
	}
	return lines
}

// NoteEvictions has the capture report say what the caps retired early.
func (s *Summaries) NoteEvictions(evictions []Eviction) { s.evictions = evictions }

// evictionText is the capture report's lines under its table.
func evictionText(evictions []Eviction) string {
	var b strings.Builder
	for _, l := range EvictionLines(evictions) {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// longerText is the capture report's line on records longer than their
// original length, when there were any.
func longerText(n uint64) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("records whose captured length exceeds their original length (read as captured): %d\n", n)
}

// evictionJSON is the capture report's "evicted" object: nil when the caps
// retired nothing, so that the key is left out.
func evictionJSON(evictions []Eviction) map[string]uint64 {
	var m map[string]uint64
	for _, e := range evictions {
		if e.Count > 0 {
			if m == nil {
				m = map[string]uint64{}
			}
			m[e.Key] = e.Count
		}
	}
	return m
}

// SumEvictions adds up the evictions of several captures, by key.
func SumEvictions(parts []Part) []Eviction {
	var sum []Eviction
	for _, p := range parts {
		for _, e := range p.Summaries.evictions {
			i := 0
			for i < len(sum) && sum[i].Key != e.Key {
				i++
			}
			if i == len(sum) {
				sum = append(sum, Eviction{Key: e.Key, What: e.What, Flag: e.Flag})
			}
			sum[i].Count += e.Count
		}
	}
	return sum
}
