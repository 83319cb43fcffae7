package io.parley.model.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Everything the rules ask about one text, found in a single pass: its length in code points, its
 * macros, links and markup tags with their code-point ranges, and its emojis. Rules on the same field
 * share one {@code TextFacts}, which keeps validation of an 8,000-character message to one scan.
 */
public final class TextFacts {

	private static final int ZERO_WIDTH_JOINER = 0x200D;
	private static final int EMOJI_VARIATION = 0xFE0F;
	private static final String[] SCHEMES = { "http", "https" };

	/**
	 * The characters at which the scan stops to look closer: a macro or a tag starts at '%' or '<'; a
	 * link is recognised at the ':' of "http://" or the '.' of "www.", then traced back to its start;
	 * any character beyond ASCII may be an emoji or half of one. Every other character only counts
	 * one. A table of every char (64 KB) makes that test a single lookup: this loop is where an
	 * 8,000-character message spends its time, and it ran 40% faster than testing a range first.
	 */
	private static final boolean[] STOPS = new boolean[Character.MAX_VALUE + 1];

	static {
		Arrays.fill(STOPS, 0x80, STOPS.length, true);
		for (char c : "%<:.".toCharArray()) {
			STOPS[c] = true;
		}
	}

	private final String text;
	/**
	 * The text as the scan reads it, dropped after the scan: array reads, where String.charAt checks
	 * bounds and encoding on every call. Beyond the text's length it holds whatever the buffer held.
	 */
	private char[] chars;
	// Empty until something is found: most fields have no link or tag, many no macro.
	private List<MessageText.Match> macros = List.of();
	private List<MessageText.Match> links = List.of();
	private List<MessageText.Match> tags = List.of();
	private int length;
	private int emojis;

	/** Chars so far that are the second half of a surrogate pair: code-point offset = char index - pairs. */
	private int pairs;
	/** Where the last macro, tag or link ended: a link cannot start inside one. */
	private int matchedUntil;
	/** Char index just after the last emoji or joiner, while an emoji sequence may go on. */
	private int joinedUntil = -1;

	private TextFacts(String text, char[] buffer) {
		this.text = text;
		this.chars = buffer;
		text.getChars(0, text.length(), buffer, 0);
		scan();
		this.chars = null;
	}

	public static TextFacts of(String text) {
		return new TextFacts(text, new char[text.length()]);
	}

	/**
	 * The facts of a text read through {@code scratch} when it is long enough: checking every field of
	 * a document then copies them all into one buffer instead of allocating one for each.
	 */
	public static TextFacts of(String text, char[] scratch) {
		return new TextFacts(text, scratch.length >= text.length() ? scratch : new char[text.length()]);
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
		int n = text.length();
		int i = 0;
		while (i < n) {
			i = plainRunEnd(chars, i, n);
			if (i == n) {
				break;
			}
			char c = chars[i];
			if (c >= 0x80) {
				i = nonAscii(i);
			} else if (c == '%') {
				i = macro(i);
			} else if (c == '<') {
				i = tag(i);
			} else {
				i = link(i, c);
			}
		}
		length = n - pairs;
	}

	/**
	 * The next stop at or after {@code from}. Static, on a copy of the text as a char array: through
	 * a String's charAt, which checks encoding and bounds on every call, the compiled loop ran two to
	 * three times slower once it had seen texts of several shapes (measured with releng/benchmarks).
	 */
	private static int plainRunEnd(char[] chars, int from, int end) {
		for (int i = from; i < end; i++) {
			if (STOPS[chars[i]]) {
				return i;
			}
		}
		return end;
	}

	/** Each of these returns where the scan goes on: past what it found, else at the next character. */
	private int macro(int at) {
		int end = macroEnd(at);
		if (end < 0) {
			return at + 1;
		}
		macros = with(macros, match(at, end));
		return end;
	}

	private int tag(int at) {
		int end = tagEnd(at);
		if (end < 0) {
			return at + 1;
		}
		tags = with(tags, match(at, end));
		return end;
	}

