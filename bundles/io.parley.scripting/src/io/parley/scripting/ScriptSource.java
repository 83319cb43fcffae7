package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Path;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;

/**
 * A script file as GraalJS runs it: an ES module when it is a {@code .mjs} file or uses
 * {@code import}/{@code export}, a classic script otherwise, so both styles work without a flag.
 * Either way it is read from its path, which is where its relative imports start.
 */
final class ScriptSource {

	private static final String MODULE = "application/javascript+module";

	private ScriptSource() {
	}

	static Source of(Path script, WorkspaceBoundary workspace, Context context) throws IOException {
		Path file = script.toAbsolutePath().normalize();
		String name = file.startsWith(workspace.root()) ? workspace.root().relativize(file).toString() : file.getFileName().toString();
		return parsed(Source.newBuilder("js", file.toFile()).name(name), context);
	}

	/** The source parsed as a module or a classic script; a syntax error of neither is the classic one. */
	static Source parsed(Source.Builder builder, Context context) throws IOException {
		Source classic = builder.build();
		if (classic.getName().endsWith(".mjs")) {
			Source module = builder.mimeType(MODULE).build();
			context.parse(module);
			return module;
		}
		try {
			context.parse(classic);
			return classic;
		} catch (PolyglotException syntaxError) {
			if (!syntaxError.isSyntaxError()) {
				throw syntaxError;
			}
			return asModuleIfItParses(builder.mimeType(MODULE).build(), context, syntaxError);
		}
	}

	/** Parsed sources stay in the engine's cache, so the run does not parse the script twice. */
	private static Source asModuleIfItParses(Source module, Context context, PolyglotException classicError) {
		try {
			context.parse(module);
			return module;
		} catch (PolyglotException notAModuleEither) {
			throw classicError;
		}
	}
}
