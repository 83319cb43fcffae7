package io.parley.scripting.tests;

import org.graalvm.polyglot.HostAccess;

/** The example module: what a plugin offers scripts, and only its exported methods. */
public class GreeterModule {

	@HostAccess.Export
	public String greet(String name) {
		return "Hello, " + name;
	}

	public String hidden() {
		return "scripts cannot call this";
	}
}
