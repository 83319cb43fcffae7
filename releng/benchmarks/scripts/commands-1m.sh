#!/bin/sh
# Issue 18's figures: `parley validate` and `parley export --to csv` of an InMail campaign whose
# prospect list has 1,000,000 rows, each a whole process as a person runs it, with wall time and
# peak resident memory (targets: each <= 10 s and <= 512 MB). Needs a built product (./parley build).
# Usage: releng/benchmarks/scripts/commands-1m.sh [RUNS]   (default 3; the best run is shown)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
RUNS=${1:-3}
PARLEY=${PARLEY:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64/parley}
[ -x "$PARLEY" ] || { echo "commands-1m.sh: no product at $PARLEY; build it with ./parley build" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT"/bundles/io.parley.samples/sample/*.json "$WORK/"
{
	echo "firstName,lastName,jobTitle,companyName,industry"
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
} > "$WORK/marketing-leaders.prospects.csv"
# A first run of each tool writes its class-data archive; it is not counted.
"$PARLEY" validate "$WORK/cmo-outreach.campaign.json" > /dev/null 2>&1 || true

# best LABEL COMMAND...: the fastest of RUNS runs as "wall s (user+system CPU s), peak RSS MB", and its exit status
best() {
	label=$1
	shift
	best_wall= best_rss= status=
	for i in $(seq "$RUNS"); do
		rm -rf "$WORK/out"
		set +e
		/usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/stderr"
		status=$?
		set -e
		# a failing command's line ("Command exited with non-zero status 1") comes first
		last=$(tail -n 1 "$WORK/time")
		set -- $last "$@"
		wall=$1 cpu=$(echo "$2 + $3" | bc) rss=$4
		shift 4
		if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc)" = 1 ]; then
			best_wall=$wall best_cpu=$cpu best_rss=$rss
		fi
	done
	printf '%-34s %6.1f s (%5.1f s CPU)  %5d MB peak RSS  (exit %s)\n' "$label" "$best_wall" "$best_cpu" $((best_rss / 1024)) "$status"
}

best "parley validate (1M-row campaign)" "$PARLEY" validate "$WORK/cmo-outreach.campaign.json"
# The plan's credits cover a few of the million InMails, so the export is forced past that error.
best "parley export --to csv (1M rows)" "$PARLEY" export "$WORK/cmo-outreach.campaign.json" --to csv --out "$WORK/out" --force
