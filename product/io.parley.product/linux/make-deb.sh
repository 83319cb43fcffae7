#!/bin/sh
# Makes a Debian package of a built Linux product: the product folder, with its own Java runtime
# (jre/), as /usr/lib/PACKAGE (not /opt: /opt belongs to no package, so dpkg would remove it with the
# last package in it), its launcher on the PATH (/usr/bin/LAUNCHER, a link), and a desktop entry
# with the product's icon in every size the product has. Needs dpkg-deb (any Debian or Ubuntu); files
# are owned by root in the package without fakeroot.
# Usage: make-deb.sh PRODUCT_DIR ICONS_DIR OUT_DIR
#   ICONS_DIR holds NAME_16.png ... NAME_256.png (any NAME); the package is written to OUT_DIR.
# Environment (defaults are Parley's; a brand sets its own):
#   DEB_PACKAGE, DEB_VERSION, DEB_NAME (the name people see), DEB_LAUNCHER, DEB_MAINTAINER, DEB_SUMMARY
set -eu
PRODUCT=$1
ICONS=$2
OUT=$3
PACKAGE=${DEB_PACKAGE:-parley}
VERSION=${DEB_VERSION:?the package version}
NAME=${DEB_NAME:-Parley}
LAUNCHER=${DEB_LAUNCHER:-parley}
MAINTAINER=${DEB_MAINTAINER:-Parley contributors <parley@users.noreply.invalid>}
SUMMARY=${DEB_SUMMARY:-campaign studio for LinkedIn messaging}
if ! command -v dpkg-deb >/dev/null 2>&1; then
	echo "Debian package: skipped (no dpkg-deb on this machine)"
	exit 0
fi
[ -x "$PRODUCT/$LAUNCHER" ] && [ -x "$PRODUCT/jre/bin/java" ] ||
	{ echo "make-deb: $PRODUCT has no $LAUNCHER launcher or no jre/" >&2; exit 1; }

STAGE=$OUT/deb-root
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/usr/lib" "$STAGE/usr/bin" "$STAGE/usr/share/applications"
cp -a "$PRODUCT" "$STAGE/usr/lib/$PACKAGE"
# what a build or a run left in the product folder is no part of the package
rm -rf "$STAGE/usr/lib/$PACKAGE/configuration/headless" "$STAGE/usr/lib/$PACKAGE/configuration/org.eclipse.osgi"
chmod -R u+rwX,go+rX,go-w "$STAGE/usr/lib/$PACKAGE"
ln -s "/usr/lib/$PACKAGE/$LAUNCHER" "$STAGE/usr/bin/$LAUNCHER"
for icon in "$ICONS"/*_[0-9]*.png; do
	size=${icon##*_}
	size=${size%.png}
	mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x$size/apps"
	cp "$icon" "$STAGE/usr/share/icons/hicolor/${size}x$size/apps/$PACKAGE.png"
done
cat > "$STAGE/usr/share/applications/$PACKAGE.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=$NAME
Comment=$SUMMARY
Exec=$LAUNCHER studio
Icon=$PACKAGE
Terminal=false
Categories=Office;
DESKTOP
# What the product writes into its folder when root runs it (the tools' configuration, OSGi's caches,
# plugins installed by p2) is not the package's: removing the package removes it too.
cat > "$STAGE/DEBIAN/postrm" <<POSTRM
#!/bin/sh
set -e
case "\$1" in
	remove|purge) rm -rf /usr/lib/$PACKAGE ;;
esac
POSTRM
chmod 755 "$STAGE/DEBIAN/postrm"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: $PACKAGE
Version: $VERSION
Architecture: amd64
Maintainer: $MAINTAINER
Installed-Size: $(du -sk "$STAGE" | cut -f 1)
Depends: libgtk-3-0, libx11-6, libxext6, libxi6, libxrender1, libxtst6
Section: utils
Priority: optional
Description: $NAME, $SUMMARY
 $NAME plans, checks and exports LinkedIn messaging campaigns. It carries
 its own Java runtime; the studio needs GTK 3 and the X libraries that
 the runtime's image code loads (libXtst, libXi, libXrender), the command-line tools
 ($LAUNCHER validate, $LAUNCHER run, $LAUNCHER export) need nothing else.
CONTROL
rm -f "$OUT/${PACKAGE}_"*.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT/${PACKAGE}_${VERSION}_amd64.deb" >/dev/null
rm -rf "$STAGE"
echo "Debian package: $OUT/${PACKAGE}_${VERSION}_amd64.deb ($(du -k "$OUT/${PACKAGE}_${VERSION}_amd64.deb" | cut -f 1) KB)"
