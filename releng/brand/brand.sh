#!/bin/sh
# Turns a brand folder into a branded product, built against Parley's built p2 repository with Parley's
# files untouched: a branding bundle (name, icons, splash, about text, default preferences with the
# brand's update site) and a feature with the brand's launcher are generated, and a small Tycho build
# installs them with Parley's feature as the brand's own product, so p2 keeps the brand through
# plugin installs and updates. The product then gets Parley's Java runtime (jre/) and a Debian package.
# Usage (through ./parley brand): brand.sh BRAND_DIR OUT_DIR PARLEY_ROOT
# Writes OUT_DIR/product (the branded Linux product) and OUT_DIR/PACKAGE_VERSION_amd64.deb.
set -eu
BRAND=$(cd "$1" && pwd)
mkdir -p "$2"
OUT=$(cd "$2" && pwd)
PARLEY=$3
REPOSITORY=$PARLEY/product/io.parley.product/target/repository
PARLEY_PRODUCT=$PARLEY/product/io.parley.product/target/products/io.parley.studio/linux/gtk/x86_64

fail() {
	echo "parley brand: $*" >&2
	exit 2
}
property() {
	sed -n "s/^$1[[:space:]]*=[[:space:]]*//p" "$BRAND/brand.properties" | tail -n 1
}
[ -f "$BRAND/brand.properties" ] || fail "$BRAND has no brand.properties (see docs/rebranding.md)"
NAME=$(property name)
ID=$(property id)
LAUNCHER=$(property launcher)
VERSION=$(property version)
VERSION=${VERSION:-1.0.0}
UPDATE_SITE=$(property updateSite)
ABOUT=$(property about)
[ -n "$NAME" ] && [ -n "$ID" ] && [ -n "$LAUNCHER" ] || fail "brand.properties needs name, id and launcher"
echo "$ID" | grep -Eq '^[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+$' || fail "id '$ID' is no bundle name like com.example.outreach"
echo "$LAUNCHER" | grep -Eq '^[a-z][a-z0-9-]*$' || fail "launcher '$LAUNCHER' must be lower-case letters, digits and dashes"
echo "$VERSION" | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+$' || fail "version '$VERSION' must be MAJOR.MINOR.MICRO"
ls "$BRAND"/icons/*_16.png "$BRAND"/icons/*_256.png > /dev/null 2>&1 || fail "$BRAND/icons needs NAME_16.png ... NAME_256.png"
[ -d "$REPOSITORY" ] && [ -x "$PARLEY_PRODUCT/jre/bin/java" ] || fail "Parley is not built yet: run ./parley build first"

BUILD=$OUT/build
rm -rf "$BUILD" "$OUT/product"
mkdir -p "$BUILD/branding/META-INF" "$BUILD/branding/icons" "$BUILD/feature/rootfiles" "$BUILD/product"
cp "$BRAND"/icons/*.png "$BUILD/branding/icons/"
ICONS=$(cd "$BUILD/branding" && ls icons/*.png | sort -t _ -k 2 -n | tr '\n' ',' | sed 's/,$//')
for optional in splash.bmp about.png; do
	[ -f "$BRAND/$optional" ] && cp "$BRAND/$optional" "$BUILD/branding/"
done
escape_xml() {
	printf '%s' "$1" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g'
}

cat > "$BUILD/branding/META-INF/MANIFEST.MF" <<MANIFEST
Manifest-Version: 1.0
Bundle-ManifestVersion: 2
Bundle-Name: $NAME Branding
Bundle-SymbolicName: $ID.branding;singleton:=true
Bundle-Version: $VERSION.qualifier
Bundle-Localization: plugin
Require-Bundle: org.eclipse.core.runtime
MANIFEST
# The brand's texts go through a properties file, as Parley's do: the about text keeps Parley's notice.
{
	printf 'productName = %s\n' "$NAME"
	printf 'productBlurb = %s\\n\\n%s\n' "$NAME" "${ABOUT:+$ABOUT\\n\\n}Version $VERSION, built on Parley and the Eclipse Platform (EPL-2.0), GraalVM polyglot and Jackson."
} > "$BUILD/branding/plugin.properties"
{
	echo '<?xml version="1.0" encoding="UTF-8"?>'
	echo '<?eclipse version="3.4"?>'
	echo '<plugin>'
	echo '   <extension id="product" point="org.eclipse.core.runtime.products">'
	echo '      <product application="io.parley.ui.application" name="%productName">'
	echo '         <property name="appName" value="%productName"/>'
	echo "         <property name=\"windowImages\" value=\"$ICONS\"/>"
	echo '         <property name="aboutText" value="%productBlurb"/>'
	[ -f "$BUILD/branding/about.png" ] && echo '         <property name="aboutImage" value="about.png"/>'
	echo '         <property name="preferenceCustomization" value="plugin_customization.ini"/>'
	echo '         <property name="cssTheme" value="org.eclipse.e4.ui.css.theme.e4_default"/>'
	echo '         <property name="startupForegroundColor" value="FFFFFF"/>'
	echo '         <property name="startupMessageRect" value="40,250,520,20"/>'
	echo '         <property name="startupProgressRect" value="40,280,520,8"/>'
	echo '      </product>'
	echo '   </extension>'
	echo '</plugin>'
} > "$BUILD/branding/plugin.xml"
# Parley's defaults, then the brand's own, then its update site: a later line wins.
{
	cat "$PARLEY/bundles/io.parley.branding/plugin_customization.ini"
	echo "# $NAME"
	[ -f "$BRAND/plugin_customization.ini" ] && cat "$BRAND/plugin_customization.ini"
	[ -n "$UPDATE_SITE" ] && printf 'io.parley.ui.updates/updateSite=%s\nio.parley.ui.updates/updateSiteName=%s\n' "$UPDATE_SITE" "$NAME"
} > "$BUILD/branding/plugin_customization.ini"
printf 'bin.includes = META-INF/,plugin.xml,plugin.properties,plugin_customization.ini,icons/%s%s\n' \
	"$([ -f "$BUILD/branding/splash.bmp" ] && echo ,splash.bmp)" "$([ -f "$BUILD/branding/about.png" ] && echo ,about.png)" \
	> "$BUILD/branding/build.properties"

# The brand's launcher: Parley's, under the brand's name (it names itself in its messages).
cp "$PARLEY_PRODUCT/parley" "$BUILD/feature/rootfiles/$LAUNCHER"
cat > "$BUILD/feature/feature.xml" <<FEATURE
<?xml version="1.0" encoding="UTF-8"?>
<feature id="$ID.feature" label="$(escape_xml "$NAME")" version="$VERSION.qualifier">
   <plugin id="$ID.branding" version="0.0.0"/>
</feature>
FEATURE
printf 'bin.includes = feature.xml\nroot.linux.gtk.x86_64 = rootfiles\nroot.linux.gtk.x86_64.permissions.755 = %s\n' "$LAUNCHER" \
	> "$BUILD/feature/build.properties"

cat > "$BUILD/product/$ID.product" <<PRODUCT
<?xml version="1.0" encoding="UTF-8"?>
<?pde version="3.5"?>
<product name="$(escape_xml "$NAME")" uid="$ID" id="$ID.branding.product" application="io.parley.ui.application" version="$VERSION.qualifier" type="features" includeLaunchers="false" autoIncludeRequirements="true">
   <configIni use="default"/>
   <launcherArgs><vmArgs>-Dosgi.requiredJavaVersion=21</vmArgs></launcherArgs>
   $([ -f "$BUILD/branding/splash.bmp" ] && echo "<splash location=\"$ID.branding\"/>")
   <features>
      <feature id="io.parley.feature" installMode="root"/>
      <feature id="$ID.feature" installMode="root"/>
   </features>
   <configurations>
      <plugin id="org.apache.felix.scr" autoStart="true" startLevel="2"/>
      <plugin id="org.eclipse.core.runtime" autoStart="true" startLevel="0"/>
      <plugin id="org.eclipse.equinox.common" autoStart="true" startLevel="2"/>
      <plugin id="org.eclipse.equinox.event" autoStart="true" startLevel="2"/>
      <plugin id="org.eclipse.equinox.simpleconfigurator" autoStart="true" startLevel="1"/>
   </configurations>
</product>
PRODUCT
cat > "$BUILD/parley.target" <<TARGET
<?xml version="1.0" encoding="UTF-8"?>
<?pde version="3.8"?>
<target name="Parley's built repository">
   <locations>
      <location type="InstallableUnit" includeMode="planner" includeAllPlatforms="false" includeSource="false">
         <repository location="file:$REPOSITORY"/>
         <unit id="io.parley.feature.feature.group" version="0.0.0"/>
      </location>
   </locations>
</target>
TARGET
module_pom() {
	cat <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>brand</groupId><artifactId>brand</artifactId><version>$VERSION-SNAPSHOT</version></parent>
  <artifactId>$1</artifactId>
  <packaging>$2</packaging>
$3
</project>
POM
}
module_pom "$ID.branding" eclipse-plugin "" > "$BUILD/branding/pom.xml"
module_pom "$ID.feature" eclipse-feature "" > "$BUILD/feature/pom.xml"
module_pom "$ID.product" eclipse-repository "  <build><plugins><plugin>
    <groupId>org.eclipse.tycho</groupId><artifactId>tycho-p2-director-plugin</artifactId><version>\${tycho.version}</version>
    <configuration><products><product><id>$ID</id></product></products></configuration>
    <executions><execution><id>materialize</id><goals><goal>materialize-products</goal></goals></execution></executions>
  </plugin></plugins></build>" > "$BUILD/product/pom.xml"
cat > "$BUILD/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>brand</groupId>
  <artifactId>brand</artifactId>
  <version>$VERSION-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties><tycho.version>5.0.2</tycho.version><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <modules><module>branding</module><module>feature</module><module>product</module></modules>
  <build><plugins>
    <plugin><groupId>org.eclipse.tycho</groupId><artifactId>tycho-maven-plugin</artifactId><version>\${tycho.version}</version><extensions>true</extensions></plugin>
    <plugin><groupId>org.eclipse.tycho</groupId><artifactId>target-platform-configuration</artifactId><version>\${tycho.version}</version>
      <configuration>
        <target><file>$BUILD/parley.target</file></target>
        <environments><environment><os>linux</os><ws>gtk</ws><arch>x86_64</arch></environment></environments>
      </configuration>
    </plugin>
  </plugins></build>
</project>
POM

echo "parley brand: building $NAME against $REPOSITORY" >&2
"$PARLEY/mvnw" -B -q ${PARLEY_BRAND_MAVEN_OPTIONS:-} -f "$BUILD/pom.xml" verify
cp -a "$BUILD/product/target/products/$ID/linux/gtk/x86_64" "$OUT/product"
cp -a "$PARLEY_PRODUCT/jre" "$OUT/product/jre"
rm -f "$OUT/product/parley"
DEB_PACKAGE=$LAUNCHER DEB_VERSION=$VERSION DEB_NAME=$NAME DEB_LAUNCHER=$LAUNCHER \
	DEB_MAINTAINER=$(property maintainer) DEB_SUMMARY=$(property summary) \
	sh "$PARLEY/product/io.parley.product/linux/make-deb.sh" "$OUT/product" "$BUILD/branding/icons" "$OUT"
echo "parley brand: $NAME is in $OUT/product (start it with $OUT/product/$LAUNCHER studio)"
