package io.parley.core.rules;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.model.rules.RuleSet;
import io.parley.model.rules.RuleSets;

/** The rule set the user chose in the preferences, with the rules plugins contribute. */
public final class ActiveRuleSet {

	private ActiveRuleSet() {
	}

	public static RuleSet get() {
		return RuleSets.byId(ParleyPreferences.get(ParleyPreferences.RULE_SET)).orElseGet(RuleSets::defaultSet);
	}
}
