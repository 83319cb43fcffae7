#!/bin/sh
# What each step of a row-by-row script costs per row once the run is warm, through `parley run`: the
# loop over a prospect list alone, then with parley.render (twice), then with parley.validate, then the
# whole of batch.js (which also builds and keeps a line a row). Each script notes the time at every
# 100,000th row; the figure is the time a row took between the 200,000th row and the last (the JIT has
# compiled the interpreter by then), and the difference between two steps is the cost of what the
# second adds. Also how long the first 100,000 rows took, start-up included.
# Usage: releng/benchmarks/scripts/row-costs.sh [ROWS] [-- PARLEY_RUN_OPTIONS...]   (default 1000000 rows)
#   PARLEY=DIR/parley     the product to measure (default: this checkout's build)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
ROWS=${1:-1000000}
[ $# -gt 0 ] && shift
[ "${1:-}" = -- ] && shift
PARLEY=${PARLEY:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64/parley}
[ -x "$PARLEY" ] || { echo "row-costs.sh: no product at $PARLEY; build it with ./parley build" >&2; exit 2; }
[ "$ROWS" -ge 300000 ] || { echo "row-costs.sh: needs at least 300000 rows to see a warm run" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
{
	echo "firstName,lastName,jobTitle,companyName,industry"
	awk -v n="$ROWS" 'BEGIN { for (i = 0; i < n; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
} > "$WORK/batch.prospects.csv"

# step NAME LINES: batch.js with only the first LINES lines of its loop's body (none: the loop alone), and
# the time noted every 100,000 rows instead of its progress line
step() {
	{
		sed -n '1,/^for (const p/p' "$HERE/batch.js"
		sed -n '/^for (const p/,/^}/p' "$HERE/batch.js" | sed '1d;$d' | grep -v 'parley.progress' | head -n "$2"
		echo "  if (++n % 100000 === 0) console.log('at', n, Date.now());"
		echo "}"
		printf '%s\n' "if (lines.length > 0) parley.writeText('batch-out.csv', lines.join('\\n'));"
	} > "$WORK/$1.js"
}
step iterate 0
step render 2
step validate 4
step batch 5

echo "$ROWS rows; load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
printf '%-10s %12s %14s %16s %12s\n' step "whole run" "first 100,000" "a warm row" "step adds"
previous=
for name in iterate render validate batch; do
	started=$(date +%s%N)
	"$PARLEY" run "$@" --workspace "$WORK" "$WORK/$name.js" > "$WORK/$name.out" 2> "$WORK/$name.err" ||
		{ echo "$name: FAILED: $(tail -n 5 "$WORK/$name.err")"; exit 1; }
	ended=$(date +%s%N)
	awk -v name="$name" -v started="$started" -v ended="$ended" -v previous="$previous" '
		$1 == "at" { at[$2] = $3 }
		END {
			first = at[100000] - started / 1e6
			last = 0; for (n in at) if (n + 0 > last) last = n + 0
			warm = (at[last] - at[200000]) * 1000 / (last - 200000)
			printf "%-10s %10.2f s %12.2f s %13.1f us %s\n", name, (ended - started) / 1e9, first / 1000, warm,
				previous == "" ? "" : sprintf("%+10.1f us", warm - previous)
			print warm > "/dev/stderr"
		}' "$WORK/$name.out" 2> "$WORK/warm"
	previous=$(cat "$WORK/warm")
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
