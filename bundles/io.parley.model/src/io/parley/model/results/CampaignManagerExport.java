package io.parley.model.results;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.parley.model.files.DocumentReadException;
import io.parley.model.files.TableFile;

/**
 * Campaign Manager's performance export (Analyze > Export, time breakdown "Daily", with the
 * Sponsored Messaging columns): notes above the header, one row a day and campaign, a closing
 * "Total" row. Its columns are found by the names in {@code rules/results-columns.json}, or where
 * the person chose them. A report of several campaigns is read for the one named as the Parley campaign.
 */
final class CampaignManagerExport {

	static final String REPORTER = "Campaign Manager's performance export";
	private static final DateTimeFormatter US_DAY = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.ROOT);

	private CampaignManagerExport() {
	}

	private record Row(String campaign, DayFigures figures) {
	}

	static CampaignResults read(Path file, String campaignName, Map<String, String> chosen) throws IOException {
		try (TableFile table = open(file, chosen)) {
			List<String> header = table.header();
			Map<String, ResultsColumns.Column> found = ResultsColumns.find(file, table.format().headerLine(), header, chosen);
			Map<String, Integer> columns = new LinkedHashMap<>();
			found.forEach((figure, column) -> columns.put(figure, column.index()));
			if (!columns.containsKey("day") || !columns.containsKey("sends")) {
				throw new DocumentReadException(file, table.format().headerLine(), 0, "this report has no "
						+ (columns.containsKey("day") ? "Sends column" : "column of days (\"Start Date (in UTC)\")")
						+ "; in Campaign Manager, export the campaign's performance with the time breakdown \"Daily\""
						+ " and the columns \"Sponsored Messaging\", or choose its column on the campaign's Results page");
			}
			List<Row> rows = new ArrayList<>();
			String currency = "";
			for (String[] cells = table.next(); cells != null; cells = table.next()) {
				String day = cell(cells, columns.get("day"));
				if (day.isBlank() || day.strip().toLowerCase(Locale.ROOT).startsWith("total")) {
					continue;
				}
				currency = currency.isEmpty() && columns.containsKey("currency") ? cell(cells, columns.get("currency")) : currency;
				rows.add(new Row(columns.containsKey("campaign") ? cell(cells, columns.get("campaign")).strip() : "",
						new DayFigures(day(file, table.line(), day), count(file, table, cells, columns, "sends"),
								count(file, table, cells, columns, "opens"), count(file, table, cells, columns, "clicks"),
								count(file, table, cells, columns, "leads"), amount(file, table, cells, columns, "spend"))));
			}
			Set<String> reported = new LinkedHashSet<>(CampaignResults.FIGURES);
			reported.retainAll(columns.keySet());
			List<ReadColumn> read = found.values().stream().map(ResultsColumns.Column::read).toList();
			return new CampaignResults(file, reporter(file, read), reported, currency, byDay(ofCampaign(file, rows, campaignName)),
					header, read);
		}
	}

	/** Campaign Manager when its own names gave the days and sends; else the file, as another tool made it. */
	private static String reporter(Path file, List<ReadColumn> read) {
		boolean campaignManagers = read.stream().filter(c -> c.figure().equals("day") || c.figure().equals("sends"))
				.allMatch(c -> c.found() == ReadColumn.Found.AS_LINKEDIN_NAMES_IT);
		return campaignManagers ? REPORTER : "the report in " + file.getFileName();
	}

	/** The names of the columns of the report in {@code file}, as its header has them. */
	static List<String> header(Path file, Map<String, String> chosen) throws IOException {
		try (TableFile table = open(file, chosen)) {
			return table.header();
		}
	}

	/** The report's table, its header the first row that names a column of a report or one the person chose. */
	private static TableFile open(Path file, Map<String, String> chosen) throws IOException {
		return TableFile.open(file, cell -> ResultsColumns.isKnown(cell) || ResultsColumns.isChosen(cell, chosen));
	}

	/** The rows of the campaign named {@code name} when the report has several campaigns; all rows when it has one. */
	private static List<Row> ofCampaign(Path file, List<Row> rows, String name) throws DocumentReadException {
		Set<String> campaigns = new LinkedHashSet<>();
		rows.forEach(row -> campaigns.add(row.campaign()));
		if (campaigns.size() <= 1) {
			return rows;
		}
		List<Row> named = rows.stream().filter(row -> row.campaign().equalsIgnoreCase(name.strip())).toList();
		if (named.isEmpty()) {
			throw new DocumentReadException(file, 0, 0, "this report has the campaigns " + String.join(", ", campaigns.stream()
					.map(c -> "\"" + c + "\"").toList()) + " and none is named \"" + name + "\" as the Parley campaign is;"
					+ " rename one of them, or export the campaign alone");
		}
		return named;
	}

	private static List<DayFigures> byDay(List<Row> rows) {
		Map<LocalDate, DayFigures> days = new TreeMap<>();
		rows.forEach(row -> days.merge(row.figures().day(), row.figures(), DayFigures::plus));
		return new ArrayList<>(days.values());
	}

	private static String cell(String[] cells, int index) {
		return index < cells.length ? cells[index] : "";
	}

	private static LocalDate day(Path file, int line, String text) throws DocumentReadException {
		String day = text.strip();
		for (DateTimeFormatter format : new DateTimeFormatter[] { US_DAY, DateTimeFormatter.ISO_LOCAL_DATE }) {
			try {
				return LocalDate.parse(day, format);
			} catch (DateTimeParseException e) {
				// the next format
			}
		}
		throw new DocumentReadException(file, line, 0, "\"" + day + "\" is not a day as Campaign Manager writes them"
				+ " (M/D/YYYY, such as 1/15/2027)");
	}

	private static long count(Path file, TableFile table, String[] cells, Map<String, Integer> columns, String figure)
			throws DocumentReadException {
		return Math.round(amount(file, table, cells, columns, figure));
	}

	private static double amount(Path file, TableFile table, String[] cells, Map<String, Integer> columns, String figure)
			throws DocumentReadException {
		Integer column = columns.get(figure);
		if (column == null) {
			return 0;
		}
		String text = cell(cells, column);
		Double number = Figures.number(text);
		if (number == null) {
			throw new DocumentReadException(file, table.line(), 0, "the " + table.header().get(column) + " of this row, \""
					+ text + "\", is not a number");
		}
		return number;
	}
}
