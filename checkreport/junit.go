package checkreport

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"

	"github.com/icqdump/icqdump/check"
)

// JUnit XML, the format CI systems ingest: a test suite for the capture
// (the CAPTURE- rules, and --min-packets), then one per session and peer
// stream judged, each with a test case per rule judged on it: the rules
// that declare a version of its packets, and any with findings there. A
// case fails when the rule has findings at or above --fail-on in that
// suite; findings below it are listed in the case's system-out.

// maxJUnitListed bounds the findings a test case lists; all are counted.
const maxJUnitListed = 20

type junitCases struct {
	byScope map[check.Scope]map[*check.Rule]*junitFindings // rule -> findings
	order   []check.Scope                                  // scopes with findings, in order of the first
}

type junitFindings struct {
	n    int
	kept []check.Finding
}

func (j *junitCases) add(x *check.Finding) {
	rules := j.byScope[x.Scope]
	if rules == nil {
		rules = map[*check.Rule]*junitFindings{}
		j.byScope[x.Scope] = rules
		j.order = append(j.order, x.Scope)
	}
	f := rules[x.Rule]
	if f == nil {
		f = &junitFindings{}
		rules[x.Rule] = f
	}
	f.n++
	if len(f.kept) < maxJUnitListed {
		f.kept = append(f.kept, *x)
	}
}

type junitSuite struct {
	XMLName  xml.Name    `xml:"testsuite"`
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// write writes the document: suites are made and written one at a time.
func (j *junitCases) write(w io.Writer, v Verdict) error {
	suites := j.suiteScopes(v.Scopes)
	tests, failures := 0, 0
	for _, s := range suites {
		suite := j.suite(s, v)
		tests += suite.Tests
		failures += suite.Failures
	}
	if _, err := io.WriteString(w, xml.Header+`<testsuites name="icqdump check" tests="`+strconv.Itoa(tests)+
		`" failures="`+strconv.Itoa(failures)+`">`+"\n"); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("  ", "  ")
	for _, s := range suites {
		if err := enc.Encode(j.suite(s, v)); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, "\n</testsuites>\n")
	return err
}

// suiteScopes lists the suites: the capture, the sessions and streams
// judged, and any with findings beyond those listed.
func (j *junitCases) suiteScopes(judged []check.Scope) []check.Scope {
	list := append([]check.Scope{{Kind: check.ScopeCapture, Label: "capture"}}, judged...)
	seen := map[check.Scope]bool{}
	for _, s := range list {
		seen[s] = true
	}
	for _, s := range j.order {
		if !seen[s] {
			list = append(list, s)
		}
	}
	return list
}

// suite makes the test suite of a scope.
func (j *junitCases) suite(s check.Scope, v Verdict) junitSuite {
	suite := junitSuite{Name: s.Label}
	if s.Kind == check.ScopeCapture {
		suite.Cases = append(suite.Cases, minPacketsCase(v))
	}
	for _, r := range check.Rules {
		f := j.byScope[s][r]
		if f == nil && r.Versions&s.Versions() == 0 {
			continue
		}
		c := junitCase{Name: r.ID + ": " + r.Summary, Classname: s.Label}
		if f != nil {
			text := findingLines(f)
			if r.Severity >= v.FailOn {
				c.Failure = &junitFailure{Message: counted(f.n, "finding"), Type: r.Severity.String(), Text: text}
			} else {
				c.SystemOut = text
			}
		}
		suite.Cases = append(suite.Cases, c)
	}
	for _, c := range suite.Cases {
		if c.Failure != nil {
			suite.Failures++
		}
	}
	suite.Tests = len(suite.Cases)
	return suite
}

func minPacketsCase(v Verdict) junitCase {
	c := junitCase{Name: "--min-packets " + strconv.Itoa(v.MinPackets) + ": ICQ packets to judge", Classname: "capture",
		SystemOut: checkedLine(v.Checked)}
	if v.NothingToJudge() {
		c.Failure = &junitFailure{Message: "nothing to judge", Type: "error", Text: checkedLine(v.Checked)}
	}
	return c
}

// findingLines lists the findings of a case, one a line: frames, UIN, message.
func findingLines(f *junitFindings) string {
	var b strings.Builder
	for _, x := range f.kept {
		b.WriteString(frameList(x.Frames))
		if x.UIN != 0 {
			b.WriteString(" UIN " + strconv.FormatUint(uint64(x.UIN), 10))
		}
		b.WriteString(": " + x.Message + "\n")
	}
	if more := f.n - len(f.kept); more > 0 {
		b.WriteString(strconv.Itoa(more) + " more\n")
	}
	return b.String()
}
