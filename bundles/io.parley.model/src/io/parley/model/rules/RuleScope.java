package io.parley.model.rules;

import java.util.Locale;

/**
 * What a rule looks at. Most rules check the message itself (a template or a flow); some, such as
 * InMail send timing or 1st-degree recipients, can only be judged on a campaign, which knows when,
 * from whom and to which prospects the message goes. A plugin's document kind checks the rules of
 * its own scope ({@code "scope": "sequence"}), which the message and campaign checks leave alone.
 *
 * @param name the scope as a rule file names it, in lower case
 */
public record RuleScope(String name) {

	public static final RuleScope CONTENT = new RuleScope("content");
	public static final RuleScope CAMPAIGN = new RuleScope("campaign");

	public RuleScope {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A rule's scope has a name");
		}
		name = name.strip().toLowerCase(Locale.ROOT);
	}

	public static RuleScope of(String name) {
		return new RuleScope(name);
	}
}
