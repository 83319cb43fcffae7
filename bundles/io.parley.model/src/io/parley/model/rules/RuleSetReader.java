package io.parley.model.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.json.Json;

/**
 * Reads a rule set file ({@code "schema": "parley.rules/1"}) and refuses one it cannot trust. A file
 * either lists every rule, or {@code "extends"} a registered set and states only what differs (see
 * {@link RuleSetOverrides}), which keeps an alternative set from drifting away from its base.
 */
public final class RuleSetReader {

	public static final String SCHEMA = "parley.rules/1";
	private static final ObjectMapper JSON = Json.mapper();

	private RuleSetReader() {
	}

	/** Reads a whole set; a set that {@code "extends"} another finds its base in {@code bases}, by id. */
	public static RuleSet read(InputStream in, String origin, Function<String, Optional<RuleSet>> bases) throws IOException {
		JsonNode root = rulesFile(in, origin);
		String id = text(root, "id", origin);
		if (root.hasNonNull("extends")) {
			return extending(root, id, origin, bases);
		}
		return new RuleSet(id, root.path("version").asInt(1), root.path("name").asText(id),
				root.path("description").asText(), rules(root, origin), macros(root.path("macros")),
				root.path("caps"), root.path("benchmarks"), root.path("sources"));
	}

	/** Rules a plugin adds to an existing set: a file {@code {"schema": "parley.rules/1", "rules": [...]}}. */
	public static List<Rule> readRules(InputStream in, String origin) throws IOException {
		return rules(rulesFile(in, origin), origin);
	}

	private static RuleSet extending(JsonNode root, String id, String origin, Function<String, Optional<RuleSet>> bases)
			throws IOException {
		String baseId = root.get("extends").asText();
		RuleSet base = bases.apply(baseId).orElseThrow(() -> new IOException(origin + " extends rule set \"" + baseId
				+ "\", which is not registered"));
		List<String> unknown = RuleSetOverrides.unknownRules(base, root);
		if (!unknown.isEmpty()) {
			throw new IOException(origin + " changes rules that " + baseId + " does not have: " + String.join(", ", unknown));
		}
		try {
			return RuleSetOverrides.apply(base, root, id, root.path("version").asInt(base.version()),
					root.path("name").asText(id), root.path("description").asText(base.description()));
		} catch (IllegalArgumentException e) {
			throw new IOException(origin + ": " + e.getMessage(), e);
		}
	}

	private static JsonNode rulesFile(InputStream in, String origin) throws IOException {
		JsonNode root = JSON.readTree(in);
		if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
			throw new IOException(origin + " is not a Parley rules file (expected \"schema\": \"" + SCHEMA + "\")");
		}
		return root;
	}

	private static List<Rule> rules(JsonNode root, String origin) throws IOException {
		Set<RuleScope> scopes = new HashSet<>(List.of(RuleScope.CONTENT, RuleScope.CAMPAIGN));
		root.path("scopes").forEach(scope -> scopes.add(RuleScope.of(scope.asText(""))));
		List<Rule> rules = new ArrayList<>();
		for (JsonNode rule : root.path("rules")) {
			rules.add(rule(rule, origin, scopes));
		}
		return List.copyOf(rules);
	}

	/** @param scopes content, campaign and the scopes the file declares for its plugin's document kinds */
	private static Rule rule(JsonNode rule, String origin, Set<RuleScope> scopes) throws IOException {
		String id = text(rule, "id", origin);
		Set<MessageFormat> formats = EnumSet.noneOf(MessageFormat.class);
		for (JsonNode format : rule.path("formats")) {
			formats.add(MessageFormat.of(format.asText())
					.orElseThrow(() -> new IOException(origin + ": rule " + id + " names an unknown format " + format)));
		}
		List<String> fields = new ArrayList<>();
		// Interned: rules on the same field then share one pattern string, which a document's field cache finds by identity.
		rule.path("fields").forEach(field -> fields.add(field.asText().intern()));
		return new Rule(id, formats, constant(Severity.class, text(rule, "severity", origin), origin, id),
				text(rule, "check", origin), List.copyOf(fields), rule.path("label").asText(id), rule.path("params"),
				text(rule, "source", origin), rule.path("description").asText(),
				scope(rule.path("scope").asText("content"), scopes, origin, id));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String name, String origin, String ruleId) throws IOException {
		try {
			return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IOException(origin + ": rule " + ruleId + " has an unknown " + type.getSimpleName().toLowerCase(Locale.ROOT)
					+ " \"" + name + "\"", e);
		}
	}

	private static RuleScope scope(String name, Set<RuleScope> scopes, String origin, String ruleId) throws IOException {
		RuleScope scope = name.isBlank() ? null : RuleScope.of(name);
		if (!scopes.contains(scope)) {
			throw new IOException(origin + ": rule " + ruleId + " has an unknown scope \"" + name + "\" (the file's \"scopes\" declare "
					+ String.join(", ", scopes.stream().map(RuleScope::name).sorted().toList()) + ")");
		}
		return scope;
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
