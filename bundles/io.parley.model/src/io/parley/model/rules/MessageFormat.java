package io.parley.model.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/** The kinds of LinkedIn message Parley plans, named as LinkedIn names them. */
public enum MessageFormat {
	MESSAGE_AD("Message Ad", "Message Ads", "sender", "subject", "body", "cta", "footer"),
	CONVERSATION_AD("Conversation Ad", "Conversation Ads", "sender", "subject", "messages", "footer", "banner"),
	INMAIL("InMail", "InMails", "sender", "subject", "body"),
	MESSAGE("Message", "Messages to connections", "body"),
	CONNECTION_NOTE("Connection note", "Connection notes", "body");

	private final String label;
	private final String plural;
	private final List<String> fields;

	MessageFormat(String label, String plural, String... fields) {
		this.label = label;
		this.plural = plural;
		this.fields = List.of(fields);
	}

	/**
	 * The message fields LinkedIn's composer has for this format (rules.md §1): a Message Ad has a
	 * footer and one call to action, a message to a connection only a body. Limits are in the rule set.
	 */
	public List<String> fields() {
		return fields;
	}

	public boolean hasField(String field) {
		return fields.contains(field);
	}

	public String label() {
		return label;
	}

	/** "Message Ads allow 60": how a limit's sentence names the format. */
	public String plural() {
		return plural;
	}

	public boolean isSponsored() {
		return this == MESSAGE_AD || this == CONVERSATION_AD;
	}

	/**
	 * Sent from the member's own account at no cost, so its campaign needs no budget: messages to
	 * 1st-degree connections (rules.md §1.4: free, unlimited) and connection requests, which LinkedIn
	 * does not charge for.
	 */
	public boolean isFree() {
		return this == MESSAGE || this == CONNECTION_NOTE;
	}

	public static Optional<MessageFormat> of(String name) {
		return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
	}

	/** The format of a content document: a flow is a Conversation Ad, a template names its own. */
	public static Optional<MessageFormat> ofContent(JsonNode content) {
		return content.path("schema").asText("").startsWith("parley.flow/") ? Optional.of(CONVERSATION_AD)
				: of(content.path("format").asText(""));
	}

	/** The formats a template can have: every format but the Conversation Ad, which is a flow. */
	public static String templateFormats() {
		return Arrays.stream(values()).filter(f -> f != CONVERSATION_AD).map(Enum::name).collect(Collectors.joining(", "));
	}
}
