package io.parley.core.export.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Message Ad template as the API's {@code inMailContents} (rules.md §5). The API calls the body
 * {@code htmlBody}; LinkedIn renders no markup in messages, so the text is escaped and only its line
 * breaks become {@code <br>}.
 */
final class LinkedInMessageAd {

	private LinkedInMessageAd() {
	}

	static ObjectNode of(JsonNode template) {
		ObjectNode content = JsonNodeFactory.instance.objectNode();
		content.put("name", template.path("name").asText());
		content.put("subject", template.path("subject").asText());
		content.put("sender", template.path("sender").asText());
		content.put("htmlBody", htmlBody(template.path("body").asText()));
		if (!template.path("footer").asText().isEmpty()) {
			content.put("customFooter", template.path("footer").asText());
		}
		content.set("subContent", callToAction(template.path("cta")));
		return content;
	}

	private static ObjectNode callToAction(JsonNode cta) {
		ObjectNode subContent = JsonNodeFactory.instance.objectNode();
		if (cta.has("leadGenForm")) {
			subContent.putObject("form").put("callToActionText", cta.path("text").asText());
		} else {
			ObjectNode regular = subContent.putObject("regular");
			regular.put("callToActionText", cta.path("text").asText());
			regular.put("callToActionLandingPageUrl", cta.path("url").asText());
		}
		return subContent;
	}

	static String htmlBody(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
	}
}
