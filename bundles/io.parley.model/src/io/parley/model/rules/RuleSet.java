package io.parley.model.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A versioned set of rules with the macro limits, caps and benchmarks that go with them. Rule sets
 * are data files; the code only knows how to check a kind of rule, never the numbers.
 *
 * @param sources the title of each document the rules' sources refer to, by reference ("seed 000")
 */
public record RuleSet(String id, int version, String name, String description, List<Rule> rules,
		Map<String, Macro> macros, JsonNode caps, JsonNode benchmarks, JsonNode sources) {

	public List<Rule> rulesFor(MessageFormat format) {
		return rules.stream().filter(rule -> rule.appliesTo(format)).toList();
	}

	/** The rules that check a message of this format ({@code CONTENT}) or a campaign sending it. */
	public List<Rule> rulesFor(MessageFormat format, RuleScope scope) {
		return rules.stream().filter(rule -> rule.appliesTo(format, scope)).toList();
	}

	/** The rules of one scope, whatever their formats: a plugin's document kind checks those of its own scope. */
	public List<Rule> rulesIn(RuleScope scope) {
		return rules.stream().filter(rule -> rule.scope().equals(scope)).toList();
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

	/** Where a rule comes from in a reader's words: the titles of the documents its source refers to. */
	public String sourceTitles(Rule rule) {
		return SourceTitles.of(rule.source(), sources);
	}

	public JsonNode benchmark(String path) {
		return benchmarks.at(path.startsWith("/") ? path : "/" + path);
	}

	/**
	 * This set with a workspace's own values on top: {@code {"rules": {"inmail.body.length":
	 * {"params": {"max": 2000}, "severity": "WARNING"}}, "caps": {"frequencyCapDays": 30}}}. Rules
	 * and values not named keep this set's.
	 *
	 * @throws IllegalArgumentException when an override names an unknown severity
	 */
	public RuleSet withOverrides(JsonNode overrides) {
		return RuleSetOverrides.apply(this, overrides, id + "+workspace", version, name + " (with workspace overrides)", description);
	}
}
