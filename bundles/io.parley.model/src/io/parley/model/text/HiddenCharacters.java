package io.parley.model.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters in a prospect's value that a recipient would not read as text: a line break splits a
 * subject line or a greeting, a direction override (U+202E) turns the text after it around, and a
 * control character shows as a box or nothing. Joiners (U+200C, U+200D) are left alone: names
 * written in Persian or Indic scripts and emoji need them.
 */
public final class HiddenCharacters {

	private HiddenCharacters() {
	}

	/** The first such character of {@code value}, named for a person ("a line break"); empty when there is none. */
	public static Optional<String> first(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			// printable ASCII, nearly every character of a list, is never hidden: no lookup of its type
			if (c < ' ' || c > '~') {
				Optional<String> name = name(c);
				if (name.isPresent()) {
					return name;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<String> name(char c) {
		if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
			return Optional.of("a line break");
		}
		if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
			return Optional.of((c == '\u202E' ? "a right-to-left override" : "a text direction control") + code(c));
		}
		if (Character.getType(c) == Character.CONTROL) {
			return Optional.of((c == '\t' ? "a tab" : "a control character") + code(c));
		}
		return Optional.empty();
	}

	private static String code(char c) {
		return String.format(Locale.ROOT, " (U+%04X)", (int) c);
	}
}
