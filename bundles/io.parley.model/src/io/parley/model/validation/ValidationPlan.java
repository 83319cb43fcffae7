package io.parley.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.model.rules.Rule;

/**
 * The rules of one rule set that check one format, each with its check prepared. Checks of one
 * field at a time ({@link PreparedCheck#eachField}) run fused: each pattern's fields are visited
 * once, every rule on them checking each field in turn, instead of each rule walking its own fields;
 * the other checks run whole. The diagnostics come out in the rule set's order all the same.
 */
final class ValidationPlan {

	private static final RuleCheck MISSING_CHECK = (rule, context) -> context.report(rule,
			"Rule " + rule.id() + " names a check \"" + rule.check() + "\" that no installed plugin provides", "");

	private record PreparedRule(Rule rule, PreparedCheck check) {
	}

	/** One rule's check of the fields of its {@code position}th pattern. */
	private record FieldRule(int rule, int position, PreparedCheck.FieldCheck check, boolean textOnly) {
	}

	/** The field checks on one pattern, in rule order. */
	private record PatternRules(FieldPattern pattern, FieldRule[] rules) {
	}

	private final FieldPatterns patterns = new FieldPatterns();
	private final PreparedRule[] rules;
	/** The rules whose checks run whole, by index, in order. */
	private final int[] wholeRules;
	private final PatternRules[] fieldRules;

	ValidationPlan(List<Rule> rules, RuleCatalog catalog) {
		this.rules = new PreparedRule[rules.size()];
		for (int i = 0; i < this.rules.length; i++) {
			this.rules[i] = prepared(rules.get(i), catalog);
		}
		patterns.prepared();
		List<Integer> whole = new ArrayList<>();
		Map<FieldPattern, List<FieldRule>> byPattern = new LinkedHashMap<>();
		for (int i = 0; i < this.rules.length; i++) {
			if (this.rules[i].check() instanceof PreparedCheck.EachField each) {
				for (int p = 0; p < each.patterns().length; p++) {
					byPattern.computeIfAbsent(each.patterns()[p], pattern -> new ArrayList<>())
							.add(new FieldRule(i, p, each.check(), each.textOnly()));
				}
			} else {
				whole.add(i);
			}
		}
		this.wholeRules = whole.stream().mapToInt(Integer::intValue).toArray();
		this.fieldRules = byPattern.entrySet().stream()
				.map(e -> new PatternRules(e.getKey(), e.getValue().toArray(FieldRule[]::new))).toArray(PatternRules[]::new);
	}

	/**
	 * Every rule's fields get slots, also those of checks that name them by text. A rule that cannot be
	 * prepared (a parameter missing) fails on each document, as it did when it was read per document.
	 */
	private PreparedRule prepared(Rule rule, RuleCatalog catalog) {
		RuleCheck check = catalog.check(rule.check()).orElse(MISSING_CHECK);
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
		for (int i : wholeRules) {
			context.reportingFor(i, 0, 0);
			try {
				rules[i].check().check(context);
			} catch (RuntimeException e) {
				context.reportFailure(rules[i].rule(), e);
			}
		}
		boolean[] failed = null;
		for (PatternRules on : fieldRules) {
			failed = checkFields(context, on, failed);
		}
		return context.diagnosticsInOrder();
	}

	/**
	 * @param failed the rules whose check broke on this document, as a whole check stops at its
	 *               first failure; null while none has
	 */
	private boolean[] checkFields(CheckContext context, PatternRules on, boolean[] failed) {
		List<Field> fields = context.fields(on.pattern());
		for (int f = 0; f < fields.size(); f++) {
			Field field = fields.get(f);
			boolean text = field.value().isTextual();
			for (FieldRule rule : on.rules()) {
				if ((text || !rule.textOnly()) && (failed == null || !failed[rule.rule()])) {
					context.reportingFor(rule.rule(), rule.position(), f);
					try {
						rule.check().check(context, field);
					} catch (RuntimeException e) {
						context.reportFailure(rules[rule.rule()].rule(), e);
						failed = failed == null ? new boolean[rules.length] : failed;
						failed[rule.rule()] = true;
					}
				}
			}
		}
		return failed;
	}
}
