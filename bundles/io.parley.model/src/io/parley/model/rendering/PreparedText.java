package io.parley.model.rendering;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parley.model.files.Prospect;
import io.parley.model.rendering.MessageRenderer.Segment;
import io.parley.model.rules.Macro;
import io.parley.model.text.MessageText;
import io.parley.model.text.TextFacts;

/**
 * A message text whose macros were found once: the literal pieces between them and, for each macro,
 * the prospect-list column that fills it. Rendering it for a person only fills those slots, so an
 * export or a batch of a million people reads the text once, not once a person. A token the rule
 * set does not know stays as it is written.
 */
public final class PreparedText {

	private final String text;
	/** One more than the macros: the text before the first, between each two, after the last. */
	private final String[] literals;
	private final String[] tokens;
	/** The column of each macro, or null for a token the rule set does not know. */
	private final String[] columns;
	private final int literalLength;

	private PreparedText(String text, String[] literals, String[] tokens, String[] columns) {
		this.text = text;
		this.literals = literals;
		this.tokens = tokens;
		this.columns = columns;
		int length = 0;
		for (String literal : literals) {
			length += literal.length();
		}
		this.literalLength = length;
	}

	/** {@code text} with its macros found as every check finds them ({@link TextFacts}). */
	static PreparedText of(String text, Map<String, Macro> macros) {
		List<MessageText.Match> found = TextFacts.of(text).macros();
		String[] literals = new String[found.size() + 1];
		String[] tokens = new String[found.size()];
		String[] columns = new String[found.size()];
		int from = 0;
		int fromPoint = 0;
		for (int i = 0; i < found.size(); i++) {
			MessageText.Match macro = found.get(i);
			// code-point offsets walked on from the last macro, not from the text's start for each
			int start = text.offsetByCodePoints(from, macro.start() - fromPoint);
			literals[i] = text.substring(from, start);
			tokens[i] = macro.text();
			Macro known = macros.get(macro.text());
			columns[i] = known == null ? null : known.column();
			from = text.offsetByCodePoints(start, macro.end() - macro.start());
			fromPoint = macro.end();
		}
		literals[found.size()] = text.substring(from);
		return new PreparedText(text, literals, tokens, columns);
	}

	/** The text as written, macros and all. */
	public String text() {
		return text;
	}

	/** The message as {@code prospect} reads it. */
	public String render(Prospect prospect) {
		if (tokens.length == 0) {
			return text;
		}
		String[] values = new String[tokens.length];
		int length = literalLength;
		for (int i = 0; i < tokens.length; i++) {
			values[i] = valueOf(i, prospect);
			length += values[i].length();
		}
		StringBuilder rendered = new StringBuilder(length);
		for (int i = 0; i < tokens.length; i++) {
			rendered.append(literals[i]).append(values[i]);
		}
		return rendered.append(literals[tokens.length]).toString();
	}

	/** The message for {@code prospect} as literal pieces and macro values, in order; no empty literal piece. */
	public List<Segment> segments(Prospect prospect) {
		List<Segment> segments = new ArrayList<>(2 * tokens.length + 1);
		for (int i = 0; i < tokens.length; i++) {
			if (!literals[i].isEmpty()) {
				segments.add(new Segment(literals[i], null));
			}
			segments.add(new Segment(valueOf(i, prospect), tokens[i]));
		}
		if (!literals[tokens.length].isEmpty()) {
			segments.add(new Segment(literals[tokens.length], null));
		}
		return segments;
	}

	private String valueOf(int macro, Prospect prospect) {
		return columns[macro] == null ? tokens[macro] : prospect.value(columns[macro]);
	}
}
