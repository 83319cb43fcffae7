package io.parley.model.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a file's JSON, in a reader's words: the JSON reader's message ("Unexpected
 * character (',' (code 44)): expected a valid value (JSON String, Number, ...)") said as what is
 * missing where.
 */
public final class JsonSyntax {

	private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\): (.*)", Pattern.DOTALL);

	private JsonSyntax() {
	}

	public static String inPlainWords(String message) {
		if (message == null) {
			return "the file is not valid JSON";
		}
		if (message.startsWith("Unexpected end-of-input")) {
			return "the file ends before the document is closed: a } or ] is missing";
		}
		Matcher unexpected = UNEXPECTED.matcher(message);
		if (!unexpected.matches()) {
			return message;
		}
		String found = "'" + unexpected.group(1) + "'";
		String expected = unexpected.group(2);
		if (expected.startsWith("expected a valid value")) {
			return "a value is missing where " + found + " stands";
		}
		if (expected.startsWith("was expecting double-quote to start field name")) {
			return "a field's name in double quotes is expected where " + found + " stands (a comma too many before it?)";
		}
		if (expected.startsWith("was expecting comma to separate")) {
			return "a comma is missing before " + found;
		}
		if (expected.startsWith("was expecting a colon")) {
			return "a colon is missing between a field's name and its value, before " + found;
		}
		return "unexpected " + found + ": " + expected;
	}
}
