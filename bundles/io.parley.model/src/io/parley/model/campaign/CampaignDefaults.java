package io.parley.model.campaign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.rules.MessageFormat;

/**
 * What a new campaign starts with, from the documents beside it: the first audience, content and
 * budget of its folder (by name), the content's format and its sender. So a campaign made where
 * its parts already are is complete from the start; where a part is missing the campaign says so.
 */
public final class CampaignDefaults {

	private static final ObjectMapper JSON = Json.mapper();

	private CampaignDefaults() {
	}

	/** Top-level fields of a new campaign in {@code folder}: audience, content, budget, format and sender, those it finds. */
	public static Map<String, String> of(Path folder) {
		Map<String, String> fields = new HashMap<>();
		first(folder, DocumentKind.AUDIENCE).ifPresent(audience -> fields.put(CampaignParts.AUDIENCE, audience));
		first(folder, DocumentKind.BUDGET).ifPresent(budget -> fields.put(CampaignParts.BUDGET, budget));
		first(folder, DocumentKind.TEMPLATE, DocumentKind.FLOW).ifPresent(content -> {
			fields.put(CampaignParts.CONTENT, content);
			read(folder.resolve(content)).ifPresent(root -> {
				MessageFormat.ofContent(root).ifPresent(format -> fields.put("format", format.name()));
				fields.put("sender", root.path("sender").asText(""));
			});
		});
		return fields;
	}

	private static Optional<String> first(Path folder, DocumentKind... kinds) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString())
					.filter(name -> Stream.of(kinds).anyMatch(kind -> kind.names(name)))
					.sorted().findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private static Optional<JsonNode> read(Path file) {
		try {
			return Optional.of(JSON.readTree(file.toFile()));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}
}
