package io.parley.model.validation;

import java.util.List;
import java.util.Locale;

import io.parley.model.files.Prospect;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;

/**
 * A rule of check {@code prospectColumn}: each prospect's {@code column} holds an {@code allowed}
 * value (or no {@code refused} one), e.g. {@code connectionDegree} 1 for messages to connections. A
 * list without the column cannot say, so it passes: the column is optional in the file contract.
 */
record RecipientRule(String id, String column, List<String> allowed, List<String> refused) {

	static final String CHECK = "prospectColumn";

	/** The recipient rules of {@code ruleSet}, whatever their format. */
	static List<RecipientRule> allOf(RuleSet ruleSet) {
		return ruleSet.rules().stream().filter(rule -> CHECK.equals(rule.check())).map(RecipientRule::of).toList();
	}

	private static RecipientRule of(Rule rule) {
		return new RecipientRule(rule.id(), rule.textParam("column"), lower(rule.listParam("allowed")), lower(rule.listParam("refused")));
	}

	boolean refuses(Prospect prospect) {
		String value = prospect.fields().containsKey(column) ? prospect.value(column).toLowerCase(Locale.ROOT) : null;
		return value != null && (!allowed.isEmpty() && !allowed.contains(value) || refused.contains(value));
	}

	private static List<String> lower(List<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}
}
