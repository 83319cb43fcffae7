#!/bin/sh
# The Debian package on a clean Debian 12 with no Java at all: makes a minimal Debian root with
# debootstrap, installs the package's dependencies (GTK 3) with apt and the package with dpkg,
# runs `parley validate` and `parley run` from the installed copy with nothing but the system's PATH,
# opens `parley studio` on the build's display (its main window must show with no exception logged; a
# screenshot of its first-start page, WORK/studio-first-start.png, when ImageMagick's import is there), purges the package, and checks that no file it installed or its runs wrote is left. Needs root,
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
	unshare -m sh -eu -c 'mount -t proc proc "$1/proc"; mount --rbind /dev "$1/dev"
		[ ! -d /tmp/.X11-unix ] || { mkdir -p "$1/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$1/tmp/.X11-unix"; }; shift
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

# The studio from the installed package, on the build's display, as a person with a new home folder starts
# it: its main window must show and its log hold no exception; it is stopped when the check has seen it.
studio_first_start() {
	[ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1 || fail "the studio's start needs a display and xwininfo (x11-utils)"
	cp "${XAUTHORITY:-/dev/null}" "$ROOT/check/Xauthority" 2>/dev/null || : > "$ROOT/check/Xauthority"
	rm -f "$ROOT/check/stop"
	in_root "mkdir -p /check/home; cd /check/home
		DISPLAY=$DISPLAY XAUTHORITY=/check/Xauthority HOME=/check/home PARLEY_VMARGS=-Duser.home=/check/home $LAUNCHER studio --workspace /check/workspace \
			> /check/studio.log 2>&1 &
		studio=\$!
		while [ ! -e /check/stop ] && kill -0 \$studio 2>/dev/null; do sleep 1; done
		kill \$studio 2>/dev/null || true
		wait \$studio 2>/dev/null || true" &
	session=$!
	window=
	for _ in $(seq 1 180); do
		# the studio's window, not its splash screen, which has the same name
		window=$(xwininfo -root -tree 2>/dev/null | awk '/"Parley/ { split($(NF - 1), size, "x"); if (size[1] > 700) { match($0, /"Parley[^"]*"/); print substr($0, RSTART, RLENGTH); exit } }')
		[ -n "$window" ] && break
		kill -0 $session 2>/dev/null || break
		sleep 1
	done
	[ -z "$window" ] || sleep 10
	[ -z "$window" ] || ! command -v import >/dev/null 2>&1 || import -window root "$WORK/studio-first-start.png" 2>/dev/null || true
	touch "$ROOT/check/stop"
	wait $session 2>/dev/null || true
	[ -n "$window" ] || fail "parley studio from the package showed no window: $(tail -n 20 "$ROOT/check/studio.log" 2>/dev/null)"
	! grep -q -i 'exception' "$ROOT/check/workspace/.metadata/.log" 2>/dev/null ||
		fail "the studio from the package logged: $(head -n 40 "$ROOT/check/workspace/.metadata/.log")"
	echo "Debian package check: '$LAUNCHER studio' opened its window $window with no exception logged"
}
listing > "$WORK/before.txt"
in_root "dpkg -i /check/package.deb > /check/dpkg.log 2>&1
	cd /check/samples
	$LAUNCHER validate webinar-invitation.template.json > /check/validate.out 2>&1 || [ \$? -eq 1 ]
	$LAUNCHER run --workspace /check/samples hello.js > /check/run.out 2> /check/run.err
	[ -f /usr/lib/$PACKAGE/lib/class-data/tools.aot ] && [ ! -e /usr/lib/$PACKAGE/configuration/headless/io.parley.scripting.run.jsa ] &&
		echo kept > /check/archive.out || echo rewritten > /check/archive.out
	PARLEY_VMARGS=-Dpolyglot.js.no-such-option=1 $LAUNCHER run --workspace /check/samples hello.js > /check/refused.out 2>&1 ||
		echo \"exit \$?\" >> /check/refused.out
	$LAUNCHER run --optimize --engine > /check/engine.out 2>&1" ||
	fail "installing or running the package failed: $(cat "$ROOT"/check/*.log "$ROOT"/check/*.out "$ROOT"/check/*.err \
		"$ROOT/usr/lib/$PACKAGE/configuration/headless/tools.log" 2>/dev/null)"
studio_first_start
in_root "dpkg --purge $PACKAGE >> /check/dpkg.log 2>&1" || fail "removing the package failed: $(cat "$ROOT"/check/dpkg.log)"

grep -q 'webinar-invitation.template.json' "$ROOT/check/validate.out" || fail "parley validate said: $(cat "$ROOT/check/validate.out")"
grep -q '^hello' "$ROOT/check/run.out" && [ ! -s "$ROOT/check/run.err" ] ||
	fail "parley run said: $(cat "$ROOT/check/run.out" "$ROOT/check/run.err")"
grep -q '^parley run: .*js.no-such-option' "$ROOT/check/refused.out" && [ "$(tail -n 1 "$ROOT/check/refused.out")" = "exit 1" ] ||
	fail "an engine option the script engine refuses did not fail parley run with its reason: $(cat "$ROOT/check/refused.out")"
grep -qx kept "$ROOT/check/archive.out" ||
	fail "the first parley run wrote a class-data archive of its own instead of mapping the AOT cache the package ships (lib/class-data/tools.aot)"
grep -q 'optimizing' "$ROOT/check/engine.out" ||
	fail "scripts do not run on Graal's optimizing runtime with the package's own Java: $(cat "$ROOT/check/engine.out")"
listing > "$WORK/after.txt"
left=$(diff "$WORK/before.txt" "$WORK/after.txt" || true)
[ -z "$left" ] || fail "removing the package left files behind or took others: $left"
echo "Debian package check: $PACKAGE installed on a Debian 12 without Java, '$LAUNCHER validate' and '$LAUNCHER run' worked" \
	"($(cat "$ROOT/check/engine.out" | head -n 1)), and purging it left nothing behind ($(( $(date +%s) - started )) s in all)"
rm -rf "$ROOT"
