package io.parley.model.flow;

import java.util.List;

/** One message of a Conversation Ad and the buttons under it. */
public record FlowMessage(String id, String text, List<FlowButton> buttons) {
}
