package io.parley.model.validation.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.MessageValidator;
import io.parley.model.validation.RuleCatalog;

/** A generic subject is found in place exactly as by trimming the subject and comparing the copy. */
class GenericPhrasesTest {

	private static final String RULE = "message.subject.generic";
	private static final List<String> PIECES = List.of(" ", "\t", "\n", "\u00A0", "\u2003", "Quick question", "quick QUESTION",
			"Hi there", "Opportunity", "Urgent", "?", "!", "…", ".", ",", "x", "\uD83D\uDE00");

	/** The comparison as it was: the subject without trailing punctuation, stripped, equal ignoring case. */
	private static long genericByCopy(String subject, List<String> phrases) {
		int end = subject.length();
		while (end > 0 && (Character.isWhitespace(subject.charAt(end - 1)) || ".,!?;:…".indexOf(subject.charAt(end - 1)) >= 0)) {
			end--;
		}
		String trimmed = subject.substring(0, end).strip();
		return phrases.stream().filter(trimmed::equalsIgnoreCase).count();
	}

	@Test
	void randomSubjectsAreGenericExactlyWhenTheirTrimmedCopyIs() {
		RuleSet rules = RuleCatalog.builtIn().defaultSet();
		List<String> phrases = rules.rule(RULE).orElseThrow().listParam("phrases");
		MessageValidator validator = new MessageValidator(RuleCatalog.builtIn(), rules);
		Random random = new Random(7);
		int generic = 0;
		for (int i = 0; i < 5_000; i++) {
			StringBuilder subject = new StringBuilder();
			for (int pieces = random.nextInt(5); pieces >= 0; pieces--) {
				subject.append(PIECES.get(random.nextInt(PIECES.size())));
			}
			ObjectNode template = JsonNodeFactory.instance.objectNode().put("subject", subject.toString());
			List<Diagnostic> found = validator.validate(template, MessageFormat.MESSAGE_AD).stream()
					.filter(d -> d.ruleId().equals(RULE)).toList();
			long expected = genericByCopy(subject.toString(), phrases);
			assertEquals(expected, found.size(), () -> "subject \"" + subject + "\"");
			generic += found.size();
		}
		assertTrue(generic > 100, "the random subjects include generic ones");
	}
}
