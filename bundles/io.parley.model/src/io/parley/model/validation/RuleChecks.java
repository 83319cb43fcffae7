package io.parley.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The kinds of check a rule can name, by name: the model's own, from its {@link RuleCheckCatalog}s,
 * and those plugins register beside them.
 */
public final class RuleChecks {

	private static final Map<String, RuleCheck> CHECKS = new HashMap<>();

	static {
		for (RuleCheckCatalog catalog : ServiceLoader.load(RuleCheckCatalog.class, RuleChecks.class.getClassLoader())) {
			CHECKS.putAll(catalog.checks());
		}
	}

	private RuleChecks() {
	}

	public static synchronized void register(String name, RuleCheck check) {
		CHECKS.put(name, check);
	}

	public static synchronized Optional<RuleCheck> byName(String name) {
		return Optional.ofNullable(CHECKS.get(name));
	}
}
