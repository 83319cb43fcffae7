#!/bin/sh
# A read-only installation used by an ordinary user, as on a shared machine or in a container: the
# command-line tools work and print only their own output, whether the user's home can be written or
# not, a workspace the user cannot write is refused with a message, and the studio gets past its GTK
# check without /sbin on the PATH. Acts as the user "nobody", so it needs root; elsewhere it says it
# was skipped.
# Usage: PARLEY_JAVA=JAVA shared-installation.sh PRODUCT_DIR SAMPLES_DIR
set -eu
PRODUCT=$1
SAMPLES=$2
JAVA=${PARLEY_JAVA:?the Java to run the product with}
if [ "$(id -u)" -ne 0 ] || ! id nobody >/dev/null 2>&1 || ! command -v setpriv >/dev/null 2>&1; then
	echo "Shared-installation check: skipped (needs root, the user nobody and setpriv to act as an ordinary user)"
	exit 0
fi
if ! setpriv --reuid=nobody --regid=nogroup --clear-groups "$JAVA" -version > /dev/null 2>&1; then
	echo "Shared-installation check: skipped (the user nobody cannot run $JAVA)"
	exit 0
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
chmod 755 "$WORK"
cp -a "$PRODUCT" "$WORK/parley"
cp -a "$SAMPLES" "$WORK/samples"
rm -rf "$WORK/parley/configuration/headless"
chmod -R a+rX,go-w "$WORK/parley" "$WORK/samples"
mkdir "$WORK/home" "$WORK/scripts" "$WORK/tmp"
chown nobody "$WORK/home" "$WORK/scripts" "$WORK/tmp"
echo "console.log('hello')" > "$WORK/scripts/hello.js"
chmod a+r "$WORK/scripts/hello.js"

fail() {
	echo "Shared-installation check failed: $*" >&2
	exit 1
}

# as_nobody HOME COMMAND...: runs a command as nobody with an ordinary user's PATH (no /sbin) and HOME;
# stdout goes to $WORK/out, stderr to $WORK/err, and the exit status to $status.
as_nobody() {
	home=$1
	shift
	status=0
	env -i PATH=/usr/bin:/bin HOME="$home" TMPDIR="$WORK/tmp" LANG=C.UTF-8 PARLEY_JAVA="$JAVA" setpriv --reuid=nobody --regid=nogroup --clear-groups "$@" \
		> "$WORK/out" 2> "$WORK/err" || status=$?
}

expect_hello() {
	[ "$status" -eq 0 ] && [ "$(cat "$WORK/out")" = hello ] && [ ! -s "$WORK/err" ] ||
		fail "$1: exit $status, stdout '$(cat "$WORK/out")', stderr '$(cat "$WORK/err")'"
}

as_nobody "$WORK/home" "$WORK/parley/parley" run --workspace "$WORK/scripts" "$WORK/scripts/hello.js"
expect_hello "parley run as a user whose home can be written (first run)"
as_nobody "$WORK/home" "$WORK/parley/parley" run --workspace "$WORK/scripts" "$WORK/scripts/hello.js"
expect_hello "parley run as a user whose home can be written (second run)"
ls "$WORK"/home/.cache/parley/*/config.ini > /dev/null 2>&1 || fail "the tools' configuration is not in the user's cache folder"
[ ! -e "$WORK/parley/configuration/headless" ] || fail "the tools wrote into a read-only installation"

as_nobody /nonexistent "$WORK/parley/parley" run --workspace "$WORK/scripts" "$WORK/scripts/hello.js"
expect_hello "parley run as a user whose home cannot be written"
ls "$WORK"/tmp/parley-65534-*/config.ini > /dev/null 2>&1 || fail "the tools' configuration is not in the user's temporary folder"

as_nobody "$WORK/home" "$WORK/parley/parley" validate "$WORK/samples/webinar-invitation.template.json"
[ "$status" -le 1 ] && grep -q 'webinar-invitation.template.json' "$WORK/out" ||
	fail "parley validate: exit $status, stdout '$(cat "$WORK/out")', stderr '$(cat "$WORK/err")'"

as_nobody "$WORK/home" "$WORK/parley/parley" run --workspace "$WORK/samples" "$WORK/scripts/hello.js"
[ "$status" -eq 2 ] && grep -q 'cannot be written' "$WORK/err" ||
	fail "a workspace the user cannot write: exit $status, stderr '$(cat "$WORK/err")'"

# Without a display the studio stops once SWT starts, which is past the launcher's GTK check; the
# workspace's log shows the studio got that far. (An ordinary user's Java takes the home from the
# user database, where nobody's is /nonexistent.)
as_nobody "$WORK/home" env PARLEY_VMARGS="-Duser.home=$WORK/home" timeout 120 "$WORK/parley/parley" studio \
	--workspace "$WORK/home/workspace"
! grep -q 'needs GTK 3' "$WORK/err" || fail "the studio's launcher did not find GTK 3 for an ordinary user: $(cat "$WORK/err")"
[ -d "$WORK/home/workspace/.metadata" ] || fail "the studio did not start for an ordinary user: $(cat "$WORK/out" "$WORK/err")"

echo "Shared-installation check: parley run, validate and the studio's launcher work for an ordinary user of a read-only installation"
