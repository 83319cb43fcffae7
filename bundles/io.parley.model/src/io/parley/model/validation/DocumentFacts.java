package io.parley.model.validation;

import java.util.Optional;

import io.parley.model.files.ProspectSource;
import io.parley.model.flow.ConversationFlow;
import io.parley.model.flow.FlowAnalysis;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.Expansion;
import io.parley.model.text.MacroValues;
import io.parley.model.text.TextFacts;

/**
 * What a {@link CheckContext} finds once per document for the model's own checks: the rule set,
 * the macros' worst case, each field's text facts and length after its macros, the flow, the
 * campaign's prospect list. Kept off {@link CheckContext}, which plugins are promised, because these
 * types are the model's own and change with it. Not API: public only for the model's checks, in the
 * internal package above this one.
 */
public final class DocumentFacts {

	private DocumentFacts() {
	}

	public static RuleSet ruleSet(CheckContext context) {
		return context.ruleSet();
	}

	public static MacroValues macroValues(CheckContext context) {
		return context.macroValues();
	}

	/** The text facts of a field, found once however many rules ask. */
	public static TextFacts facts(CheckContext context, Field field) {
		return context.facts(field);
	}

	/** The field's length after its macros take the document's worst-case values, found once for all length rules. */
	public static Expansion expansion(CheckContext context, Field field) {
		return context.expansion(field);
	}

	public static ConversationFlow flow(CheckContext context) {
		return context.flow();
	}

	public static FlowAnalysis flowAnalysis(CheckContext context) {
		return context.flowAnalysis();
	}

	/** The prospect list of the campaign's audience, when the document is a campaign that has one. */
	public static Optional<ProspectSource> campaignProspects(CheckContext context) {
		return context.campaignProspects();
	}

	/** What one pass over the campaign's prospect list found, when every row of it can be read. */
	public static Optional<ProspectListFacts> campaignProspectFacts(CheckContext context) {
		return context.campaignProspectFacts();
	}
}
