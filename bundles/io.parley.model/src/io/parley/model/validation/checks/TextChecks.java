package io.parley.model.validation.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.Rule;
import io.parley.model.rules.Severity;
import io.parley.model.text.Expansion;
import io.parley.model.text.MessageText;
import io.parley.model.validation.CheckContext;
import io.parley.model.validation.DocumentFacts;
import io.parley.model.validation.Field;
import io.parley.model.validation.FieldPattern;
import io.parley.model.validation.FieldPatterns;
import io.parley.model.validation.PreparedCheck;

/**
 * Checks of text fields: lengths after macro expansion, presence, emojis, links, markup, macros.
 * The lists are walked by index: an iterator for each, of each field of each rule, was measurable
 * in checking a Message Ad.
 */
public final class TextChecks {

	private TextChecks() {
	}

	public static PreparedCheck maxLength(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		Limit limit = new Limit(rule, max);
		return PreparedCheck.eachTextField(patterns.of(rule), (context, field) -> checkLength(rule, context, field, limit));
	}

	/**
	 * A length limit for senders of one kind of account only ({@code "senderAccount": "FREE"}: a
	 * free account's connection notes stop at 200 characters where others have 300). Its maximum is
	 * read only for such a sender, as a rule without one breaks only for them.
	 */
	public static PreparedCheck maxLengthForAccount(Rule rule, FieldPatterns patterns) {
		String account = rule.textParam("senderAccount");
		FieldPattern[] fields = patterns.of(rule);
		return context -> {
			if (context.senderAccount().equalsIgnoreCase(account)) {
				Limit limit = new Limit(rule, rule.intParam("max"));
				PreparedCheck.eachTextField(fields, (c, field) -> checkLength(rule, c, field, limit)).check(context);
			}
		};
	}

	private static void checkLength(Rule rule, CheckContext context, Field field, Limit limit) {
		Expansion expansion = DocumentFacts.expansion(context, field);
		if (expansion.length() > limit.max) {
			String message = field.name(rule.label()) + " is " + expansion.length() + " characters; "
					+ limit.sentence(context.format()) + worstCase(expansion);
			context.report(rule, message, field.pointer(), expansion.rawOffsetPast(limit.max), DocumentFacts.facts(context, field).length());
		}
	}

	/** A length rule's maximum and how its message states it, read from the rule once. */
	private static final class Limit {
		final int max;
		final String hint;
		final String account;
		final boolean error;

		Limit(Rule rule, int max) {
			this.max = max;
			this.hint = rule.textParam("hint");
			this.account = rule.textParam("senderAccount").toLowerCase(Locale.ROOT);
			this.error = rule.severity() == Severity.ERROR;
		}

		String sentence(MessageFormat format) {
			if (!account.isEmpty()) {
				return format.plural() + " from " + article(account) + " " + account + " account allow " + grouped(max);
			}
			if (error || hint.isEmpty()) {
				return format.plural() + " allow " + grouped(max);
			}
			return hint;
		}
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

	public static PreparedCheck required(Rule rule, FieldPatterns patterns) {
		FieldPattern[] fields = patterns.of(rule);
		return context -> {
			for (FieldPattern pattern : fields) {
				if (!anyFilled(context.fields(pattern))) {
					context.report(rule, context.format().plural() + " need " + article(rule.label()) + " "
							+ rule.label().toLowerCase(Locale.ROOT), pattern.text());
				}
			}
		};
	}

	private static boolean anyFilled(List<Field> fields) {
		for (Field field : fields) {
			if (!field.text().isBlank()) {
				return true;
			}
		}
		return false;
	}

	public static PreparedCheck absent(Rule rule, FieldPatterns patterns) {
		FieldPattern[] fields = patterns.of(rule);
		String present = " have no " + rule.label().toLowerCase(Locale.ROOT) + suffix(rule.textParam("hint"));
		return PreparedCheck.eachField(fields, (context, field) -> {
			if (!field.value().isValueNode() || !field.text().isBlank()) {
				context.report(rule, context.format().plural() + present, field.pointer());
			}
		});
	}

	public static PreparedCheck maxEmojis(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			int emojis = DocumentFacts.facts(context, field).emojis();
			if (emojis > max) {
				context.report(rule, field.name(rule.label()) + " has " + emojis + " emojis; " + context.format().plural()
						+ " allow " + max, field.pointer());
			}
		});
	}

	public static PreparedCheck maxLinks(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			List<MessageText.Match> links = DocumentFacts.facts(context, field).links();
			if (links.size() > max) {
				MessageText.Match extra = links.get(max);
				context.report(rule, field.name(rule.label()) + " has " + links.size() + " links; "
						+ context.format().plural() + " allow " + max, field.pointer(), extra.start(),
						links.get(links.size() - 1).end());
			}
		});
	}

	public static PreparedCheck linkLength(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			List<MessageText.Match> links = DocumentFacts.facts(context, field).links();
			for (int l = 0; l < links.size(); l++) {
				MessageText.Match link = links.get(l);
				int length = link.end() - link.start();
				if (length > max) {
					context.report(rule, "A link in " + field.name(rule.label()).toLowerCase(Locale.ROOT) + " is " + length
							+ " characters; " + context.format().plural() + " allow links of " + max, field.pointer(),
							link.start(), link.end());
				}
			}
		});
	}

	public static PreparedCheck noHtml(Rule rule, FieldPatterns patterns) {
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			List<MessageText.Match> tags = DocumentFacts.facts(context, field).tags();
			for (int t = 0; t < tags.size(); t++) {
				MessageText.Match tag = tags.get(t);
				context.report(rule, field.name(rule.label()) + " contains HTML markup " + tag.text()
						+ "; LinkedIn messages are plain text", field.pointer(), tag.start(), tag.end());
			}
		});
	}

	public static PreparedCheck maxMacros(Rule rule, FieldPatterns patterns) {
		int max = rule.intParam("max");
		FieldPattern[] fields = patterns.of(rule);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			List<MessageText.Match> macros = DocumentFacts.facts(context, field).macros();
			if (macros.size() > max) {
				context.report(rule, field.name(rule.label()) + " uses " + macros.size()
						+ " personalization fields; more than " + max + " feels robotic", field.pointer(),
						macros.get(max).start(), macros.get(macros.size() - 1).end());
			}
		});
	}

	public static PreparedCheck genericPhrases(Rule rule, FieldPatterns patterns) {
		FieldPattern[] fields = patterns.of(rule);
		String[] phrases = rule.listParam("phrases").toArray(String[]::new);
		return PreparedCheck.eachTextField(fields, (context, field) -> {
			String text = field.text();
			int end = withoutTrailingPunctuation(text);
			int start = withoutLeadingSpace(text, end);
			for (String phrase : phrases) {
				if (end - start == phrase.length() && text.regionMatches(true, start, phrase, 0, end - start)) {
					context.report(rule, field.name(rule.label()) + " \"" + text.strip()
							+ "\" is generic; a specific subject gets more opens", field.pointer());
				}
			}
		});
	}

	/** Where the text ends without its trailing spaces and punctuation: compared in place, as most subjects are not generic. */
	private static int withoutTrailingPunctuation(String text) {
		int end = text.length();
		while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || ".,!?;:…".indexOf(text.charAt(end - 1)) >= 0)) {
			end--;
		}
		return end;
	}

	private static int withoutLeadingSpace(String text, int end) {
		int start = 0;
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		return start;
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
