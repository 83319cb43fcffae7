package io.parley.model.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** A Conversation Ad: the opening message and the messages its buttons lead to. */
public record ConversationFlow(String name, String sender, String subject, String footer, String start,
		List<FlowMessage> messages) {

	/** Reads the flow from its document tree; missing fields read as empty, so a draft can be analysed. */
	public static ConversationFlow of(JsonNode root) {
		List<FlowMessage> messages = new ArrayList<>();
		for (JsonNode message : root.path("messages")) {
			List<FlowButton> buttons = new ArrayList<>();
			for (JsonNode button : message.path("buttons")) {
				buttons.add(new FlowButton(button.path("text").asText(""), optional(button, "next"),
						optional(button, "url"), optional(button, "leadGenForm"), button.path("close").asBoolean(false)));
			}
			messages.add(new FlowMessage(message.path("id").asText(""), message.path("text").asText(""), List.copyOf(buttons)));
		}
		return new ConversationFlow(root.path("name").asText(""), root.path("sender").asText(""),
				root.path("subject").asText(""), root.path("footer").asText(""), root.path("start").asText(""),
				List.copyOf(messages));
	}

	private static String optional(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}

	public int indexOf(String messageId) {
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i).id().equals(messageId)) {
				return i;
			}
		}
		return -1;
	}

	public Optional<FlowMessage> message(String messageId) {
		int index = indexOf(messageId);
		return index < 0 ? Optional.empty() : Optional.of(messages.get(index));
	}
}
