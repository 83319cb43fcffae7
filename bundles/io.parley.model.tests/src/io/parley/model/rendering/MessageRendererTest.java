package io.parley.model.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.parley.model.files.Prospect;
import io.parley.model.rendering.MessageRenderer.Segment;
import io.parley.model.validation.RuleCatalog;

/** Rendering for one person, with the gaps an empty field leaves. */
class MessageRendererTest {

	private final MessageRenderer renderer = new MessageRenderer(RuleCatalog.builtIn().defaultSet());

	@Test
	void segmentsSeparateLiteralTextFromMacroValuesAndMarkGaps() {
		Prospect noName = new Prospect(1, Map.of("companyName", "Acme"));
		List<Segment> segments = renderer.segments("Hi %FIRSTNAME%, welcome to %COMPANYNAME%!", noName);
		assertEquals(List.of("Hi ", "", ", welcome to ", "Acme", "!"), segments.stream().map(Segment::text).toList());
		assertTrue(segments.get(1).isGap());
		assertFalse(segments.get(3).isGap());
		assertEquals("Hi , welcome to Acme!", renderer.render("Hi %FIRSTNAME%, welcome to %COMPANYNAME%!", noName));
	}

	@Test
	void theLongestReaderSeesEachKnownMacroAtItsLongestValue() {
		assertEquals("Hi , ".length() + 1 + 20, renderer.longestLength("Hi %FIRSTNAME%, 👋"), "an emoji is one character");
		assertEquals("Hi %NICKNAME%".length(), renderer.longestLength("Hi %NICKNAME%"), "a token the rule set does not know stays as written");
	}

	@Test
	void theSamplePersonHasTheRuleSetsSampleValues() {
		assertEquals("Hi Sarah", renderer.render("Hi %FIRSTNAME%", renderer.samplePerson()));
	}
}
