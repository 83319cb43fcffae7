package io.parley.model.validation;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.text.Expansion;
import io.parley.model.text.TextFacts;

/**
 * A field of the document being checked: its JSON pointer and its value. What the rules ask about
 * its text is found once, here, however many rules check the field (see {@link CheckContext#facts}).
 */
public final class Field {

	private static final String VARIANTS = "/variants/";
	private static final String MESSAGES = "/messages/";

	private final String pointer;
	private final JsonNode value;
	/** Found by {@link CheckContext#facts} and {@link CheckContext#expansion} once for all rules. */
	TextFacts facts;
	Expansion expansion;

	Field(String pointer, JsonNode value) {
		this.pointer = pointer;
		this.value = value;
	}

	public String pointer() {
		return pointer;
	}

	public JsonNode value() {
		return value;
	}

	public String text() {
		return value.isValueNode() ? value.asText() : "";
	}

	/** "Subject", or "Variant 2 subject" for a field of an A/B variant. */
	public String name(String label) {
		if (pointer.startsWith(VARIANTS)) {
			int index = Integer.parseInt(segmentAfter(VARIANTS));
			return "Variant " + (index + 1) + " " + label.toLowerCase(Locale.ROOT);
		}
		if (pointer.startsWith(MESSAGES)) {
			return label + " " + segmentAfter(MESSAGES);
		}
		return label;
	}

	/** The pointer's segment after {@code prefix}: the index in "/variants/2/subject". */
	private String segmentAfter(String prefix) {
		int end = pointer.indexOf('/', prefix.length());
		return pointer.substring(prefix.length(), end < 0 ? pointer.length() : end);
	}
}
