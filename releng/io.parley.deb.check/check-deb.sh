#!/bin/sh
# The Debian package on a clean Debian 12 with no Java at all: makes a minimal Debian root with
# debootstrap, installs the package's dependencies (GTK 3) with apt and the package with dpkg,
# runs `parley validate` and `parley run` from the installed copy with nothing but the system's PATH,
# purges the package, and checks that no file it installed or its runs wrote is left. Needs root,
# debootstrap and the Debian mirror the machine's apt uses; elsewhere it says it was skipped.
# Usage: check-deb.sh PACKAGE.deb SAMPLES_DIR WORK_DIR
set -eu
DEB=$1
SAMPLES=$2
WORK=$3
fail() {
	echo "Debian package check failed: $*" >&2
	exit 1
}
if [ -z "$DEB" ]; then
	echo "Debian package check: skipped (the product was not built in this run)"
	exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null 2>&1 || ! command -v unshare >/dev/null 2>&1; then
	echo "Debian package check: skipped (needs root, debootstrap and unshare)"
	exit 0
fi
PACKAGE=$(dpkg-deb -f "$DEB" Package)
LAUNCHER=$(dpkg-deb -c "$DEB" | awk '$6 ~ /^\.\/usr\/bin\/./ && !found { sub(".*/", "", $6); print $6; found = 1 }')
[ -n "$LAUNCHER" ] || fail "$DEB puts no launcher into /usr/bin"
# The mirror this machine's apt uses (deb822 sources or sources.list), else Debian's own.
MIRROR=$(sed -n 's/^URIs: *\([^ ]*\/debian\)\/*$/\1/p; s/^deb  *\(\[[^]]*\]  *\)\{0,1\}\([^ ]*\/debian\)\/*  *bookworm .*/\2/p' \
	/etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -n 1)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
ROOT=$WORK/debian-root
rm -rf "$ROOT"
mkdir -p "$WORK"
started=$(date +%s)
debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 ||
	fail "debootstrap could not make a Debian root from $MIRROR: see $WORK/debootstrap.log"
echo "Debian package check: a clean Debian 12 root in $(( $(date +%s) - started )) s"
[ -z "$(chroot "$ROOT" sh -c 'command -v java; ls /usr/lib/jvm 2>/dev/null')" ] || fail "the Debian root has a Java"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$ROOT/check"
cp "$DEB" "$ROOT/check/package.deb"
cp -a "$SAMPLES" "$ROOT/check/samples"
echo "console.log('hello')" > "$ROOT/check/samples/hello.js"
DEPENDS=$(dpkg-deb -f "$DEB" Depends | tr -d ' ' | tr ',' ' ')

# Each step in the Debian root, with /proc and /dev mounted in a mount namespace of its own, so that they
# go away with it whatever happens; nothing but the system's PATH, no JAVA_HOME.
in_root() {
	unshare -m sh -eu -c 'mount -t proc proc "$1/proc"; mount --rbind /dev "$1/dev"; shift
		chroot "$0" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive sh -eu -c "$1"' \
		"$ROOT" "$ROOT" "$1"
}
listing() {
	in_root 'find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /check -o -path /tmp -o -path /var/log \
		-o -path /var/cache -o -path /var/lib/dpkg -o -path /var/lib/apt -o -path /run \) -prune -o -print | sort'
}
# The package's dependencies come first, as apt would bring them, so that what the package itself
# leaves behind shows.
in_root "apt-get update -qq && apt-get install -y -qq --no-install-recommends $DEPENDS" > "$WORK/apt.log" 2>&1 ||
	fail "apt-get could not install the package's dependencies ($DEPENDS): see $WORK/apt.log"
listing > "$WORK/before.txt"
in_root "dpkg -i /check/package.deb > /check/dpkg.log 2>&1
	cd /check/samples
	$LAUNCHER validate webinar-invitation.template.json > /check/validate.out 2>&1 || [ \$? -eq 1 ]
	$LAUNCHER run --workspace /check/samples hello.js > /check/run.out 2> /check/run.err
	cmp -s /usr/lib/$PACKAGE/lib/class-data/tools.jsa /usr/lib/$PACKAGE/configuration/headless/io.parley.scripting.run.jsa &&
		echo kept > /check/archive.out || echo rewritten > /check/archive.out
	$LAUNCHER run --optimize --engine > /check/engine.out 2>&1
	dpkg --purge $PACKAGE >> /check/dpkg.log 2>&1" ||
	fail "installing, running or removing the package failed: $(cat "$ROOT"/check/*.log "$ROOT"/check/*.out "$ROOT"/check/*.err 2>/dev/null)"

grep -q 'webinar-invitation.template.json' "$ROOT/check/validate.out" || fail "parley validate said: $(cat "$ROOT/check/validate.out")"
grep -q '^hello' "$ROOT/check/run.out" && [ ! -s "$ROOT/check/run.err" ] ||
	fail "parley run said: $(cat "$ROOT/check/run.out" "$ROOT/check/run.err")"
grep -qx kept "$ROOT/check/archive.out" ||
	fail "the first parley run wrote a class-data archive of its own instead of mapping the one the package ships"
grep -q 'optimizing' "$ROOT/check/engine.out" ||
	fail "scripts do not run on Graal's optimizing runtime with the package's own Java: $(cat "$ROOT/check/engine.out")"
listing > "$WORK/after.txt"
left=$(diff "$WORK/before.txt" "$WORK/after.txt" || true)
[ -z "$left" ] || fail "removing the package left files behind or took others: $left"
echo "Debian package check: $PACKAGE installed on a Debian 12 without Java, '$LAUNCHER validate' and '$LAUNCHER run' worked" \
	"($(cat "$ROOT/check/engine.out" | head -n 1)), and purging it left nothing behind ($(( $(date +%s) - started )) s in all)"
rm -rf "$ROOT"
