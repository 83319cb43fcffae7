package io.parley.sequences;

import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageText;

/** The length of a message as its longest reader sees it: each macro at the rule set's longest value. */
public final class WorstCase {

	private WorstCase() {
	}

	public static int length(String text, RuleSet ruleSet) {
		int length = text.codePointCount(0, text.length());
		for (MessageText.Match macro : MessageText.macros(text)) {
			Macro known = ruleSet.macros().get(macro.text());
			if (known != null) {
				length += known.maxLength() - (macro.end() - macro.start());
			}
		}
		return length;
	}
}
