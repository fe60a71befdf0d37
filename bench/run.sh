#!/usr/bin/env bash
# bench/run.sh: times icqdump in each output mode, a plain Go read-and-parse
# loop, and (where installed) tshark and tcpdump on one generated capture,
# and checks the performance targets of the README.
#
#   bench/run.sh [FRAMES [PREFIX]]     (defaults 2000000 and 200000)
#   RUNS=N bench/run.sh                 (each tool runs N times, the fastest counts; default 2)
#
# It builds icqdump, icqgen and bench/readloop into a temporary folder,
# writes a FRAMES-frame capture with icqgen (2,000 clients) and, with the
# same flags and --frames PREFIX, its first PREFIX frames: the slow tools
# (tshark -V) run on that prefix and are compared by frames per second.
# Every tool writes to /dev/null. Peak memory is GNU time's maximum
# resident set size. Run it when the machine is otherwise idle.
set -euo pipefail

frames=${1:-2000000}
prefix=${2:-200000}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/icqbench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
results=$tmp/results

echo "== machine"
echo "nproc: $(nproc)"
if command -v lscpu >/dev/null; then lscpu | grep -E '^(Model name|CPU\(s\)|Thread|Core|Socket|CPU max MHz)' || true; fi
grep -E '^MemTotal' /proc/meminfo || true
go version
echo "load before: $(uptime)"

