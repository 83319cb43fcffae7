package io.parley.core.preferences;

import org.eclipse.core.runtime.Platform;

/** Parley's defaults for new documents and checks, kept in the workspace's instance preferences. */
public final class ParleyPreferences {

	public static final String QUALIFIER = "io.parley.core";
	/** Id of the rule set documents are checked against unless they name one. */
	public static final String RULE_SET = "ruleSet";
	/** Sender put into new templates and flows. */
	public static final String DEFAULT_SENDER = "defaultSender";
	/** Currency of new budgets (ISO 4217). */
	public static final String DEFAULT_CURRENCY = "defaultCurrency";

	static final String DEFAULT_RULE_SET = "default";
	static final String DEFAULT_CURRENCY_CODE = "USD";

	private ParleyPreferences() {
	}

	public static String get(String key) {
		return Platform.getPreferencesService().getString(QUALIFIER, key, "", null);
	}
}
