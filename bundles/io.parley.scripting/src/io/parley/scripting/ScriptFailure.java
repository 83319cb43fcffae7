package io.parley.scripting;

import java.nio.file.Path;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;

/**
 * How a script ended badly, in the script author's terms: the error and the script's own stack
 * (file:line:column, files named as in the workspace), never the Java stack of the host.
 */
final class ScriptFailure {

	static final String PRELUDE_NAME = "parley-prelude.js";

	private ScriptFailure() {
	}

	/** @param limit what closed the context from outside, if anything did */
	static ScriptResult of(PolyglotException e, StopReason limit, Path workspace) {
		if (e.isResourceExhausted()) {
			return stopped("The script ran past its statement limit and was stopped (" + e.getMessage() + ")");
		}
		if (e.isCancelled() || e.isInterrupted()) {
			return stopped(limit.message());
		}
		StringBuilder message = new StringBuilder(e.getMessage() == null ? "The script failed" : e.getMessage());
		for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
			SourceSection at = frame.getSourceLocation();
			if (frame.isGuestFrame() && at != null && !PRELUDE_NAME.equals(at.getSource().getName())) {
				message.append("\n    at ").append(functionName(frame.getRootName()))
						.append(" (").append(fileName(at.getSource(), workspace)).append(':').append(at.getStartLine())
						.append(':').append(at.getStartColumn()).append(')');
			}
		}
		return new ScriptResult(ScriptResult.Outcome.FAILED, message.toString());
	}

	static ScriptResult stopped(String message) {
		return new ScriptResult(ScriptResult.Outcome.STOPPED, message);
	}

	/** GraalJS names the top level ":program" (":module:eval" in a module) and arrow functions ":=>". */
	private static String functionName(String rootName) {
		if (rootName == null || rootName.isEmpty() || rootName.equals(":program") || rootName.startsWith(":module")) {
			return "<script>";
		}
		return rootName.startsWith(":") ? "<anonymous>" : rootName;
	}

	/** Modules that GraalJS imported by path are named as the workspace shows them. */
	private static String fileName(Source source, Path workspace) {
		if (source.getPath() != null) {
			Path path = Path.of(source.getPath());
			if (path.startsWith(workspace)) {
				return workspace.relativize(path).toString();
			}
		}
		return source.getName();
	}

	/** Why a run's context was closed from outside the script. */
	enum StopReason {
		CANCEL("The script was stopped"), TIME_LIMIT("The script ran past its time limit and was stopped");

		private final String message;

		StopReason(String message) {
			this.message = message;
		}

		String message() {
			return message;
		}
	}
}
