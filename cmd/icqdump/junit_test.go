package main

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/icqdump/icqdump/internal/scenarios"
)

type junitDoc struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Cases    []struct {
			Name    string `xml:"name,attr"`
			Failure *struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func checkJUnit(t *testing.T, wantCode int, args ...string) junitDoc {
	t.Helper()
	code, out, _ := runCheckArgs(append(args, "-T", "junit")...)
	if code != wantCode {
		t.Fatalf("exit %d, want %d", code, wantCode)
	}
	var doc junitDoc
	if err := xml.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, out)
	}
	return doc
}

// check -T junit: a suite for the capture and one per session and stream,
// a case per rule; the cases of findings at or above --fail-on fail and
// carry their frames and messages.
func TestCheckJUnit(t *testing.T) {
	doc := checkJUnit(t, exitCheckFound, "-r", micqCapture)
	if len(doc.Suites) != 2 || doc.Suites[0].Name != "capture" || doc.Suites[1].Name != "session 1 127.0.0.1:39467 > 127.0.0.1:4000" {
		t.Fatalf("suites %+v", doc.Suites)
	}
	var failed []string
	tests := 0
	for _, s := range doc.Suites {
		tests += len(s.Cases)
		for _, c := range s.Cases {
			if c.Failure != nil {
				failed = append(failed, c.Name[:strings.Index(c.Name, ":")]+" "+c.Failure.Type+" "+c.Failure.Message+" "+c.Failure.Text)
			}
		}
	}
	want := []string{
		"ICQ-SEQ-START error 1 finding #3 UIN 12345678: first SEQ_NUM is 1; the spec starts at 0\n",
		"ICQ-TRUNCATED error 2 findings #7 UIN 12345678: packet ends in UIN[1] at offset 16: 4 bytes needed, 3 left\n#29 UIN 12345678: packet ends in UIN[2] at offset 20: 4 bytes needed, 3 left\n",
		"ICQ-SEARCH-END error 1 finding #13 UIN 12345678: search 8 was never ended by END_OF_SEARCH\n",
	}
	if strings.Join(failed, "|") != strings.Join(want, "|") || doc.Failures != 3 || doc.Tests != tests {
		t.Errorf("failures %d of %d: %q", doc.Failures, doc.Tests, failed)
	}
	// With --fail-on warning the warnings' cases fail too.
	if doc := checkJUnit(t, exitCheckFound, "-r", micqCapture, "--fail-on", "warning"); doc.Failures != 8 {
		t.Errorf("--fail-on warning: %d failures, want 8", doc.Failures)
	}
	// A clean capture with a peer stream: a suite for it, nothing fails.
	clean := writeCheckCapture(t, func([]scenarios.CheckEvent) {})
	doc = checkJUnit(t, exitOK, "-r", clean)
	if len(doc.Suites) != 3 || !strings.HasPrefix(doc.Suites[2].Name, "peer stream 1 ") || doc.Failures != 0 {
		t.Errorf("clean capture: %d failures in %d suites: %+v", doc.Failures, len(doc.Suites), doc.Suites)
	}
	// Nothing to judge fails the capture's --min-packets case.
	doc = checkJUnit(t, exitCheckFound, "-r", micqCapture, "--server-port", "5000")
	if c := doc.Suites[0].Cases[0]; doc.Failures != 1 || c.Failure == nil || c.Failure.Message != "nothing to judge" {
		t.Errorf("nothing to judge: %+v", doc)
	}
}

// check -T junit lists in a suite only the rules judged on its packets'
// versions (and any with findings there): no pass for a v2 rule on a v5
// session, nor for a v5 rule on a v2 one.
func TestCheckJUnitListsTheRulesOfItsVersions(t *testing.T) {
	rulesOf := func(doc junitDoc) map[string]bool {
		ids := map[string]bool{}
		for _, s := range doc.Suites {
			if !strings.HasPrefix(s.Name, "session ") {
				continue
			}
			for _, c := range s.Cases {
				ids[c.Name[:strings.Index(c.Name, ":")]] = true
			}
		}
		return ids
	}
	v5 := rulesOf(checkJUnit(t, exitOK, "-r", v5Capture))
	for _, id := range []string{"ICQ-HDR-VERSION", "ICQ-SEQ-START", "ICQ-KEEPALIVE-INTERVAL", "ICQ-LOGIN-FIRST"} {
		if v5[id] {
			t.Errorf("the v5 capture's sessions list %s", id)
		}
	}
	for _, id := range []string{"ICQ5-CHECKCODE", "ICQ5-SESSION-ID", "ICQ5-SEQ2-NEXT", "ICQ-SEQ-NEXT", "ICQ-ACK-MISSING"} {
		if !v5[id] {
			t.Errorf("the v5 capture's sessions do not list %s", id)
		}
	}
	v2 := rulesOf(checkJUnit(t, exitCheckFound, "-r", micqCapture))
	for id := range v2 {
		if strings.HasPrefix(id, "ICQ5-") {
			t.Errorf("the v2 capture's session lists %s", id)
		}
	}
	if !v2["ICQ-HDR-VERSION"] || !v2["ICQ-SEQ-START"] {
		t.Errorf("the v2 capture's session does not list the v2 header rules: %v", v2)
	}
}