echo "== build"
(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/bin/" ./cmd/icqdump ./cmd/icqgen ./bench/readloop)
icqdump=$tmp/bin/icqdump

echo "== captures"
generate() { # generate FRAMES FILE [SEED]
	"$tmp/bin/icqgen" --clients 2000 --duration 4h --seed "${3:-1}" --frames "$1" -w "$2"
}
full=$tmp/full.pcap
part=$tmp/prefix.pcap
generate "$frames" "$full"
generate "$prefix" "$part"
if ! cmp -s -n "$(stat -c %s "$part")" "$part" "$full"; then
	echo "run.sh: the prefix is not the start of the full capture" >&2
	exit 1
fi
# Four captures of a quarter each, for the parallel run over a folder.
mkdir "$tmp/multi"
for seed in 2 3 4 5; do
	generate $((frames / 4)) "$tmp/multi/part$seed.pcap" "$seed"
done

have_time=false
if /usr/bin/time -f %M true 2>/dev/null; then have_time=true; fi

# count FILE: the frames in a capture, as the read loop counts them.
count() { "$tmp/bin/readloop" "$1" | awk '{print $1}'; }
full_frames=$(count "$full")
part_frames=$(count "$part")
multi_frames=0
for f in "$tmp"/multi/*.pcap; do multi_frames=$((multi_frames + $(count "$f"))); done

# measure KEY LABEL FILE FRAMES COMMAND...: runs the command $runs times,
# output to /dev/null, and records the fastest run's wall time and peak
# memory (the machine may be shared: the fastest run is the least disturbed).
runs=${RUNS:-2}
measure() {
	local key=$1 label=$2 file=$3 n=$4
	shift 4
	local best=0 best_kb=- start ns kb i
	for ((i = 0; i < runs; i++)); do
		kb=-
		start=$(date +%s%N)
		if $have_time; then
			/usr/bin/time -f %M -o "$tmp/mem" "$@" >/dev/null 2>"$tmp/stderr" || true
			kb=$(tail -n 1 "$tmp/mem")
		else
			"$@" >/dev/null 2>"$tmp/stderr" || true
		fi
		ns=$(($(date +%s%N) - start))
		if ((best == 0 || ns < best)); then best=$ns best_kb=$kb; fi
	done
	echo "$key|$label|$file|$n|$best|$best_kb" >>"$results"
	printf '  %-34s %8.2f s\n' "$label" "$(echo "$best" | awk '{print $1/1e9}')"
}

echo "== runs ($full_frames frames; prefix $part_frames frames; the fastest of $runs runs each)"
measure readloop "Go read+parse loop" full "$full_frames" "$tmp/bin/readloop" "$full"
measure lines "icqdump" full "$full_frames" "$icqdump" -r "$full"
measure tree "icqdump -V" full "$full_frames" "$icqdump" -V -r "$full"
measure hex "icqdump -x" full "$full_frames" "$icqdump" -x -r "$full"
measure json "icqdump -T json" full "$full_frames" "$icqdump" -T json -r "$full"
measure quiet "icqdump -q -z all" full "$full_frames" "$icqdump" -q -z all -r "$full"
measure quiet_p "icqdump -q -z all" prefix "$part_frames" "$icqdump" -q -z all -r "$part"
# For comparison: every report and the per-packet ladder diagrams too, and none.
measure ladder "icqdump -q -z all,flow" full "$full_frames" "$icqdump" -q -z all,flow -r "$full"
measure analysis "icqdump -q" full "$full_frames" "$icqdump" -q -r "$full"
# Machine logs: every table in Parquet (rewritten by each run).
measure logdir "icqdump -q --log-dir (Parquet)" full "$full_frames" "$icqdump" -q --log-dir "$tmp/logs" -r "$full"
log_bytes=$(du -sb "$tmp/logs" | cut -f1)
measure tree_p "icqdump -V" prefix "$part_frames" "$icqdump" -V -r "$part"
measure json_p "icqdump -T json" prefix "$part_frames" "$icqdump" -T json -r "$part"
measure multi1 "icqdump -q -z all, 4 files, 1 core" multi "$multi_frames" env GOMAXPROCS=1 "$icqdump" -q -z all -r "$tmp/multi"
measure multi "icqdump -q -z all, 4 files" multi "$multi_frames" "$icqdump" -q -z all -r "$tmp/multi"
measure mlines1 "icqdump, 4 files, 1 core" multi "$multi_frames" env GOMAXPROCS=1 "$icqdump" -r "$tmp/multi"
measure mlines "icqdump, 4 files" multi "$multi_frames" "$icqdump" -r "$tmp/multi"
if command -v tcpdump >/dev/null; then
	measure tcpdump "tcpdump -nn -r" full "$full_frames" tcpdump -nn -r "$full"
fi
if command -v tshark >/dev/null; then
	measure tshark "tshark -r" full "$full_frames" tshark -r "$full"
	measure tshark_v "tshark -V -r" prefix "$part_frames" tshark -V -r "$part"
fi

echo "== peer TCP, 10,000 concurrent streams (go test -bench PeerStreams ./capture)"
# Packets as everywhere else here (tcpdump, tshark): frames, handshakes and
# bare ACKs included; the ICQ peer packets decoded from them are shown too.
peer_bench=$(cd "$root" && go test -run '^$' -bench 'PeerStreams/10000' -benchtime 3x ./capture)
metric() { echo "$peer_bench" | awk -v unit="$1" '{for (i = 1; i < NF; i++) if ($(i+1) == unit) print $i}'; }
peer_rate=$(metric frames/s)
echo "  ${peer_rate:-?} frames/s ($(metric packets/s) ICQ peer packets/s)"

echo "load after: $(uptime)"

awk -F'|' -v peer="${peer_rate:-0}" -v logbytes="$log_bytes" -v capbytes="$(stat -c %s "$full")" '
function rate(k) { return frames[k] / (ns[k] / 1e9) }
function has(k) { return k in ns }
function mib(k) { return kb[k] == "-" ? -1 : kb[k] / 1024 }
# target NAME OK-SO-FAR VALUE WANT: prints one verdict
function target(name, ok, got, want) {
	printf "  %-4s %-62s %s (want %s)\n", ok ? "PASS" : "FAIL", name, got, want
	if (!ok) failed++
}
function ratio(name, a, b, want) {
	if (!has(a) || !has(b)) { printf "  n/a  %-62s (%s not run)\n", name, has(a) ? key_label[b] : key_label[a]; return }
	target(name, rate(a) / rate(b) >= want, sprintf("%.2fx", rate(a) / rate(b)), sprintf(">= %gx", want))
}
{
	keys[++n] = $1; key_label[$1] = $2; file[$1] = $3; frames[$1] = $4; ns[$1] = $5; kb[$1] = $6
}
END {
	print ""
	print "== results (frames per second over the whole run of each tool, start-up included)"
	printf "  %-3s %-36s %-7s %9s %9s %12s %9s\n", "", "tool", "file", "frames", "seconds", "frames/s", "peak MiB"
	for (i = 1; i <= n; i++) {
		k = keys[i]
		printf "  %-3s %-36s %-7s %9d %9.2f %12.0f %9s\n", i, key_label[k], file[k], frames[k], ns[k] / 1e9, rate(k),
			mib(k) < 0 ? "-" : sprintf("%.1f", mib(k))
	}
	print ""
	print "== ratios of frames per second (row / column)"
	printf "  %-3s", ""
	for (j = 1; j <= n; j++) printf " %7s", j
	print ""
	for (i = 1; i <= n; i++) {
		printf "  %-3s", i
		for (j = 1; j <= n; j++) printf " %7.2f", rate(keys[i]) / rate(keys[j])
		print ""
	}
	print ""
	print "== targets"
	ratio("-q -z all vs tshark summary", "quiet", "tshark", 10)
	ratio("-q -z all vs the Go read+parse loop", "quiet", "readloop", 0.3)
	ratio("default lines vs tcpdump -nn", "lines", "tcpdump", 1.5)
	ratio("-V vs tshark -V (both on the prefix)", "tree_p", "tshark_v", 8)
	ratio("-T json vs tshark -V (both on the prefix)", "json_p", "tshark_v", 8)
	target("peer TCP, 10,000 streams (capture.BenchmarkPeerStreams)", peer >= 1.5e6, sprintf("%.2f M frames/s", peer / 1e6), ">= 1.5 M/s")
	if (mib("quiet") >= 0) {
		target("-q -z all peak memory", mib("quiet") < 100, sprintf("%.1f MiB", mib("quiet")), "< 100 MiB")
		# The prefix has the same clients logged in; the whole file has ten
		# times the frames and more sessions ended (kept in the spool).
		target(sprintf("-q -z all peak memory, whole / prefix (%.0fx the frames)", frames["quiet"] / frames["quiet_p"]),
			mib("quiet") / mib("quiet_p") < 1.5, sprintf("%.2f", mib("quiet") / mib("quiet_p")), "< 1.5")
	}
	ratio("4 files in parallel vs one core, -q -z all", "multi", "multi1", 1.7)
	ratio("4 files in parallel vs one core, default lines", "mlines", "mlines1", 1.7)
	ratio("--log-dir Parquet vs -q (at most 1.3x the time)", "logdir", "analysis", 1 / 1.3)
	if (mib("logdir") >= 0)
		target("--log-dir Parquet peak memory", mib("logdir") < 150, sprintf("%.1f MiB", mib("logdir")), "< 150 MiB")
	target("--log-dir Parquet files vs the capture", logbytes < capbytes, sprintf("%.1f of %.1f MB", logbytes / 1e6, capbytes / 1e6), "smaller")
	print failed ? "  " failed " target(s) missed" : "  every target met"
}' "$results"
