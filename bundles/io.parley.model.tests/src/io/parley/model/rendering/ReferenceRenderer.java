package io.parley.model.rendering;

import java.util.ArrayList;
import java.util.List;

import io.parley.model.files.Prospect;
import io.parley.model.rendering.MessageRenderer.Segment;
import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageText;

/**
 * Rendering as it was before texts were prepared once ({@link PreparedText}): the macros found again
 * for each person and each located from the text's start. Kept as the specification the prepared
 * rendering must agree with, character for character.
 */
final class ReferenceRenderer {

	private final RuleSet ruleSet;

	ReferenceRenderer(RuleSet ruleSet) {
		this.ruleSet = ruleSet;
	}

	String render(String text, Prospect prospect) {
		StringBuilder rendered = new StringBuilder(text.length() + 32);
		for (Segment segment : segments(text, prospect)) {
			rendered.append(segment.text());
		}
		return rendered.toString();
	}

	List<Segment> segments(String text, Prospect prospect) {
		List<Segment> segments = new ArrayList<>();
		int from = 0;
		for (MessageText.Match macro : MessageText.macros(text)) {
			int start = text.offsetByCodePoints(0, macro.start());
			if (start > from) {
				segments.add(new Segment(text.substring(from, start), null));
			}
			segments.add(new Segment(valueOf(macro.text(), prospect), macro.text()));
			from = text.offsetByCodePoints(0, macro.end());
		}
		if (from < text.length()) {
			segments.add(new Segment(text.substring(from), null));
		}
		return segments;
	}

	private String valueOf(String token, Prospect prospect) {
		Macro macro = ruleSet.macros().get(token);
		return macro == null ? token : prospect.value(macro.column());
	}
}
