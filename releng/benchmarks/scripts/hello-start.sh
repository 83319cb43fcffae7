#!/bin/sh
# A cold `parley run hello.js` against `java -version`, the two taking turns so that both see the same
# load, and where its time goes. Prints the best of ROUNDS of each, their ratio, and the phases of the
# best run's twin with -Xlog:class+load (a run of its own, not timed with the others): when the JVM
# loaded the launcher, the framework, the extension registry, the application, Graal's engine, the
# JavaScript realm and the last class, seconds after the JVM started, with how many classes came from
# a class-data archive and how many were read from jars.
# Usage: releng/benchmarks/scripts/hello-start.sh [ROUNDS] [PRODUCT_DIR]   (default 5, the built product)
# PARLEY_VMARGS (extra JVM options) reaches the product's launcher as it does for users.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
ROUNDS=${1:-5}
PRODUCT=${2:-$ROOT/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64}
[ -x "$PRODUCT/parley" ] || { echo "hello-start.sh: build the product first (./parley build)" >&2; exit 2; }
JAVA=$PRODUCT/jre/bin/java
[ -x "$JAVA" ] || { . "$ROOT/features/io.parley.feature/rootfiles/lib/find-java.sh"; JAVA=$(parley_find_java); }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# hello.js has no campaign documents beside it: parley run uses the studio's workspace, made here once
export PARLEY_WORKSPACE="$WORK/studio-workspace"
echo "console.log('hello')" > "$WORK/hello.js"
"$PRODUCT/parley" run "$WORK/hello.js" > /dev/null 2>&1

# timed FILE COMMAND...: appends the run's wall time and CPU time (user + system), in seconds, to FILE
timed() {
	file=$1
	shift
	/usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" > /dev/null 2>&1
	awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$WORK/time" >> "$file"
}

# the wall times of FILE, its best one, and the median CPU time: a loaded machine stretches the wall
# time of a run that has to wait for a core, much less the CPU time it takes
summary() {
	printf '%-22s wall %s; best %s s, median CPU %s s\n' "$1" "$(cut -d ' ' -f 1 "$2" | tr '\n' ' ')" "$(best "$2")" \
		"$(cut -d ' ' -f 2 "$2" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
}

best() {
	cut -d ' ' -f 1 "$1" | sort -n | head -n 1
}

echo "load average before: $(uptime | sed 's/.*load average: //')"
: > "$WORK/java"
: > "$WORK/hello"
for _ in $(seq "$ROUNDS"); do
	timed "$WORK/java" "$JAVA" -version
	timed "$WORK/hello" "$PRODUCT/parley" run "$WORK/hello.js"
done
summary "java -version:" "$WORK/java"
summary "parley run hello.js:" "$WORK/hello"
awk -v h="$(best "$WORK/hello")" -v j="$(best "$WORK/java")" 'BEGIN { printf "best: parley run hello.js %.2f s, java -version %.2f s: %.1fx (target <= 12x, <= 1.0 s quiet)\n", h, j, h / j }'
echo "load average after: $(uptime | sed 's/.*load average: //')"

PARLEY_VMARGS="${PARLEY_VMARGS:-} -Xlog:class+load:file=$WORK/classes.log:uptime" "$PRODUCT/parley" run "$WORK/hello.js" > /dev/null
# the uptime of the first class loaded whose name matches $1
at() {
	awk -v pattern="$1" '$0 ~ pattern { gsub(/[][s]/, "", $1); print $1; exit }' "$WORK/classes.log"
}
printf '%-58s %s\n' "phase (first class loaded)" "seconds after JVM start"
for phase in "launcher (org.eclipse.equinox.launcher.Main)|org.eclipse.equinox.launcher.Main " \
	"framework (EclipseStarter)|org.eclipse.core.runtime.adaptor.EclipseStarter " \
	"extension registry|org.eclipse.core.internal.registry.ExtensionRegistry " \
	"application container|org.eclipse.equinox.internal.app.EclipseAppHandle " \
	"parley run (RunApplication)|io.parley.scripting.RunApplication " \
	"Graal engine (polyglot Engine)|org.graalvm.polyglot.Engine " \
	"the script's host object (ParleyHost)|io.parley.scripting.ParleyHost " \
	"JavaScript realm (JSRealm)|com.oracle.truffle.js.runtime.JSRealm " \
	"last class|."; do
	if [ "${phase#last}" != "$phase" ]; then
		value=$(tail -n 1 "$WORK/classes.log" | awk '{ gsub(/[][s]/, "", $1); print $1 }')
	else
		value=$(at "${phase#*|}")
	fi
	printf '%-58s %s\n' "${phase%%|*}" "${value:-not loaded}"
done
shared=$(grep -c 'shared objects file' "$WORK/classes.log" || true)
total=$(grep -c 'source:' "$WORK/classes.log" || true)
echo "classes: $total loaded, $shared from class-data archives, $((total - shared)) read from jars"
