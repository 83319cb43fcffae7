package io.parley.model.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.parley.model.files.Prospect;
import io.parley.model.json.Json;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.RuleCatalog;

/** A text prepared once renders for each person exactly what finding its macros for each person rendered. */
class PreparedTextTest {

	/**
	 * Pieces of templates: known and unknown macros, percent signs that are no macro, macros inside links
	 * and tags (which the checks do not count as macros), emoji, surrogate pairs and lone surrogates
	 * before and after macros, line breaks.
	 */
	private static final List<String> TEXT_PIECES = List.of("%FIRSTNAME%", "%LASTNAME%", "%COMPANYNAME%", "%JOBTITLE%",
			"%INDUSTRY%", "%NOPE%", "%firstname%", "%FIRSTNAME", "%%", "%", "100% ", "%%FIRSTNAME%%", "%A%", "%FIRST NAME%",
			"https://x.io/?n=%FIRSTNAME%", "www.x.io/%COMPANYNAME%", "<b>", "<a title=\"%FIRSTNAME%\">", "</a>", "Hi ", ", ",
			"\n", "\r\n", "\"", "é", "\u00AE\uFE0F", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83D", "\uDE00",
			"\u200F", "日本", "ſ", "\\%FIRSTNAME\\%", "$1", "\\");

	/** Values as lists hold them: missing, empty, padded, with quotes, macros of their own, emoji, right-to-left. */
	private static final List<String> VALUES = List.of("", " ", "Sarah", "  Sarah  ", "O'Brien", "\"Acme, Inc.\"", "%FIRSTNAME%",
			"\uD83D\uDE00 Joy", "\u05E9\u05DC\u05D5\u05DD", "Zoë", "$1\\2", "line\nbreak", "\u00A0nbsp\u00A0");

	private static final List<String> COLUMNS = List.of("firstName", "lastName", "companyName", "jobTitle", "industry", "account");

	@Test
	void rendersWhatTheMacrosFoundForEachPersonRenderedOnRandomTextsAndPeople() throws Exception {
		RuleSet remapped = RuleCatalog.builtIn().defaultSet().withOverrides(Json.mapper().readTree("{\"macros\": {\"%COMPANYNAME%\": {\"column\": \"account\"}}}"));
		Random random = new Random(18);
		for (RuleSet rules : List.of(RuleCatalog.builtIn().defaultSet(), remapped)) {
			MessageRenderer renderer = new MessageRenderer(rules);
			ReferenceRenderer reference = new ReferenceRenderer(rules);
			for (int round = 0; round < 5_000; round++) {
				String text = randomText(random);
				PreparedText prepared = renderer.prepare(text);
				for (int person = 0; person < 4; person++) {
					Prospect prospect = randomProspect(random);
					String why = "\"" + text + "\" for " + prospect;
					assertEquals(reference.render(text, prospect), prepared.render(prospect), why);
					assertEquals(reference.segments(text, prospect), prepared.segments(prospect), why);
					assertEquals(reference.render(text, prospect), renderer.render(text, prospect), why);
				}
			}
		}
	}

	@Test
	void aTextWithoutMacrosIsItself() {
		String text = "No macro here, 100% sure \uD83D\uDE00";
		assertSame(text, new MessageRenderer(RuleCatalog.builtIn().defaultSet()).prepare(text).render(new Prospect(1, Map.of())));
	}

	@Test
	void anUnknownTokenStaysAsWrittenAndAMissingValueLeavesAGap() {
		PreparedText text = new MessageRenderer(RuleCatalog.builtIn().defaultSet()).prepare("Hi %FIRSTNAME% of %TEAM% at %COMPANYNAME%!");
		assertEquals("Hi  of %TEAM% at Acme!", text.render(new Prospect(1, Map.of("companyName", " Acme "))));
		assertEquals(List.of(new MessageRenderer.Segment("Hi ", null), new MessageRenderer.Segment("", "%FIRSTNAME%"),
				new MessageRenderer.Segment(" of ", null), new MessageRenderer.Segment("%TEAM%", "%TEAM%"),
				new MessageRenderer.Segment(" at ", null), new MessageRenderer.Segment("Acme", "%COMPANYNAME%"),
				new MessageRenderer.Segment("!", null)), text.segments(new Prospect(1, Map.of("companyName", " Acme "))));
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		for (int pieces = random.nextInt(14); pieces > 0; pieces--) {
			text.append(random.nextInt(4) == 0 ? "plain text " : TEXT_PIECES.get(random.nextInt(TEXT_PIECES.size())));
		}
		return text.toString();
	}

	private static Prospect randomProspect(Random random) {
		Map<String, String> fields = new HashMap<>();
		for (String column : COLUMNS) {
			if (random.nextInt(5) > 0) {
				fields.put(column, VALUES.get(random.nextInt(VALUES.size())));
			}
		}
		return new Prospect(random.nextInt(1000) + 1, fields);
	}
}
