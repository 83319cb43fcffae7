#!/bin/sh
# Issue 4's script benchmarks: a cold `parley run hello.js`, and a batch of 100,000 personalized
# messages (render + check + write) through `parley run` beside the same batch through the Java API
# (JavaBatch), each a whole process. Prints the best wall time of several runs and the user+system
# CPU time of that run. Needs a built product (./parley build); builds the benchmarks jar if missing.
# Usage: releng/benchmarks/scripts/run.sh [RUNS]   (default 7 for hello.js, 3 for the batches)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
RUNS=${1:-7}
BATCH_RUNS=$(( RUNS < 3 ? RUNS : 3 ))
. "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"
JAVA=$(parley_find_java) || { parley_explain_missing_java; exit 2; }
JAR="$ROOT/releng/benchmarks/target/benchmarks.jar"
[ -f "$JAR" ] || "$ROOT/mvnw" -q -f "$ROOT/releng/benchmarks/pom.xml" package
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$HERE/batch.js" "$WORK/"
{
	echo "firstName,lastName,jobTitle,companyName,industry"
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Person%d,Surname%d,VP of Marketing,Company %d,Computer Software\n", i, i % 977, i % 5003 }'
} > "$WORK/batch.prospects.csv"
echo "console.log('hello')" > "$WORK/hello.js"

# best RUNS LABEL COMMAND...: the fastest of RUNS runs, as "wall s (user+sys s CPU)"
best() {
	runs=$1 label=$2
	shift 2
	for i in $(seq "$runs"); do
		/usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" > /dev/null 2>&1
		cat "$WORK/time"
	done | sort -n | head -n 1 | awk -v label="$label" -v runs="$runs" '{ printf "%-40s %6.2f s  (%.2f s CPU; best of %d)\n", label, $1, $2 + $3, runs }'
}

"$ROOT/parley" run --engine
"$ROOT/parley" run --optimize --engine
echo "load: $(uptime | sed 's/.*load average: //')"
# The first run of a command writes its class-data archive; the figures below are of the runs after it.
rm -f "$ROOT"/product/io.parley.product/target/products/io.parley.studio/*/*/*/configuration/headless/*.jsa
/usr/bin/time -f "%e" -o "$WORK/time" "$ROOT/parley" run "$WORK/hello.js" > /dev/null
printf '%-40s %6.2f s  (writes the class-data archive)\n' "parley run hello.js (first run)" "$(cat "$WORK/time")"
best "$RUNS" "parley run hello.js (cold)" "$ROOT/parley" run "$WORK/hello.js"
best "$BATCH_RUNS" "parley run batch.js (100,000 messages)" "$ROOT/parley" run "$WORK/batch.js"
best "$BATCH_RUNS" "parley run --optimize batch.js" "$ROOT/parley" run --optimize "$WORK/batch.js"
best "$BATCH_RUNS" "Java API, JavaBatch (100,000 messages)" "$JAVA" -cp "$JAR" io.parley.benchmarks.JavaBatch "$WORK"
