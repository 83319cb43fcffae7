package io.parley.model.rendering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parley.model.files.Prospect;
import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageText;

/** A message as one recipient reads it: macros replaced by the prospect's values. */
public final class MessageRenderer {

	private final RuleSet ruleSet;

	public MessageRenderer(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	/**
	 * One piece of a rendered message: literal text ({@code macro} null) or a macro's value, which
	 * is empty where the prospect has none, so a preview can show the gap.
	 */
	public record Segment(String text, String macro) {

		public boolean isGap() {
			return macro != null && text.isEmpty();
		}
	}

	/**
	 * {@code text} with its macros found once, for rendering it for many people: an export or a batch
	 * prepares each text once and renders it for each person.
	 */
	public PreparedText prepare(String text) {
		return PreparedText.of(text, ruleSet.macros());
	}

	/** The message as {@code prospect} reads it; for one person, as a preview shows it. */
	public String render(String text, Prospect prospect) {
		return prepare(text).render(prospect);
	}

	/** The message for {@code prospect} as literal pieces and macro values, in order. */
	public List<Segment> segments(String text, Prospect prospect) {
		return prepare(text).segments(prospect);
	}

	/** A stand-in person made of the rule set's sample values, for previews without a prospect list. */
	public Prospect samplePerson() {
		Map<String, String> fields = new LinkedHashMap<>();
		ruleSet.macros().values().forEach(macro -> fields.put(macro.column(), macro.sample()));
		return new Prospect(0, fields);
	}

	/**
	 * The length of the message as its longest reader sees it: each macro the rule set knows at its
	 * longest value, characters counted as LinkedIn counts them ({@link String#codePointCount}).
	 */
	public int longestLength(String text) {
		int length = text.codePointCount(0, text.length());
		for (MessageText.Match macro : MessageText.macros(text)) {
			Macro known = ruleSet.macros().get(macro.text());
			if (known != null) {
				length += known.maxLength() - (macro.end() - macro.start());
			}
		}
		return length;
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
}
