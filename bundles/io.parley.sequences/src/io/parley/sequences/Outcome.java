package io.parley.sequences;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a following step waits for. The negative outcomes are known only once the wait is over
 * ("not accepted after 14 days"), so they need their number of days.
 */
public enum Outcome {
	ACCEPTED("accepted", false),
	NOT_ACCEPTED("not accepted", true),
	REPLIED("replied", false),
	NO_REPLY("no reply", true),
	CLICKED("clicked", false),
	DONE("done", false);

	private final String label;
	private final boolean afterDays;

	Outcome(String label, boolean afterDays) {
		this.label = label;
		this.afterDays = afterDays;
	}

	public String label() {
		return label;
	}

	/** Whether the outcome is only known after a number of days without the positive one. */
	public boolean needsDays() {
		return afterDays;
	}

	public static Optional<Outcome> of(String name) {
		return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
	}
}
