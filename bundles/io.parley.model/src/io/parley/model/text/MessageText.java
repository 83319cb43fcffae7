package io.parley.model.text;

import java.util.List;

/**
 * Facts about message text as a recipient sees it. Characters are counted in Unicode code points:
 * an emoji or an accented letter is one character, as LinkedIn's own counters show them, where
 * Java's {@code String.length()} would count an emoji twice. Positions returned are code-point
 * offsets too, so editors can select the right range.
 */
public final class MessageText {

	private MessageText() {
	}

	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/** Code-point offset of a char index. */
	public static int offset(String text, int charIndex) {
		return text.codePointCount(0, charIndex);
	}

	/** The macro tokens in the text, in order, with their code-point ranges. */
	public static List<Match> macros(String text) {
		return TextFacts.of(text).macros();
	}

	public static List<Match> links(String text) {
		return TextFacts.of(text).links();
	}

	/** Emojis as a reader counts them: a joined sequence (family, flag with modifiers) is one. */
	public static int emojis(String text) {
		return TextFacts.of(text).emojis();
	}

	/** A piece of text and its code-point range. */
	public record Match(String text, int start, int end) {
	}
}
