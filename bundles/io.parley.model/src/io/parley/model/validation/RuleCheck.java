package io.parley.model.validation;

import io.parley.model.rules.Rule;

/**
 * The code behind one kind of rule ({@code "check": "maxLength"}); the rule supplies the fields,
 * limits and severity. Plugins add kinds through the
 * {@code io.parley.core.rules} extension point; a {@link RuleCatalog} holds them by name.
 */
@FunctionalInterface
public interface RuleCheck {

	void check(Rule rule, CheckContext context);

	/**
	 * The check of one rule, prepared once per rule set and format: a check that reads parameters or
	 * looks fields up by pattern can do that here ({@link FieldPatterns#of}) and return a
	 * {@link PreparedCheck} that only compares. The default reads the rule on every document through
	 * {@link #check(Rule, CheckContext)}. A failure here is reported on every document the rule checks.
	 */
	default PreparedCheck prepare(Rule rule, FieldPatterns patterns) {
		return context -> check(rule, context);
	}
}
