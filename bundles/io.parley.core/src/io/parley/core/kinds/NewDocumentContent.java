package io.parley.core.kinds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.campaign.CampaignDefaults;
import io.parley.model.files.DocumentKind;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.json.Json;

/**
 * The content of a new document: the kind's starting file with its empty fields filled from what
 * the user already said (the document's name, the default sender and currency).
 */
public final class NewDocumentContent {

	private NewDocumentContent() {
	}

	/** @param fills values for top-level fields that are empty in the starting file, e.g. name → "Webinar" */
	public static byte[] create(DocumentKindDescriptor kind, Map<String, String> fills) throws IOException {
		return content(kind, fills, Map.of());
	}

	/**
	 * The content of a new document of {@code kind} in {@code folder}: what the documents beside it
	 * say comes first (a campaign's audience, content, budget, format and sender), then {@code fills}
	 * for the fields still empty. A {@code folder} of null is one not made yet, with nothing in it.
	 */
	public static byte[] create(DocumentKindDescriptor kind, Map<String, String> fills, Path folder) throws IOException {
		return content(kind, fills, folder != null && DocumentKind.CAMPAIGN.id().equals(kind.id()) ? CampaignDefaults.of(folder) : Map.of());
	}

	/**
	 * A new document from another starting file than its kind's, such as a sample to start from:
	 * {@code values} replace the file's own top-level fields, those that are empty excepted.
	 */
	public static byte[] create(URL start, Map<String, String> values) throws IOException {
		JsonNode root;
		try (InputStream in = start.openStream()) {
			root = Json.mapper().readTree(in);
		}
		if (root instanceof ObjectNode object) {
			values.forEach((field, value) -> {
				if (!value.isEmpty()) {
					object.put(field, value);
				}
			});
		}
		return DocumentFiles.text(root).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] content(DocumentKindDescriptor kind, Map<String, String> fills, Map<String, String> beside) throws IOException {
		URL template = kind.initialContent()
				.orElseThrow(() -> new IOException("The " + kind.name() + " kind has no starting content"));
		byte[] content;
		try (InputStream in = template.openStream()) {
			content = in.readAllBytes();
		}
		if (!kind.suffix().endsWith(".json")) {
			return content;
		}
		JsonNode root = Json.mapper().readTree(content);
		if (root instanceof ObjectNode object) {
			beside.forEach(object::put);
			fills.forEach((field, value) -> {
				JsonNode current = object.get(field);
				if (current != null && current.isTextual() && current.asText().isEmpty() && !value.isEmpty()) {
					object.put(field, value);
				}
			});
		}
		return DocumentFiles.text(root).getBytes(StandardCharsets.UTF_8);
	}
}
