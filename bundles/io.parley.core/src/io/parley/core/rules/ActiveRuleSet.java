package io.parley.core.rules;

import java.nio.file.Path;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/** The rule set the user chose in the preferences, with the rules plugins contribute. */
public final class ActiveRuleSet {

	private ActiveRuleSet() {
	}

	public static RuleSet get() {
		RuleCatalog catalog = RuleRegistry.getDefault().catalog();
		return catalog.ruleSet(ParleyPreferences.get(ParleyPreferences.RULE_SET)).orElseGet(catalog::defaultSet);
	}

	/**
	 * The rules for {@code file}: the chosen set, or what a {@code parley.rules.json} beside the file
	 * makes of it (another set, values of its own such as {@code "caps": {"weeklyInvitations": 80}}).
	 * The checks of a document follow these, and so must what acts on it (a plan, an export).
	 */
	public static RuleSet forFile(Path file) {
		return forFile(file, get());
	}

	/** {@link #forFile(Path)} from {@code chosen} rather than the preferences' set ({@code parley validate --rule-set}). */
	public static RuleSet forFile(Path file, RuleSet chosen) {
		return new FileValidator(RuleRegistry.getDefault().catalog(), chosen).rulesFor(file);
	}
}
