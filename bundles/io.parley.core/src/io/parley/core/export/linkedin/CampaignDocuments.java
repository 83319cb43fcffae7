package io.parley.core.export.linkedin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A campaign file with the audience, content and budget files it names, read as JSON trees. */
record CampaignDocuments(JsonNode campaign, JsonNode audience, JsonNode content, JsonNode budget) {

	private static final ObjectMapper JSON = new ObjectMapper();

	static CampaignDocuments read(Path campaignFile) throws IOException {
		JsonNode campaign = JSON.readTree(campaignFile.toFile());
		Path folder = campaignFile.toAbsolutePath().getParent();
		return new CampaignDocuments(campaign, part(folder, campaign, "audience"), part(folder, campaign, "content"),
				part(folder, campaign, "budget"));
	}

	private static JsonNode part(Path folder, JsonNode campaign, String field) throws IOException {
		String name = campaign.path(field).asText("");
		if (name.isEmpty()) {
			throw new IOException("The campaign names no " + field + " file");
		}
		Path file = folder.resolve(name);
		if (!Files.isReadable(file)) {
			throw new IOException("The campaign's " + field + " file " + name + " cannot be read");
		}
		return JSON.readTree(file.toFile());
	}

	boolean isConversation() {
		return content.path("schema").asText().startsWith("parley.flow/");
	}
}
