package io.parley.core.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A field of a document as a person names it, from its JSON pointer: "/messages/0/buttons/1/text"
 * is "Message 1 › Button 2 text", "/variants/0/subject" is "Variant 1 subject", "/cta/url" is
 * "Call to action URL". Items of a list count from 1, and each list item starts a new step.
 */
public final class FieldLocation {

	private static final String STEP = " › ";
	private static final Map<String, String> WORDS = Map.of("cta", "call to action", "url", "URL", "leadGenForm",
			"Lead Gen Form", "inMailPlan", "InMail plan", "targetingCriteria", "targeting criteria");

	private FieldLocation() {
	}

	public static String of(String pointer) {
		if (pointer.isEmpty() || pointer.equals("/")) {
			return "Document";
		}
		List<String> steps = new ArrayList<>();
		String[] segments = pointer.substring(1).split("/");
		for (int i = 0; i < segments.length; i++) {
			String key = unescape(segments[i]);
			boolean listItem = i + 1 < segments.length && isIndex(segments[i + 1]);
			if (listItem) {
				steps.add(singular(words(key)) + " " + (Integer.parseInt(segments[++i]) + 1));
			} else if (steps.isEmpty()) {
				steps.add(words(key));
			} else {
				int last = steps.size() - 1;
				steps.set(last, steps.get(last) + " " + words(key));
			}
		}
		return capitalized(String.join(STEP, steps));
	}

	/** "costPerSend" is "cost per send"; a few names have words of their own. */
	private static String words(String key) {
		if (isIndex(key)) {
			return "item " + (Integer.parseInt(key) + 1);
		}
		return WORDS.getOrDefault(key, key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
	}

	private static String singular(String words) {
		if (words.endsWith("ies")) {
			return capitalized(words.substring(0, words.length() - 3) + "y");
		}
		return capitalized(words.endsWith("s") ? words.substring(0, words.length() - 1) : words);
	}

	private static String capitalized(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static boolean isIndex(String segment) {
		return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
	}

	private static String unescape(String segment) {
		return segment.replace("~1", "/").replace("~0", "~");
	}
}
