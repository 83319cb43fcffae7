package io.parley.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Which characters of a value a recipient would not read as text, and how they are named. */
class HiddenCharactersTest {

	@Test
	void everyCharacterIsFoundExactlyWhenItIsALineBreakADirectionControlOrAControlCharacter() {
		for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
			boolean hidden = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
					|| c >= '\u2066' && c <= '\u2069' || Character.getType(c) == Character.CONTROL;
			assertEquals(hidden, HiddenCharacters.first("Ada " + (char) c + " Quill").isPresent(), Integer.toHexString(c));
		}
	}

	@Test
	void theFirstIsNamedForAPerson() {
		assertEquals(Optional.of("a tab (U+0009)"), HiddenCharacters.first("Ada\tQuill\n"));
		assertEquals(Optional.of("a right-to-left override (U+202E)"), HiddenCharacters.first("Ada \u202EQuill"));
		assertEquals(Optional.of("a line break"), HiddenCharacters.first("Ada\u2028"));
		assertEquals(Optional.empty(), HiddenCharacters.first("Zoë \uD83D\uDE00 \u200D"));
	}
}
