package io.parley.model.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rule sets Parley knows: the two shipped with the model ({@code default} from the seeds and
 * {@code linkedin-help} with LinkedIn Help's alternative values), plus any a plugin registers. Plain
 * Java: the OSGi extension point only feeds {@link #register}.
 */
public final class RuleSets {

	public static final String DEFAULT = "default";
	private static final List<String> BUNDLED = List.of("default", "linkedin-help");
	private static final Map<String, RuleSet> SETS = new LinkedHashMap<>();

	static {
		for (String id : BUNDLED) {
			register(load("/rules/" + id + ".json"));
		}
	}

	private RuleSets() {
	}

	private static RuleSet load(String resource) {
		try (InputStream in = RuleSets.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("the model bundle lacks " + resource);
			}
			return RuleSetReader.read(in, resource, RuleSets::byId);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static synchronized void register(RuleSet ruleSet) {
		SETS.put(ruleSet.id(), ruleSet);
	}

	/** Adds a plugin's rules to a registered set; a rule whose id the set already has is replaced. */
	public static synchronized void addRules(String setId, List<Rule> added) {
		RuleSet set = byId(setId).orElseThrow(() -> new IllegalArgumentException("No rule set '" + setId + "' to add rules to"));
		List<Rule> rules = new ArrayList<>(set.rules());
		for (Rule rule : added) {
			rules.removeIf(existing -> existing.id().equals(rule.id()));
			rules.add(rule);
		}
		register(new RuleSet(set.id(), set.version(), set.name(), set.description(), List.copyOf(rules), set.macros(),
				set.caps(), set.benchmarks(), set.sources()));
	}

	public static synchronized List<RuleSet> all() {
		return new ArrayList<>(SETS.values());
	}

	public static synchronized Optional<RuleSet> byId(String id) {
		return Optional.ofNullable(SETS.get(id));
	}

	public static RuleSet defaultSet() {
		return byId(DEFAULT).orElseThrow();
	}

	/**
	 * A workspace's own values on top of a rule set: {@code {"rules": {"inmail.body.length":
	 * {"params": {"max": 2000}, "severity": "WARNING"}}, "caps": {"frequencyCapDays": 30}}}. Rules
	 * and values not named keep the base's.
	 *
	 * @throws IllegalArgumentException when an override names an unknown severity
	 */
	public static RuleSet withOverrides(RuleSet base, JsonNode overrides) {
		return RuleSetOverrides.apply(base, overrides, base.id() + "+workspace", base.version(),
				base.name() + " (with workspace overrides)", base.description());
	}
}
