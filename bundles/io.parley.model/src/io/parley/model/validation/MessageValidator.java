package io.parley.model.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;

/**
 * Checks a template or a flow against every rule of a rule set that applies to its format. Works on
 * the document tree so that editors and scripts can check a document before it is saved.
 */
public final class MessageValidator {

	private final RuleSet ruleSet;
	private final MacroValues assumedMaximum;
	private final Map<MessageFormat, List<Rule>> rulesByFormat = new EnumMap<>(MessageFormat.class);

	public MessageValidator(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
		this.assumedMaximum = MacroValues.assumedMaximum(ruleSet);
		for (MessageFormat format : MessageFormat.values()) {
			rulesByFormat.put(format, ruleSet.rulesFor(format));
		}
	}

	public List<Diagnostic> validate(JsonNode document, MessageFormat format) {
		return validate(document, format, assumedMaximum);
	}

	public List<Diagnostic> validate(JsonNode document, MessageFormat format, MacroValues macroValues) {
		CheckContext context = new CheckContext(document, format, ruleSet, macroValues);
		for (Rule rule : rulesByFormat.get(format)) {
			RuleCheck check = RuleChecks.byName(rule.check()).orElse((r, c) -> c.report(r,
					"Rule " + r.id() + " names a check \"" + r.check() + "\" that no installed plugin provides", ""));
			check.check(rule, context);
		}
		return context.diagnostics();
	}
}
