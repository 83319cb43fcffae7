package io.parley.core.export.linkedin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A conversation flow as the API's {@code sponsoredMessageContents} nodes (rules.md §5), ordered
 * leaves first: the API creates a node only after the nodes it points to exist, because a parent
 * names its children. Nodes are named {@code node:MESSAGE_ID} here; the manifest tells the uploader
 * to replace each name with the URN LinkedIn returns when that node is created.
 */
final class LinkedInConversation {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final Map<String, JsonNode> messages = new HashMap<>();
	private final List<String> order = new ArrayList<>();

	private LinkedInConversation(JsonNode flow) {
		flow.path("messages").forEach(message -> messages.put(message.path("id").asText(), message));
		visit(flow.path("start").asText(), new HashSet<>());
	}

	/** The nodes in creation order, each {@code {id, content}}. */
	static ArrayNode nodes(JsonNode flow) {
		LinkedInConversation conversation = new LinkedInConversation(flow);
		ArrayNode nodes = NODES.arrayNode();
		for (String id : conversation.order) {
			ObjectNode node = nodes.addObject();
			node.put("id", reference(id));
			node.set("content", conversation.content(conversation.messages.get(id)));
		}
		return nodes;
	}

	static String reference(String messageId) {
		return "node:" + messageId;
	}

	/** Post-order walk: children first. A cycle (export forced past validation) is cut where it closes. */
	private void visit(String id, Set<String> onPath) {
		JsonNode message = messages.get(id);
		if (message == null || order.contains(id) || !onPath.add(id)) {
			return;
		}
		message.path("buttons").forEach(button -> {
			if (button.has("next")) {
				visit(button.path("next").asText(), onPath);
			}
		});
		onPath.remove(id);
		order.add(id);
	}

	private ObjectNode content(JsonNode message) {
		ObjectNode content = NODES.objectNode();
		content.putObject("bodySource").put("text", message.path("text").asText());
		ArrayNode options = content.putObject("nextAction").putArray("options");
		message.path("buttons").forEach(button -> options.add(option(button)));
		return content;
	}

	private static ObjectNode option(JsonNode button) {
		ObjectNode option = NODES.objectNode();
		option.put("optionText", button.path("text").asText());
		if (button.has("url")) {
			option.put("replyType", "EXTERNAL_WEBSITE");
			option.put("landingPage", button.path("url").asText());
		} else if (button.has("leadGenForm")) {
			option.put("replyType", "LEAD_GENERATION_THANK_YOU");
		} else {
			option.put("replyType", "SIMPLE_REPLY");
			if (button.has("next")) {
				option.put("nextContent", reference(button.path("next").asText()));
			}
		}
		return option;
	}
}
