package io.parley.model.flow;

import java.util.List;

/**
 * One way through a conversation: the messages a recipient reads and the buttons they press, up to
 * the terminal action.
 *
 * @param characters what the recipient reads along the path: the messages' text, in code points
 */
public record FlowPath(List<Step> steps, String terminal, int characters) {

	/** A message and the button pressed on it. */
	public record Step(String messageId, String buttonText) {
	}

	public int length() {
		return steps.size();
	}
}
