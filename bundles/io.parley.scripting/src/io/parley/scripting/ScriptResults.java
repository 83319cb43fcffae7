package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.campaign.CampaignParts;
import io.parley.model.files.internal.DocumentFiles;
import io.parley.model.json.Json;
import io.parley.model.results.CampaignResults;
import io.parley.model.results.DayFigures;
import io.parley.model.results.ForecastCheck;
import io.parley.model.rules.RuleSet;

/**
 * {@code parley.results(campaign)}: the results a campaign names, day by day and in total, where
 * they come from, and, where its budget makes a forecast, each figure against it.
 */
final class ScriptResults {

	private static final ObjectMapper JSON = Json.mapper();

	private ScriptResults() {
	}

	static ObjectNode of(Path campaignFile, String campaignPath, RuleSet rules) throws IOException {
		CampaignParts parts = CampaignParts.of(campaignFile, DocumentFiles.read(campaignFile));
		CampaignResults results = parts.results().orElseThrow(() -> new IllegalArgumentException(campaignPath
				+ " names no results file (\"results\": a Campaign Manager export or an adAnalytics response beside it)"));
		ObjectNode answer = JSON.createObjectNode();
		answer.put("file", results.file().getFileName().toString());
		answer.put("reporter", results.reporter());
		answer.put("currency", results.currency());
		answer.put("period", results.period());
		ArrayNode reported = answer.putArray("reported");
		results.reported().stream().sorted().forEach(reported::add);
		answer.set("days", JSON.valueToTree(results.days().stream().map(ScriptResults::day).toList()));
		answer.set("total", JSON.valueToTree(day(results.total())));
		answer.put("rates", parts.rates(rules).source());
		parts.forecast(rules).ifPresent(forecast -> {
			ForecastCheck check = ForecastCheck.of(results, forecast, parts.rates(rules).rates(), parts.flightDays(),
					parts.budget().map(b -> b.path("total").asDouble(0)).orElse(0.0));
			ArrayNode figures = answer.putArray("againstForecast");
			check.figures().forEach(f -> figures.addObject().put("name", f.name()).put("low", f.forecast().low())
					.put("high", f.forecast().high()).put("actual", f.actual())
					.put("verdict", f.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
		});
		return answer;
	}

	private static Map<String, Object> day(DayFigures day) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("day", day.day() == null ? null : day.day().toString());
		fields.put("sends", day.sends());
		fields.put("opens", day.opens());
		fields.put("clicks", day.clicks());
		fields.put("leads", day.leads());
		fields.put("spend", day.spend());
		return fields;
	}
}
