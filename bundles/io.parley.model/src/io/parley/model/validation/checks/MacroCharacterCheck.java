package io.parley.model.validation.checks;

import java.util.ArrayList;
import java.util.List;

import io.parley.model.rules.Rule;
import io.parley.model.text.MacroValues;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.DocumentFacts;
import io.parley.model.validation.Field;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;

/**
 * A macro whose value, for some people of the attached prospect list, holds a character they would
 * not read as text: a line break inside a name splits the subject line, a right-to-left override
 * turns the rest of the message around. Said before the message is sent, with the first such row.
 */
public final class MacroCharacterCheck {

	private MacroCharacterCheck() {
	}

	public static PreparedCheck check(Rule rule, FieldPatterns patterns) {
		PreparedCheck eachField = PreparedCheck.eachTextField(patterns.of(rule), (context, field) -> report(rule, context, field));
		return context -> {
			if (DocumentFacts.macroValues(context).people() > 0) {
				eachField.check(context);
			}
		};
	}

	private static void report(Rule rule, CheckContext context, Field field) {
		List<String> reported = new ArrayList<>(2);
		List<MessageText.Match> macros = DocumentFacts.facts(context, field).macros();
		for (int m = 0; m < macros.size(); m++) {
			MessageText.Match macro = macros.get(m);
			MacroValues.Hidden hidden = DocumentFacts.macroValues(context).hiddenFor(macro.text());
			if (hidden != null && !reported.contains(macro.text())) {
				reported.add(macro.text());
				context.report(rule, macro.text() + " holds " + hidden.first() + (hidden.people() > 1 ? " (and for "
						+ TextChecks.grouped(hidden.people() - 1) + (hidden.people() == 2 ? " more prospect)" : " more prospects)") : "") + "; the message would show it"
						+ " as it is: correct the list", field.pointer(), macro.start(), macro.end());
			}
		}
	}
}
