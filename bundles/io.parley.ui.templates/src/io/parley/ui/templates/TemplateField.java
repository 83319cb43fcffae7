package io.parley.ui.templates;

import java.util.Optional;

import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.JsonDocument;

/** A field of a template as the editor lays it out: where it lives, what it is called, how tall it is. */
enum TemplateField {
	NAME("/name", "Name", 1, null),
	SENDER("/sender", "Sender", 1, "sender"),
	SUBJECT("/subject", "Subject", 1, "subject"),
	BODY("/body", "Body", 10, "body"),
	BUTTON_TEXT("/cta/text", "Button text", 1, "cta"),
	LANDING_PAGE("/cta/url", "Landing page URL", 1, "cta"),
	LEAD_GEN_FORM("/cta/leadGenForm", "or Lead Gen Form", 1, "cta"),
	FOOTER("/footer", "Footer", 3, "footer");

	final String pointer;
	final String label;
	final int lines;
	private final String formatField;

	TemplateField(String pointer, String label, int lines, String formatField) {
		this.pointer = pointer;
		this.label = label;
		this.lines = lines;
		this.formatField = formatField;
	}

	/**
	 * Shown when the format has the field, and also when the file has a value the format does not
	 * allow, so the user sees the problem and can clear it.
	 */
	boolean isShown(Optional<MessageFormat> format, JsonDocument document) {
		return format.map(this::belongsTo).orElse(true) || !document.text(pointer).isEmpty();
	}

	/** Whether a message of {@code format} has this field. */
	boolean belongsTo(MessageFormat format) {
		return formatField == null || format.hasField(formatField);
	}
}
