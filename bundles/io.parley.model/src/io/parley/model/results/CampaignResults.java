package io.parley.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a campaign did once it ran, day by day, as LinkedIn reported it: Campaign Manager's
 * performance export ({@link CampaignManagerExport}) or the Marketing API's adAnalytics response
 * ({@link AdAnalyticsResponse}), saved beside the campaign and named by its {@code "results"}.
 *
 * @param file     the report read
 * @param reporter who reported the figures, in words: "Campaign Manager's performance export", or "the report in
 *                 NAME.csv" when its days and sends were read from columns another tool named
 * @param reported the figures the report has (sends, opens, clicks, leads, spend); the others are 0
 *                 because they were not reported, not because nothing happened
 * @param days     the days reported, in order
 * @param header   the names of the report's columns; none for an adAnalytics response, whose fields are fixed
 * @param columns  the column each figure was read from, and how it was found
 */
public record CampaignResults(Path file, String reporter, Set<String> reported, String currency, List<DayFigures> days,
		List<String> header, List<ReadColumn> columns) {

	public static final List<String> FIGURES = List.of("sends", "opens", "clicks", "leads", "spend");
	/** The campaign's field that keeps the columns the person chose: figure to the column's name, "" for none. */
	public static final String CHOSEN_COLUMNS = "resultsColumns";

	public CampaignResults {
		reported = Set.copyOf(reported);
		days = List.copyOf(days);
		header = List.copyOf(header);
		columns = List.copyOf(columns);
	}

	/** The report in {@code file}: JSON is an adAnalytics response; any other file a Campaign Manager export. */
	public static CampaignResults read(Path file, String campaignName, Map<String, String> chosenColumns) throws IOException {
		return isAnalytics(file) ? AdAnalyticsResponse.read(file) : CampaignManagerExport.read(file, campaignName, chosenColumns);
	}

	/** The report {@code campaign} names, read from {@code file} as it chose its columns. */
	public static CampaignResults of(Path file, JsonNode campaign, String defaultName) throws IOException {
		return read(file, campaign.path("name").asText(defaultName), chosenColumns(campaign));
	}

	/** The names of the columns of the report in {@code file}; none for an adAnalytics response. */
	public static List<String> header(Path file, Map<String, String> chosenColumns) throws IOException {
		return isAnalytics(file) ? List.of() : CampaignManagerExport.header(file, chosenColumns);
	}

	/** The columns the campaign's person chose for its report's figures ({@code "resultsColumns"}). */
	public static Map<String, String> chosenColumns(JsonNode campaign) {
		Map<String, String> chosen = new LinkedHashMap<>();
		campaign.path(CHOSEN_COLUMNS).properties().forEach(e -> {
			if (e.getValue().isTextual() && ResultsColumns.figures().contains(e.getKey())) {
				chosen.put(e.getKey(), e.getValue().asText());
			}
		});
		return chosen;
	}

	/** Every figure whose column a report may have, in the order a person reads them: day, campaign, sends, ... */
	public static List<String> columnFigures() {
		return ResultsColumns.figures();
	}

	/** The figure in a person's words: "Sends" for "sends". */
	public static String label(String figure) {
		return ReadColumn.label(figure);
	}

	/** Whether a column was found by a name that only looks like Campaign Manager's, for the person to confirm. */
	public boolean hasSimilarNames() {
		return columns.stream().anyMatch(c -> c.found() == ReadColumn.Found.BY_A_SIMILAR_NAME);
	}

	private static boolean isAnalytics(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
	}

	/** The figures of every day together. */
	public DayFigures total() {
		DayFigures total = new DayFigures(days.isEmpty() ? null : days.get(0).day(), 0, 0, 0, 0, 0);
		for (DayFigures day : days) {
			total = total.plus(day);
		}
		return total;
	}

	public boolean reports(String figure) {
		return reported.contains(figure);
	}

	public Optional<LocalDate> firstDay() {
		return days.isEmpty() ? Optional.empty() : Optional.of(days.get(0).day());
	}

	public Optional<LocalDate> lastDay() {
		return days.isEmpty() ? Optional.empty() : Optional.of(days.get(days.size() - 1).day());
	}

	/** The months the report covers, as "2027-01" or "2027-01 to 2027-02". */
	public String period() {
		if (days.isEmpty()) {
			return "no days";
		}
		String first = firstDay().get().toString().substring(0, 7);
		String last = lastDay().get().toString().substring(0, 7);
		return first.equals(last) ? first : first + " to " + last;
	}
}
