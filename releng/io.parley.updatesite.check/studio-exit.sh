#!/bin/sh
# File > Exit as a person does it, in the built studio: two documents edited and left unsaved, File >
# Exit, Save in "Save Resources". Both files must then hold the edits, the studio must end by itself,
# and its log must be empty (no exception, no "workspace will exit with unsaved changes"); having found
# no class-data archive, it must have written one for the next start into the user's cache folder.
# Then the same with the window's close button, on the same workspace: the studio started again, the
# two documents edited again, and the window asked to close as a window manager asks it when a person
# clicks that button (CloseWindow.java sends the request, as the screen has no window manager).
# It drives the real product with xdotool on a screen of its own, because only a check outside the
# studio's JVM sees the whole exit: the workspace is closed, and warns, after the workbench is gone.
# Usage: studio-exit.sh PRODUCT_DIR   (run under an X server, e.g. xvfb-run -a; needs xdotool, and
# PARLEY_JAVA or java on the PATH to be a JDK of at least 22, which runs CloseWindow.java)
set -eu
PRODUCT=$(cd "$1" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
JAVA=${PARLEY_JAVA:-java}
CHECK="Studio exit check"
. "$HERE/studio-session.sh"

window() {
	xdotool search --onlyvisible --name "$1"
}

# edit NAME TEXT: opens the sample document NAME with Open Resource and types TEXT at the end of the field
# that has the focus, which is the document's name in the budget and campaign editors.
edit() {
	xdotool key --clearmodifiers ctrl+shift+r
	wait_for 20 window "Open Resource" || fail "Open Resource did not open for $1"
	sleep 1
	xdotool type --delay 40 "$1"; sleep 2
	xdotool key Return
	wait_for 20 sh -c '! xdotool search --onlyvisible --name "Open Resource"' || fail "Open Resource did not open $1"
	sleep 8
	xdotool key --clearmodifiers End
	xdotool type --delay 80 "$2"; sleep 4
}

# edit_both TEXT: types TEXT into the budget and the campaign, and leaves both unsaved.
edit_both() {
	edit webinar-q4.budget.json "$1"
	edit webinar-q4.campaign.json "$1"
	grep -q "$1" "$BUDGET" "$CAMPAIGN" && fail "a file was saved before the studio was asked to end"
	return 0
}

# save_when_asked HOW TEXT: answers "Save Resources" with Save once HOW asked to end the studio; the studio
# must then end by itself with both documents saved and nothing in its log.
save_when_asked() {
	wait_for 30 window "Save Resources" || fail "$1 did not ask to save the two unsaved documents"
	sleep 1
	xdotool key Return
	wait_for 60 sh -c "! kill -0 $STUDIO" || fail "the studio did not end after $1"
	wait "$STUDIO" || fail "the studio ended with status $? after $1"
	STUDIO=
	grep -q "$2" "$BUDGET" || fail "the budget was not saved at $1"
	grep -q "$2" "$CAMPAIGN" || fail "the campaign was not saved at $1"
	[ ! -s "$WS/.metadata/.log" ] || fail "the studio logged something between its start and $1"
}

start_studio 8
BUDGET=$(find "$WS" -name webinar-q4.budget.json)
CAMPAIGN=$(find "$WS" -name webinar-q4.campaign.json)
edit_both exitcheck
file_exit
save_when_asked "File > Exit" exitcheck
ls "$WORK"/home/.cache/parley/*/studio.jsa > /dev/null 2>&1 || fail "the studio wrote no class-data archive into the user's cache folder"
echo "Studio exit check: File > Exit asked about two unsaved documents, saved both, left an empty log and a class-data archive"

start_studio 8
edit_both closecheck
"$JAVA" --enable-native-access=ALL-UNNAMED "$HERE/CloseWindow.java" "$(window "^Parley" | head -n 1)" || fail "the request to close the window was not sent"
save_when_asked "the window's close button" closecheck
echo "Studio exit check: the window's close button asked about two unsaved documents, saved both and left an empty log"
