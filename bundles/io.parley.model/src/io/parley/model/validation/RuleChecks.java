package io.parley.model.validation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.parley.model.validation.checks.BannerImageCheck;
import io.parley.model.validation.checks.CallToActionCheck;
import io.parley.model.validation.checks.CampaignRuleChecks;
import io.parley.model.validation.checks.FlowChecks;
import io.parley.model.validation.checks.MacroGapCheck;
import io.parley.model.validation.checks.TextChecks;

/** The kinds of check a rule can name, by name. Plugins register their own kinds beside these. */
public final class RuleChecks {

	private static final Map<String, RuleCheck> CHECKS = new HashMap<>();

	static {
		register("maxLength", TextChecks::maxLength);
		register("maxLengthForAccount", TextChecks::maxLengthForAccount);
		register("required", TextChecks::required);
		register("absent", TextChecks::absent);
		register("maxEmojis", TextChecks::maxEmojis);
		register("maxLinks", TextChecks::maxLinks);
		register("linkLength", TextChecks::linkLength);
		register("noHtml", TextChecks::noHtml);
		register("maxMacros", TextChecks::maxMacros);
		register("macroGaps", MacroGapCheck::check);
		register("genericPhrases", TextChecks::genericPhrases);
		register("ctaDestination", CallToActionCheck::check);
		register("maxButtons", CallToActionCheck::maxButtons);
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

	public static synchronized void register(String name, RuleCheck check) {
		CHECKS.put(name, check);
	}

	public static synchronized Optional<RuleCheck> byName(String name) {
		return Optional.ofNullable(CHECKS.get(name));
	}
}
