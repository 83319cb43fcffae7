#!/bin/sh
# The Problems of a workspace survive restarts of the built studio, as `parley validate` finds them:
# 1. a first start checks the sample campaigns and File > Exit saves their problems with the workspace;
# 2. a start on a workspace that lost them (its saved problems deleted, as when the studio was killed
#    before it saved them) checks the project again, and the studio is then ended with SIGTERM;
# 3. the next start, which found nothing saved either, checks again, and File > Exit saves them.
# After 1 and 3 the problems saved with the workspace (its .markers file) must be those `parley
# validate` reports for the sample folder, and no start may log an exception. A check outside the
# studio's JVM, as only a real restart shows what a studio finds at its start.
# Usage: studio-restart.sh PRODUCT_DIR   (run under an X server, e.g. xvfb-run -a; needs xdotool)
set -eu
PRODUCT=$(cd "$1" && pwd)
command -v xdotool >/dev/null 2>&1 || { echo "Studio restart check: needs xdotool (apt-get install xdotool)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "Studio restart check: needs an X display (run it under xvfb-run -a)" >&2; exit 1; }

WORK=$(mktemp -d)
STUDIO=
cleanup() {
	[ -z "$STUDIO" ] || kill "$STUDIO" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT
WS="$WORK/workspace"
SAMPLES="$WS/Sample Campaigns"
MARKERS="$WS/.metadata/.plugins/org.eclipse.core.resources/.projects/Sample Campaigns/.markers"
mkdir -p "$WORK/home"

fail() {
	echo "Studio restart check failed: $*" >&2
	echo "--- studio output" >&2; cat "$WORK/studio.out" >&2 2>/dev/null || true
	echo "--- workspace log" >&2; cat "$WS/.metadata/.log" >&2 2>/dev/null || true
	exit 1
}

# wait_for SECONDS COMMAND...: runs the command each second until it succeeds, or fails after SECONDS.
wait_for() {
	seconds=$1; shift
	while [ "$seconds" -gt 0 ]; do
		"$@" >/dev/null 2>&1 && return 0
		sleep 1; seconds=$((seconds - 1))
	done
	return 1
}

# start: opens the studio on the workspace and gives it time to check what it checks at its start.
start() {
	(HOME="$WORK/home" exec "$PRODUCT/parley" studio --workspace "$WS" >>"$WORK/studio.out" 2>&1) &
	STUDIO=$!
	wait_for 120 xdotool search --onlyvisible --name "Parley" || fail "the studio's window did not open"
	wait_for 60 test -f "$SAMPLES/webinar-q4.budget.json" || fail "the sample campaigns were not installed"
	sleep 20
}

exit_studio() {
	xdotool key --clearmodifiers alt+f; sleep 2
	xdotool key x
	wait_for 60 sh -c "! kill -0 $STUDIO" || fail "the studio did not end after File > Exit"
	wait "$STUDIO" || fail "the studio ended with status $?"
	STUDIO=
}

# The rule of each problem saved with the workspace, sorted. The file holds each text after its length in
# two bytes; a length from 32 on is a printable character, taken off again.
saved_problems() {
	[ -f "$MARKERS" ] || return 0
	tr -cs '[:print:]' '\n' <"$MARKERS" | awk '
		previous == "ruleId" {
			rule = $0
			if (length(rule) > 32 && substr(rule, 1, 1) == sprintf("%c", length(rule) - 1)) rule = substr(rule, 2)
			print rule
		}
		{ previous = $0 }' | sort
}

no_exception_logged() {
	! grep -q '^!STACK' "$WS/.metadata/.log" 2>/dev/null || fail "the studio logged an exception ($1)"
}

start
exit_studio
HOME="$WORK/home" "$PRODUCT/parley" validate --format json "$SAMPLES" >"$WORK/validate.json" 2>/dev/null || true
grep '"rule" :' "$WORK/validate.json" | sed 's/.*"rule" : "\(.*\)".*/\1/' | sort >"$WORK/expected"
[ -s "$WORK/expected" ] || fail "parley validate found no problem in the samples, which hold some on purpose"
saved_problems >"$WORK/saved"
cmp -s "$WORK/expected" "$WORK/saved" || fail "File > Exit saved other problems than parley validate finds: $(tr '\n' ' ' <"$WORK/saved"), not $(tr '\n' ' ' <"$WORK/expected")"
no_exception_logged "first start"

rm "$MARKERS"
start
kill -TERM "$STUDIO"
wait_for 60 sh -c "! kill -0 $STUDIO" || fail "the studio did not end on SIGTERM"
wait "$STUDIO" || true
STUDIO=
no_exception_logged "start on a workspace that lost its problems, ended with SIGTERM"

start
exit_studio
saved_problems >"$WORK/saved"
cmp -s "$WORK/expected" "$WORK/saved" || fail "after a start that found no problems saved, File > Exit saved $(tr '\n' ' ' <"$WORK/saved"), not $(tr '\n' ' ' <"$WORK/expected")"
no_exception_logged "start after SIGTERM"
echo "Studio restart check: the problems parley validate finds ($(wc -l <"$WORK/expected")) were saved at exit and found again at the start after a kill"
