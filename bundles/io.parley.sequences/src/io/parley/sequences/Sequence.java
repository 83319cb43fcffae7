package io.parley.sequences;

import java.util.List;
import java.util.Optional;

/**
 * A sequence of touches across formats, as {@code NAME.sequence.json} holds it.
 *
 * @param name          what the sequence is called
 * @param connected     whether the people are already 1st-degree connections ({@code "recipients": "connections"})
 * @param prospects     the prospect list file, relative to the sequence; may be empty
 * @param size          the number of people when there is no list (0 when not given)
 * @param start         the first day, "2026-12-08"; may be empty
 * @param senderAccount the sender's kind of account ("FREE", "PREMIUM"); may be empty
 * @param inMailPlan    the sender's InMail plan ("PREMIUM_BUSINESS"); may be empty
 * @param pace          the sequence's own pace, each value 0 where it names none
 */
public record Sequence(String name, boolean connected, String prospects, long size, String start, String senderAccount,
		String inMailPlan, Pace pace, List<Step> steps) {

	public static final String SCHEMA = "parley.sequence/1";

	/**
	 * How fast a person works the sequence by hand.
	 *
	 * @param invitationsPerWeek connection requests a week
	 * @param messagesPerDay     messages, InMails and tasks a day
	 */
	public record Pace(int invitationsPerWeek, int messagesPerDay) {
	}

	public Optional<Step> step(String id) {
		return steps.stream().filter(s -> s.id().equals(id)).findFirst();
	}
}
