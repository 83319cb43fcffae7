package io.parley.model.validation;

import java.util.List;

import io.parley.model.rules.Rule;

/**
 * The rules of one rule set that check one format, each with its check prepared: validating a
 * document runs the prepared checks in the rule set's order and reads its fields from slots.
 */
final class ValidationPlan {

	private static final RuleCheck MISSING_CHECK = (rule, context) -> context.report(rule,
			"Rule " + rule.id() + " names a check \"" + rule.check() + "\" that no installed plugin provides", "");

	private record PreparedRule(Rule rule, PreparedCheck check) {
	}

	private final FieldPatterns patterns = new FieldPatterns();
	private final PreparedRule[] rules;

	ValidationPlan(List<Rule> rules) {
		this.rules = new PreparedRule[rules.size()];
		for (int i = 0; i < this.rules.length; i++) {
			this.rules[i] = prepared(rules.get(i));
		}
		patterns.prepared();
	}

	/**
	 * Every rule's fields get slots, also those of checks that name them by text. A rule that cannot be
	 * prepared (a parameter missing) fails on each document, as it did when it was read per document.
	 */
	private PreparedRule prepared(Rule rule) {
		RuleCheck check = RuleChecks.byName(rule.check()).orElse(MISSING_CHECK);
		try {
			patterns.of(rule);
			return new PreparedRule(rule, check.prepare(rule, patterns));
		} catch (RuntimeException e) {
			return new PreparedRule(rule, context -> {
				throw e;
			});
		}
	}

	FieldPatterns patterns() {
		return patterns;
	}

	List<Diagnostic> check(CheckContext context) {
		for (PreparedRule rule : rules) {
			try {
				rule.check().check(context);
			} catch (RuntimeException e) {
				context.reportFailure(rule.rule(), e);
			}
		}
		return context.diagnostics();
	}
}
