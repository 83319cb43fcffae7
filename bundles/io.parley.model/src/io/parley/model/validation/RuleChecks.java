package io.parley.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.parley.model.rules.Rule;

import io.parley.model.validation.checks.BannerImageCheck;
import io.parley.model.validation.checks.CallToActionCheck;
import io.parley.model.validation.checks.CampaignRuleChecks;
import io.parley.model.validation.checks.FlowChecks;
import io.parley.model.validation.checks.MacroCharacterCheck;
import io.parley.model.validation.checks.MacroGapCheck;
import io.parley.model.validation.checks.TextChecks;

/** The kinds of check a rule can name, by name. Plugins register their own kinds beside these. */
public final class RuleChecks {

	private static final Map<String, RuleCheck> CHECKS = new HashMap<>();

	static {
		prepared("maxLength", TextChecks::maxLength);
		prepared("maxLengthForAccount", TextChecks::maxLengthForAccount);
		prepared("required", TextChecks::required);
		prepared("absent", TextChecks::absent);
		prepared("maxEmojis", TextChecks::maxEmojis);
		prepared("maxLinks", TextChecks::maxLinks);
		prepared("linkLength", TextChecks::linkLength);
		prepared("noHtml", TextChecks::noHtml);
		prepared("maxMacros", TextChecks::maxMacros);
		prepared("macroGaps", MacroGapCheck::check);
		prepared("macroCharacters", MacroCharacterCheck::check);
		prepared("genericPhrases", TextChecks::genericPhrases);
		prepared("ctaDestination", CallToActionCheck::check);
		prepared("maxButtons", CallToActionCheck::maxButtons);
		register("bannerImage", BannerImageCheck::check);
		register("sendTiming", CampaignRuleChecks::sendTiming);
		register("maxProspects", CampaignRuleChecks::maxProspects);
		register("prospectColumn", CampaignRuleChecks::prospectColumn);
		register("monthlyLimit", CampaignRuleChecks::monthlyLimit);
		register("inMailCredits", CampaignRuleChecks::inMailCredits);
		register("buttonCount", FlowChecks::buttonCount);
		register("openingButtonCount", FlowChecks::openingButtonCount);
		register("buttonAction", FlowChecks::buttonAction);
		register("notInterested", FlowChecks::notInterested);
		register("flowTerminal", FlowChecks::terminal);
		register("flowDangling", FlowChecks::dangling);
		register("flowUnreachable", FlowChecks::unreachable);
		register("flowCycle", FlowChecks::cycle);
		register("flowDepth", FlowChecks::depth);
	}

	private RuleChecks() {
	}

	/**
	 * A check written as its preparation ({@link RuleCheck#prepare}); asked to check a rule directly,
	 * it prepares the rule on the spot.
	 */
	private record Prepared(BiFunction<Rule, FieldPatterns, PreparedCheck> preparation) implements RuleCheck {

		@Override
		public void check(Rule rule, CheckContext context) {
			prepare(rule, new FieldPatterns()).check(context);
		}

		@Override
		public PreparedCheck prepare(Rule rule, FieldPatterns patterns) {
			return preparation.apply(rule, patterns);
		}
	}

	private static void prepared(String name, BiFunction<Rule, FieldPatterns, PreparedCheck> preparation) {
		register(name, new Prepared(preparation));
	}

	public static synchronized void register(String name, RuleCheck check) {
		CHECKS.put(name, check);
	}

	public static synchronized Optional<RuleCheck> byName(String name) {
		return Optional.ofNullable(CHECKS.get(name));
	}
}
