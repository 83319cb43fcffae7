package io.parley.model.validation;

import io.parley.model.rules.Severity;

/**
 * One finding about a document.
 *
 * @param ruleId   the rule that produced it, e.g. {@code message-ad.subject.length}
 * @param severity how bad it is
 * @param message  what is wrong, in the user's words
 * @param path     JSON pointer of the field ({@code /subject}), or "" for the whole document
 * @param start    first character (code point) of the offending range inside the field, or -1
 * @param end      end of that range (exclusive), or -1
 * @param line     1-based line in the file when known (syntax errors), else 0
 * @param column   1-based column in the file when known, else 0
 */
public record Diagnostic(String ruleId, Severity severity, String message, String path, int start, int end,
		int line, int column) {

	public static Diagnostic atField(String ruleId, Severity severity, String message, String path) {
		return new Diagnostic(ruleId, severity, message, path, -1, -1, 0, 0);
	}

	public static Diagnostic atPosition(String ruleId, Severity severity, String message, int line, int column) {
		return new Diagnostic(ruleId, severity, message, "", -1, -1, line, column);
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
