package io.parley.core.rules;

import java.nio.file.Path;

import io.parley.core.preferences.ParleyPreferences;
import io.parley.model.rules.RuleSet;
import io.parley.model.validation.FileValidator;
import io.parley.model.validation.RuleCatalog;

/**
 * The rule set the user chose in the preferences, with the rules plugins contribute; while a script
 * runs, the rules of its workspace.
 */
public final class ActiveRuleSet {

	private static final ThreadLocal<RuleSet> IN_FORCE = new ThreadLocal<>();

	private ActiveRuleSet() {
	}

	/** The chosen rule set or, on a thread working {@link #inForce for one workspace}, that workspace's. */
	public static RuleSet get() {
		RuleSet inForce = IN_FORCE.get();
		if (inForce != null) {
			return inForce;
		}
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

	/**
	 * Makes {@code rules} what {@link #get()} answers on this thread until the returned scope closes:
	 * a script's run sets its workspace's rules, so that what a plugin's module computes for the script
	 * (a sequence's plan) follows that workspace's {@code parley.rules.json} as its checks do.
	 */
	public static InForce inForce(RuleSet rules) {
		RuleSet before = IN_FORCE.get();
		IN_FORCE.set(rules);
		return () -> IN_FORCE.set(before);
	}

	/** The scope of {@link #inForce(RuleSet)}; closing it gives back the rules in force before. */
	public interface InForce extends AutoCloseable {
		@Override
		void close();
	}
}
