package io.parley.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parley.model.rules.Rule;

/**
 * The distinct field patterns of the rules that check one format, each given a slot while the rules
 * are prepared ({@link RuleCheck#prepare}). Rules on the same field share its slot, so a document
 * looks the field up once and the checks read it from an array instead of a map.
 */
public final class FieldPatterns {

	private final Map<String, FieldPattern> byText = new HashMap<>();
	private final List<FieldPattern> slots = new ArrayList<>();
	private boolean prepared;

	/** The slot of a pattern; new slots only while the rules are prepared, as documents are then checked from several threads. */
	public FieldPattern of(String pattern) {
		FieldPattern known = byText.get(pattern);
		if (known != null) {
			return known;
		}
		if (prepared) {
			throw new IllegalStateException("Field patterns are given slots while the rules are prepared, not while a document is checked");
		}
		FieldPattern added = new FieldPattern(pattern, this, slots.size());
		byText.put(pattern, added);
		slots.add(added);
		return added;
	}

	/** The slots of every field the rule checks, in the rule's order. */
	public FieldPattern[] of(Rule rule) {
		FieldPattern[] patterns = new FieldPattern[rule.fields().size()];
		for (int i = 0; i < patterns.length; i++) {
			patterns[i] = of(rule.fields().get(i));
		}
		return patterns;
	}

	/** The pattern's slot if a rule took one, for checks that still name their fields by text; else null. */
	FieldPattern find(String pattern) {
		return byText.get(pattern);
	}

	int size() {
		return slots.size();
	}

	/** Ends the preparation: from now on the slots are only read, by any number of threads. */
	void prepared() {
		prepared = true;
	}
}
