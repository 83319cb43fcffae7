package io.parley.model.flow;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes to a flow document's {@code messages} array, each returning a changed copy so that an
 * editor can apply it as one undoable replacement. The argument is never modified.
 */
public final class FlowEdits {

	/** Conversation Ads allow at most five buttons per message. */
	public static final int MAX_BUTTONS = 5;

	/** What pressing a button does. */
	public enum Action {
		NEXT_MESSAGE("Next message", "next"), LANDING_PAGE("Landing page", "url"), LEAD_GEN_FORM("Lead Gen Form",
				"leadGenForm"), CLOSE("Close", "close");

		private final String label;
		private final String field;

		Action(String label, String field) {
			this.label = label;
			this.field = field;
		}

		public String label() {
			return label;
		}

		/** The button's field that holds this action. */
		public String field() {
			return field;
		}

		/** The action a button has, or null when it has none. */
		public static Action of(JsonNode button) {
			for (Action action : values()) {
				if (button.hasNonNull(action.field) && !(action == CLOSE && !button.get(action.field).asBoolean())) {
					return action;
				}
			}
			return null;
		}
	}

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private FlowEdits() {
	}

	/** Adds an empty message without buttons at the end. */
	public static ArrayNode withNewMessage(JsonNode messages) {
		ArrayNode copy = messages.deepCopy();
		copy.add(message(freshId(messages, "message")));
		return copy;
	}

	/** Adds a new message, named after the button, and points the button at it. */
	public static ArrayNode withMessageAfter(JsonNode messages, int message, int button) {
		String id = freshId(messages, slug(messages.get(message).path("buttons").get(button).path("text").asText()));
		ArrayNode copy = messages.deepCopy();
		copy.add(message(id));
		ObjectNode pressed = (ObjectNode) copy.get(message).get("buttons").get(button);
		((ArrayNode) copy.get(message).get("buttons")).set(button, withAction(pressed, Action.NEXT_MESSAGE, id));
		return copy;
	}

	/** Inserts a copy of the message, under a new id, right after it; its buttons lead where the original's do. */
	public static ArrayNode withDuplicate(JsonNode messages, int message) {
		ObjectNode duplicate = messages.get(message).deepCopy();
		duplicate.put("id", freshId(messages, messages.get(message).path("id").asText("message") + "-copy"));
		ArrayNode copy = messages.deepCopy();
		copy.insert(message + 1, duplicate);
		return copy;
	}

	/** Removes the message; buttons that led to it keep its id, so the editor shows them as broken. */
	public static ArrayNode without(JsonNode messages, int message) {
		ArrayNode copy = messages.deepCopy();
		copy.remove(message);
		return copy;
	}

	/**
	 * The whole flow with a message renamed, and the opening message and every button that named it
	 * following, so no link breaks.
	 */
	public static ObjectNode withRenamed(JsonNode root, int message, String newId) {
		ObjectNode copy = root.deepCopy();
		String oldId = copy.path("messages").get(message).path("id").asText();
		((ObjectNode) copy.get("messages").get(message)).put("id", newId);
		if (copy.path("start").asText().equals(oldId)) {
			copy.put("start", newId);
		}
		for (JsonNode each : copy.get("messages")) {
			for (JsonNode button : each.path("buttons")) {
				if (button.path("next").asText().equals(oldId) && button.hasNonNull("next")) {
					((ObjectNode) button).put("next", newId);
				}
			}
		}
		return copy;
	}

	/** Adds a button that closes the conversation. */
	public static ArrayNode withButton(JsonNode buttons, String text) {
		ArrayNode copy = buttons.isArray() ? buttons.deepCopy() : NODES.arrayNode();
		copy.add(NODES.objectNode().put("text", text).put("close", true));
		return copy;
	}

	/** Moves a button up or down by {@code by} places. */
	public static ArrayNode withButtonMoved(JsonNode buttons, int button, int by) {
		ArrayNode copy = buttons.deepCopy();
		JsonNode moved = copy.remove(button);
		copy.insert(Math.max(0, Math.min(copy.size(), button + by)), moved);
		return copy;
	}

	public static ArrayNode withoutButton(JsonNode buttons, int button) {
		ArrayNode copy = buttons.deepCopy();
		copy.remove(button);
		return copy;
	}

	/**
	 * The button with one action: its text and other fields kept, any other action removed.
	 *
	 * @param value the message id, URL or form name; ignored for close
	 */
	public static ObjectNode withAction(JsonNode button, Action action, String value) {
		ObjectNode copy = button.deepCopy();
		for (Action other : Action.values()) {
			copy.remove(other.field);
		}
		if (action == Action.CLOSE) {
			copy.put(action.field, true);
		} else {
			copy.put(action.field, value == null ? "" : value);
		}
		return copy;
	}

	/** An id no message has: {@code base}, else {@code base-2}, {@code base-3}... */
	public static String freshId(JsonNode messages, String base) {
		Set<String> taken = new HashSet<>();
		messages.forEach(m -> taken.add(m.path("id").asText()));
		String id = base;
		for (int n = 2; taken.contains(id); n++) {
			id = base + "-" + n;
		}
		return id;
	}

	/** An id from a button's text: "Book a demo" becomes "book-a-demo". */
	static String slug(String text) {
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "message" : slug;
	}

	private static ObjectNode message(String id) {
		ObjectNode message = NODES.objectNode().put("id", id).put("text", "");
		message.putArray("buttons");
		return message;
	}
}
