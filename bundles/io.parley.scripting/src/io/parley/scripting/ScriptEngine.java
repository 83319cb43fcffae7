package io.parley.scripting;

import org.graalvm.polyglot.Engine;

/**
 * The one GraalJS engine of the JVM. Starting an engine takes half a second and it caches the
 * scripts it has parsed, while a context on it takes a millisecond: so every run, in the studio or
 * on the command line, and every syntax check gets a fresh context on this engine.
 */
final class ScriptEngine {

	private static Engine shared;

	private ScriptEngine() {
	}

	/**
	 * Whether the JVM was started for Graal's optimizing runtime: the launcher adds JVMCI, and so its
	 * module, only on a Java whose compiler it ships.
	 */
	static boolean compilerRequested() {
		return ModuleLayer.boot().findModule("jdk.internal.vm.ci").isPresent();
	}

	/** The runtime's name: "Interpreted" without the optimizing runtime, else e.g. "GraalVM CE". */
	static String runtime() {
		return shared().getImplementationName();
	}

	static boolean optimizing() {
		return !runtime().equals("Interpreted");
	}

	static synchronized Engine shared() {
		if (shared == null) {
			shared = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
		}
		return shared;
	}
}
