package io.parley.scripting;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;

/**
 * How a script ended badly, in the script author's terms: the error and the script's own stack
 * (file:line:column, files named as in the workspace), never the Java stack of the host.
 */
final class ScriptFailure {

	static final String PRELUDE_NAME = "parley-prelude.js";
	/** GraalJS's words for a host method that refused its arguments. */
	private static final Pattern HOST_CALL = Pattern.compile("invokeMember \\((\\w+)\\) on [\\w.$]+ failed due to: ");
	/** The Java side of a conversion GraalJS reports: " to Java type 'java.lang.String'" and the like. */
	private static final Pattern JAVA_TYPE = Pattern.compile(" to Java type '[\\w.$\\[\\]]+'");
	/** A frame of a JavaScript stack: "at name (file:line:column)" or "at file:line:column". */
	private static final Pattern STACK_LOCATION = Pattern.compile("at (?:.*\\()?([^()]+):(\\d+):(\\d+)\\)?\\s*$");

	private ScriptFailure() {
	}

	/** @param limit what closed the context from outside, if anything did */
	static ScriptResult of(PolyglotException e, StopReason limit, Path workspace) {
		if (e.isResourceExhausted()) {
			return stopped(outOfMemory(e) ? StopReason.MEMORY.message()
					: "The script ran past its statement limit and was stopped; it wrote nothing");
		}
		if (e.isCancelled() || e.isInterrupted()) {
			return stopped(limit.message());
		}
		StringBuilder message = new StringBuilder(headline(e, workspace));
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

	/** The error in the script author's words: no Java class, no host object, no absolute path of the workspace. */
	private static String headline(PolyglotException e, Path workspace) {
		String text;
		if (e.isHostException()) {
			text = "Error: " + inWords(e.asHostException());
		} else if (e.isGuestException() && e.getGuestObject() != null && !e.getGuestObject().hasMember("stack")) {
			text = "The script threw " + thrown(e.getGuestObject()) + ", which is not an Error";
		} else {
			text = e.getMessage() == null ? "The script failed" : e.getMessage();
		}
		return inWorkspaceTerms(text, workspace);
	}

	/** A thrown object as JSON, as the script wrote it; a thrown string or number as itself. */
	private static String thrown(Value value) {
		try {
			return value.hasMembers() || value.hasArrayElements() ? ScriptValues.toJson(value).toString() : value.toString();
		} catch (PolyglotException | IllegalStateException unreadable) {
			return "a value";
		}
	}

	/**
	 * A call to the parley API with a value it cannot take, as GraalJS says it, is said without the
	 * Java class and types behind the API.
	 */
	private static String inWorkspaceTerms(String text, Path workspace) {
		Matcher call = HOST_CALL.matcher(text);
		String said = call.find() ? call.replaceFirst("parley." + Matcher.quoteReplacement(call.group(1))
				+ " cannot take the values it was given: ") : text;
		said = JAVA_TYPE.matcher(said).replaceAll("");
		return said.replace(workspace + "/", "");
	}

	/**
	 * Where the script was in a stack JavaScript wrote ({@code new Error().stack}): "at FILE:LINE:COLUMN"
	 * on a line of its own, the prelude's frames left out; empty when the stack names no script file.
	 */
	static String scriptLine(String jsStack, Path workspace) {
		for (String line : jsStack == null ? new String[0] : jsStack.split("\n")) {
			Matcher at = STACK_LOCATION.matcher(line);
			if (at.find() && !at.group(1).equals(PRELUDE_NAME)) {
				String file = at.group(1);
				if (file.startsWith(workspace.toString())) {
					file = workspace.relativize(Path.of(file)).toString();
				}
				return "\n    at " + file + ":" + at.group(2) + ":" + at.group(3);
			}
		}
		return "";
	}

	/** What went wrong in a host call, as its message says it; never a Java class name. */
	static String inWords(Throwable e) {
		if (e instanceof NoSuchFileException missing) {
			return "there is no file " + missing.getFile();
		}
		if (e instanceof NullPointerException) {
			return "a value it needs is missing (null or undefined)";
		}
		return e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : "it could not be done";
	}

	/** The JVM ran out of memory before the memory limit saw it (the limit is above the JVM's maximum). */
	private static boolean outOfMemory(PolyglotException e) {
		return (e.isHostException() && e.asHostException() instanceof OutOfMemoryError)
				|| String.valueOf(e.getMessage()).contains("heap space");
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
		CANCEL("The script was stopped; it wrote nothing"),
		TIME_LIMIT("The script ran past its time limit and was stopped; it wrote nothing"),
		INTERRUPT("The script was stopped by Ctrl-C; it wrote nothing"),
		TERMINATE("The script was stopped by a signal to end (SIGTERM); it wrote nothing"),
		MEMORY("The script ran past its memory limit and was stopped; it wrote nothing");

		private final String message;

		StopReason(String message) {
			this.message = message;
		}

		String message() {
			return message;
		}
	}
}
