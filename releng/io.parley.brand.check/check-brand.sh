#!/bin/sh
# The sample brand, built as a user of `./parley brand` builds theirs: Acme Outreach must carry its own
# name in the window title, its about text (in its files and in the running About dialog), its launcher
# and its update site, and start on the product's own Java (no PARLEY_JAVA, no JAVA_HOME). Needs a
# display (./parley test runs under Xvfb), xwininfo and xdotool, and a Java with AWT in CHECK_JAVA to
# read the clipboard; screenshots of the window and of About go to WORK/acme-outreach.png, acme-about.png.
# Usage: CHECK_JAVA=JAVA check-brand.sh PARLEY_ROOT WORK_DIR
set -eu
PARLEY=$1
WORK=$2
BRANDED=$WORK/acme
fail() {
	echo "Brand check failed: $*" >&2
	exit 1
}
if [ ! -d "$PARLEY/product/io.parley.product/target/repository" ]; then
	echo "Brand check: skipped (the product was not built in this run)"
	exit 0
fi
started=$(date +%s)
sh "$PARLEY/releng/brand/brand.sh" "$PARLEY/releng/brands/acme" "$BRANDED" "$PARLEY"
echo "Brand check: Acme Outreach built in $(( $(date +%s) - started )) s"
PRODUCT=$BRANDED/product

# the launcher
[ -x "$PRODUCT/acme-outreach" ] && [ ! -e "$PRODUCT/parley" ] || fail "the product's launcher is not acme-outreach: $(ls "$PRODUCT")"
env -u JAVA_HOME -u PARLEY_JAVA "$PRODUCT/acme-outreach" help | grep -q '^Usage: acme-outreach COMMAND' ||
	fail "acme-outreach help does not name acme-outreach"
env -u JAVA_HOME -u PARLEY_JAVA "$PRODUCT/acme-outreach" validate "$PARLEY/bundles/io.parley.samples/sample/webinar-invitation.template.json" \
	> "$WORK/validate.out" 2>&1 || [ $? -eq 1 ] || fail "acme-outreach validate: $(cat "$WORK/validate.out")"
grep -q "webinar-invitation.template.json" "$WORK/validate.out" || fail "acme-outreach validate said: $(cat "$WORK/validate.out")"

# the product p2 installed: its branding, about text and update site
grep -q '^eclipse.product=com.acme.outreach.branding.product$' "$PRODUCT/configuration/config.ini" ||
	fail "config.ini does not start the Acme product: $(grep eclipse.product "$PRODUCT/configuration/config.ini")"
BRANDING=$(ls "$PRODUCT"/plugins/com.acme.outreach.branding_*.jar)
unzip -p "$BRANDING" plugin.properties | grep -q '^productBlurb = Acme Outreach\\n\\nAcme Outreach plans and checks' ||
	fail "the about text is not Acme's: $(unzip -p "$BRANDING" plugin.properties)"
unzip -p "$BRANDING" plugin_customization.ini | tail -n 2 | grep -qx 'io.parley.ui.updates/updateSite=https://updates.acme.example/outreach/' ||
	fail "the update site is not Acme's: $(unzip -p "$BRANDING" plugin_customization.ini)"

# the package
DEB=$BRANDED/acme-outreach_1.0.0_amd64.deb
if command -v dpkg-deb >/dev/null 2>&1; then
	dpkg-deb -c "$DEB" | grep -q ' ./usr/bin/acme-outreach -> /usr/lib/acme-outreach/acme-outreach$' || fail "$DEB puts no acme-outreach on the PATH"
	dpkg-deb --fsys-tarfile "$DEB" | tar -xOf - ./usr/share/applications/acme-outreach.desktop | grep -qx 'Name=Acme Outreach' ||
		fail "$DEB has no desktop entry named Acme Outreach"
fi

# Help > About in the running studio, opened from the keyboard (xdotool): its window title, and its text
# as a person would copy it (a click into the text, Ctrl+A, Ctrl+C), read back from the clipboard
about_dialog() {
	about=
	about_text=
	windows=
	# the studio's window, not the splash (which has the product's name as well): the larger of them
	window=
	for _ in $(seq 1 120); do
		for candidate in $(xdotool search --onlyvisible --name '^Acme Outreach' 2>/dev/null); do
			eval "$(xdotool getwindowgeometry --shell "$candidate")"
			[ "$WIDTH" -gt 700 ] && window=$candidate
		done
		[ -n "$window" ] && break
		sleep 1
	done
	[ -n "$window" ] || return 0
	sleep 8
	xdotool windowfocus "$window" 2>/dev/null || true
	xdotool key --clearmodifiers alt+h
	sleep 2
	xdotool key a
	for _ in $(seq 1 30); do
		about=$(xdotool search --onlyvisible --name '^About Acme Outreach' 2>/dev/null | head -n 1 || true)
		[ -n "$about" ] && break
		sleep 1
	done
	windows=$(xwininfo -root -tree 2>/dev/null | grep -o '"[^"]*"' | sort -u | tr '\n' ' ')
	[ -n "$about" ] || return 0
	sleep 2
	command -v import >/dev/null 2>&1 && import -window root "$WORK/acme-about.png" 2>/dev/null || true
	eval "$(xdotool getwindowgeometry --shell "$about")"
	# the text fills the dialog's top right, beside the about image
	xdotool mousemove "$((X + WIDTH * 2 / 3))" "$((Y + 40))" click 1
	sleep 1
	xdotool key --clearmodifiers ctrl+a
	xdotool key --clearmodifiers ctrl+c
	sleep 1
	about_text=$("$CHECK_JAVA" "$(dirname "$0")/ReadClipboard.java" 2>&1 || true)
	xdotool key --clearmodifiers Escape
}

# the window title, from the running studio
[ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1 && command -v xdotool >/dev/null 2>&1 ||
	fail "the window title and Help > About need a display, xwininfo (x11-utils) and xdotool"
mkdir -p "$WORK/home"
env -u JAVA_HOME -u PARLEY_JAVA HOME="$WORK/home" PARLEY_VMARGS="-Duser.home=$WORK/home" \
	"$PRODUCT/acme-outreach" studio --workspace "$WORK/workspace" > "$WORK/studio.log" 2>&1 &
studio=$!
title=
for _ in $(seq 1 180); do
	title=$(xwininfo -root -tree 2>/dev/null | grep -o '"Acme Outreach[^"]*"' | head -n 1 || true)
	[ -n "$title" ] && break
	kill -0 $studio 2>/dev/null || break
	sleep 1
done
[ -n "$title" ] && command -v import >/dev/null 2>&1 && sleep 5 && import -window root "$WORK/acme-outreach.png" 2>/dev/null || true
[ -n "$title" ] && about_dialog
kill $studio 2>/dev/null || true
wait $studio 2>/dev/null || true
[ -n "$title" ] || fail "no window titled Acme Outreach appeared: $(tail -n 20 "$WORK/studio.log")"
[ -n "$about" ] || fail "Help > About did not open a window titled About Acme Outreach; the windows were: $windows"
printf '%s' "$about_text" | grep -q 'Acme Outreach plans and checks the LinkedIn campaigns of Acme.s sales teams' ||
	fail "the About dialog does not show Acme's about text; it shows: $about_text"
! printf '%s' "$about_text" | grep -q 'Parley plans' || fail "the About dialog shows Parley's own about text: $about_text"
! xwininfo -root -tree 2>/dev/null | grep -q '"Parley' || fail "a window still says Parley"
echo "Brand check: Acme Outreach builds with its own name: window $title, about text (files and About dialog), launcher acme-outreach, update site and package ($(( $(date +%s) - started )) s)"
