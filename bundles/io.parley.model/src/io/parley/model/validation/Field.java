package io.parley.model.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A field a rule checks: its JSON pointer and its value. */
public record Field(String pointer, JsonNode value) {

	public String text() {
		return value.isValueNode() ? value.asText() : "";
	}

	/** "Subject", or "Variant 2 subject" for a field of an A/B variant. */
	public String name(String label) {
		if (pointer.startsWith("/variants/")) {
			int index = Integer.parseInt(pointer.split("/")[2]);
			return "Variant " + (index + 1) + " " + label.toLowerCase(java.util.Locale.ROOT);
		}
		if (pointer.startsWith("/messages/")) {
			return label + " " + pointer.split("/")[2];
		}
		return label;
	}
}
