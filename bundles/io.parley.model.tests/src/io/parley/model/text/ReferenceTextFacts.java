package io.parley.model.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The character-by-character reading of a text that {@link TextFacts} replaced with a faster scan:
 * kept as the specification the fast scan must agree with.
 */
final class ReferenceTextFacts {

	private static final int ZERO_WIDTH_JOINER = 0x200D;
	private static final int EMOJI_VARIATION = 0xFE0F;

	private final String text;
	private final List<MessageText.Match> macros = new ArrayList<>(4);
	private final List<MessageText.Match> links = new ArrayList<>(2);
	private final List<MessageText.Match> tags = new ArrayList<>(0);
	private int length;
	private int emojis;

	ReferenceTextFacts(String text) {
		this.text = text;
		scan();
	}

	static ReferenceTextFacts of(String text) {
		return new ReferenceTextFacts(text);
	}

	public String text() {
		return text;
	}

	public int length() {
		return length;
	}

	public List<MessageText.Match> macros() {
		return macros;
	}

	public List<MessageText.Match> links() {
		return links;
	}

	public List<MessageText.Match> tags() {
		return tags;
	}

	public int emojis() {
		return emojis;
	}

	private void scan() {
		int points = 0;
		boolean joined = false;
		int i = 0;
		while (i < text.length()) {
			int plain = plainRunEnd(i);
			if (plain > i) {
				points += plain - i;
				i = plain;
				joined = false;
				continue;
			}
			char c = text.charAt(i);
			int end = c == '%' ? macroEnd(i) : c == '<' ? tagEnd(i) : isLinkStart(i) ? linkEnd(i) : -1;
			if (end > 0) {
				List<MessageText.Match> into = c == '%' ? macros : c == '<' ? tags : links;
				int span = text.codePointCount(i, end);
				into.add(new MessageText.Match(text.substring(i, end), points, points + span));
				points += span;
				i = end;
				joined = false;
				continue;
			}
			int point = text.codePointAt(i);
			if (point > 0x7F) {
				boolean emoji = isEmoji(point, i);
				if (emoji && !joined) {
					emojis++;
				}
				joined = point == ZERO_WIDTH_JOINER || joined && (emoji || point == EMOJI_VARIATION || Character.isEmojiModifier(point));
			} else {
				joined = false;
			}
			points++;
			i += Character.charCount(point);
		}
		length = points;
	}

	/**
	 * The end of a run of ASCII characters that can start nothing of interest, so the common case of
	 * plain prose costs one table lookup a character: a macro or tag starts at '%' or '<', a link
	 * only at an 'h' or 'w' that begins a word.
	 */
	private int plainRunEnd(int start) {
		int i = start;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c >= 0x80 || c == '%' || c == '<') {
				break;
			}
			if ((c | 0x20) == 'h' || (c | 0x20) == 'w') {
				if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
					break;
				}
			}
			i++;
		}
		return i;
	}

	private boolean isEmoji(int point, int index) {
		if (Character.isEmojiPresentation(point)) {
			return true;
		}
		int next = index + Character.charCount(point);
		return Character.isExtendedPictographic(point) && next < text.length() && text.charAt(next) == EMOJI_VARIATION;
	}

	/** {@code %NAME%} with capital letters only, as LinkedIn's macros are written. */
	private int macroEnd(int start) {
		int i = start + 1;
		while (i < text.length() && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
			i++;
		}
		return i > start + 1 && i < text.length() && text.charAt(i) == '%' ? i + 1 : -1;
	}

	/** An HTML tag such as {@code <b>} or {@code </a>}: a letter after the bracket, no bracket inside. */
	private int tagEnd(int start) {
		int first = start + 1 < text.length() && text.charAt(start + 1) == '/' ? start + 2 : start + 1;
		if (first >= text.length() || !Character.isLetter(text.charAt(first))) {
			return -1;
		}
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '>') {
				return i + 1;
			}
			if (c == '<' || c == '\n') {
				return -1;
			}
		}
		return -1;
	}

	private boolean isLinkStart(int i) {
		char c = text.charAt(i);
		if (c != 'h' && c != 'H' && c != 'w' && c != 'W' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
			return false;
		}
		return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
				|| text.regionMatches(true, i, "www.", 0, 4);
	}

	private int linkEnd(int start) {
		int i = start;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"') {
				break;
			}
			i++;
		}
		return i;
	}
}
