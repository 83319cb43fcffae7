#!/bin/sh
# Issue 18's figures: `parley validate` and `parley export --to csv` of an InMail campaign whose
# prospect list has 1,000,000 rows, each a whole process as a person runs it, with wall time and
# peak resident memory against the targets (each <= 10 s and <= 512 MB) and the load average the
# machine had meanwhile. Needs a built product (./parley build).
# Usage: releng/benchmarks/scripts/commands-1m.sh [RUNS]   (default 3; the best run is shown)
#   PARLEY=DIR/parley         the product to measure (default: this checkout's build)
#   CPUS=0                    run each command on these CPUs only (taskset -c), away from other work
#   COMPARE_WITH=DIR/parley   also export with another product (say, the last release) and check
#                             that both send lists are the same, byte for byte
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
RUNS=${1:-3}
PARLEY=${PARLEY:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64/parley}
[ -x "$PARLEY" ] || { echo "commands-1m.sh: no product at $PARLEY; build it with ./parley build" >&2; exit 2; }
PIN=
[ -n "${CPUS:-}" ] && PIN="taskset -c $CPUS"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT"/bundles/io.parley.samples/sample/*.json "$WORK/"
{
	echo "firstName,lastName,jobTitle,companyName,industry"
	awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
} > "$WORK/marketing-leaders.prospects.csv"
# A first run of each tool writes its class-data archive; it is not counted.
"$PARLEY" validate "$WORK/cmo-outreach.campaign.json" > /dev/null 2>&1 || true
"$PARLEY" export "$WORK/cmo-outreach.campaign.json" --to csv --out "$WORK/out" --force > /dev/null 2>&1 || true

load() {
	cut -d ' ' -f 1-3 /proc/loadavg
}

. "$HERE/best-run.sh"
# each run exports into an empty folder
before_run() {
	rm -rf "$WORK/out"
}

# best LABEL COMMAND...: the fastest of RUNS runs as "wall s (user+system CPU s), peak RSS MB", against the
# targets, with its exit status and the load average (1, 5, 15 minutes) before and after the runs
best() {
	label=$1
	shift
	load_before=$(load)
	best_run "$RUNS" "$WORK/stdout" "$@"
	time_met=$([ "$(echo "$best_wall <= 10" | bc)" = 1 ] && echo met || echo MISSED)
	rss_met=$([ $((best_rss / 1024)) -le 512 ] && echo met || echo MISSED)
	printf '%-34s %6.1f s (%5.1f s CPU) [<= 10 s: %s]  %5d MB peak RSS [<= 512 MB: %s]  exit %s  load %s -> %s%s\n' \
		"$label" "$best_wall" "$best_cpu" "$time_met" $((best_rss / 1024)) "$rss_met" "$status" "$load_before" "$(load)" \
		"${PIN:+  ($PIN)}"
}

echo "best of $RUNS runs each; load average is the 1, 5 and 15 minute figure before and after them"
best "parley validate (1M-row campaign)" "$PARLEY" validate "$WORK/cmo-outreach.campaign.json"
# The plan's credits cover a few of the million InMails, so the export is forced past that error.
best "parley export --to csv (1M rows)" "$PARLEY" export "$WORK/cmo-outreach.campaign.json" --to csv --out "$WORK/out" --force

if [ -n "${COMPARE_WITH:-}" ]; then
	"$COMPARE_WITH" export "$WORK/cmo-outreach.campaign.json" --to csv --out "$WORK/other" --force > /dev/null 2>&1 || true
	if cmp -s "$WORK/out/sends.csv" "$WORK/other/sends.csv"; then
		echo "send list: the same as $COMPARE_WITH's, byte for byte ($(wc -l < "$WORK/out/sends.csv") lines)"
	else
		echo "send list: DIFFERS from $COMPARE_WITH's:"
		cmp "$WORK/out/sends.csv" "$WORK/other/sends.csv" || true
		exit 1
	fi
fi
