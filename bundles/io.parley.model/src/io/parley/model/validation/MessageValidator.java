package io.parley.model.validation;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleScope;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;

/**
 * Checks a template or a flow against every rule of a rule set that applies to its format, and a
 * campaign against the rules on how its messages are sent. Works on the document tree so that
 * editors and scripts can check a document before it is saved.
 */
public final class MessageValidator {

	private static final RuleCheck MISSING_CHECK = (rule, context) -> context.report(rule,
			"Rule " + rule.id() + " names a check \"" + rule.check() + "\" that no installed plugin provides", "");

	private record CheckedRule(Rule rule, RuleCheck check) {
	}

	private final RuleSet ruleSet;
	private final MacroValues assumedMaximum;
	private final Map<MessageFormat, List<CheckedRule>> contentRules = new EnumMap<>(MessageFormat.class);
	private final Map<MessageFormat, List<CheckedRule>> campaignRules = new EnumMap<>(MessageFormat.class);

	public MessageValidator(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
		this.assumedMaximum = MacroValues.assumedMaximum(ruleSet);
		for (MessageFormat format : MessageFormat.values()) {
			contentRules.put(format, withChecks(ruleSet.rulesFor(format, RuleScope.CONTENT)));
			campaignRules.put(format, withChecks(ruleSet.rulesFor(format, RuleScope.CAMPAIGN)));
		}
	}

	public List<Diagnostic> validate(JsonNode document, MessageFormat format) {
		return validate(document, format, assumedMaximum);
	}

	public List<Diagnostic> validate(JsonNode document, MessageFormat format, MacroValues macroValues) {
		return validate(document, format, macroValues, null);
	}

	/** @param file the document's file, so rules can find the files it names; null for an unsaved document */
	public List<Diagnostic> validate(JsonNode document, MessageFormat format, MacroValues macroValues, Path file) {
		return check(contentRules.get(format), new CheckContext(document, format, ruleSet, macroValues, file));
	}

	/** The rules on sending a message of the campaign's format: timing, recipients, sender limits. */
	public List<Diagnostic> validateCampaign(JsonNode campaign, MessageFormat format, Path file) {
		return check(campaignRules.get(format), new CheckContext(campaign, format, ruleSet, assumedMaximum, file));
	}

	private static List<Diagnostic> check(List<CheckedRule> rules, CheckContext context) {
		for (CheckedRule rule : rules) {
			try {
				rule.check().check(rule.rule(), context);
			} catch (RuntimeException e) {
				context.reportFailure(rule.rule(), e);
			}
		}
		return context.diagnostics();
	}

	/** Each rule with its check, looked up once per validator rather than once per document. */
	private static List<CheckedRule> withChecks(List<Rule> rules) {
		return rules.stream().map(rule -> new CheckedRule(rule, RuleChecks.byName(rule.check()).orElse(MISSING_CHECK))).toList();
	}
}
