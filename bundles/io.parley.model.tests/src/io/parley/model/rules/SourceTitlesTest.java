package io.parley.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.parley.model.validation.RuleCatalog;

/** A rule's source reads as the documents it comes from, by their titles, never as "seed 000". */
class SourceTitlesTest {

	/** "seed 000", "a425533", "Help 437", "rules.md": references that only the rule set's authors read. */
	private static final Pattern REFERENCE = Pattern.compile("seeds? \\d|\\ba\\d{6}\\b|Help \\d+|rules\\.md|replyType");

	@Test
	void everySourceOfEveryShippedSetReadsAsTitles() {
		for (RuleSet set : RuleCatalog.builtIn().ruleSets()) {
			for (Rule rule : set.rules()) {
				String words = set.sourceTitles(rule);
				assertFalse(REFERENCE.matcher(words).find(), set.id() + " " + rule.id() + ": " + words);
			}
		}
	}

	@Test
	void severalSeedsAndALinkedInHelpArticle() {
		RuleSet seeds = RuleCatalog.builtIn().defaultSet();
		assertEquals("LinkedIn Sponsored Messaging: InMail vs Message Ads Explained; LinkedIn Help: Message Ads specifications",
				seeds.sourceTitles(seeds.rule("message-ad.subject.length").orElseThrow()));
		assertEquals("LinkedIn Messages vs InMail: The Key Difference; What is InMail on LinkedIn?; LinkedIn Help: InMail messages",
				seeds.sourceTitles(seeds.rule("inmail.subject.length").orElseThrow()));
	}

	@Test
	void aSetThatExtendsAnotherKeepsItsTitles() {
		RuleSet linkedIn = RuleCatalog.builtIn().ruleSet("linkedin-help").orElseThrow();
		assertEquals("LinkedIn Help: InMail messages", linkedIn.sourceTitles(linkedIn.rule("inmail.body.length").orElseThrow()));
	}
}
