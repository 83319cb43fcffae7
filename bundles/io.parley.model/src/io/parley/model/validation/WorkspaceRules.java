package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.json.Json;
import io.parley.model.rules.RuleSet;

/**
 * A campaign workspace's own choice of rules: a {@code parley.rules.json} beside its documents may
 * pick another rule set ({@code "ruleSet": "linkedin-help"}) and override single values
 * ({@code "rules": {"inmail.body.length": {"params": {"max": 2000}}}}, {@code "caps": {...}}), in
 * the format of {@link RuleSet#withOverrides}.
 */
final class WorkspaceRules {

	static final String FILE_NAME = "parley.rules.json";
	/** What a settings file may override; a file that picks a set and overrides nothing gets that set itself. */
	private static final List<String> OVERRIDES = List.of("rules", "caps", "benchmarks", "sources", "macros");

	private WorkspaceRules() {
	}

	/** @param catalog the sets the file may pick by id */
	static RuleSet forFolder(Path folder, RuleSet fallback, RuleCatalog catalog) {
		Path file = folder == null ? null : folder.resolve(FILE_NAME);
		if (file == null || !Files.isRegularFile(file)) {
			return fallback;
		}
		try {
			JsonNode settings = Json.mapper().readTree(file.toFile());
			RuleSet base = catalog.ruleSet(settings.path("ruleSet").asText("")).orElse(fallback);
			return OVERRIDES.stream().anyMatch(settings::has) ? base.withOverrides(settings) : base;
		} catch (IOException | RuntimeException e) {
			// a broken settings file must not stop validation: the studio's chosen rule set still applies
			return fallback;
		}
	}
}
