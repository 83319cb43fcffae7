package io.parley.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.forecast.FunnelRates;
import io.parley.model.json.Json;
import io.parley.model.rules.MessageFormat;
import io.parley.model.rules.RuleSet;

/**
 * The rates a budget forecasts with, and where they come from: the rule set's benchmarks, or, when
 * the budget names a campaign of the workspace that has run ({@code "rates": "webinar-q4.campaign.json"}),
 * the rates that campaign's results show ({@link ObservedRates}).
 *
 * @param source "the rule set's benchmarks" or "observed in webinar-q4, 2027-01"
 */
public record ChosenRates(FunnelRates rates, String source) {

	public static final String BENCHMARKS = "the rule set's benchmarks";
	private static final ObjectMapper JSON = Json.mapper();

	/** The rates of {@code budget}, a document of {@code folder}, for a campaign of {@code format}. */
	public static ChosenRates of(JsonNode budget, Path folder, RuleSet rules, MessageFormat format) {
		FunnelRates benchmarks = FunnelRates.of(rules, format);
		String campaign = budget.path("rates").asText("");
		if (campaign.isEmpty() || folder == null) {
			return new ChosenRates(benchmarks, BENCHMARKS);
		}
		try {
			return observed(folder.resolve(campaign)).map(o -> new ChosenRates(o.replacing(benchmarks), o.source()))
					.orElse(new ChosenRates(benchmarks, BENCHMARKS + " (" + campaign + " has no sends reported yet)"));
		} catch (IOException | RuntimeException e) {
			return new ChosenRates(benchmarks, BENCHMARKS + " (the results of " + campaign + " cannot be read: " + e.getMessage() + ")");
		}
	}

	/** The rates observed in the campaign in {@code campaignFile}; empty when it reports no sends. */
	public static Optional<ObservedRates> observed(Path campaignFile) throws IOException {
		JsonNode campaign = JSON.readTree(campaignFile.toFile());
		String results = campaign.path("results").asText("");
		if (results.isEmpty()) {
			throw new IOException(campaignFile.getFileName() + " names no results file");
		}
		String name = campaignFile.getFileName().toString().replaceFirst("\\.campaign\\.json$", "");
		return ObservedRates.of(CampaignResults.of(campaignFile.resolveSibling(results), campaign, name), name);
	}
}
