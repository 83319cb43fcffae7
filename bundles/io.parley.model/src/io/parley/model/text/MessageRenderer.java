package io.parley.model.text;

import java.util.ArrayList;
import java.util.List;

import io.parley.model.files.Prospect;
import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;

/** A message as one recipient reads it: macros replaced by the prospect's values. */
public final class MessageRenderer {

	private final RuleSet ruleSet;

	public MessageRenderer(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	public String render(String text, Prospect prospect) {
		StringBuilder rendered = new StringBuilder(text.length() + 32);
		int from = 0;
		for (MessageText.Match macro : MessageText.macros(text)) {
			int start = text.offsetByCodePoints(0, macro.start());
			rendered.append(text, from, start).append(valueOf(macro.text(), prospect));
			from = text.offsetByCodePoints(0, macro.end());
		}
		return rendered.append(text, from, text.length()).toString();
	}

	/** Macros the prospect has no value for: each leaves a gap such as "Hi ," in the message. */
	public List<String> gaps(String text, Prospect prospect) {
		List<String> gaps = new ArrayList<>();
		for (MessageText.Match macro : MessageText.macros(text)) {
			Macro known = ruleSet.macros().get(macro.text());
			if (known != null && prospect.value(known.column()).isEmpty() && !gaps.contains(macro.text())) {
				gaps.add(macro.text());
			}
		}
		return gaps;
	}

	private String valueOf(String token, Prospect prospect) {
		Macro macro = ruleSet.macros().get(token);
		return macro == null ? token : prospect.value(macro.column());
	}
}
