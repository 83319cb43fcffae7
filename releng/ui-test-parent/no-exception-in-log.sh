#!/bin/sh
# Fails when the studio's log of a UI test run (the test runtime's workspace .metadata/.log) holds an
# exception: an entry with a stack trace is something that went wrong while the tests acted as a
# person does, even when no test looked. Prints each such entry. No log (tests skipped) is no failure.
# Usage: no-exception-in-log.sh LOG
log="$1"
[ -f "$log" ] || exit 0
awk '
function flush() {
	if (stack) {
		found++
		print entry
	}
	entry = ""; stack = 0
}
/^!ENTRY / { flush() }
/^!STACK / { stack = 1 }
{ entry = entry $0 "\n" }
END {
	flush()
	if (found) {
		printf "%d exception(s) in %s (above): the studio failed while the tests used it\n", found, FILENAME
		exit 1
	}
}
' "$log"
