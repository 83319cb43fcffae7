# Finds a Java 21 or newer for Parley. Sourced by the launchers; defines functions only.
# Looks at $PARLEY_JAVA (a java executable), $JAVA_HOME, the JDKs under /usr/lib/jvm (newest first),
# macOS's java_home and the java on the PATH, and takes the first whose major version is 21 or more.

parley_java_major() {
	"$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }' | awk -F. '{ print ($1 == "1") ? $2 : $1 }'
}

parley_find_java() {
	for candidate in ${PARLEY_JAVA:-} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
		$(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) \
		$( [ -x /usr/libexec/java_home ] && /usr/libexec/java_home -v 21+ 2>/dev/null | sed 's|$|/bin/java|') \
		$(command -v java 2>/dev/null); do
		[ -x "$candidate" ] || continue
		major=$(parley_java_major "$candidate")
		if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
			echo "$candidate"
			return 0
		fi
	done
	return 1
}

parley_explain_missing_java() {
	cat >&2 <<'MSG'
parley: no Java 21 or newer was found.
  Looked at: $PARLEY_JAVA, $JAVA_HOME, /usr/lib/jvm/*/bin/java and the java on your PATH.
  Parley needs Java 21+ (the Eclipse launcher and SWT are built for it; Java 25 is recommended).
  Install a JDK 21 or newer (e.g. Eclipse Temurin, or your distribution's openjdk-21/25 package),
  then either put it on your PATH or run:  export JAVA_HOME=/path/to/jdk
MSG
}
