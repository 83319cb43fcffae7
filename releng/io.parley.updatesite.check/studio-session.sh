# What the product checks that drive the built studio with xdotool share (studio-exit.sh,
# studio-restart.sh), sourced once CHECK names the check and PRODUCT is the product's folder: a work
# folder with a new home and workspace (WS), removed with any studio still running when the check ends;
# fail, which shows the studio's output and log; wait_for; and start_studio.
command -v xdotool >/dev/null 2>&1 || { echo "$CHECK: needs xdotool (apt-get install xdotool)" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "$CHECK: needs an X display (run it under xvfb-run -a)" >&2; exit 1; }

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
	echo "$CHECK failed: $*" >&2
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

# start_studio SECONDS: opens the studio on the workspace, waits for its window and the sample campaigns,
# then SECONDS more for what the studio does at its start.
start_studio() {
	(HOME="$WORK/home" exec "$PRODUCT/parley" studio --workspace "$WS" >>"$WORK/studio.out" 2>&1) &
	STUDIO=$!
	wait_for 120 xdotool search --onlyvisible --name "Parley" || fail "the studio's window did not open"
	wait_for 60 sh -c "find '$WS' -name webinar-q4.budget.json | grep -q ." || fail "the sample campaigns were not installed"
	sleep "$1"
}

# file_exit: File > Exit, from the keyboard.
file_exit() {
	xdotool key --clearmodifiers alt+f; sleep 2
	xdotool key x
}
