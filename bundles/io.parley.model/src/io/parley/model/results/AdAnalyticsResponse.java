package io.parley.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.TextFiles;
import io.parley.model.json.Json;

/**
 * The Marketing API's answer to {@code GET /rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY}
 * saved as JSON: {@code {"elements": [{"dateRange": {"start": {"year", "month", "day"}}, "sends", "opens",
 * "actionClicks", "oneClickLeads", "costInLocalCurrency"}]}}, one element a day (and campaign). The
 * fields of each figure are in {@code rules/results-columns.json}.
 */
final class AdAnalyticsResponse {

	static final String REPORTER = "the Marketing API's adAnalytics response";
	private static final ObjectMapper JSON = Json.mapper();

	private AdAnalyticsResponse() {
	}

	static CampaignResults read(Path file) throws IOException {
		JsonNode root;
		try {
			root = JSON.readTree(TextFiles.readUtf8(file));
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new DocumentReadException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
					"this is not JSON: " + e.getOriginalMessage());
		} catch (TextFiles.NotUtf8Exception e) {
			throw new DocumentReadException(file, e.line(), e.column(), e.getMessage());
		}
		if (root == null || !root.path("elements").isArray()) {
			throw new DocumentReadException(file, 0, 0, "this is not an adAnalytics response: it has no \"elements\"; save the"
					+ " whole answer of GET /rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY");
		}
		Map<LocalDate, DayFigures> days = new TreeMap<>();
		Set<String> reported = new LinkedHashSet<>();
		int index = 0;
		for (JsonNode element : root.path("elements")) {
			LocalDate day = day(file, element, index++);
			for (String figure : CampaignResults.FIGURES) {
				if (ResultsColumns.analyticsFields(figure).stream().anyMatch(element::has)) {
					reported.add(figure);
				}
			}
			days.merge(day, new DayFigures(day, Math.round(figure(element, "sends")), Math.round(figure(element, "opens")),
					Math.round(figure(element, "clicks")), Math.round(figure(element, "leads")), figure(element, "spend")),
					DayFigures::plus);
		}
		return new CampaignResults(file, REPORTER, reported, "", new ArrayList<>(days.values()), List.of(), List.of());
	}

	private static LocalDate day(Path file, JsonNode element, int index) throws DocumentReadException {
		JsonNode start = element.path("dateRange").path("start");
		try {
			return LocalDate.of(start.path("year").asInt(), start.path("month").asInt(), start.path("day").asInt());
		} catch (DateTimeException e) {
			throw new DocumentReadException(file, 0, 0, "element " + (index + 1) + " has no day: its dateRange.start is "
					+ (start.isMissingNode() ? "missing" : start.toString()) + "; ask for timeGranularity=DAILY");
		}
	}

	/** The first field of the figure the element has; the API writes money as a string ("12.34"). */
	private static double figure(JsonNode element, String figure) {
		for (String field : ResultsColumns.analyticsFields(figure)) {
			JsonNode value = element.get(field);
			if (value != null && !value.isNull()) {
				Double number = value.isNumber() ? Double.valueOf(value.asDouble()) : Figures.number(value.asText());
				return number == null ? 0 : number;
			}
		}
		return 0;
	}
}
