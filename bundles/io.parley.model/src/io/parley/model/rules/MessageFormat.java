package io.parley.model.rules;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of LinkedIn message Parley plans, named as LinkedIn names them. */
public enum MessageFormat {
	MESSAGE_AD("Message Ad", "Message Ads"),
	CONVERSATION_AD("Conversation Ad", "Conversation Ads"),
	INMAIL("InMail", "InMails"),
	MESSAGE("Message", "Messages to connections"),
	CONNECTION_NOTE("Connection note", "Connection notes");

	private final String label;
	private final String plural;

	MessageFormat(String label, String plural) {
		this.label = label;
		this.plural = plural;
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

	public static Optional<MessageFormat> of(String name) {
		return Arrays.stream(values()).filter(f -> f.name().equals(name)).findFirst();
	}

	/** The formats a template can have: every format but the Conversation Ad, which is a flow. */
	public static String templateFormats() {
		return Arrays.stream(values()).filter(f -> f != CONVERSATION_AD).map(Enum::name).collect(Collectors.joining(", "));
	}
}
