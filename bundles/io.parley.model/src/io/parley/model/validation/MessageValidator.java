package io.parley.model.validation;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleScope;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;

/**
 * Checks a template or a flow against every rule of a rule set that applies to its format, and a
 * campaign against the rules on how its messages are sent. Works on the document tree so that
 * editors and scripts can check a document before it is saved.
 */
public final class MessageValidator {

	private final RuleSet ruleSet;
	private final MacroValues assumedMaximum;
	private final Map<MessageFormat, ValidationPlan> contentRules = new EnumMap<>(MessageFormat.class);
	private final Map<MessageFormat, ValidationPlan> campaignRules = new EnumMap<>(MessageFormat.class);

	/** Prepares the rule set's checks, as {@code catalog} has them, for every format once, so each document only runs them. */
	public MessageValidator(RuleCatalog catalog, RuleSet ruleSet) {
		this.ruleSet = ruleSet;
		this.assumedMaximum = MacroValues.assumedMaximum(ruleSet);
		for (MessageFormat format : MessageFormat.values()) {
			contentRules.put(format, new ValidationPlan(ruleSet.rulesFor(format, RuleScope.CONTENT), catalog));
			campaignRules.put(format, new ValidationPlan(ruleSet.rulesFor(format, RuleScope.CAMPAIGN), catalog));
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
		return check(contentRules.get(format), document, format, macroValues, file);
	}

	/** The rules on sending a message of the campaign's format: timing, recipients, sender limits. */
	public List<Diagnostic> validateCampaign(JsonNode campaign, MessageFormat format, Path file) {
		return check(campaignRules.get(format), campaign, format, assumedMaximum, file);
	}

	private List<Diagnostic> check(ValidationPlan plan, JsonNode document, MessageFormat format, MacroValues macroValues,
			Path file) {
		return plan.check(new CheckContext(document, format, ruleSet, macroValues, file, plan.patterns()));
	}
}
