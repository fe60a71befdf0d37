package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// duckNode runs SQL with DuckDB's Node package: the queries come as a JSON
// array on stdin, each query's rows go out as a JSON array on a line.
const duckNode = `
const { DuckDBInstance } = require('@duckdb/node-api');
(async () => {
  const queries = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  for (const q of queries) {
    const r = await c.runAndReadAll(q);
    console.log(JSON.stringify(r.getRowObjectsJson()));
  }
})().catch(e => { console.error(e.message); process.exit(1); });
`

// duckRow is a row DuckDB returned; numbers may come as strings (BIGINT).
type duckRow map[string]any

// duckDB returns a function that runs queries in DuckDB: through node and
// @duckdb/node-api (found by NODE_PATH), or else a duckdb CLI. Without
// either the test skips, or fails under CI=true, where they are installed.
func duckDB(t *testing.T) func(queries []string) [][]duckRow {
	t.Helper()
	if node, err := exec.LookPath("node"); err == nil && exec.Command(node, "-e", "require('@duckdb/node-api')").Run() == nil {
		return func(queries []string) [][]duckRow {
			in, _ := json.Marshal(queries)
			cmd := exec.Command(node, "-e", duckNode)
			cmd.Stdin = bytes.NewReader(in)
			return duckOutput(t, cmd, len(queries))
		}
	}
	if cli, err := exec.LookPath("duckdb"); err == nil {
		return func(queries []string) [][]duckRow {
			var out [][]duckRow
			for _, q := range queries {
				out = append(out, duckOutput(t, exec.Command(cli, "-json", "-c", q), 1)...)
			}
			return out
		}
	}
	msg := "neither node with @duckdb/node-api (NODE_PATH) nor a duckdb CLI is installed"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return nil
}

// duckOutput runs cmd and reads n results, a JSON array each, one per line
// (the duckdb CLI writes nothing for no rows).
func duckOutput(t *testing.T, cmd *exec.Cmd, n int) [][]duckRow {
	t.Helper()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v: %s", cmd.Path, err, stderr.String())
	}
	var results [][]duckRow
	d := json.NewDecoder(bytes.NewReader(out))
	for d.More() {
		var rows []duckRow
		if err := d.Decode(&rows); err != nil {
			t.Fatalf("DuckDB's output: %v: %s", err, out)
		}
		results = append(results, rows)
	}
	for len(results) < n {
		results = append(results, nil)
	}
	return results
}

// readmeQueries are the README's DuckDB queries, reading the logs in dir.
func readmeQueries(t *testing.T, dir string) []string {
	t.Helper()
	raw, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for _, m := range regexp.MustCompile("(?s)```sql\n(.*?)```").FindAllStringSubmatch(string(raw), -1) {
		qs = append(qs, strings.ReplaceAll(m[1], "'icq-logs/", "'"+filepath.ToSlash(dir)+"/"))
	}
	if len(qs) != 3 {
		t.Fatalf("the README has %d sql blocks, want 3 (retransmissions, slowest ACKs, messages per hour)", len(qs))
	}
	return qs
}

// reportTotals are what icqdump's own reports (-z sessions,acks,messages
// -T json) say of the test captures, summed.
type reportTotals struct {
	sessions, messages      int
	c2sPackets              float64 // of every session
	acked, needAck, unacked float64
	retransmissions         float64 // client to server
	maxAckDelay             float64 // ms, either direction
}

