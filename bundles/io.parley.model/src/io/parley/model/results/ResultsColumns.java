package io.parley.model.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where each figure is in what LinkedIn hands out, as data with its sources in
 * {@code rules/results-columns.json}: Campaign Manager's column names and adAnalytics' field names.
 */
final class ResultsColumns {

	private static final JsonNode TABLE = load();

	private ResultsColumns() {
	}

	/** The column names of {@code figure} in Campaign Manager's export, in order of preference. */
	static List<String> exportNames(String figure) {
		List<String> names = new ArrayList<>();
		TABLE.path("campaignManager").path("columns").path(figure).path("names").forEach(n -> names.add(n.asText()));
		return names;
	}

	/** Every figure of the export's table, with its names. */
	static Map<String, List<String>> exportColumns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		TABLE.path("campaignManager").path("columns").properties().forEach(e -> columns.put(e.getKey(), exportNames(e.getKey())));
		return columns;
	}

	/** The fields of {@code figure} in an adAnalytics element, in order of preference. */
	static List<String> analyticsFields(String figure) {
		List<String> names = new ArrayList<>();
		TABLE.path("adAnalytics").path("fields").path(figure).forEach(n -> names.add(n.asText()));
		return names;
	}

	/** The cell of {@code header} that names {@code figure}; names compare without case, spaces or punctuation. */
	static Optional<Integer> find(String figure, List<String> header) {
		for (String name : exportNames(figure)) {
			for (int i = 0; i < header.size(); i++) {
				if (normalized(header.get(i)).equals(normalized(name))) {
					return Optional.of(i);
				}
			}
		}
		return Optional.empty();
	}

	static boolean isKnown(String cell) {
		String name = normalized(cell);
		return !name.isEmpty() && exportColumns().values().stream().flatMap(List::stream).anyMatch(n -> normalized(n).equals(name));
	}

	private static String normalized(String name) {
		StringBuilder letters = new StringBuilder(name.length());
		name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString().toLowerCase(Locale.ROOT);
	}

	private static JsonNode load() {
		try (InputStream in = ResultsColumns.class.getResourceAsStream("/rules/results-columns.json")) {
			return new ObjectMapper().readTree(in);
		} catch (IOException e) {
			throw new UncheckedIOException("The model's table of results columns cannot be read", e);
		}
	}
}
