package io.parley.core.kinds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The content of a new document: the kind's starting file with its empty fields filled from what
 * the user already said (the document's name, the default sender and currency).
 */
public final class NewDocumentContent {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private NewDocumentContent() {
	}

	/** @param fills values for top-level fields that are empty in the starting file, e.g. name → "Webinar" */
	public static byte[] create(DocumentKindDescriptor kind, Map<String, String> fills) throws IOException {
		URL template = kind.initialContent()
				.orElseThrow(() -> new IOException("The " + kind.name() + " kind has no starting content"));
		byte[] content;
		try (InputStream in = template.openStream()) {
			content = in.readAllBytes();
		}
		if (!kind.suffix().endsWith(".json")) {
			return content;
		}
		JsonNode root = JSON.readTree(content);
		if (root instanceof ObjectNode object) {
			fills.forEach((field, value) -> {
				JsonNode current = object.get(field);
				if (current != null && current.isTextual() && current.asText().isEmpty() && !value.isEmpty()) {
					object.put(field, value);
				}
			});
		}
		return (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
