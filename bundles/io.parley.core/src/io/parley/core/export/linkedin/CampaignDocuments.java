package io.parley.core.export.linkedin;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.campaign.CampaignParts;

/** A campaign with the audience, content and budget files it names, all three of which an export needs. */
record CampaignDocuments(JsonNode campaign, JsonNode audience, JsonNode content, JsonNode budget) {

	static CampaignDocuments read(Path campaignFile) throws IOException {
		CampaignParts parts = CampaignParts.read(campaignFile);
		return new CampaignDocuments(parts.campaign(), parts.required(CampaignParts.AUDIENCE),
				parts.required(CampaignParts.CONTENT), parts.required(CampaignParts.BUDGET));
	}

	boolean isConversation() {
		return content.path("schema").asText().startsWith("parley.flow/");
	}
}
