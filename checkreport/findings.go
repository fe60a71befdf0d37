// Package checkreport renders what icqdump check judged: the findings as
// text, JSON or JUnit XML, the verdict and the rule catalogue. It draws its
// tables with report's, so that report needs nothing of check.
package checkreport

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
	"github.com/icqdump/icqdump/report"
)

// maxListed bounds the findings of one rule that the text table lists; all
// are counted, and JSON lists every one.
const maxListed = 200

// Findings writes what icqdump check found: with JSON one line per finding
// as it comes, then a summary line; as text a table of findings, then a table
// of counts per rule; as JUnit XML a test suite per session and stream
// (junit.go).
type Findings struct {
	w      io.Writer
	json   bool
	junit  *junitCases // nil unless -T junit
	kept   []check.Finding
	listed map[*check.Rule]int
	err    error
}

// NewFindings returns a writer of findings to w in format: text, json or
// junit.
func NewFindings(w io.Writer, format string) *Findings {
	f := &Findings{w: w, json: format == "json", listed: map[*check.Rule]int{}}
	if format == "junit" {
		f.junit = &junitCases{byScope: map[check.Scope]map[*check.Rule]*junitFindings{}}
	}
	return f
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
		frames := x.Frames
		if frames == nil {
			frames = []uint64{} // a finding about the capture itself: "frames": []
		}
		b, err := json.Marshal(findingJSON{x.Rule.ID, x.Rule.Severity.String(), frames, x.UIN, x.Message})
		if err == nil {
			_, err = f.w.Write(append(b, '\n'))
		}
		f.err = err
		return
	}
	if f.junit != nil {
		f.junit.add(x)
		return
	}
	if f.listed[x.Rule] < maxListed {
		f.listed[x.Rule]++
		f.kept = append(f.kept, *x)
	}
}

// Verdict is the outcome of a check.
type Verdict struct {
	Counts     map[string]int   // findings per rule ID
	FailOn     dissect.Severity // the --fail-on threshold
	Checked    check.Checked    // what was judged
	MinPackets int              // fewer ICQ packets judged is a failure: nothing to judge
	Scopes     []check.Scope    // the sessions and streams judged, for JUnit
	AllRules   bool             // the text's count per rule lists every rule, not only those that fired
}

// NothingToJudge reports whether too few packets were judged for a verdict.
func (v Verdict) NothingToJudge() bool { return v.Checked.Packets() < v.MinPackets }

// Failed reports whether a finding at or above the threshold was made, or
// too few packets were judged.
func (v Verdict) Failed() bool {
	if v.NothingToJudge() {
		return true
	}
	for _, r := range check.Rules {
		if v.Counts[r.ID] > 0 && r.Severity >= v.FailOn {
			return true
		}
	}
	return false
}

