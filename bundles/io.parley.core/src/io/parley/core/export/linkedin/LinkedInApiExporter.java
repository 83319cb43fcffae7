package io.parley.core.export.linkedin;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.core.export.CampaignExporter;
import io.parley.model.json.Json;

/**
 * LinkedIn Marketing API JSON: {@code campaign.json}, the content ({@code inMailContents.json} for a
 * Message Ad, {@code sponsoredMessageContents.json} for a Conversation Ad) and {@code manifest.json},
 * the order in which to create them. Nothing is sent: a person or their own tool uploads the files.
 */
public final class LinkedInApiExporter implements CampaignExporter {

	static final String CAMPAIGN = "campaign.json";
	static final String MESSAGE_AD = "inMailContents.json";
	static final String CONVERSATION = "sponsoredMessageContents.json";
	static final String MANIFEST = "manifest.json";

	private final ObjectWriter json = Json.pretty();

	@Override
	public void export(Path campaignFile, Path stagingFolder, IProgressMonitor monitor) throws IOException {
		CampaignDocuments documents = CampaignDocuments.read(campaignFile);
		json.writeValue(stagingFolder.resolve(CAMPAIGN).toFile(), LinkedInCampaign.of(documents));
		ObjectNode manifest = JsonNodeFactory.instance.objectNode();
		manifest.put("campaign", documents.campaign().path("name").asText());
		ArrayNode steps = manifest.putArray("steps");
		steps.addObject().put("create", "campaign").put("file", CAMPAIGN);
		if (documents.isConversation()) {
			ArrayNode nodes = LinkedInConversation.nodes(documents.content());
			json.writeValue(stagingFolder.resolve(CONVERSATION).toFile(), nodes);
			for (JsonNode node : nodes) {
				steps.addObject().put("create", "sponsoredMessageContent").put("file", CONVERSATION)
						.put("node", node.path("id").asText());
			}
			manifest.put("note", "Create the nodes in this order and replace each node:ID in later nodes"
					+ " with the URN LinkedIn returned for it; the last node is the opening message.");
		} else {
			json.writeValue(stagingFolder.resolve(MESSAGE_AD).toFile(), LinkedInMessageAd.of(documents.content()));
			steps.addObject().put("create", "inMailContent").put("file", MESSAGE_AD);
		}
		json.writeValue(stagingFolder.resolve(MANIFEST).toFile(), manifest);
	}
}
