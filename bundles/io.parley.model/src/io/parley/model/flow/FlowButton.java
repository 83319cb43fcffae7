package io.parley.model.flow;

/**
 * A button of a conversation message. Exactly one action should be set: the next message, a landing
 * page URL, a Lead Gen Form, or closing the conversation.
 */
public record FlowButton(String text, String next, String url, String leadGenForm, boolean close) {

	public int actionCount() {
		return (next != null ? 1 : 0) + (url != null ? 1 : 0) + (leadGenForm != null ? 1 : 0) + (close ? 1 : 0);
	}

	/** Whether the conversation ends with this button (a page, a form or closing). */
	public boolean isTerminal() {
		return next == null && actionCount() == 1;
	}

	public String actionLabel() {
		if (next != null) {
			return "message " + next;
		}
		if (url != null) {
			return "landing page";
		}
		return leadGenForm != null ? "Lead Gen Form" : close ? "close" : "nothing";
	}
}
