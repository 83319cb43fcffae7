package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.files.ProspectColumns;
import io.parley.model.files.ProspectSource;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;

/**
 * Finds the prospect list a message will be sent to: the one named by the document itself
 * ({@code "prospects"}), or by the audience of a campaign beside it that uses the document. With a
 * list, lengths are checked with its longest real values; without one, with the rule set's maxima.
 * The longest values of a list are kept until the list changes, so saving a template beside a
 * million-row list does not read the list again.
 */
final class AttachedProspects {

	private static final ObjectMapper JSON = Json.mapper();

	private AttachedProspects() {
	}

	static MacroValues worstCase(Path document, JsonNode root, RuleSet ruleSet) {
		try {
			Optional<ProspectSource> list = find(document, root);
			return list.isPresent() ? ProspectListFacts.of(list.get(), ruleSet).longestValues(ruleSet) : MacroValues.assumedMaximum(ruleSet);
		} catch (IOException | RuntimeException e) {
			return MacroValues.assumedMaximum(ruleSet);
		}
	}

	/** The first row of {@code list} that cannot be read, as "NAME.prospects.csv:LINE: what"; read once per version of the list. */
	static Optional<String> unreadable(ProspectSource list, RuleSet ruleSet) {
		try {
			return ProspectListFacts.of(list, ruleSet).unreadableRow();
		} catch (IOException | RuntimeException e) {
			return Optional.of(list.file().getFileName() + " cannot be read: " + e.getMessage());
		}
	}

	/** An audience's own list with its column mapping, a template's with the columns as named, else a campaign's. */
	static Optional<ProspectSource> find(Path document, JsonNode root) throws IOException {
		Path folder = document.toAbsolutePath().getParent();
		if (!root.path("prospects").asText("").isEmpty()) {
			return existing(folder.resolve(root.path("prospects").asText()), ProspectColumns.of(root));
		}
		try (Stream<Path> files = campaignFiles(folder)) {
			for (Path campaign : files.toList()) {
				Optional<ProspectSource> list = viaCampaign(folder, campaign, document.getFileName().toString());
				if (list.isPresent()) {
					return list;
				}
			}
		}
		return Optional.empty();
	}

	/** The first campaign beside the document (by file name) that sends it as its content. */
	static Optional<JsonNode> campaignSending(Path document) {
		Path folder = document.toAbsolutePath().getParent();
		try (Stream<Path> files = campaignFiles(folder)) {
			for (Path file : files.toList()) {
				JsonNode campaign = readOrNull(file);
				if (campaign != null && document.getFileName().toString().equals(campaign.path("content").asText())) {
					return Optional.of(campaign);
				}
			}
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The campaigns of a folder, by file name. */
	static Stream<Path> campaignFiles(Path folder) throws IOException {
		return Files.list(folder).filter(f -> DocumentKind.CAMPAIGN.names(f.getFileName().toString())).sorted();
	}

	private static JsonNode readOrNull(Path file) {
		try {
			return JSON.readTree(file.toFile());
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static Optional<ProspectSource> viaCampaign(Path folder, Path campaignFile, String documentName) {
		JsonNode campaign = readOrNull(campaignFile);
		return campaign != null && documentName.equals(campaign.path("content").asText()) ? ofCampaign(campaign, folder)
				: Optional.empty();
	}

	/** The prospect list named by the audience of a campaign, if it names one that exists, as the audience maps it. */
	static Optional<ProspectSource> ofCampaign(JsonNode campaign, Path folder) {
		try {
			String audienceName = campaign.path("audience").asText("");
			if (audienceName.isEmpty()) {
				return Optional.empty();
			}
			JsonNode audience = JSON.readTree(folder.resolve(audienceName).toFile());
			String prospects = audience.path("prospects").asText("");
			return prospects.isEmpty() ? Optional.empty() : existing(folder.resolve(prospects), ProspectColumns.of(audience));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static Optional<ProspectSource> existing(Path file, ProspectColumns columns) {
		return Files.isReadable(file) ? Optional.of(new ProspectSource(file, columns)) : Optional.empty();
	}
}
