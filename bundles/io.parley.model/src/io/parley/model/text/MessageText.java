package io.parley.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about message text as a recipient sees it. Characters are counted in Unicode code points:
 * an emoji or an accented letter is one character, as LinkedIn's own counters show them, where
 * Java's {@code String.length()} would count an emoji twice. Positions returned are code-point
 * offsets too, so editors can select the right range.
 */
public final class MessageText {

	private static final Pattern MACRO = Pattern.compile("%[A-Z]+%");
	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");
	private static final Pattern HTML = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
	private static final int ZERO_WIDTH_JOINER = 0x200D;
	private static final int EMOJI_VARIATION = 0xFE0F;

	private MessageText() {
	}

	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/** Code-point offset of a char index. */
	public static int offset(String text, int charIndex) {
		return text.codePointCount(0, charIndex);
	}

	/** The macro tokens in the text, in order, with their code-point ranges. */
	public static List<Match> macros(String text) {
		return matches(MACRO, text);
	}

	public static List<Match> links(String text) {
		return matches(LINK, text);
	}

	public static List<Match> htmlTags(String text) {
		return matches(HTML, text);
	}

	/** Emojis as a reader counts them: a joined sequence (family, flag with modifiers) is one. */
	public static int emojis(String text) {
		int count = 0;
		boolean joined = false;
		int[] points = text.codePoints().toArray();
		for (int i = 0; i < points.length; i++) {
			int point = points[i];
			boolean emoji = Character.isEmojiPresentation(point) || Character.isExtendedPictographic(point)
					&& i + 1 < points.length && points[i + 1] == EMOJI_VARIATION;
			if (emoji && !joined) {
				count++;
			}
			joined = point == ZERO_WIDTH_JOINER || joined && (emoji || point == EMOJI_VARIATION || Character.isEmojiModifier(point));
		}
		return count;
	}

	private static List<Match> matches(Pattern pattern, String text) {
		List<Match> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(new Match(matcher.group(), offset(text, matcher.start()), offset(text, matcher.end())));
		}
		return found;
	}

	/** A piece of text and its code-point range. */
	public record Match(String text, int start, int end) {
	}
}
