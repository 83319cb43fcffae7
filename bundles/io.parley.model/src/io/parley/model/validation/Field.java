package io.parley.model.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A field a rule checks: its JSON pointer and its value. */
public record Field(String pointer, JsonNode value) {

	private static final String VARIANTS = "/variants/";
	private static final String MESSAGES = "/messages/";

	public String text() {
		return value.isValueNode() ? value.asText() : "";
	}

	/** "Subject", or "Variant 2 subject" for a field of an A/B variant. */
	public String name(String label) {
		if (pointer.startsWith(VARIANTS)) {
			int index = Integer.parseInt(segmentAfter(VARIANTS));
			return "Variant " + (index + 1) + " " + label.toLowerCase(java.util.Locale.ROOT);
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
