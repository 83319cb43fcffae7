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

	/**
	 * The prospects whose value for a macro holds a character they would not read as text
	 * ({@link HiddenCharacters}): how many, and the first of them, "a line break in people.prospects.csv, row 3".
	 */
	public record Hidden(long people, String first) {
	}

	/**
	 * The macros and their values side by side, searched in turn: there are a handful, and a token
	 * found in a text is a new string, whose hash a map would compute on every lookup.
	 */
	private final String[] tokens;
	private final Value[] values;
	private final Map<String, Long> emptyByToken;
	private final Map<String, Hidden> hiddenByToken;
	private final long people;

	private MacroValues(Map<String, Value> values, Map<String, Long> emptyByToken, Map<String, Hidden> hiddenByToken,
			long people) {
		this.tokens = values.keySet().toArray(String[]::new);
		this.values = new Value[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			this.values[i] = values.get(tokens[i]);
		}
		this.emptyByToken = emptyByToken;
		this.hiddenByToken = hiddenByToken;
		this.people = people;
	}

	/** Worst case from the rule set's per-macro maximum lengths. */
	public static MacroValues assumedMaximum(RuleSet ruleSet) {
		return new MacroValues(assumedMaxima(ruleSet), Map.of(), Map.of(), 0);
	}

	private static Map<String, Value> assumedMaxima(RuleSet ruleSet) {
		Map<String, Value> values = new HashMap<>();
		for (Macro macro : ruleSet.macros().values()) {
			values.put(macro.token(), new Value(macro.maxLength(), null,
					macro.token() + " at its assumed maximum of " + macro.maxLength() + " characters"));
		}
		return values;
	}

	/** Worst case from the longest values of a prospect list; macros the list lacks keep the assumed maximum. */
	public static MacroValues longestOf(RuleSet ruleSet, Map<String, Value> longestByToken) {
		return longestOf(ruleSet, longestByToken, Map.of(), Map.of(), 0);
	}

	/**
	 * Worst case from a prospect list of {@code people} rows, with how many of them have each macro's
	 * column empty (those read a gap where the macro stands: "Hi ,") and which hold characters they
	 * would not read as text.
	 */
	public static MacroValues longestOf(RuleSet ruleSet, Map<String, Value> longestByToken, Map<String, Long> emptyByToken,
			Map<String, Hidden> hiddenByToken, long people) {
		Map<String, Value> values = assumedMaxima(ruleSet);
		values.putAll(longestByToken);
		return new MacroValues(values, Map.copyOf(emptyByToken), Map.copyOf(hiddenByToken), people);
	}

	/** The length a macro adds; an unknown macro is shown as typed. */
	public int lengthOf(String token) {
		Value value = valueOf(token);
		return value == null ? MessageText.length(token) : value.length();
	}

	/** How many people of the prospect list have no value for the macro; 0 without a list. */
	public long emptyFor(String token) {
		return emptyByToken.getOrDefault(token, 0L);
	}

	/** The people whose value for the macro holds a character they would not read as text; null when none does. */
	public Hidden hiddenFor(String token) {
		return hiddenByToken.get(token);
	}

	/** The people of the prospect list the values come from; 0 when they are assumed maxima. */
	public long people() {
		return people;
	}

	public String originOf(String token) {
		Value value = valueOf(token);
		return value == null ? token + " is not a LinkedIn macro and is sent as typed" : value.origin();
	}

	private Value valueOf(String token) {
		for (int i = 0; i < tokens.length; i++) {
			if (tokens[i].equals(token)) {
				return values[i];
			}
		}
		return null;
	}
}
