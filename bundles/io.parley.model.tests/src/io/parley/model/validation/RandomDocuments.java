package io.parley.model.validation;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.rules.MessageFormat;

/**
 * Templates and flows with random fields, to break as many rules as possible at once: texts of
 * macros, links, tags, emojis and generic phrases of every length, lists where an object belongs,
 * values of the wrong type and fields that are missing or blank.
 */
final class RandomDocuments {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final List<String> PIECES = List.of("Hi ", "%FIRSTNAME%", "%COMPANYNAME%", "%LASTNAME%", "%JOBTITLE%",
			"%INDUSTRY%", "%NOPE%", "40% ", "https://example.com/spring ", "www.example.com ", "https://example.com/"
					+ "x".repeat(70),
			"https://a.example https://b.example ", "<b>", "</b>", "\uD83D\uDE00", "\uD83D\uDE00".repeat(6), "\uD83D\uDC68\u200D\uD83D\uDC69", "\u2764\uFE0F", " ", "\n", "Quick question",
			"Opportunity!", "We cut reporting by 40% for Contoso with one dashboard. ", "x".repeat(37), "y".repeat(480),
			"z".repeat(1400));
	private static final List<String> URLS = List.of("https://example.com/spring", "ftp://example.com/file", "example.com",
			"https:// example.com", "https://example.com/" + "u".repeat(1100), "");

	private final Random random;

	RandomDocuments(long seed) {
		this.random = new Random(seed);
	}

	MessageFormat format() {
		return MessageFormat.values()[random.nextInt(MessageFormat.values().length)];
	}

	/** A document of the format: a flow for a Conversation Ad, else a template. */
	ObjectNode document(MessageFormat format) {
		return format == MessageFormat.CONVERSATION_AD ? flow() : template(format);
	}

	private ObjectNode template(MessageFormat format) {
		ObjectNode template = JSON.createObjectNode().put("schema", "parley.template/1").put("format", format.name());
		maybe(template, "name");
		maybe(template, "sender");
		maybe(template, "subject");
		maybe(template, "body");
		maybe(template, "footer");
		if (random.nextInt(4) == 0) {
			template.put("senderAccount", random.nextBoolean() ? "FREE" : "premium");
		}
		int cta = random.nextInt(5);
		if (cta == 1 || cta == 2) {
			template.set("cta", callToAction());
		} else if (cta == 3) {
			template.putArray("cta").add(callToAction()).add(callToAction());
		} else if (cta == 4) {
			template.put("cta", text());
		}
		if (random.nextInt(3) == 0) {
			ArrayNode variants = template.putArray("variants");
			for (int i = random.nextInt(3); i >= 0; i--) {
				ObjectNode variant = variants.addObject();
				maybe(variant, "subject");
				maybe(variant, "body");
			}
		}
		return template;
	}

	private ObjectNode flow() {
		ObjectNode flow = JSON.createObjectNode().put("schema", "parley.flow/1").put("start", "m0");
		maybe(flow, "name");
		maybe(flow, "sender");
		maybe(flow, "subject");
		maybe(flow, "footer");
		ArrayNode messages = flow.putArray("messages");
		int count = random.nextInt(5);
		for (int i = 0; i < count; i++) {
			ObjectNode message = messages.addObject().put("id", "m" + i);
			maybe(message, "text");
			ArrayNode buttons = message.putArray("buttons");
			for (int b = random.nextInt(5); b > 0; b--) {
				ObjectNode button = buttons.addObject().put("text", random.nextBoolean() ? "Not interested" : text());
				switch (random.nextInt(4)) {
					case 0 -> button.put("next", "m" + random.nextInt(count + 1));
					case 1 -> button.put("url", URLS.get(random.nextInt(URLS.size())));
					case 2 -> button.put("close", true);
					default -> button.put("leadGenForm", "Demo form");
				}
			}
		}
		return flow;
	}

	private JsonNode callToAction() {
		ObjectNode cta = JSON.createObjectNode();
		maybe(cta, "text");
		if (random.nextInt(3) > 0) {
			cta.put("url", URLS.get(random.nextInt(URLS.size())));
		}
		if (random.nextInt(4) == 0) {
			cta.put("leadGenForm", "Demo form");
		}
		return cta;
	}

	/** Usually a text; sometimes nothing, a blank, null, a number or an object. */
	private void maybe(ObjectNode node, String field) {
		switch (random.nextInt(12)) {
			case 0 -> {
			}
			case 1 -> node.put(field, " ");
			case 2 -> node.putNull(field);
			case 3 -> node.put(field, random.nextInt(100));
			case 4 -> node.putObject(field).put("text", text());
			default -> node.put(field, text());
		}
	}

	private String text() {
		StringBuilder text = new StringBuilder();
		for (int pieces = random.nextInt(8); pieces > 0; pieces--) {
			text.append(PIECES.get(random.nextInt(PIECES.size())));
		}
		return text.toString();
	}
}
