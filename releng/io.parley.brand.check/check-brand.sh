#!/bin/sh
# The sample brand, built as a user of `./parley brand` builds theirs: Acme Outreach must carry its own
# name in the window title, its about text, its launcher and its update site, and start on the
# product's own Java (no PARLEY_JAVA, no JAVA_HOME). Needs a display for the window title (./parley
# test runs under Xvfb) and xwininfo; a screenshot of the window goes to WORK/acme-outreach.png.
# Usage: check-brand.sh PARLEY_ROOT WORK_DIR
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

# the window title, from the running studio
[ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null 2>&1 || fail "the window title needs a display and xwininfo (x11-utils)"
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
kill $studio 2>/dev/null || true
wait $studio 2>/dev/null || true
[ -n "$title" ] || fail "no window titled Acme Outreach appeared: $(tail -n 20 "$WORK/studio.log")"
! xwininfo -root -tree 2>/dev/null | grep -q '"Parley' || fail "a window still says Parley"
echo "Brand check: Acme Outreach builds with its own name: window $title, about text, launcher acme-outreach, update site and package ($(( $(date +%s) - started )) s)"
