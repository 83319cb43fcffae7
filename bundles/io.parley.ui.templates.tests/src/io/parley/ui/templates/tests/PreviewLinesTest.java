package io.parley.ui.templates.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;

import io.parley.ui.templates.PreviewLines;
import io.parley.ui.templates.PreviewLines.Wrapped;

class PreviewLinesTest {

	/** Ten pixels a code point: easy to reason about, and a surrogate pair counts once. */
	private static final ToIntFunction<String> TEN_A_CHARACTER = s -> 10 * s.codePointCount(0, s.length());

	@Test
	void breaksAtTheLastSpaceThatFits() {
		assertEquals("aaa bbb\nccc", wrap("aaa bbb ccc", 75).text());
	}

	@Test
	void keepsTheMessagesOwnLineBreaks() {
		assertEquals("aaa\nbbb ccc", wrap("aaa\nbbb ccc", 75).text());
	}

	@Test
	void breaksInsideAWordOnlyWhenItIsWiderThanALine() {
		Wrapped wrapped = wrap("go abcdefghij", 35);
		assertEquals("go\nabc\ndef\nghi\nj", wrapped.text());
		assertEquals(7, wrapped.positions()[6], "the 'd' moved past the break inserted before it");
	}

	@Test
	void neverSplitsACharacterMadeOfTwoChars() {
		assertEquals("\uD83D\uDE00\n\uD83D\uDE00\n\uD83D\uDE00", wrap("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 15).text());
	}

	/** On random messages: every character is where the positions say, and no line is wider than the width. */
	@Test
	void everyCharacterIsKeptAndEveryLineFits() {
		Random random = new Random(42);
		String[] pieces = { "a", "bb", "hello", " ", " ", "\n", "%FIRSTNAME%", "\u2002", "\uD83D\uDE00", "verylongwordwithoutanyspace" };
		for (int round = 0; round < 2_000; round++) {
			StringBuilder message = new StringBuilder();
			for (int i = random.nextInt(60); i > 0; i--) {
				message.append(pieces[random.nextInt(pieces.length)]);
			}
			int width = 20 + random.nextInt(200);
			Wrapped wrapped = wrap(message.toString(), width);
			for (int i = 0; i < message.length(); i++) {
				char original = message.charAt(i);
				char shown = wrapped.text().charAt(wrapped.positions()[i]);
				assertTrue(shown == original || original == ' ' && shown == '\n', message + " at " + i);
			}
			for (String line : wrapped.text().split("\n")) {
				assertTrue(TEN_A_CHARACTER.applyAsInt(line.stripTrailing()) <= width || line.codePointCount(0, line.length()) == 1,
						"'" + line + "' fits " + width);
			}
		}
	}

	private static Wrapped wrap(String message, int width) {
		return new PreviewLines().wrap(message, width, TEN_A_CHARACTER);
	}
}
