#!/usr/bin/env bash
# bench/run.sh: times icqdump in each output mode, a plain Go read-and-parse
# loop, and (where installed) tshark and tcpdump on generated captures, and
# checks the performance targets of the README.
#
#   bench/run.sh [FRAMES [PREFIX]]     (defaults 2000000 and 200000)
#   RUNS=N bench/run.sh                 (each tool runs N times, the fastest counts; default 2)
#   TCPDUMP_LIMIT=S bench/run.sh        (tcpdump on the many, 100k and 3x shapes: once, at most S seconds; default 120)
#
# It builds icqdump, icqgen and bench/readloop into a temporary folder,
# writes a FRAMES-frame capture with icqgen (2,000 clients) and, with the
# same flags and --frames PREFIX, its first PREFIX frames: the slow tools
# (tshark -V) run on that prefix and are compared by frames per second.
# Then the other shapes of traffic, each timed with the read loop, icqdump
# (-q, -q -z all, lines), tshark -r, tshark -q -z conv,udp and tcpdump -nn -r:
#   many:  FRAMES/5 frames of 30,000 clients with short sessions (1 minute on
#          average, an hour away): some 16,000 distinct addresses at 400,000;
#   nat:   the same behind one IP address (a port per session);
#   100k:  FRAMES*5/2 frames of 100,000 clients online at once;
#   3x:    3*FRAMES frames of the main capture's run (its first FRAMES
#          frames are the main capture), for the cost per frame as it grows.
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
	"$tmp/bin/icqgen" --clients 2000 --duration 12h --seed "${3:-1}" --frames "$1" -w "$2"
}
# is_prefix A B: capture A is the start of capture B.
is_prefix() {
	if ! cmp -s -n "$(stat -c %s "$1")" "$1" "$2"; then
		echo "run.sh: $1 is not the start of $2" >&2
		exit 1
	fi
}
full=$tmp/full.pcap
part=$tmp/prefix.pcap
generate "$frames" "$full"
generate "$prefix" "$part"
is_prefix "$part" "$full"
# The other shapes (see the top of this file).
shapes="many nat 100k 3x"
many_flags="--clients 30000 --session 1m --away 1h --duration 4h"
"$tmp/bin/icqgen" $many_flags --frames $((frames / 5)) -w "$tmp/many.pcap"
"$tmp/bin/icqgen" $many_flags --one-ip --frames $((frames / 5)) -w "$tmp/nat.pcap"
# 100,000 clients logging in within 2 minutes: at 5,000,000 frames all are online.
"$tmp/bin/icqgen" --clients 100000 --duration 8m --frames $((frames * 5 / 2)) -w "$tmp/100k.pcap"
generate $((3 * frames)) "$tmp/3x.pcap"
is_prefix "$full" "$tmp/3x.pcap"
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
# output to /dev/null, and records the fastest run's wall time, its CPU time
# and peak memory (the machine may be shared: the fastest run is the least
# disturbed).
# With limit set (seconds), the command runs once and is stopped after that
# long: its label says so, and its frames/s is then at most the one shown.
runs=${RUNS:-2}
limit=
measure() {
	local key=$1 label=$2 file=$3 n=$4
	shift 4
	local best=0 best_kb=- best_cpu=- start ns kb cpu i rc n_runs=$runs
	if [[ -n $limit ]]; then
		n_runs=1
		set -- timeout "$limit" "$@"
	fi
	for ((i = 0; i < n_runs; i++)); do
		kb=- cpu=- rc=0
		start=$(date +%s%N)
		if $have_time; then
			/usr/bin/time -f '%M %U %S' -o "$tmp/mem" "$@" >/dev/null 2>"$tmp/stderr" || rc=$?
			read -r kb cpu < <(tail -n 1 "$tmp/mem" | awk '{print $1, $2 + $3}')
		else
			"$@" >/dev/null 2>"$tmp/stderr" || rc=$?
		fi
		ns=$(($(date +%s%N) - start))
		if [[ -n $limit ]] && ((rc == 124)); then label="$label (stopped after $limit s)"; fi
		if ((best == 0 || ns < best)); then best=$ns best_kb=$kb best_cpu=$cpu; fi
	done
	echo "$key|$label|$file|$n|$best|$best_kb|$best_cpu" >>"$results"
	printf '  %-40s %-5s %8.2f s\n' "$label" "$file" "$(echo "$best" | awk '{print $1/1e9}')"
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
	measure conv "tshark -q -z conv,udp -r" full "$full_frames" tshark -q -z conv,udp -r "$full"
	measure tshark_v "tshark -V -r" prefix "$part_frames" tshark -V -r "$part"
fi

for shape in $shapes; do
	f=$tmp/$shape.pcap
	n=$(count "$f")
	# The distinct client addresses and the sessions, from the sessions table.
	"$icqdump" -q -z sessions -r "$f" 2>/dev/null | awk -F'|' -v shape="$shape" -v n="$n" '
		NR > 3 && NF > 2 { split($2, a, ":"); gsub(/ /, "", a[1]); ips[a[1]] = 1; sessions++; online += $NF ~ /end of capture/ }
		END { printf "== %s: %d frames, %d sessions from %d distinct client addresses, %d online at the end\n", shape, n, sessions, length(ips), online }'
	measure "readloop_$shape" "Go read+parse loop" "$shape" "$n" "$tmp/bin/readloop" "$f"
	measure "analysis_$shape" "icqdump -q" "$shape" "$n" "$icqdump" -q -r "$f"
	measure "quiet_$shape" "icqdump -q -z all" "$shape" "$n" "$icqdump" -q -z all -r "$f"
	measure "lines_$shape" "icqdump" "$shape" "$n" "$icqdump" -r "$f"
	if command -v tcpdump >/dev/null; then
		# tcpdump's address-name hash slows it down on many distinct
		# addresses (over 12 minutes on the 100k capture): but on the
		# one-IP capture, it runs once and is stopped after TCPDUMP_LIMIT
		# seconds (default 120).
		[[ $shape == nat ]] || limit=${TCPDUMP_LIMIT:-120}
		measure "tcpdump_$shape" "tcpdump -nn -r" "$shape" "$n" tcpdump -nn -r "$f"
		limit=
	fi
	if command -v tshark >/dev/null; then
		measure "tshark_$shape" "tshark -r" "$shape" "$n" tshark -r "$f"
		measure "conv_$shape" "tshark -q -z conv,udp -r" "$shape" "$n" tshark -q -z conv,udp -r "$f"
	fi
done

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
	printf "  %-4s %-66s %s (want %s)\n", ok ? "PASS" : "FAIL", name, got, want
	if (!ok) failed++
}
function missing(name, a, b) { printf "  n/a  %-66s (%s not run)\n", name, has(a) ? b : a }
function ratio(name, a, b, want) {
	if (!has(a) || !has(b)) { missing(name, a, b); return }
	target(name, rate(a) / rate(b) >= want, sprintf("%.2fx", rate(a) / rate(b)), sprintf(">= %gx", want))
}
# flat NAME A B: the cost per frame of A (more frames) is within 5% of that of B.
function flat(name, a, b) {
	if (!has(a) || !has(b)) { missing(name, a, b); return }
	target(name, rate(b) / rate(a) <= 1.05, sprintf("%.3f", rate(b) / rate(a)), "<= 1.05")
}
function memory(name, k) {
	if (has(k) && mib(k) >= 0) target(name, mib(k) < 100, sprintf("%.1f MiB", mib(k)), "< 100 MiB")
}
# analysis SUFFIX WHAT: the targets of -q and -q -z all on one capture.
function analysis(sfx, what) {
	ratio("-q -z all vs tshark -r (summary lines), " what, "quiet" sfx, "tshark" sfx, 10)
	ratio("-q -z all vs the Go read+parse loop, " what, "quiet" sfx, "readloop" sfx, 0.3)
	ratio("-q vs the Go read+parse loop, " what, "analysis" sfx, "readloop" sfx, 0.4)
	memory("-q -z all peak memory, " what, "quiet" sfx)
}
{
	keys[++n] = $1; key_label[$1] = $2; file[$1] = $3; frames[$1] = $4; ns[$1] = $5; kb[$1] = $6; cpu[$1] = $7
}
END {
	print ""
	print "== results (frames per second over the whole run of each tool, start-up included; CPU is user + system)"
	printf "  %-3s %-40s %-7s %9s %9s %9s %12s %9s\n", "", "tool", "file", "frames", "seconds", "CPU s", "frames/s", "peak MiB"
	for (i = 1; i <= n; i++) {
		k = keys[i]
		printf "  %-3s %-40s %-7s %9d %9.2f %9s %12.0f %9s\n", i, key_label[k], file[k], frames[k], ns[k] / 1e9, cpu[k], rate(k),
			mib(k) < 0 ? "-" : sprintf("%.1f", mib(k))
	}
	print ""
	print "== ratios of frames per second on the main capture (row / column)"
	m = 0
	for (i = 1; i <= n; i++) if (file[keys[i]] ~ /^(full|prefix|multi)$/) main[++m] = i
	printf "  %-3s", ""
	for (j = 1; j <= m; j++) printf " %7s", main[j]
	print ""
	for (i = 1; i <= m; i++) {
		printf "  %-3s", main[i]
		for (j = 1; j <= m; j++) printf " %7.2f", rate(keys[main[i]]) / rate(keys[main[j]])
		print ""
	}
	print ""
	print "== targets"
	analysis("", "main capture")
	analysis("_many", "many clients")
	analysis("_100k", "100,000 clients")
	ratio("default lines vs tcpdump -nn", "lines", "tcpdump", 1.5)
	ratio("default lines vs tcpdump -nn, every client behind one IP", "lines_nat", "tcpdump_nat", 3)
	ratio("-V vs tshark -V (both on the prefix)", "tree_p", "tshark_v", 15)
	ratio("-T json vs tshark -V (both on the prefix)", "json_p", "tshark_v", 15)
	flat(sprintf("-q -z all cost per frame, %d / %d frames", frames["quiet_3x"], frames["quiet"]), "quiet_3x", "quiet")
	flat(sprintf("-q cost per frame, %d / %d frames", frames["analysis_3x"], frames["analysis"]), "analysis_3x", "analysis")
	target("peer TCP, 10,000 streams (capture.BenchmarkPeerStreams)", peer >= 1.5e6, sprintf("%.2f M frames/s", peer / 1e6), ">= 1.5 M/s")
	if (mib("quiet") >= 0 && mib("quiet_p") >= 0) {
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
