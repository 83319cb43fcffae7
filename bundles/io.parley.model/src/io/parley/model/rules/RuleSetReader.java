package io.parley.model.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.validation.Severity;

/** Reads a rule set file ({@code "schema": "parley.rules/1"}) and refuses one it cannot trust. */
public final class RuleSetReader {

	public static final String SCHEMA = "parley.rules/1";
	private static final ObjectMapper JSON = new ObjectMapper();

	private RuleSetReader() {
	}

	public static RuleSet read(InputStream in, String origin) throws IOException {
		JsonNode root = rulesFile(in, origin);
		return new RuleSet(text(root, "id", origin), root.path("version").asInt(1), root.path("name").asText(),
				root.path("description").asText(), rules(root, origin), macros(root.path("macros")),
				root.path("caps"), root.path("benchmarks"));
	}

	/** Rules a plugin adds to an existing set: a file {@code {"schema": "parley.rules/1", "rules": [...]}}. */
	public static List<Rule> readRules(InputStream in, String origin) throws IOException {
		return rules(rulesFile(in, origin), origin);
	}

	private static JsonNode rulesFile(InputStream in, String origin) throws IOException {
		JsonNode root = JSON.readTree(in);
		if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
			throw new IOException(origin + " is not a Parley rules file (expected \"schema\": \"" + SCHEMA + "\")");
		}
		return root;
	}

	private static List<Rule> rules(JsonNode root, String origin) throws IOException {
		List<Rule> rules = new ArrayList<>();
		for (JsonNode rule : root.path("rules")) {
			rules.add(rule(rule, origin));
		}
		return List.copyOf(rules);
	}

	private static Rule rule(JsonNode rule, String origin) throws IOException {
		String id = text(rule, "id", origin);
		Set<MessageFormat> formats = EnumSet.noneOf(MessageFormat.class);
		for (JsonNode format : rule.path("formats")) {
			formats.add(MessageFormat.of(format.asText())
					.orElseThrow(() -> new IOException(origin + ": rule " + id + " names an unknown format " + format)));
		}
		List<String> fields = new ArrayList<>();
		rule.path("fields").forEach(field -> fields.add(field.asText()));
		Severity severity;
		try {
			severity = Severity.valueOf(text(rule, "severity", origin));
		} catch (IllegalArgumentException e) {
			throw new IOException(origin + ": rule " + id + " has an unknown severity " + rule.path("severity"), e);
		}
		return new Rule(id, formats, severity, text(rule, "check", origin), List.copyOf(fields),
				rule.path("label").asText(id), rule.path("params"), text(rule, "source", origin),
				rule.path("description").asText());
	}

	private static Map<String, Macro> macros(JsonNode macros) {
		Map<String, Macro> byToken = new LinkedHashMap<>();
		macros.fields().forEachRemaining(entry -> byToken.put(entry.getKey(), new Macro(entry.getKey(),
				entry.getValue().path("column").asText(), entry.getValue().path("maxLength").asInt(),
				entry.getValue().path("sample").asText())));
		return Map.copyOf(byToken);
	}

	private static String text(JsonNode node, String field, String origin) throws IOException {
		String value = node.path(field).asText("");
		if (value.isEmpty()) {
			throw new IOException(origin + ": missing \"" + field + "\" in " + node);
		}
		return value;
	}
}
