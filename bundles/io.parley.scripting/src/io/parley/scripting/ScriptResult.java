package io.parley.scripting;

/**
 * How a run ended. A failure carries the script's own stack (file:line:column), never a Java one.
 */
public record ScriptResult(Outcome outcome, String message) {

	/** Finished, threw, or was stopped by the time limit or a cancel. */
	public enum Outcome {
		FINISHED, FAILED, STOPPED
	}

	public static ScriptResult finished() {
		return new ScriptResult(Outcome.FINISHED, "");
	}

	public boolean succeeded() {
		return outcome == Outcome.FINISHED;
	}
}
