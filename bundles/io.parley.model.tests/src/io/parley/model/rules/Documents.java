package io.parley.model.rules;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small valid documents of each format, and a way to break one field of them. */
final class Documents {

	static final ObjectMapper JSON = new ObjectMapper();

	private Documents() {
	}

	static ObjectNode template(MessageFormat format) {
		ObjectNode template = JSON.createObjectNode();
		template.put("schema", "parley.template/1").put("name", "Spring").put("format", format.name()).put("sender", "Dana");
		template.put("body", "Hi %FIRSTNAME%, join us on Thursday.");
		if (format == MessageFormat.MESSAGE_AD || format == MessageFormat.INMAIL) {
			template.put("subject", "Spring webinar seats");
		}
		if (format == MessageFormat.MESSAGE_AD) {
			template.putObject("cta").put("text", "Save my spot").put("url", "https://example.com/spring");
			template.put("footer", "Example Corp");
		}
		return template;
	}

	static ObjectNode flow() {
		ObjectNode flow = JSON.createObjectNode();
		flow.put("schema", "parley.flow/1").put("name", "Demo").put("sender", "Dana").put("subject", "Which fits you?");
		flow.put("footer", "Example Corp").put("start", "opening");
		ArrayNode messages = flow.putArray("messages");
		ObjectNode opening = message(messages, "opening", "Hi %FIRSTNAME%, what slows you down?");
		button(opening, "Reporting").put("next", "reporting");
		button(opening, "See the guide").put("url", "https://example.com/guide");
		button(opening, "Not interested").put("close", true);
		ObjectNode reporting = message(messages, "reporting", "We cut reporting time by 40%.");
		button(reporting, "Book a demo").put("leadGenForm", "Demo form");
		button(reporting, "Maybe later").put("close", true);
		return flow;
	}

	static ObjectNode message(ArrayNode messages, String id, String text) {
		ObjectNode message = messages.addObject().put("id", id).put("text", text);
		message.putArray("buttons");
		return message;
	}

	static ObjectNode button(ObjectNode message, String text) {
		return ((ArrayNode) message.get("buttons")).addObject().put("text", text);
	}

	/** Sets the field a pointer names (its parent must exist) to a text value. */
	static ObjectNode with(ObjectNode document, String pointer, String value) {
		JsonPointer at = JsonPointer.compile(pointer);
		((ObjectNode) document.at(at.head())).put(at.last().getMatchingProperty(), value);
		return document;
	}

	static ObjectNode without(ObjectNode document, String pointer) {
		JsonPointer at = JsonPointer.compile(pointer);
		((ObjectNode) document.at(at.head())).remove(at.last().getMatchingProperty());
		return document;
	}

	static ObjectNode flowMessage(ObjectNode flow, int index) {
		return (ObjectNode) flow.get("messages").get(index);
	}

	static JsonNode copy(JsonNode node) {
		return node.deepCopy();
	}
}
