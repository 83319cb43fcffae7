package io.parley.model.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.files.DocumentReadException;
import io.parley.model.json.Json;

/**
 * Where each figure is in what LinkedIn hands out, as data with its sources in
 * {@code rules/results-columns.json}: Campaign Manager's column names, the names other tools give
 * the same columns, and adAnalytics' field names.
 */
final class ResultsColumns {

	private static final JsonNode TABLE = load();

	private ResultsColumns() {
	}

	/** A figure's column: its place in the header and how it was found. */
	record Column(int index, ReadColumn read) {
	}

	/** The figures of the export's table, in its order. */
	static List<String> figures() {
		List<String> figures = new ArrayList<>();
		TABLE.path("campaignManager").path("columns").properties().forEach(e -> figures.add(e.getKey()));
		return figures;
	}

	/** The fields of {@code figure} in an adAnalytics element, in order of preference. */
	static List<String> analyticsFields(String figure) {
		List<String> names = new ArrayList<>();
		TABLE.path("adAnalytics").path("fields").path(figure).forEach(n -> names.add(n.asText()));
		return names;
	}

	/**
	 * The column of each figure in {@code header}: the one the person chose ({@code chosen}, figure to
	 * column name; an empty name says the report has no such column), else the first of Campaign
	 * Manager's names the header has, else a column by a similar name (another tool's name, or one of
	 * Campaign Manager's with more after it, "Total Spent (USD)"). A column serves one figure.
	 */
	static Map<String, Column> find(Path file, int headerLine, List<String> header, Map<String, String> chosen)
			throws DocumentReadException {
		Map<String, Column> found = new LinkedHashMap<>();
		Set<Integer> taken = new HashSet<>();
		for (Map.Entry<String, String> choice : chosen.entrySet()) {
			if (choice.getValue().isEmpty()) {
				continue;
			}
			int index = indexOf(header, choice.getValue(), taken, String::equals);
			if (index < 0) {
				throw new DocumentReadException(file, headerLine, 0, "the campaign reads " + ReadColumn.label(choice.getKey())
						+ " from the column \"" + choice.getValue() + "\", which this report does not have; choose its column on"
						+ " the campaign's Results page");
			}
			found.put(choice.getKey(), new Column(index, new ReadColumn(choice.getKey(), header.get(index), ReadColumn.Found.AS_CHOSEN)));
			taken.add(index);
		}
		List<String> open = figures().stream().filter(f -> !chosen.containsKey(f)).toList();
		findAll(open, "names", String::equals, ReadColumn.Found.AS_LINKEDIN_NAMES_IT, header, taken, found);
		findAll(open, "alsoCalled", String::equals, ReadColumn.Found.BY_A_SIMILAR_NAME, header, taken, found);
		findAll(open, "names", String::startsWith, ReadColumn.Found.BY_A_SIMILAR_NAME, header, taken, found);
		Map<String, Column> inOrder = new LinkedHashMap<>();
		figures().stream().filter(found::containsKey).forEach(f -> inOrder.put(f, found.get(f)));
		return inOrder;
	}

	private static void findAll(List<String> figures, String names, BiPredicate<String, String> matches, ReadColumn.Found how,
			List<String> header, Set<Integer> taken, Map<String, Column> found) {
		for (String figure : figures) {
			if (found.containsKey(figure)) {
				continue;
			}
			for (String name : names(figure, names)) {
				int index = indexOf(header, name, taken, matches);
				if (index >= 0) {
					found.put(figure, new Column(index, new ReadColumn(figure, header.get(index), how)));
					taken.add(index);
					break;
				}
			}
		}
	}

	/** The first column of {@code header} not yet taken whose name, compared without case, spaces or punctuation, matches {@code name}. */
	private static int indexOf(List<String> header, String name, Set<Integer> taken, BiPredicate<String, String> matches) {
		for (int i = 0; i < header.size(); i++) {
			String cell = normalized(header.get(i));
			if (!taken.contains(i) && !cell.isEmpty() && matches.test(cell, normalized(name))) {
				return i;
			}
		}
		return -1;
	}

	private static List<String> names(String figure, String which) {
		List<String> names = new ArrayList<>();
		TABLE.path("campaignManager").path("columns").path(figure).path(which).forEach(n -> names.add(n.asText()));
		return names;
	}

	/** Whether {@code cell} names a column of a results export, by Campaign Manager's name or another tool's. */
	static boolean isKnown(String cell) {
		String name = normalized(cell);
		return !name.isEmpty() && figures().stream().flatMap(f -> Stream.concat(names(f, "names").stream(),
				names(f, "alsoCalled").stream())).anyMatch(n -> normalized(n).equals(name));
	}

	/** Whether {@code cell} is one of the {@code chosen} columns' names. */
	static boolean isChosen(String cell, Map<String, String> chosen) {
		String name = normalized(cell);
		return !name.isEmpty() && chosen.values().stream().anyMatch(c -> normalized(c).equals(name));
	}

	private static String normalized(String name) {
		StringBuilder letters = new StringBuilder(name.length());
		name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString().toLowerCase(Locale.ROOT);
	}

	private static JsonNode load() {
		try (InputStream in = ResultsColumns.class.getResourceAsStream("/rules/results-columns.json")) {
			return Json.mapper().readTree(in);
		} catch (IOException e) {
			throw new UncheckedIOException("The model's table of results columns cannot be read", e);
		}
	}
}
