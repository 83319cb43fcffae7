package io.parley.model.validation.checks;

import java.util.ArrayList;
import java.util.List;

import io.parley.model.rules.Rule;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.DocumentFacts;
import io.parley.model.validation.Field;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;

/**
 * A macro whose column is empty for some people of the attached prospect list. LinkedIn's macros
 * have no fallback value, so those people read a gap ("Hi ,"): the warning says how many and shows
 * what they will read, so the user can fill the list or reword the message.
 */
public final class MacroGapCheck {

	private MacroGapCheck() {
	}

	public static PreparedCheck check(Rule rule, FieldPatterns patterns) {
		PreparedCheck eachField = PreparedCheck.eachTextField(patterns.of(rule), (context, field) -> reportGaps(rule, context, field));
		return context -> {
			if (DocumentFacts.macroValues(context).people() > 0) {
				eachField.check(context);
			}
		};
	}

	private static void reportGaps(Rule rule, CheckContext context, Field field) {
		long people = DocumentFacts.macroValues(context).people();
		List<String> reported = new ArrayList<>(2);
		List<MessageText.Match> macros = DocumentFacts.facts(context, field).macros();
		for (int m = 0; m < macros.size(); m++) {
			MessageText.Match macro = macros.get(m);
			long empty = DocumentFacts.macroValues(context).emptyFor(macro.text());
			if (empty > 0 && !reported.contains(macro.text())) {
				reported.add(macro.text());
				context.report(rule, macro.text() + " is empty for " + TextChecks.grouped(empty) + " of "
						+ TextChecks.grouped(people) + " prospects; they will read \"" + gapped(field.text(), macro) + "\"",
						field.pointer(), macro.start(), macro.end());
			}
		}
	}

	/** The words around the macro as a person without a value reads them: "Hi %FIRSTNAME%, join" → "Hi ,". */
	static String gapped(String text, MessageText.Match macro) {
		int start = text.offsetByCodePoints(0, macro.start());
		int end = text.offsetByCodePoints(start, macro.end() - macro.start());
		int from = start;
		while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
			from--;
		}
		int until = end;
		while (until < text.length() && !Character.isWhitespace(text.charAt(until))) {
			until++;
		}
		return text.substring(from, start) + text.substring(end, until);
	}
}
