package io.parley.sequences;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.parley.model.rules.MessageFormat;

/** What a step does to a person: one of LinkedIn's messages, or a task done outside LinkedIn. */
public enum Touch {
	CONNECTION_NOTE("Connection note", MessageFormat.CONNECTION_NOTE, Outcome.ACCEPTED, Outcome.NOT_ACCEPTED),
	MESSAGE("1st-degree message", MessageFormat.MESSAGE, Outcome.REPLIED, Outcome.NO_REPLY),
	INMAIL("InMail", MessageFormat.INMAIL, Outcome.REPLIED, Outcome.NO_REPLY),
	MESSAGE_AD("Message Ad", MessageFormat.MESSAGE_AD, Outcome.CLICKED, Outcome.REPLIED, Outcome.NO_REPLY),
	CONVERSATION_AD("Conversation Ad", MessageFormat.CONVERSATION_AD, Outcome.CLICKED, Outcome.REPLIED, Outcome.NO_REPLY),
	TASK("Task off LinkedIn", null, Outcome.DONE);

	private final String label;
	private final MessageFormat format;
	private final List<Outcome> outcomes;

	Touch(String label, MessageFormat format, Outcome... outcomes) {
		this.label = label;
		this.format = format;
		this.outcomes = List.of(outcomes);
	}

	public String label() {
		return label;
	}

	/** The LinkedIn format of the message; empty for a task off LinkedIn. */
	public Optional<MessageFormat> format() {
		return Optional.ofNullable(format);
	}

	/** What can come of this touch, so what a following step can wait for. */
	public List<Outcome> outcomes() {
		return outcomes;
	}

	/** Sent by LinkedIn to a matched audience and bound by the sponsored messaging frequency cap. */
	public boolean isSponsored() {
		return format != null && format.isSponsored();
	}

	public static Optional<Touch> of(String name) {
		return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
	}

	public static String names() {
		return String.join(", ", Arrays.stream(values()).map(Enum::name).toList());
	}
}
