package io.parley.model.validation.checks;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import io.parley.model.rules.Rule;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;
import io.parley.model.validation.RuleCheck;
import io.parley.model.validation.RuleCheckCatalog;

/** The checks the model's rule files name ({@code "check": "maxLength"}), listed for validation in META-INF/services. */
public final class BuiltInChecks implements RuleCheckCatalog {

	private final Map<String, RuleCheck> checks = new HashMap<>();

	public BuiltInChecks() {
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
		checks.put("bannerImage", BannerImageCheck::check);
		checks.put("sendTiming", CampaignRuleChecks::sendTiming);
		checks.put("maxProspects", CampaignRuleChecks::maxProspects);
		checks.put("prospectColumn", CampaignRuleChecks::prospectColumn);
		checks.put("monthlyLimit", CampaignRuleChecks::monthlyLimit);
		checks.put("inMailCredits", CampaignRuleChecks::inMailCredits);
		checks.put("buttonCount", FlowChecks::buttonCount);
		checks.put("openingButtonCount", FlowChecks::openingButtonCount);
		checks.put("buttonAction", FlowChecks::buttonAction);
		checks.put("notInterested", FlowChecks::notInterested);
		checks.put("flowTerminal", FlowChecks::terminal);
		checks.put("flowDangling", FlowChecks::dangling);
		checks.put("flowUnreachable", FlowChecks::unreachable);
		checks.put("flowCycle", FlowChecks::cycle);
		checks.put("flowDepth", FlowChecks::depth);
	}

	@Override
	public Map<String, RuleCheck> checks() {
		return checks;
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

	private void prepared(String name, BiFunction<Rule, FieldPatterns, PreparedCheck> preparation) {
		checks.put(name, new Prepared(preparation));
	}
}
