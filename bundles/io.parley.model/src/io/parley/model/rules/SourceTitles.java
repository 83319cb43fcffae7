package io.parley.model.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rule's source as a person reads it: the short references a rule set file uses ("seed 000",
 * "seeds 002, 003", "LinkedIn Help a425533") replaced by the titles of the documents they name, which
 * the set's {@code "sources"} lists. A reference the set has no title for is left as it is.
 */
final class SourceTitles {

	/** "seeds 000, 001" and "seeds 002 and 003": several seed documents named at once. */
	private static final Pattern SEEDS = Pattern.compile("seeds (\\d+(?:(?:, | and )\\d+)+)");

	private SourceTitles() {
	}

	static String of(String source, JsonNode titles) {
		Matcher seeds = SEEDS.matcher(source);
		String text = seeds.replaceAll(match -> Matcher.quoteReplacement(Arrays.stream(match.group(1).split(", | and "))
				.map(number -> "seed " + number).collect(Collectors.joining("; "))));
		List<String> references = new ArrayList<>();
		titles.fieldNames().forEachRemaining(references::add);
		// the longest first, so "LinkedIn Help 437" is not taken for a part of a longer reference
		references.sort(Comparator.comparingInt(String::length).reversed());
		for (String reference : references) {
			text = text.replace(reference, titles.get(reference).asText());
		}
		return text;
	}
}
