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
HERE=$(cd "$(dirname "$0")" && pwd)
CHECK="Studio restart check"
. "$HERE/studio-session.sh"
SAMPLES="$WS/Sample Campaigns"
MARKERS="$WS/.metadata/.plugins/org.eclipse.core.resources/.projects/Sample Campaigns/.markers"

exit_studio() {
	file_exit
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

start_studio 20
exit_studio
HOME="$WORK/home" "$PRODUCT/parley" validate --format json "$SAMPLES" >"$WORK/validate.json" 2>/dev/null || true
grep '"rule" :' "$WORK/validate.json" | sed 's/.*"rule" : "\(.*\)".*/\1/' | sort >"$WORK/expected"
[ -s "$WORK/expected" ] || fail "parley validate found no problem in the samples, which hold some on purpose"
saved_problems >"$WORK/saved"
cmp -s "$WORK/expected" "$WORK/saved" || fail "File > Exit saved other problems than parley validate finds: $(tr '\n' ' ' <"$WORK/saved"), not $(tr '\n' ' ' <"$WORK/expected")"
no_exception_logged "first start"

rm "$MARKERS"
start_studio 20
kill -TERM "$STUDIO"
wait_for 60 sh -c "! kill -0 $STUDIO" || fail "the studio did not end on SIGTERM"
wait "$STUDIO" || true
STUDIO=
no_exception_logged "start on a workspace that lost its problems, ended with SIGTERM"

start_studio 20
exit_studio
saved_problems >"$WORK/saved"
cmp -s "$WORK/expected" "$WORK/saved" || fail "after a start that found no problems saved, File > Exit saved $(tr '\n' ' ' <"$WORK/saved"), not $(tr '\n' ' ' <"$WORK/expected")"
no_exception_logged "start after SIGTERM"
echo "Studio restart check: the problems parley validate finds ($(wc -l <"$WORK/expected")) were saved at exit and found again at the start after a kill"
