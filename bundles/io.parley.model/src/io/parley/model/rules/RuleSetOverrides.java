package io.parley.model.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;


/**
 * Another rule set's values on top of a base set, in one format used both by a shipped set that
 * {@code "extends"} another and by a workspace's {@code parley.rules.json}: {@code "rules"} maps a
 * rule id to new {@code params}, {@code severity} or {@code source}; {@code "caps"},
 * {@code "benchmarks"}, {@code "sources"} and {@code "macros"} are merged into the base's, field by field. Anything not
 * named keeps the base's value, so an alternative set states only where it differs.
 */
final class RuleSetOverrides {

	private RuleSetOverrides() {
	}

	static RuleSet apply(RuleSet base, JsonNode overrides, String id, int version, String name, String description) {
		List<Rule> rules = new ArrayList<>();
		for (Rule rule : base.rules()) {
			rules.add(override(rule, overrides.path("rules").path(rule.id())));
		}
		return new RuleSet(id, version, name, description, List.copyOf(rules), macros(base, overrides.path("macros")),
				merged(base.caps(), overrides.path("caps")), merged(base.benchmarks(), overrides.path("benchmarks")),
				merged(base.sources(), overrides.path("sources")));
	}

	/** Names of rules the overrides mention that the base lacks: most likely a typing mistake. */
	static List<String> unknownRules(RuleSet base, JsonNode overrides) {
		List<String> unknown = new ArrayList<>();
		overrides.path("rules").fieldNames().forEachRemaining(ruleId -> {
			if (base.rule(ruleId).isEmpty()) {
				unknown.add(ruleId);
			}
		});
		return unknown;
	}

	private static Rule override(Rule rule, JsonNode override) {
		Rule changed = rule;
		if (override.path("params").isObject()) {
			changed = changed.withParams(merged(rule.params(), override.get("params")));
		}
		if (override.hasNonNull("severity")) {
			changed = changed.withSeverity(Severity.valueOf(override.get("severity").asText()));
		}
		if (override.hasNonNull("source")) {
			changed = changed.withSource(override.get("source").asText());
		}
		return changed;
	}

	private static Map<String, Macro> macros(RuleSet base, JsonNode overrides) {
		Map<String, Macro> macros = new LinkedHashMap<>(base.macros());
		overrides.fields().forEachRemaining(entry -> {
			Macro macro = macros.get(entry.getKey());
			if (macro != null) {
				macros.put(macro.token(), new Macro(macro.token(), entry.getValue().path("column").asText(macro.column()),
						entry.getValue().path("maxLength").asInt(macro.maxLength()),
						entry.getValue().path("sample").asText(macro.sample())));
			}
		});
		return Map.copyOf(macros);
	}

	/** A deep copy of {@code base} with the objects of {@code changes} merged in and its other values replacing. */
	static JsonNode merged(JsonNode base, JsonNode changes) {
		ObjectNode result = base.isObject() ? ((ObjectNode) base).deepCopy() : JsonNodeFactory.instance.objectNode();
		if (!changes.isObject()) {
			return result;
		}
		changes.fields().forEachRemaining(entry -> {
			JsonNode current = result.get(entry.getKey());
			result.set(entry.getKey(), current != null && current.isObject() && entry.getValue().isObject()
					? merged(current, entry.getValue()) : entry.getValue().deepCopy());
		});
		return result;
	}
}
