#!/usr/bin/env bash
# bench/hostile.sh: memory and time of icqdump on hostile captures, small
# files crafted to make a reader keep much (issue 11). It builds icqdump and
# bench/hostile (the generator) into a temporary folder, writes each capture,
# runs `icqdump -q -z all` and `icqdump check` on it under GNU time, and
# prints peak RSS, wall and CPU time, whether every frame was counted once,
# and what each cap retired (icqdump's summary line on stderr).
#
#   bench/hostile.sh [SCALE]     (default 1: the sizes of issue 11)
#   CASES="nat reuse" bench/hostile.sh   (only those captures)
#
# SCALE divides every size (SCALE=10 runs in a tenth of the time). The
# peak of every run must stay under LIMIT_MIB (256), and the capture of
# 1,000,000 sources must take at most 3x as long as as many packets from
# 1,000 clients with -q -z all, in CPU and in wall time (its tables have
# 3,000,000 rows against 3,000: the one thing besides the sessions that
# differs). The same ratios with -q (decode and pair only) are printed too.
set -euo pipefail

scale=${1:-1}
limit_mib=${LIMIT_MIB:-256}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/icqhostile.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== machine"
echo "nproc: $(nproc); load before: $(uptime | sed 's/.*load average: //')"
(cd "$root" && CGO_ENABLED=0 go build -o "$tmp/bin/" ./cmd/icqdump ./bench/hostile)
icqdump=$tmp/bin/icqdump

# kind, size, extra icqdump flags
cases=(
	"declared 100000 --peer-port 6000"
	"partial 200000 --peer-port 6000"
	"hole 200000 --peer-port 6000"
	"sources 1000000"
	"clients 1000000"
	"reuse 200000 --peer-port 6000"
	"nat 200000"
)

fails=0
# run LABEL FILE ARGS...: one run under GNU time; prints a row.
run() {
	local label=$1 file=$2
	shift 2
	local status=0
	/usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$icqdump" "$@" -r "$file" >/dev/null 2>"$tmp/stderr" || status=$?
	read -r wall user sys kb < <(tail -n 1 "$tmp/time")
	local mib=$((kb / 1024)) verdict=ok
	if ((mib >= limit_mib)); then verdict="OVER ${limit_mib} MiB"; fails=$((fails + 1)); fi
	printf '  %-28s %6d MiB %8.2f s wall %7.2f s CPU  exit %d  %s\n' "$label" "$mib" "$wall" "$(echo "$user $sys" | awk '{print $1+$2}')" "$status" "$verdict"
	grep -E 'frames:|early|given up|forgotten|could not hold' "$tmp/stderr" | sed 's/^icqdump: /      /' || true
	echo "$user $sys" | awk '{print $1+$2}' >"$tmp/cpu.$label"
	echo "$wall" >"$tmp/wall.$label"
}

# accounted FILE: every frame counted once, per the capture report's JSON.
accounted() {
	"$icqdump" -q -z capture -T json "${@:2}" -r "$1" 2>/dev/null |
		awk '/"frames"/ {
			match($0, /"frames":[0-9]+/); f = substr($0, RSTART + 9, RLENGTH - 9) + 0
			n = 0
			split("icq_frames peer_frames skipped malformed fragments unsupported", keys, " ")
			for (i in keys) { if (match($0, "\"" keys[i] "\":[0-9]+")) n += substr($0, RSTART + length(keys[i]) + 3, RLENGTH - length(keys[i]) - 3) }
			print (n == f ? "every frame counted once" : "FRAMES MISCOUNTED: " n " of " f)
		}'
}

for c in "${cases[@]}"; do
	read -r kind size flags <<<"$c"
	if [ -n "${CASES:-}" ] && [[ " $CASES " != *" $kind "* ]]; then continue; fi
	size=$((size / scale))
	file=$tmp/$kind.pcap
	"$tmp/bin/hostile" "$kind" "$size" "$file"
	echo "== $kind: $size ($(du -h "$file" | cut -f1)) $flags"
	# shellcheck disable=SC2086
	run "$kind -q -z all" "$file" -q -z all $flags
	# shellcheck disable=SC2086
	run "$kind -q" "$file" -q $flags
	# shellcheck disable=SC2086
	run "$kind check" "$file" check $flags
	# shellcheck disable=SC2086
	echo "      $(accounted "$file" $flags)"
	rm -f "$file"
done

echo "== targets"
# ratio KIND ARGS: sources over clients, in the figure KIND (cpu or wall).
ratio() { awk -v a="$(cat "$tmp/$1.sources $2")" -v b="$(cat "$tmp/$1.clients $2")" 'BEGIN {printf "%.2f", a / b}'; }
for args in "-q -z all" "-q"; do
	if [ ! -e "$tmp/cpu.sources $args" ] || [ ! -e "$tmp/cpu.clients $args" ]; then continue; fi
	cpu=$(ratio cpu "$args") wall=$(ratio wall "$args")
	verdict=PASS
	if awk -v c="$cpu" -v w="$wall" 'BEGIN {exit !(c > 3 || w > 3)}'; then verdict=FAIL; fi
	if [ "$args" = "-q -z all" ] && [ $verdict = FAIL ]; then fails=$((fails + 1)); fi
	echo "  $verdict 1,000,000 sources vs 1,000 clients, $args: ${cpu}x the CPU, ${wall}x the wall time (want <= 3x)"
done
echo "  every peak under ${limit_mib} MiB and the -q -z all target met: $([ "$fails" -eq 0 ] && echo yes || echo "no: $fails missed")"
exit $((fails > 0))
