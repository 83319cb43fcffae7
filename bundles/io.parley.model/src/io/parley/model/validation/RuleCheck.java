package io.parley.model.validation;

import io.parley.model.rules.Rule;

/**
 * The code behind one kind of rule ({@code "check": "maxLength"}); the rule supplies the fields,
 * limits and severity. Plugins add kinds through {@link RuleChecks#register}.
 */
@FunctionalInterface
public interface RuleCheck {

	void check(Rule rule, CheckContext context);
}
