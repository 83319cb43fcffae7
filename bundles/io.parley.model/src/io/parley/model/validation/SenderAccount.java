package io.parley.model.validation;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The kind of account that sends a document ({@code FREE}, {@code PREMIUM}...), which some limits
 * depend on: the document's own {@code senderAccount}, else that of a campaign beside it that
 * sends it; "" when none says.
 */
final class SenderAccount {

	private SenderAccount() {
	}

	static String of(JsonNode root, Path file) {
		String own = root.path("senderAccount").asText("");
		if (!own.isEmpty() || file == null) {
			return own;
		}
		return AttachedProspects.campaignSending(file).map(campaign -> campaign.path("senderAccount").asText("")).orElse("");
	}
}
