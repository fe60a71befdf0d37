package report

import (
	"bufio"
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/icqdump/icqdump/check"
	"github.com/icqdump/icqdump/dissect"
)

// maxListed bounds the findings of one rule that the text table lists; all
// are counted, and JSON lists every one.
const maxListed = 200

// Findings writes what icqdump check found: with JSON one line per finding
// as it comes, then a summary line; as text a table of findings, then a table
// of counts per rule.
type Findings struct {
	w      io.Writer
	json   bool
	kept   []check.Finding
	listed map[string]int
	err    error
}

// NewFindings returns a writer of findings to w.
func NewFindings(w io.Writer, asJSON bool) *Findings {
	return &Findings{w: w, json: asJSON, listed: map[string]int{}}
}

type findingJSON struct {
	Rule     string   `json:"rule"`
	Severity string   `json:"severity"`
	Frames   []uint64 `json:"frames"`
	UIN      uint32   `json:"uin,omitempty"`
	Message  string   `json:"message"`
}

// Add takes one finding.
func (f *Findings) Add(x *check.Finding) {
	if f.err != nil {
		return
	}
	if f.json {
		b, err := json.Marshal(findingJSON{x.Rule.ID, x.Rule.Severity.String(), x.Frames, x.UIN, x.Message})
		if err == nil {
			_, err = f.w.Write(append(b, '\n'))
		}
		f.err = err
		return
	}
	if f.listed[x.Rule.ID] < maxListed {
		f.listed[x.Rule.ID]++
		f.kept = append(f.kept, *x)
	}
}

// Verdict is the outcome of a check.
type Verdict struct {
	Counts map[string]int   // findings per rule ID
	FailOn dissect.Severity // the --fail-on threshold
}

// Failed reports whether a finding at or above the threshold was made.
func (v Verdict) Failed() bool {
	for id, n := range v.Counts {
		if r, ok := check.Lookup(id); ok && n > 0 && r.Severity >= v.FailOn {
			return true
		}
	}
	return false
}

func (v Verdict) bySeverity() map[string]int {
	out := map[string]int{"error": 0, "warning": 0, "note": 0}
	for id, n := range v.Counts {
		if r, ok := check.Lookup(id); ok {
			out[r.Severity.String()] += n
		}
	}
	return out
}

// Close writes what comes after the findings.
func (f *Findings) Close(v Verdict) error {
	if f.err != nil {
		return f.err
	}
	if f.json {
		return f.summaryLine(v)
	}
	// A finding is made when the capture settles it: a search never ended
	// only at the end. The table lists them by the frame that shows them.
	slices.SortStableFunc(f.kept, func(a, b check.Finding) int { return cmp.Compare(a.Frames[0], b.Frames[0]) })
	if err := writeTable(f.w, f.findingsTable(v), false); err != nil {
		return err
	}
	return writeTable(f.w, rulesTable(v), false)
}

func (f *Findings) summaryLine(v Verdict) error {
	total := 0
	for _, n := range v.Counts {
		total += n
	}
	b, err := json.Marshal(map[string]any{"summary": map[string]any{
		"findings": total, "by_severity": v.bySeverity(), "by_rule": v.Counts,
		"fail_on": v.FailOn.String(), "failed": v.Failed(),
	}})
	if err != nil {
		return err
	}
	_, err = f.w.Write(append(b, '\n'))
	return err
}

func (f *Findings) findingsTable(v Verdict) table {
	total := 0
	for _, n := range v.Counts {
		total += n
	}
	after := ""
	if len(f.kept) < total {
		after = strconv.Itoa(total-len(f.kept)) + " more findings not listed (at most " + strconv.Itoa(maxListed) + " per rule; -T json lists all)\n"
	}
	return table{
		name: "findings", title: "findings: " + strconv.Itoa(total),
		header: []string{"severity", "rule", "frames", "UIN", "finding"},
		n:      len(f.kept),
		row: func(i int) []string {
			x := &f.kept[i]
			return []string{x.Rule.Severity.String(), x.Rule.ID, frameList(x.Frames), uin(x.UIN), x.Message}
		},
		after: after,
	}
}

func frameList(frames []uint64) string {
	s := make([]string, len(frames))
	for i, n := range frames {
		s[i] = "#" + u(n)
	}
	return strings.Join(s, " ")
}

// rulesTable counts the findings of every rule of the catalogue.
func rulesTable(v Verdict) table {
	return table{
		name: "rules", title: "rules: " + verdictLine(v),
		header: []string{"rule", "severity", "findings", "what the spec asks"},
		right:  []bool{false, false, true},
		n:      len(check.Rules),
		row: func(i int) []string {
			r := &check.Rules[i]
			return []string{r.ID, r.Severity.String(), u(uint64(v.Counts[r.ID])), r.Summary}
		},
	}
}

func verdictLine(v Verdict) string {
	by := v.bySeverity()
	s := u(uint64(by["error"])) + " errors, " + u(uint64(by["warning"])) + " warnings, " + u(uint64(by["note"])) + " notes"
	if v.Failed() {
		return s + " — FAIL (--fail-on " + v.FailOn.String() + ")"
	}
	return s + " — pass (--fail-on " + v.FailOn.String() + ")"
}

// WriteRules prints the rule catalogue: a table, or one JSON line per rule.
func WriteRules(w io.Writer, asJSON bool) error {
	bw := bufio.NewWriter(w)
	if asJSON {
		enc := json.NewEncoder(bw)
		for _, r := range check.Rules {
			if err := enc.Encode(map[string]string{"rule": r.ID, "severity": r.Severity.String(),
				"area": r.Area, "summary": r.Summary, "spec": r.Spec}); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	err := writeTable(bw, table{
		name: "rules", title: "rules: " + strconv.Itoa(len(check.Rules)),
		header: []string{"rule", "severity", "area", "what the spec asks", "spec"},
		n:      len(check.Rules),
		row: func(i int) []string {
			r := &check.Rules[i]
			return []string{r.ID, r.Severity.String(), r.Area, r.Summary, r.Spec}
		},
	}, false)
	if err != nil {
		return err
	}
	return bw.Flush()
}
