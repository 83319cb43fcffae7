# Finds a Java 21 or newer for Parley. Sourced by the launchers; defines functions only.
# Looks at $PARLEY_JAVA (a java executable), then the runtime the product carries (the folder given as
# the first argument, an installation's jre/), $JAVA_HOME, the JDKs under /usr/lib/jvm (newest first),
# macOS's java_home and the java on the PATH, and takes the first whose major version is 21 or more.

# The major version of the Java at $1, from the release file of its installation, or else from what it
# says when asked (a whole JVM start: 0.1-0.2 s, which every command paid twice before it started its own).
parley_java_major() {
	home=$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")
	{ [ -f "$home/release" ] && awk -F'"' '/^JAVA_VERSION=/ { print $2; exit }' "$home/release" | grep . ||
		"$1" -version 2>&1 | awk -F'"' '/version/ { print $2; exit }'; } | awk -F. '{ print ($1 == "1") ? $2 : $1 }'
}

parley_find_java() {
	for candidate in ${PARLEY_JAVA:-} ${1:+"$1/bin/java"} ${JAVA_HOME:+"$JAVA_HOME/bin/java"} \
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

# Whether GraalJS's optimizing compiler (lib/graal-compiler, 25.0.3) runs on the Java at $1: Truffle 25
# takes only Java 25, and the compiler needs a JVMCI of at least 25.0.3+9 (its JVMCIVersionCheck), which
# a stock JDK reports as its VM version, plus the JDK's JVMCI module. Read from the JDK's release file,
# so that no JVM starts for it; a JDK without one runs scripts in the interpreter.
parley_java_runs_graal_compiler() {
	home=$(dirname "$(dirname "$(readlink -f "$1" 2>/dev/null || echo "$1")")")
	[ -f "$home/release" ] || return 1
	awk -F'"' '
		/^MODULES=/ { jvmci = index(" " $2 " ", " jdk.internal.vm.ci ") > 0 }
		/^JVM_VERSION=/ { version = $2 }
		END {
			split(version, parts, "[+-]")
			split(parts[1], v, ".")
			update = (v[2] * 1000 + v[3]) * 1000 + v[4]
			exit !(jvmci && v[1] == 25 && (update > 3000 || (update == 3000 && parts[2] >= 9)))
		}' "$home/release"
}
