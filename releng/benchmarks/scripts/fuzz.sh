#!/bin/sh
# Issue 18's fuzzing, not in CI: mutated sample documents through the document reader and checker,
# mutated prospect lists through the list reader, random text with macros through macro expansion,
# SECONDS each (default 600). Findings (inputs that made the model throw what it does not promise)
# are saved in FINDINGS (default releng/benchmarks/target/fuzz-findings) and listed at the end.
# Usage: releng/benchmarks/scripts/fuzz.sh [SECONDS] [FINDINGS]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
SECONDS_EACH=${1:-600}
FINDINGS=${2:-$ROOT/releng/benchmarks/target/fuzz-findings}
. "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"
JAVA=$(parley_find_java) || { parley_explain_missing_java; exit 2; }
JAR="$ROOT/releng/benchmarks/target/benchmarks.jar"
[ -f "$JAR" ] || "$ROOT/mvnw" -q -f "$ROOT/releng/benchmarks/pom.xml" package
exec "$JAVA" -cp "$JAR" io.parley.benchmarks.Fuzz "$SECONDS_EACH" "$ROOT/bundles/io.parley.samples/sample" "$FINDINGS"
