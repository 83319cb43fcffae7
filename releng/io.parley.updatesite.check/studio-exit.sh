#!/bin/sh
# File > Exit as a person does it, in the built studio: two documents edited and left unsaved, File >
# Exit, Save in "Save Resources". Both files must then hold the edits, the studio must end by itself,
# and its log must be empty (no exception, no "workspace will exit with unsaved changes"); having found
# no class-data archive, it must have written one for the next start into the user's cache folder.
# It drives the real product with xdotool on a screen of its own, because only a check outside the
# studio's JVM sees the whole exit: the workspace is closed, and warns, after the workbench is gone.
# Usage: studio-exit.sh PRODUCT_DIR   (run under an X server, e.g. xvfb-run -a; needs xdotool)
set -eu
PRODUCT=$(cd "$1" && pwd)
EDIT=exitcheck
command -v xdotool >/dev/null 2>&1 || { echo "Studio exit check: needs xdotool (apt-get install xdotool)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "Studio exit check: needs an X display (run it under xvfb-run -a)" >&2; exit 1; }

WORK=$(mktemp -d)
STUDIO=
cleanup() {
	[ -z "$STUDIO" ] || kill "$STUDIO" 2>/dev/null || true
	rm -rf "$WORK"
}
trap cleanup EXIT
WS="$WORK/workspace"
mkdir -p "$WORK/home"

fail() {
	echo "Studio exit check failed: $*" >&2
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

window() {
	xdotool search --onlyvisible --name "$1"
}

# edit NAME: opens the sample document NAME with Open Resource and types at the end of the field that has
# the focus, which is the document's name in the budget and campaign editors.
edit() {
	xdotool key --clearmodifiers ctrl+shift+r
	wait_for 20 window "Open Resource" || fail "Open Resource did not open for $1"
	sleep 1
	xdotool type --delay 40 "$1"; sleep 2
	xdotool key Return
	wait_for 20 sh -c '! xdotool search --onlyvisible --name "Open Resource"' || fail "Open Resource did not open $1"
	sleep 8
	xdotool key --clearmodifiers End
	xdotool type --delay 80 "$EDIT"; sleep 4
}

(HOME="$WORK/home" exec "$PRODUCT/parley" studio --workspace "$WS" >"$WORK/studio.out" 2>&1) &
STUDIO=$!
wait_for 120 window "Parley" || fail "the studio's window did not open"
wait_for 60 sh -c "find '$WS' -name webinar-q4.budget.json | grep -q ." || fail "the sample campaigns were not installed"
sleep 8
BUDGET=$(find "$WS" -name webinar-q4.budget.json)
CAMPAIGN=$(find "$WS" -name webinar-q4.campaign.json)

edit webinar-q4.budget.json
edit webinar-q4.campaign.json
grep -q "$EDIT" "$BUDGET" "$CAMPAIGN" && fail "a file was saved before File > Exit"

xdotool key --clearmodifiers alt+f; sleep 2
xdotool key x
wait_for 30 window "Save Resources" || fail "File > Exit did not ask to save the two unsaved documents"
sleep 1
xdotool key Return
wait_for 60 sh -c "! kill -0 $STUDIO" || fail "the studio did not end after File > Exit"
wait "$STUDIO" || fail "the studio ended with status $?"
STUDIO=

grep -q "$EDIT" "$BUDGET" || fail "the budget was not saved at exit"
grep -q "$EDIT" "$CAMPAIGN" || fail "the campaign was not saved at exit"
[ ! -s "$WS/.metadata/.log" ] || fail "the studio logged something between its start and its exit"
ls "$WORK"/home/.cache/parley/*/studio.jsa > /dev/null 2>&1 || fail "the studio wrote no class-data archive into the user's cache folder"
echo "Studio exit check: File > Exit asked about two unsaved documents, saved both, left an empty log and a class-data archive"
