package io.parley.model.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSetReader;

/**
 * The rule sets Parley knows and the checks their rules name, made once and never changed: the
 * model's own ({@link #builtIn()}: {@code default} from the seeds, {@code linkedin-help} with LinkedIn
 * Help's alternative values, the checks of its {@link RuleCheckCatalog}s), or those with what plugins
 * add ({@link #toBuilder()}; the studio's is read from the {@code io.parley.core.rules} extension
 * point). Whoever checks documents is handed the catalog whose checks to run. Not API: plugins
 * contribute to the catalog, they are not given it.
 */
public final class RuleCatalog {

	public static final String DEFAULT_SET = "default";
	private static final List<String> BUNDLED = List.of(DEFAULT_SET, "linkedin-help");
	private static RuleCatalog builtIn;

	private final Map<String, RuleSet> sets;
	private final Map<String, RuleCheck> checks;

	private RuleCatalog(Map<String, RuleSet> sets, Map<String, RuleCheck> checks) {
		this.sets = Collections.unmodifiableMap(new LinkedHashMap<>(sets));
		this.checks = Map.copyOf(checks);
	}

	/** The model's own rule sets and checks, read on first use. */
	public static synchronized RuleCatalog builtIn() {
		if (builtIn == null) {
			Builder model = new Builder(new LinkedHashMap<>(), new HashMap<>());
			for (RuleCheckCatalog catalog : ServiceLoader.load(RuleCheckCatalog.class, RuleCatalog.class.getClassLoader())) {
				catalog.checks().forEach(model::addCheck);
			}
			for (String id : BUNDLED) {
				model.addSet(bundled("/rules/" + id + ".json", model));
			}
			builtIn = model.build();
		}
		return builtIn;
	}

	private static RuleSet bundled(String resource, Builder sets) {
		try (InputStream in = RuleCatalog.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("the model bundle lacks " + resource);
			}
			return RuleSetReader.read(in, resource, sets::ruleSet);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A catalog with everything of this one, to add to. */
	public Builder toBuilder() {
		return new Builder(new LinkedHashMap<>(sets), new HashMap<>(checks));
	}

	/** Every set, the model's first, in the order they were added. */
	public List<RuleSet> ruleSets() {
		return List.copyOf(sets.values());
	}

	public Optional<RuleSet> ruleSet(String id) {
		return Optional.ofNullable(sets.get(id));
	}

	public RuleSet defaultSet() {
		return sets.get(DEFAULT_SET);
	}

	/** The check a rule names in {@code "check"}. */
	public Optional<RuleCheck> check(String name) {
		return Optional.ofNullable(checks.get(name));
	}

	/** What goes into a new catalog; a set or check with a name already taken replaces it. */
	public static final class Builder {

		private final Map<String, RuleSet> sets;
		private final Map<String, RuleCheck> checks;

		private Builder(Map<String, RuleSet> sets, Map<String, RuleCheck> checks) {
			this.sets = sets;
			this.checks = checks;
		}

		public Builder addCheck(String name, RuleCheck check) {
			checks.put(name, check);
			return this;
		}

		public Builder addSet(RuleSet ruleSet) {
			sets.put(ruleSet.id(), ruleSet);
			return this;
		}

		/** Adds rules to a set added before; a rule whose id the set already has is replaced. */
		public Builder addRules(String setId, List<Rule> added) {
			RuleSet set = ruleSet(setId).orElseThrow(() -> new IllegalArgumentException("No rule set '" + setId + "' to add rules to"));
			List<Rule> rules = new ArrayList<>(set.rules());
			for (Rule rule : added) {
				rules.removeIf(existing -> existing.id().equals(rule.id()));
				rules.add(rule);
			}
			return addSet(new RuleSet(set.id(), set.version(), set.name(), set.description(), List.copyOf(rules), set.macros(),
					set.caps(), set.benchmarks(), set.sources()));
		}

		/** A set added so far, such as the base a set file {@code "extends"}. */
		public Optional<RuleSet> ruleSet(String id) {
			return Optional.ofNullable(sets.get(id));
		}

		public List<String> setIds() {
			return List.copyOf(sets.keySet());
		}

		public RuleCatalog build() {
			return new RuleCatalog(sets, checks);
		}
	}
}
