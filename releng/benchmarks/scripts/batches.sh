#!/bin/sh
# Issue 16's batch figures alone: personalized InMails (render + check + write) through `parley run`,
# with the batch API (batch-api.js) and row by row (batch.js), against the same batch through the
# Java API (JavaBatch), each a whole process, one after the other in one run so their ratios share
# the machine's load. Prints the best run's wall time and its CPU time (user + system), which a loaded
# machine stretches less, each beside its target. run.sh calls it for its batch figures.
# Needs a built product (./parley build); builds the benchmarks jar when it is missing.
# Usage: releng/benchmarks/scripts/batches.sh [RUNS] [SIZES]   (default 3 runs of "100000 1000000")
#   PARLEY=DIR/parley     the product to measure (default: this checkout's build)
#   OPTIMIZE=yes          also row by row with `parley run --optimize`
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
RUNS=${1:-3}
SIZES=${2:-100000 1000000}
PARLEY=${PARLEY:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64/parley}
[ -x "$PARLEY" ] || { echo "batches.sh: no product at $PARLEY; build it with ./parley build" >&2; exit 2; }
command -v bc > /dev/null 2>&1 || { echo "batches.sh: needs bc (Debian: apt-get install bc)" >&2; exit 2; }
. "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"
JAVA=${JAVA:-$(parley_find_java)} || { parley_explain_missing_java; exit 2; }
JAR="$ROOT/releng/benchmarks/target/benchmarks.jar"
[ -f "$JAR" ] || JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$JAVA")")")" "$ROOT/mvnw" -q -f "$ROOT/releng/benchmarks/pom.xml" package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# the scripts' folder has no campaign documents: parley run would use (and make) the studio's workspace
export PARLEY_WORKSPACE="$WORK/studio-workspace"
. "$HERE/best-run.sh"

# figure LABEL TARGET_RATIO: the last best_run's wall and CPU time against JavaBatch's
figure() {
	[ "$status" = 0 ] || { echo "$1: FAILED (exit $status):"; tail -n 5 "$WORK/out.err"; return; }
	awk -v label="$1" -v wall="$best_wall" -v cpu="$best_cpu" -v base="$java_wall" -v baseCpu="$java_cpu" -v target="$2" 'BEGIN {
		ratio = wall / base
		printf "%-40s %7.2f s (%6.2f s CPU) against JavaBatch %6.2f s (%6.2f s CPU): %5.2fx (CPU %5.2fx)   target <= %sx   %s\n",
			label, wall, cpu, base, baseCpu, ratio, cpu / baseCpu, target, ratio <= target ? "met" : "NOT met"
	}'
}

echo "best of $RUNS runs each; load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for size in $SIZES; do
	folder="$WORK/$size"
	mkdir "$folder"
	{
		echo "firstName,lastName,jobTitle,companyName,industry"
		awk -v n="$size" 'BEGIN { for (i = 0; i < n; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
	} > "$folder/batch.prospects.csv"
	cp "$HERE/batch-api.js" "$folder/"
	sed "s/parley.progress(n, 100000)/parley.progress(n, $size)/" "$HERE/batch.js" > "$folder/batch.js"
	echo "== $size personalized messages"
	best_run "$RUNS" "$WORK/out" "$JAVA" -cp "$JAR" io.parley.benchmarks.JavaBatch "$folder"
	java_wall=$best_wall java_cpu=$best_cpu
	rows_target=$([ "$size" -ge 1000000 ] && echo 2 || echo 3)
	best_run "$RUNS" "$WORK/out" "$PARLEY" run "$folder/batch-api.js"
	figure "batch API (batch-api.js)" 1.5
	best_run "$RUNS" "$WORK/out" "$PARLEY" run "$folder/batch.js"
	figure "row by row (batch.js)" "$rows_target"
	if [ "${OPTIMIZE:-no}" = yes ]; then
		best_run "$RUNS" "$WORK/out" "$PARLEY" run --optimize "$folder/batch.js"
		figure "row by row, --optimize" "$rows_target"
	fi
	rm -rf "$folder"
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
