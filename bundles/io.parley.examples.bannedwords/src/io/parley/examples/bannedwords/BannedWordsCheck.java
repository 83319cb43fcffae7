package io.parley.examples.bannedwords;

import java.util.Locale;

import io.parley.model.rules.Rule;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.Field;
import io.parley.model.validation.RuleCheck;

/** Flags each listed word in a message's text, with its range, so the editor can select it. */
public class BannedWordsCheck implements RuleCheck {

	/** "Body" for /body, "Text" for /messages/2/text: the field's own name, capitalised. */
	private static String fieldLabel(Field field) {
		String last = field.pointer().substring(field.pointer().lastIndexOf('/') + 1);
		return Character.toUpperCase(last.charAt(0)) + last.substring(1);
	}

	@Override
	public void check(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			for (Field field : context.fields(pattern)) {
				String text = field.text().toLowerCase(Locale.ROOT);
				for (String word : rule.listParam("words")) {
					int at = text.indexOf(word.toLowerCase(Locale.ROOT));
					if (at >= 0) {
						int start = field.text().codePointCount(0, at);
						context.report(rule, field.name(fieldLabel(field)) + " uses \"" + word + "\", which legal does not allow",
								field.pointer(), start, start + word.codePointCount(0, word.length()));
					}
				}
			}
		}
	}
}
