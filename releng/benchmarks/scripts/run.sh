#!/bin/sh
# Issue 16's figures, each beside its target, all measured in one run so that their ratios share the
# machine's load: the studio's start against the bare RCP skeleton, a cold `parley run hello.js`
# against `java -version`, the first run after install against a run without a class-data archive,
# and batches of personalized messages (render + check + write) through `parley run` against the same
# batch through the Java API (JavaBatch), each a whole process (batches.sh, which also runs alone).
# Needs a built product (./parley build), Xvfb and xwininfo; builds the benchmarks jar and the skeleton
# (from $SKELETON, the tycho-rcp-skeleton sources) when they are missing.
# Usage: releng/benchmarks/scripts/run.sh [ROUNDS]   (default 5; batches best of 3, the million once;
# with 3 rounds it took 16 minutes on a 2-core machine under load 12-14, the skeleton already built)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
ROUNDS=${1:-5}
BATCH_RUNS=$(( ROUNDS < 3 ? ROUNDS : 3 ))
. "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"
JAVA=$(parley_find_java) || { parley_explain_missing_java; exit 2; }
export JAVA
PRODUCT="$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64"
[ -x "$PRODUCT/parley" ] || { echo "run.sh: build the product first (./parley build)" >&2; exit 2; }
for tool in Xvfb xwininfo bc; do
	command -v "$tool" > /dev/null 2>&1 || { echo "run.sh: needs $tool (Debian: apt-get install xvfb x11-utils bc)" >&2; exit 2; }
done
# the skeleton builds on the Java found above, not whatever JAVA_HOME says
JAVA_HOME_FOUND="$(dirname "$(dirname "$(readlink -f "$JAVA")")")"
# ../shared beside the checkout, or beside the main checkout when this is one of its git worktrees
SKELETON=${SKELETON:-$ROOT/../shared/reference/tycho-rcp-skeleton}
if [ ! -d "$SKELETON" ] && common=$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir 2>/dev/null); then
	SKELETON=$(dirname "$(dirname "$common")")/shared/reference/tycho-rcp-skeleton
fi
SKELETON_PRODUCT="$ROOT/releng/benchmarks/target/skeleton/product/spike.product/target/products/spike.rcp.product/linux/gtk/x86_64"
if [ ! -d "$SKELETON_PRODUCT" ]; then
	[ -d "$SKELETON" ] || { echo "run.sh: set SKELETON to the tycho-rcp-skeleton sources to build the skeleton from" >&2; exit 2; }
	rm -rf "$ROOT/releng/benchmarks/target/skeleton"
	mkdir -p "$ROOT/releng/benchmarks/target"
	cp -r "$SKELETON" "$ROOT/releng/benchmarks/target/skeleton"
	# offline first: the skeleton needs little that Parley's build has not fetched already
	(cd "$ROOT/releng/benchmarks/target/skeleton" && export JAVA_HOME="$JAVA_HOME_FOUND" &&
		{ ./mvnw -B -q -o -DskipTests verify || ./mvnw -B -q -DskipTests verify; }) >&2
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# hello.js has no campaign documents beside it, so parley run would use (and make) the studio's workspace
export PARLEY_WORKSPACE="$WORK/studio-workspace"
echo "console.log('hello')" > "$WORK/hello.js"

# best RUNS COMMAND...: the fastest wall time of RUNS runs, in seconds
best() {
	runs=$1
	shift
	for _ in $(seq "$runs"); do
		/usr/bin/time -f "%e" -o "$WORK/time" "$@" > /dev/null 2>&1
		cat "$WORK/time"
	done | sort -n | head -n 1
}

# figure LABEL VALUE BASE BASE_LABEL TARGET_RATIO: a line with both times, their ratio and the target
figure() {
	awk -v label="$1" -v value="$2" -v base="$3" -v baseLabel="$4" -v target="$5" 'BEGIN {
		ratio = value / base
		printf "%-44s %6.2f s against %s %.2f s: %5.2fx   target <= %sx   %s\n", label, value, baseLabel, base, ratio, target,
			ratio <= target ? "met" : "NOT met"
	}'
}

load() {
	uptime | sed 's/.*load average: //'
}

started=$(date +%s)
echo "load average before: $(load)"
"$PRODUCT/parley" run --engine

echo "== studio start, launch to main window, fresh workspace, median of $ROUNDS rounds taking turns with the skeleton"
"$HERE/studio-start.sh" "$SKELETON_PRODUCT" "$PRODUCT" "$ROUNDS" | tee "$WORK/studio"
studio=$(sed -n 's/^median: skeleton \([0-9.]*\) s, parley \([0-9.]*\) s.*/\2 \1/p' "$WORK/studio")
figure "studio start (median)" "${studio% *}" "${studio#* }" "skeleton" 1.0
awk -v s="${studio% *}" 'BEGIN { printf "%-44s %6.2f s   target <= 2.5 s on a quiet machine   %s\n", "studio start, absolute", s, s <= 2.5 ? "met" : "NOT met" }'
first_studio=$(sed -n 's/^first start: parley \([0-9.]*\) s$/\1/p' "$WORK/studio")
awk -v s="$first_studio" 'BEGIN { printf "%-44s %6.2f s   no target: the first start of the installation, which finds no archive and writes one\n", "studio, first start", s }'

echo "== the first run after install (a copy of the product, as unpacked), against runs without class-data archive"
cp -a "$PRODUCT" "$WORK/installed"
rm -rf "$WORK/installed/configuration/headless"
first=$(best 1 "$WORK/installed/parley" run "$WORK/hello.js")
without=$(PARLEY_CLASS_DATA=off best "$ROUNDS" "$WORK/installed/parley" run "$WORK/hello.js")
figure "first parley run hello.js after install" "$first" "$without" "a run without archive" 1.0
rm -rf "$WORK/installed"

echo "== cold parley run hello.js, best of $ROUNDS"
java_version=$(best "$ROUNDS" "$JAVA" -version)
hello=$(best "$ROUNDS" "$PRODUCT/parley" run "$WORK/hello.js")
figure "parley run hello.js" "$hello" "$java_version" "java -version" 12
awk -v s="$hello" 'BEGIN { printf "%-44s %6.2f s   target <= 1.0 s on a quiet machine   %s\n", "parley run hello.js, absolute", s, s <= 1.0 ? "met" : "NOT met" }'

# the batches (batches.sh): 100,000 messages best of $BATCH_RUNS, the million once
PARLEY="$PRODUCT/parley" OPTIMIZE=yes "$HERE/batches.sh" "$BATCH_RUNS" 100000
PARLEY="$PRODUCT/parley" OPTIMIZE=yes "$HERE/batches.sh" 1 1000000
echo "load average after: $(load)"
echo "run.sh took $(( $(date +%s) - started )) s"
