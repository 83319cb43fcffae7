package io.parley.model.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A versioned set of rules with the macro limits, caps and benchmarks that go with them. Rule sets
 * are data files; the code only knows how to check a kind of rule, never the numbers.
 */
public record RuleSet(String id, int version, String name, String description, List<Rule> rules,
		Map<String, Macro> macros, JsonNode caps, JsonNode benchmarks) {

	public List<Rule> rulesFor(MessageFormat format) {
		return rules.stream().filter(rule -> rule.appliesTo(format)).toList();
	}

	/** The rules that check a message of this format ({@code CONTENT}) or a campaign sending it. */
	public List<Rule> rulesFor(MessageFormat format, RuleScope scope) {
		return rules.stream().filter(rule -> rule.appliesTo(format, scope)).toList();
	}

	public Optional<Rule> rule(String ruleId) {
		return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
	}

	/** A number from the caps section, e.g. {@code frequencyCapDays}. */
	public double cap(String path) {
		JsonNode value = caps.at(path.startsWith("/") ? path : "/" + path);
		if (!value.isNumber()) {
			throw new IllegalStateException("Rule set " + id + " has no number at caps/" + path);
		}
		return value.doubleValue();
	}

	public JsonNode benchmark(String path) {
		return benchmarks.at(path.startsWith("/") ? path : "/" + path);
	}
}
