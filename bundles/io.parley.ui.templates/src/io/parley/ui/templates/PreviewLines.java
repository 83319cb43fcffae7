package io.parley.ui.templates;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Breaks a message into lines that fit the preview's width, at spaces as the inbox does, and
 * inside a word only when the word alone is wider than a line. The preview shows these lines
 * rather than letting its text widget wrap, because the widget lays a whole paragraph out again
 * on every change: 12 ms a keystroke for an 8,000-character paragraph, against a few lines here.
 */
public final class PreviewLines {

	/** Enough for every word of a long message; cleared beyond it, so a pasted novel cannot grow it forever. */
	private static final int REMEMBERED_WIDTHS = 20_000;

	private final Map<String, Integer> widths = new HashMap<>();

	/**
	 * A message with the line breaks the preview adds.
	 *
	 * @param positions where each character of the original message is in {@code text}
	 */
	public record Wrapped(String text, int[] positions) {
	}

	/**
	 * @param measure  the width in pixels of a piece of text in the preview's font
	 * @param maxWidth the width of a line in pixels
	 */
	public Wrapped wrap(String message, int maxWidth, ToIntFunction<String> measure) {
		if (widths.size() > REMEMBERED_WIDTHS) {
			widths.clear();
		}
		StringBuilder out = new StringBuilder(message.length() + message.length() / 40);
		int[] positions = new int[message.length()];
		int lineWidth = 0;
		int lastSpace = -1;
		int i = 0;
		while (i < message.length()) {
			char c = message.charAt(i);
			if (c == '\n' || c == ' ') {
				positions[i] = out.length();
				lastSpace = c == ' ' ? out.length() : -1;
				lineWidth = c == ' ' ? lineWidth + width(" ", measure) : 0;
				out.append(c);
				i++;
				continue;
			}
			int end = wordEnd(message, i);
			String word = message.substring(i, end);
			int wordWidth = width(word, measure);
			if (lineWidth > 0 && lineWidth + wordWidth > maxWidth && lastSpace >= 0) {
				out.setCharAt(lastSpace, '\n');
				lineWidth = 0;
			}
			if (wordWidth > maxWidth) {
				lineWidth = placeLongWord(message, i, end, maxWidth, measure, out, positions, lineWidth);
			} else {
				for (int k = i; k < end; k++) {
					positions[k] = out.length() + k - i;
				}
				out.append(word);
				lineWidth += wordWidth;
			}
			lastSpace = -1;
			i = end;
		}
		return new Wrapped(out.toString(), positions);
	}

	/** Places a word wider than a line a code point at a time, breaking where a line is full; returns the last line's width. */
	private int placeLongWord(String message, int start, int end, int maxWidth, ToIntFunction<String> measure, StringBuilder out,
			int[] positions, int lineWidth) {
		int width = lineWidth;
		int k = start;
		while (k < end) {
			int next = message.offsetByCodePoints(k, 1);
			String codePoint = message.substring(k, next);
			int w = width(codePoint, measure);
			if (width > 0 && width + w > maxWidth) {
				out.append('\n');
				width = 0;
			}
			for (int j = k; j < next; j++) {
				positions[j] = out.length() + j - k;
			}
			out.append(codePoint);
			width += w;
			k = next;
		}
		return width;
	}

	private static int wordEnd(String message, int from) {
		int end = from;
		while (end < message.length() && message.charAt(end) != ' ' && message.charAt(end) != '\n') {
			end++;
		}
		return end;
	}

	private int width(String text, ToIntFunction<String> measure) {
		Integer known = widths.get(text);
		if (known == null) {
			known = measure.applyAsInt(text);
			widths.put(text, known);
		}
		return known;
	}
}