	/** At a ':' or '.', a link when it is the ':' of "http://"/"https://" or the '.' of "www.". */
	private int link(int at, char c) {
		int start = c == ':' ? schemeStart(at) : wwwStart(at);
		if (start < 0) {
			return at + 1;
		}
		// The link began before the trigger; nothing in between was matched or non-ASCII.
		int end = linkEnd(start);
		links = with(links, match(start, end));
		return end;
	}

	/** The macro, tag or link from {@code start} to {@code end}, with its code-point range. */
	private MessageText.Match match(int start, int end) {
		int from = start - pairs;
		pairs += (end - start) - text.codePointCount(start, end);
		matchedUntil = end;
		return new MessageText.Match(text.substring(start, end), from, end - pairs);
	}

	private static List<MessageText.Match> with(List<MessageText.Match> found, MessageText.Match match) {
		List<MessageText.Match> more = found.isEmpty() ? new ArrayList<>(4) : found;
		more.add(match);
		return more;
	}

	private int schemeStart(int colon) {
		if (colon + 2 >= text.length() || chars[colon + 1] != '/' || chars[colon + 2] != '/') {
			return -1;
		}
		for (String scheme : SCHEMES) {
			int start = colon - scheme.length();
			if (start >= matchedUntil && text.regionMatches(true, start, scheme, 0, scheme.length()) && beginsWord(start)) {
				return start;
			}
		}
		return -1;
	}

	/** Compared char by char: every sentence ends at a '.', and this is cheaper than regionMatches. */
	private int wwwStart(int dot) {
		int start = dot - 3;
		return start >= matchedUntil && isW(start) && isW(start + 1) && isW(start + 2) && beginsWord(start) ? start : -1;
	}

	private boolean isW(int index) {
		return (chars[index] | 0x20) == 'w';
	}

	private boolean beginsWord(int index) {
		return index == 0 || !Character.isLetterOrDigit(chars[index - 1]);
	}

	/** Counts emojis as a reader sees them: a joined sequence (family, flag with modifiers) is one. */
	private int nonAscii(int i) {
		int point = Character.codePointAt(chars, i, text.length());
		int next = i + Character.charCount(point);
		boolean joined = joinedUntil == i;
		boolean emoji = isEmoji(point, next);
		if (emoji && !joined) {
			emojis++;
		}
		if (point == ZERO_WIDTH_JOINER || joined && (emoji || point == EMOJI_VARIATION || Character.isEmojiModifier(point))) {
			joinedUntil = next;
		}
		pairs += next - i - 1;
		return next;
	}

	private boolean isEmoji(int point, int next) {
		if (Character.isEmojiPresentation(point)) {
			return true;
		}
		return Character.isExtendedPictographic(point) && next < text.length() && chars[next] == EMOJI_VARIATION;
	}

	/** {@code %NAME%} with capital letters only, as LinkedIn's macros are written. */
	private int macroEnd(int start) {
		int i = start + 1;
		while (i < text.length() && chars[i] >= 'A' && chars[i] <= 'Z') {
			i++;
		}
		return i > start + 1 && i < text.length() && chars[i] == '%' ? i + 1 : -1;
	}

	/** An HTML tag such as {@code <b>} or {@code </a>}: a letter after the bracket, no bracket inside. */
	private int tagEnd(int start) {
		int first = start + 1 < text.length() && chars[start + 1] == '/' ? start + 2 : start + 1;
		if (first >= text.length() || !Character.isLetter(chars[first])) {
			return -1;
		}
		for (int i = first; i < text.length(); i++) {
			char c = chars[i];
			if (c == '>') {
				return i + 1;
			}
			if (c == '<' || c == '\n') {
				return -1;
			}
		}
		return -1;
	}

	private int linkEnd(int start) {
		int i = start;
		while (i < text.length()) {
			char c = chars[i];
			if (Character.isWhitespace(c) || c == '<' || c == '>' || c == '"') {
				break;
			}
			i++;
		}
		return i;
	}
}
