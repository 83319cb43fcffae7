package io.parley.model.text;

import java.util.HashMap;
import java.util.Map;

import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;

/**
 * The value each macro is assumed to take when checking lengths: the longest value in the attached
 * prospect list, or without a list the rule set's maximum length. Each value says where it came
 * from, so a diagnostic can name what made a message overflow.
 */
public final class MacroValues {

	/** The assumed value of one macro. */
	public record Value(int length, String text, String origin) {
	}

	private final Map<String, Value> values;

	private MacroValues(Map<String, Value> values) {
		this.values = values;
	}

	/** Worst case from the rule set's per-macro maximum lengths. */
	public static MacroValues assumedMaximum(RuleSet ruleSet) {
		Map<String, Value> values = new HashMap<>();
		for (Macro macro : ruleSet.macros().values()) {
			values.put(macro.token(), new Value(macro.maxLength(), null,
					macro.token() + " at its assumed maximum of " + macro.maxLength() + " characters"));
		}
		return new MacroValues(values);
	}

	/** Worst case from the longest values of a prospect list; macros the list lacks keep the assumed maximum. */
	public static MacroValues longestOf(RuleSet ruleSet, Map<String, Value> longestByToken) {
		Map<String, Value> values = new HashMap<>(assumedMaximum(ruleSet).values);
		values.putAll(longestByToken);
		return new MacroValues(values);
	}

	/** The length a macro adds; an unknown macro is shown as typed. */
	public int lengthOf(String token) {
		Value value = values.get(token);
		return value == null ? MessageText.length(token) : value.length();
	}

	public String originOf(String token) {
		Value value = values.get(token);
		return value == null ? token + " is not a LinkedIn macro and is sent as typed" : value.origin();
	}
}