func readReports(t *testing.T) reportTotals {
	var tot reportTotals
	for _, c := range goldenCaptures(t) {
		var stdout, stderr bytes.Buffer
		args := append([]string{"-r", c.file, "-q", "-T", "json", "-z", "sessions,acks,messages"}, c.args...)
		if code := run(args, strings.NewReader(""), &stdout, &stderr); code != exitOK {
			t.Fatalf("icqdump %v: exit %d: %s", args, code, stderr.String())
		}
		d := json.NewDecoder(&stdout)
		for d.More() {
			var line struct {
				Sessions []struct{ Packets [2]float64 }
				Acks     []struct {
					Direction      string
					NeedAck        float64 `json:"need_ack"`
					Acked, Unacked float64
					Retransmission struct{ Count float64 }      `json:"retransmission_interval_ms"`
					AckDelay       struct{ Count, Max float64 } `json:"ack_delay_ms"`
				}
				Messages []json.RawMessage
			}
			if err := d.Decode(&line); err != nil {
				t.Fatal(err)
			}
			tot.sessions += len(line.Sessions)
			tot.messages += len(line.Messages)
			for _, s := range line.Sessions {
				tot.c2sPackets += s.Packets[0]
			}
			for _, a := range line.Acks {
				tot.needAck += a.NeedAck
				tot.acked += a.Acked
				tot.unacked += a.Unacked
				if a.Direction == "c2s" {
					tot.retransmissions += a.Retransmission.Count
				}
				if a.AckDelay.Count > 0 {
					tot.maxAckDelay = max(tot.maxAckDelay, a.AckDelay.Max)
				}
			}
		}
	}
	return tot
}

// TestDuckDBReadsLogs loads the Parquet logs of every test capture into
// DuckDB, runs the README's queries and counts of its own, and compares
// them with what icqdump's reports say of the same captures.
func TestDuckDBReadsLogs(t *testing.T) {
	query := duckDB(t)
	dir := writeLogs(t)["parquet"]
	tot := readReports(t)
	table := func(name string) string { return "'" + filepath.ToSlash(filepath.Join(dir, name)) + "/*/*.parquet'" }
	qs := append(readmeQueries(t, dir),
		"SELECT count(*) AS n FROM "+table("icq_sessions"),
		"SELECT sum(need_ack) AS need_ack, sum(acked) AS acked, sum(unacked) AS unacked FROM "+table("icq_acks"),
		"SELECT count(DISTINCT capture) AS n FROM "+table("icq_packets"))
	res := query(qs)
	retrans, slowest, perHour := res[0], res[1], res[2]

	var retransmissions, packets float64
	for _, r := range retrans {
		retransmissions += num(t, r["retransmissions"])
		packets += num(t, r["packets"])
	}
	if retransmissions != tot.retransmissions || packets != tot.c2sPackets {
		t.Errorf("retransmission rate per client: %v retransmissions of %v packets; -z acks says %v, -z sessions %v packets",
			retransmissions, packets, tot.retransmissions, tot.c2sPackets)
	}
	if tot.retransmissions == 0 {
		t.Error("no test capture retransmits: the comparison proves little")
	}
	if len(slowest) == 0 || len(slowest) > 10 || num(t, slowest[0]["ack_delay_ms"]) != tot.maxAckDelay {
		t.Errorf("slowest ACKs: %v; -z acks's largest delay is %v ms", slowest, tot.maxAckDelay)
	}
	var messages float64
	for _, r := range perHour {
		messages += num(t, r["messages"])
	}
	if messages != float64(tot.messages) || messages == 0 {
		t.Errorf("messages per hour sum to %v; -z messages has %d", messages, tot.messages)
	}
	if n := num(t, res[3][0]["n"]); n != float64(tot.sessions) {
		t.Errorf("icq_sessions: %v rows; -z sessions has %d", n, tot.sessions)
	}
	a := res[4][0]
	if num(t, a["need_ack"]) != tot.needAck || num(t, a["acked"]) != tot.acked || num(t, a["unacked"]) != tot.unacked {
		t.Errorf("icq_acks sums %v; -z acks: need %v, acked %v, unacked %v", a, tot.needAck, tot.acked, tot.unacked)
	}
	if n := num(t, res[5][0]["n"]); n != float64(len(goldenCaptures(t))) {
		t.Errorf("%v capture partitions, want %d", n, len(goldenCaptures(t)))
	}
}

// num reads a number DuckDB returned, as a number or a string.
func num(t *testing.T, v any) float64 {
	t.Helper()
	switch v := v.(type) {
	case float64:
		return v
	case string:
		var f float64
		if _, err := fmt.Sscan(v, &f); err == nil {
			return f
		}
	}
	t.Fatalf("not a number: %#v", v)
	return 0
}
