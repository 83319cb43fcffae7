package io.parley.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a campaign did once it ran, day by day, as LinkedIn reported it: Campaign Manager's
 * performance export ({@link CampaignManagerExport}) or the Marketing API's adAnalytics response
 * ({@link AdAnalyticsResponse}), saved beside the campaign and named by its {@code "results"}.
 *
 * @param file     the report read
 * @param reporter who reported the figures, in words: "Campaign Manager's performance export"
 * @param reported the figures the report has (sends, opens, clicks, leads, spend); the others are 0
 *                 because they were not reported, not because nothing happened
 * @param days     the days reported, in order
 */
public record CampaignResults(Path file, String reporter, Set<String> reported, String currency, List<DayFigures> days) {

	public static final List<String> FIGURES = List.of("sends", "opens", "clicks", "leads", "spend");

	public CampaignResults {
		reported = Set.copyOf(reported);
		days = List.copyOf(days);
	}

	/** The report in {@code file}: JSON is an adAnalytics response; any other file a Campaign Manager export. */
	public static CampaignResults read(Path file, String campaignName) throws IOException {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? AdAnalyticsResponse.read(file)
				: CampaignManagerExport.read(file, campaignName);
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
