package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.json.Json;
import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MessageText;

/**
 * The macros the messages sent to an audience use, each with the document that uses it first: a
 * prospect list needs a column for these and for no others (Connections.csv has no industry, and
 * a message that never says %INDUSTRY% does not need one).
 */
final class UsedMacros {

	private static final ObjectMapper JSON = Json.mapper();

	private UsedMacros() {
	}

	/** Macros of the content of every campaign beside {@code audienceFile} that sends to it. */
	static Map<Macro, String> sentTo(Path audienceFile, RuleSet rules) {
		Map<Macro, String> used = new LinkedHashMap<>();
		Path folder = audienceFile.toAbsolutePath().getParent();
		String audience = audienceFile.getFileName().toString();
		try (Stream<Path> campaigns = AttachedProspects.campaignFiles(folder)) {
			for (Path file : campaigns.toList()) {
				JsonNode campaign = JSON.readTree(file.toFile());
				String content = campaign.path("content").asText("");
				if (audience.equals(campaign.path("audience").asText()) && !content.isEmpty()) {
					in(JSON.readTree(folder.resolve(content).toFile()), rules).forEach(macro -> used.putIfAbsent(macro, content));
				}
			}
		} catch (IOException | RuntimeException e) {
			// a campaign or content that cannot be read has its own diagnostics; the macros found so far stand
		}
		return used;
	}

	/** The rule set's macros that any text of {@code document} uses, in the order they appear. */
	static Stream<Macro> in(JsonNode document, RuleSet rules) {
		Stream.Builder<Macro> found = Stream.builder();
		collect(document, rules, found);
		return found.build().distinct();
	}

	private static void collect(JsonNode node, RuleSet rules, Stream.Builder<Macro> found) {
		if (node.isTextual()) {
			MessageText.macros(node.asText()).stream().map(match -> rules.macros().get(match.text()))
					.filter(macro -> macro != null).forEach(found);
		} else {
			node.forEach(child -> collect(child, rules, found));
		}
	}
}
