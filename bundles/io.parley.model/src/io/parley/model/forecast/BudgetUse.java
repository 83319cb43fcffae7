package io.parley.model.forecast;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;
import io.parley.model.json.Json;
import io.parley.model.rules.MessageFormat;

/**
 * The campaign a budget pays for, found beside it: a budget file names neither its format nor its
 * audience, but the campaign that names the budget does. A sponsored campaign wins over a personal
 * one, since only sponsored sends are bought; among equals, the first by file name.
 *
 * @param audienceSize the audience file's estimated size, 0 when it has none
 * @param inMailPlan the campaign's InMail plan, empty when it names none
 */
public record BudgetUse(String campaign, MessageFormat format, String audience, long audienceSize, String inMailPlan) {

	private static final ObjectMapper JSON = Json.mapper();

	public static Optional<BudgetUse> find(Path budgetFile) {
		return all(budgetFile).stream().min(Comparator.comparing(use -> !use.format().isSponsored()));
	}

	/** Every campaign beside the budget that names it, by file name. */
	public static List<BudgetUse> all(Path budgetFile) {
		Path folder = budgetFile.toAbsolutePath().getParent();
		String budgetName = budgetFile.getFileName().toString();
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> DocumentKind.CAMPAIGN.names(f.getFileName().toString())).sorted()
					.map(campaign -> read(campaign, budgetName)).flatMap(Optional::stream).toList();
		} catch (IOException e) {
			return List.of();
		}
	}

	private static Optional<BudgetUse> read(Path campaignFile, String budgetName) {
		try {
			JsonNode campaign = JSON.readTree(campaignFile.toFile());
			Optional<MessageFormat> format = MessageFormat.of(campaign.path("format").asText(""));
			if (!budgetName.equals(campaign.path("budget").asText()) || format.isEmpty()) {
				return Optional.empty();
			}
			String audience = campaign.path("audience").asText("");
			return Optional.of(new BudgetUse(campaignFile.getFileName().toString(), format.get(), audience,
					audienceSize(campaignFile.getParent().resolve(audience)), campaign.path("inMailPlan").asText("")));
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static long audienceSize(Path audienceFile) {
		try {
			return Files.isRegularFile(audienceFile) ? JSON.readTree(audienceFile.toFile()).path("estimatedSize").asLong(0) : 0;
		} catch (IOException e) {
			return 0;
		}
	}
}
