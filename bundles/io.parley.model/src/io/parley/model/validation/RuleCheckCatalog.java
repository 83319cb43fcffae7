package io.parley.model.validation;

import java.util.Map;

/**
 * Named checks a package brings for rules to name, found by {@link RuleCatalog#builtIn()} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services}), so validation runs the model's own
 * checks without depending on the package that holds them. Plugins add theirs through the
 * {@code io.parley.core.rules} extension point instead. Not API.
 */
public interface RuleCheckCatalog {

	/** The checks by the name rules give in {@code "check"}. */
	Map<String, RuleCheck> checks();
}
