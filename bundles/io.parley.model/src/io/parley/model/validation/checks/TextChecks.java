package io.parley.model.validation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.rules.Rule;
import io.parley.model.text.Expansion;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.Field;
import io.parley.model.validation.Severity;

/** Checks of text fields: lengths after macro expansion, presence, emojis, links, markup, macros. */
public final class TextChecks {

	private TextChecks() {
	}

	public static void maxLength(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				Expansion expansion = context.expansion(field);
				if (expansion.length() > max) {
					String message = field.name(rule.label()) + " is " + expansion.length() + " characters; "
							+ limit(rule, context, max) + worstCase(expansion);
					context.report(rule, message, field.pointer(), expansion.rawOffsetPast(max), context.facts(field).length());
				}
			}
		}
	}

	/**
	 * A length limit for senders of one kind of account only ({@code "senderAccount": "FREE"}: a
	 * free account's connection notes stop at 200 characters where others have 300).
	 */
	public static void maxLengthForAccount(Rule rule, CheckContext context) {
		if (context.senderAccount().equalsIgnoreCase(rule.textParam("senderAccount"))) {
			maxLength(rule, context);
		}
	}

	private static String limit(Rule rule, CheckContext context, int max) {
		String hint = rule.textParam("hint");
		String account = rule.textParam("senderAccount").toLowerCase(Locale.ROOT);
		if (!account.isEmpty()) {
			return context.format().plural() + " from " + article(account) + " " + account + " account allow " + grouped(max);
		}
		if (rule.severity() == Severity.ERROR || hint.isEmpty()) {
			return context.format().plural() + " allow " + grouped(max);
		}
		return hint;
	}

	/** 1500 as "1,500", like {@code String.format("%,d")} but without a Formatter for every message. */
	static String grouped(long number) {
		String digits = Long.toString(number);
		StringBuilder grouped = new StringBuilder(digits.length() + 6);
		int first = number < 0 ? 1 : 0;
		for (int i = 0; i < digits.length(); i++) {
			if (i > first && (digits.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	private static String worstCase(Expansion expansion) {
		return expansion.hasMacros() ? " (worst case, with " + String.join(" and ", expansion.origins()) + ")" : "";
	}

	public static void required(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			if (!anyFilled(context.fields(pattern))) {
				context.report(rule, context.format().plural() + " need " + article(rule.label()) + " " + rule.label().toLowerCase(Locale.ROOT), pattern);
			}
		}
	}

	private static boolean anyFilled(List<Field> fields) {
		for (Field field : fields) {
			if (!field.text().isBlank()) {
				return true;
			}
		}
		return false;
	}

	public static void absent(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			for (Field field : context.fields(pattern)) {
				if (!field.value().isValueNode() || !field.text().isBlank()) {
					context.report(rule, context.format().plural() + " have no " + rule.label().toLowerCase(Locale.ROOT)
							+ suffix(rule.textParam("hint")), field.pointer());
				}
			}
		}
	}

	public static void maxEmojis(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				int emojis = context.facts(field).emojis();
				if (emojis > max) {
					context.report(rule, field.name(rule.label()) + " has " + emojis + " emojis; " + context.format().plural()
							+ " allow " + max, field.pointer());
				}
			}
		}
	}

	public static void maxLinks(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				List<MessageText.Match> links = context.facts(field).links();
				if (links.size() > max) {
					MessageText.Match extra = links.get(max);
					context.report(rule, field.name(rule.label()) + " has " + links.size() + " links; " + context.format().plural()
							+ " allow " + max, field.pointer(), extra.start(), links.get(links.size() - 1).end());
				}
			}
		}
	}

	public static void linkLength(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				for (MessageText.Match link : context.facts(field).links()) {
					int length = link.end() - link.start();
					if (length > max) {
						context.report(rule, "A link in " + field.name(rule.label()).toLowerCase(Locale.ROOT) + " is " + length
								+ " characters; " + context.format().plural() + " allow links of " + max, field.pointer(), link.start(), link.end());
					}
				}
			}
		}
	}

	public static void noHtml(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				for (MessageText.Match tag : context.facts(field).tags()) {
					context.report(rule, field.name(rule.label()) + " contains HTML markup " + tag.text()
							+ "; LinkedIn messages are plain text", field.pointer(), tag.start(), tag.end());
				}
			}
		}
	}

	public static void maxMacros(Rule rule, CheckContext context) {
		int max = rule.intParam("max");
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				List<MessageText.Match> macros = context.facts(field).macros();
				if (macros.size() > max) {
					context.report(rule, field.name(rule.label()) + " uses " + macros.size()
							+ " personalization fields; more than " + max + " feels robotic", field.pointer(),
							macros.get(max).start(), macros.get(macros.size() - 1).end());
				}
			}
		}
	}

	public static void genericPhrases(Rule rule, CheckContext context) {
		for (String pattern : rule.fields()) {
			for (Field field : context.textFields(pattern)) {
				String subject = withoutTrailingPunctuation(field.text());
				for (JsonNode phrase : rule.params().path("phrases")) {
					if (subject.equalsIgnoreCase(phrase.asText())) {
						context.report(rule, field.name(rule.label()) + " \"" + field.text().strip()
								+ "\" is generic; a specific subject gets more opens", field.pointer());
					}
				}
			}
		}
	}

	private static String withoutTrailingPunctuation(String text) {
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".,!?;:…".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return text.substring(0, end).strip();
	}

	/** The rule's fields that hold text, for checks that take them all at once. */
	static List<Field> textFields(Rule rule, CheckContext context) {
		List<Field> texts = new ArrayList<>(2);
		for (String pattern : rule.fields()) {
			texts.addAll(context.textFields(pattern));
		}
		return texts;
	}

	private static String article(String word) {
		return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
	}

	private static String suffix(String hint) {
		return hint.isEmpty() ? "" : "; " + hint;
	}
}
