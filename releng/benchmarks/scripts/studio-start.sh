#!/usr/bin/env bash
# Studio cold start, side by side with the bare RCP skeleton: each round starts both once, taking turns,
# under a virtual X display of its own with a fresh workspace, and times launch -> main window (its
# title appears in xwininfo). The skeleton gets a fresh home each round; Parley's home is a user's who
# has started the studio once before (in a round of its own, not counted, which is timed as the first
# start: it finds no class-data archive and writes one in the home's cache folder when it ends).
# Prints each round and the medians:
#   first start: parley 3.60 s
#   median: skeleton 2.99 s, parley 3.51 s, ratio 1.17
# Usage: studio-start.sh SKELETON_PRODUCT_DIR PARLEY_PRODUCT_DIR [ROUNDS]   (needs Xvfb and xwininfo)
# PARLEY_OPTIONS: options for `parley studio` (e.g. --optimize).
set -u
SKEL=$(cd "$1" && pwd); PARLEY=$(cd "$2" && pwd); ROUNDS=${3:-5}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V | tail -1)}
display=:$(( 90 + $$ % 400 ))
while [ -e "/tmp/.X11-unix/X${display#:}" ] || [ -e "/tmp/.X${display#:}-lock" ]; do display=:$(( ${display#:} + 1 )); done
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null' EXIT
sleep 1

# seconds from START until a window titled PATTERN shows, or "exited"/"timeout"
wait_title() {
	local pid=$1 pattern=$2 start=$3
	for _ in $(seq 1 1200); do
		if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q "$pattern"; then
			echo "$(date +%s.%N) - $start" | bc; return 0
		fi
		kill -0 "$pid" 2>/dev/null || { echo exited; return 1; }
		sleep 0.05
	done
	echo timeout
}

stop() {
	kill "$1" 2>/dev/null; wait "$1" 2>/dev/null
}

run_skeleton() {
	local ws start pid; ws=$(mktemp -d); start=$(date +%s.%N)
	( cd "$SKEL" && DISPLAY=$display exec "$JAVA" -Dosgi.requiredJavaVersion=21 -Duser.home="$ws/home" \
		-jar plugins/org.eclipse.equinox.launcher_*.jar -data "$ws/w" >/dev/null 2>&1 ) & pid=$!
	wait_title $pid '"Spike RCP' "$start"; stop $pid; rm -rf "$ws"
}

# The launcher script execs the JVM, so the background job's pid is the studio's. Stopping it waits
# for its end, and so for the class-data archive it writes then.
home=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
run_parley() {
	local ws start pid; ws=$(mktemp -d); start=$(date +%s.%N)
	# shellcheck disable=SC2086
	( cd "$PARLEY" && DISPLAY=$display HOME="$home" exec ./parley studio --workspace "$ws/w" ${PARLEY_OPTIONS:-} >/dev/null 2>&1 ) & pid=$!
	wait_title $pid '"Parley' "$start"; stop $pid; rm -rf "$ws"
}

echo "first start: parley $(run_parley) s"
skeleton=(); parley=()
for round in $(seq 1 "$ROUNDS"); do
	# rounds take turns at going first, so neither always starts on a machine the other just warmed
	if [ $((round % 2)) -eq 1 ]; then a=$(run_skeleton); b=$(run_parley); else b=$(run_parley); a=$(run_skeleton); fi
	echo "round $round: skeleton $a s, parley $b s"
	skeleton+=("$a"); parley+=("$b")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ms=$(median "${skeleton[@]}"); mp=$(median "${parley[@]}")
echo "median: skeleton $ms s, parley $mp s, ratio $(echo "scale=2; $mp / $ms" | bc)"
