#!/bin/sh
# Issue 17's figures: reading a prospect list of 1,000,000 rows as CSV and as an Excel workbook
# (written by Apache POI with shared strings, as Excel keeps texts; every row has its own e-mail
# address, so the workbook holds over 2 million distinct texts). Each reading is a whole process,
# with wall time and peak resident memory: the model's reader alone (ReadProspects, with the heap the
# command-line tools get: serial collector, -Xmx256m), and, with a built product, `parley validate`
# of each file as a person runs it.
# Usage: releng/benchmarks/scripts/prospects-1m.sh [ROWS] [RUNS]   (defaults 1000000 and 3; best run shown)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
ROWS=${1:-1000000}
RUNS=${2:-3}
. "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"
JAVA=$(parley_find_java) || { parley_explain_missing_java; exit 2; }
JAR="$ROOT/releng/benchmarks/target/benchmarks.jar"
[ -f "$JAR" ] || "$ROOT/mvnw" -q -f "$ROOT/releng/benchmarks/pom.xml" package
PARLEY=${PARLEY:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64/parley}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$JAVA" -Xmx4g -cp "$JAR" io.parley.benchmarks.MillionProspects "$ROWS" "$WORK" # POI keeps the shared strings it writes in memory
ls -l "$WORK"/million.prospects.* | awk '{ printf "%-28s %6.1f MB\n", $NF, $5 / 1048576 }' | sed "s|$WORK/||"

. "$HERE/best-run.sh"

# best LABEL COMMAND...: the fastest of RUNS runs as "wall s (user+system CPU s), peak RSS MB", and its exit status
best() {
	label=$1
	shift
	best_run "$RUNS" "$WORK/out" "$@"
	printf '%-40s %6.1f s (%5.1f s CPU)  %5d MB peak RSS  (exit %s)\n' "$label" "$best_wall" "$best_cpu" $((best_rss / 1024)) "$status"
	head -c 300 "$WORK/out"
}

echo "load: $(uptime | sed 's/.*load average: //')"
for kind in csv xlsx; do
	best "reader, $kind ($ROWS rows)" "$JAVA" -XX:+UseSerialGC -Xmx256m -cp "$JAR" io.parley.benchmarks.ReadProspects "$WORK/million.prospects.$kind"
done
if [ -x "$PARLEY" ]; then
	"$PARLEY" validate "$WORK/million.prospects.csv" > /dev/null 2>&1 || true # writes the tools' class-data archive
	for kind in csv xlsx; do
		best "parley validate, $kind ($ROWS rows)" "$PARLEY" validate "$WORK/million.prospects.$kind"
	done
else
	echo "(no product at $PARLEY: build it with ./parley build to measure parley validate)"
fi
