package io.parley.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.parley.model.validation.RuleCatalog;


/** The fast scan finds exactly what a character-by-character reading finds. */
class TextFactsTest {

	/** Pieces that start, end, join or break macros, tags, links and emoji sequences. */
	private static final List<String> PIECES = List.of("http://", "https://", "HTTPS://", "www.", "WwW.", "://", "ftp://",
			"%FIRSTNAME%", "%", "%x%", "<b>", "</a>", "<", ">", "<a href=\"https://x.io\">", "h", "w", " ", "\n", "\"",
			"x", "1", ":", ".", "/", "é", "©", "\u00AE\uFE0F", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69", "\u200D",
			"\uFE0F", "\uD83C\uDFFD", "\u2764", "\uD83D", "ſ", "Contoso ", "with ", "We cut it by 40% ");

	@Test
	void agreesWithTheCharacterByCharacterReadingOnRandomTexts() {
		Random random = new Random(3);
		for (int round = 0; round < 20_000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(12);
			for (int p = 0; p < pieces; p++) {
				text.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			assertSameFacts(text.toString());
		}
	}

	@Test
	void findsLinksMacrosTagsAndEmojisWithCodePointRanges() {
		String text = "\uD83D\uDE00 Hi %FIRSTNAME%, see https://example.com/a or www.example.com <b>now</b>";
		TextFacts facts = TextFacts.of(text);
		assertEquals(List.of(new MessageText.Match("%FIRSTNAME%", 5, 16)), facts.macros());
		assertEquals(List.of("https://example.com/a", "www.example.com"), facts.links().stream().map(MessageText.Match::text).toList());
		assertEquals(22, facts.links().get(0).start());
		assertEquals(List.of("<b>", "</b>"), facts.tags().stream().map(MessageText.Match::text).toList());
		assertEquals(1, facts.emojis());
		assertEquals(text.codePointCount(0, text.length()), facts.length());
	}

	@Test
	void theOffsetPastALimitIsWhereTheExpandedTextGrowsPastIt() {
		MacroValues values = MacroValues.assumedMaximum(RuleCatalog.builtIn().defaultSet());
		Random random = new Random(5);
		for (int round = 0; round < 2_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int p = random.nextInt(8); p > 0; p--) {
				text.append(List.of("%FIRSTNAME%", "%COMPANYNAME%", "%NOPE%", "abc ", "\uD83D\uDE00", "x").get(random.nextInt(6)));
			}
			Expansion expansion = new Expansion(text.toString(), values);
			int max = random.nextInt(80);
			assertEquals(offsetPastCharByChar(TextFacts.of(text.toString()), values, max), expansion.rawOffsetPast(max),
					text + " past " + max);
		}
	}

	/** The expanded text grown one raw character or one macro at a time, as the limit was first found. */
	private static int offsetPastCharByChar(TextFacts facts, MacroValues values, int max) {
		int expanded = 0;
		int raw = 0;
		int next = 0;
		List<MessageText.Match> macros = facts.macros();
		while (raw < facts.length()) {
			if (next < macros.size() && macros.get(next).start() == raw) {
				MessageText.Match macro = macros.get(next++);
				expanded += values.lengthOf(macro.text());
				if (expanded > max) {
					return macro.start();
				}
				raw = macro.end();
			} else if (++expanded > max) {
				return raw;
			} else {
				raw++;
			}
		}
		return facts.length();
	}

	private static void assertSameFacts(String text) {
		ReferenceTextFacts expected = ReferenceTextFacts.of(text);
		TextFacts actual = TextFacts.of(text);
		assertEquals(expected.length(), actual.length(), text);
		assertEquals(expected.emojis(), actual.emojis(), text);
		assertEquals(expected.macros(), actual.macros(), text);
		assertEquals(expected.links(), actual.links(), text);
		assertEquals(expected.tags(), actual.tags(), text);
	}
}
