package io.parley.sequences;

import java.util.Optional;

/**
 * One step of a sequence.
 *
 * @param id        the step's name, unique in the sequence ("invite")
 * @param touch     what it does
 * @param message   the template or flow file it sends, relative to the sequence; empty for a task
 * @param task      what a task asks a person to do ("Sales call"); empty for a message
 * @param follows   the step it follows; empty for the first step
 * @param outcome   the outcome of {@code follows} it waits for; null for the first step
 * @param afterDays for a negative outcome, the days without the positive one ("not accepted after 14 days")
 * @param waitDays  days from the outcome (or, for the first step, from the start) to this step
 * @param campaign  for a sponsored step, the campaign file that sends it through an exporter; may be empty
 * @param pointer   where the step is in the file, "/steps/2"
 */
public record Step(String id, Touch touch, String message, String task, String follows, Outcome outcome, int afterDays,
		int waitDays, String campaign, String pointer) {

	public boolean isFirst() {
		return follows.isEmpty();
	}

	/** Days from the followed step to this one for a person who takes this branch. */
	public int daysAfterPrevious() {
		return afterDays + waitDays;
	}

	/** "Connection note" or, for a task, the task's own name. */
	public String label() {
		return touch == Touch.TASK && !task.isEmpty() ? task : touch.label();
	}

	/** "if accepted" or "if not accepted after 14 days"; empty for the first step. */
	public String condition() {
		if (outcome == null) {
			return "";
		}
		return "if " + outcome.label() + (outcome.needsDays() ? " after " + afterDays + (afterDays == 1 ? " day" : " days") : "");
	}

	public Optional<String> messageFile() {
		return message.isEmpty() ? Optional.empty() : Optional.of(message);
	}
}