func (v Verdict) bySeverity() map[string]int {
	out := map[string]int{"error": 0, "warning": 0, "note": 0}
	for _, r := range check.Rules {
		out[r.Severity.String()] += v.Counts[r.ID]
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
	if f.junit != nil {
		return f.junit.write(f.w, v)
	}
	// A finding is made when the capture settles it: a search never ended
	// only at the end. The table lists them by the frame that shows them.
	slices.SortStableFunc(f.kept, func(a, b check.Finding) int { return cmp.Compare(firstFrame(a), firstFrame(b)) })
	if err := f.findingsTable(v).Write(f.w); err != nil {
		return err
	}
	if len(v.Counts) > 0 || v.AllRules {
		if err := rulesTable(v).Write(f.w); err != nil {
			return err
		}
	}
	_, err := io.WriteString(f.w, checkedLine(v.Checked)+"\nverdict: "+verdictLine(v)+"\n")
	return err
}

// firstFrame is the frame a finding is listed by; findings about the
// capture itself name none and come first.
func firstFrame(x check.Finding) uint64 {
	if len(x.Frames) == 0 {
		return 0
	}
	return x.Frames[0]
}

// checkedLine says what the verdict rests on.
func checkedLine(k check.Checked) string {
	return "checked: " + counted(k.Packets(), "ICQ packet") + " (" + u(uint64(k.ClientPackets)) + " client to server, " +
		u(uint64(k.ServerPackets)) + " server to client, " + u(uint64(k.PeerPackets)) + " peer), " +
		counted(k.Sessions, "session") + ", " + counted(k.PeerStreams, "peer stream")
}

// u writes a count.
func u(n uint64) string { return strconv.FormatUint(n, 10) }

// counted writes n things: 1 session, 2 sessions.
func counted(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return u(uint64(n)) + " " + thing + "s"
}

func (f *Findings) summaryLine(v Verdict) error {
	total := 0
	for _, n := range v.Counts {
		total += n
	}
	b, err := json.Marshal(map[string]any{"summary": map[string]any{
		"findings": total, "by_severity": v.bySeverity(), "by_rule": v.Counts,
		"fail_on": v.FailOn.String(), "failed": v.Failed(),
		"min_packets": v.MinPackets, "nothing_to_judge": v.NothingToJudge(),
		"versions_judged": v.Checked.Versions.Names(), "rules_judged": v.rulesJudged(),
		"checked": map[string]int{
			"packets": v.Checked.Packets(), "client_packets": v.Checked.ClientPackets,
			"server_packets": v.Checked.ServerPackets, "peer_packets": v.Checked.PeerPackets,
			"sessions": v.Checked.Sessions, "peer_streams": v.Checked.PeerStreams,
		},
	}})
	if err != nil {
		return err
	}
	_, err = f.w.Write(append(b, '\n'))
	return err
}

func (f *Findings) findingsTable(v Verdict) report.TextTable {
	total := 0
	for _, n := range v.Counts {
		total += n
	}
	after := ""
	if len(f.kept) < total {
		after = strconv.Itoa(total-len(f.kept)) + " more findings not listed (at most " + strconv.Itoa(maxListed) + " per rule; -T json lists all)\n"
	}
	return report.TextTable{
		Title:  "findings: " + strconv.Itoa(total),
		Header: []string{"severity", "rule", "frames", "UIN", "finding"},
		N:      len(f.kept),
		Row: func(i int) []string {
			x := &f.kept[i]
			return []string{x.Rule.Severity.String(), x.Rule.ID, frameList(x.Frames), report.FormatUIN(x.UIN), x.Message}
		},
		After: after,
	}
}

func frameList(frames []uint64) string {
	if len(frames) == 0 {
		return "-" // a finding about the capture itself
	}
	s := make([]string, len(frames))
	for i, n := range frames {
		s[i] = "#" + u(n)
	}
	return strings.Join(s, " ")
}

// rulesTable counts the findings of the rules that fired, in catalogue
// order; of every rule with --rules, where a rule of none of the versions
// judged counts "-": it was not judged, so it did not pass either.
func rulesTable(v Verdict) report.TextTable {
	var fired []*check.Rule
	for _, r := range check.Rules {
		if v.Counts[r.ID] > 0 || v.AllRules {
			fired = append(fired, r)
		}
	}
	judged := v.judgedVersions()
	title := "rules that fired: " + strconv.Itoa(len(v.Counts)) + " of " + strconv.Itoa(v.rulesJudged()) + " judged on " + judged.String()
	return report.TextTable{
		Title:  title,
		Header: []string{"rule", "severity", "findings", "versions", "what the spec asks"},
		Right:  []bool{false, false, true},
		N:      len(fired),
		Row: func(i int) []string {
			r := fired[i]
			n := u(uint64(v.Counts[r.ID]))
			if v.Counts[r.ID] == 0 && r.Versions&judged == 0 {
				n = "-"
			}
			return []string{r.ID, r.Severity.String(), n, r.Versions.String(), r.Summary}
		},
	}
}

// judgedVersions are the versions of the packets judged, and the capture's.
func (v Verdict) judgedVersions() check.Versions { return v.Checked.Versions | check.OfCapture }

// rulesJudged counts the rules judged: those of a version judged, and any
// that fired.
func (v Verdict) rulesJudged() int {
	n := 0
	for _, r := range check.Rules {
		if r.Versions&v.judgedVersions() != 0 || v.Counts[r.ID] > 0 {
			n++
		}
	}
	return n
}

func verdictLine(v Verdict) string {
	by := v.bySeverity()
	s := u(uint64(by["error"])) + " errors, " + u(uint64(by["warning"])) + " warnings, " + u(uint64(by["note"])) + " notes"
	if v.NothingToJudge() {
		return "nothing to judge: " + counted(v.Checked.Packets(), "ICQ packet") + " checked, fewer than --min-packets " +
			strconv.Itoa(v.MinPackets) + "; " + s + " — FAIL"
	}
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
			if err := enc.Encode(map[string]any{"rule": r.ID, "severity": r.Severity.String(),
				"area": r.Area, "versions": r.Versions.Names(), "summary": r.Summary, "spec": r.Spec}); err != nil {
				return err
			}
		}
		return bw.Flush()
	}
	err := report.TextTable{
		Title:  "rules: " + strconv.Itoa(len(check.Rules)),
		Header: []string{"rule", "severity", "area", "versions", "what the spec asks", "spec"},
		N:      len(check.Rules),
		Row: func(i int) []string {
			r := check.Rules[i]
			return []string{r.ID, r.Severity.String(), r.Area, r.Versions.String(), r.Summary, r.Spec}
		},
	}.Write(bw)
	if err != nil {
		return err
	}
	return bw.Flush()
}
