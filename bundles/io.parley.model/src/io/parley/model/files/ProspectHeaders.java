package io.parley.model.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.model.json.Json;

/**
 * The names other tools give the columns that fill the macros ("First Name", "Account Name",
 * "Position"), as data in {@code rules/prospect-headers.json}, so a list exported from LinkedIn or a
 * CRM is read without a mapping. Names compare without case, spaces or punctuation.
 */
public final class ProspectHeaders {

	private static final Map<String, List<String>> NAMES = load();

	private ProspectHeaders() {
	}

	/** The columns that fill macros, as the table knows them. */
	public static Set<String> columns() {
		return NAMES.keySet();
	}

	/** The header of {@code header} that fills {@code column}: the column itself, else the first known name it has. */
	public static Optional<String> find(String column, List<String> header) {
		List<String> candidates = new ArrayList<>();
		candidates.add(column);
		candidates.addAll(NAMES.getOrDefault(column, List.of()));
		for (String name : candidates) {
			for (String cell : header) {
				if (normalized(cell).equals(normalized(name))) {
					return Optional.of(cell);
				}
			}
		}
		return Optional.empty();
	}

	/** Whether {@code cell} is a name some tool gives a macro column: a header row has such cells. */
	static boolean isKnown(String cell) {
		String name = normalized(cell);
		return !name.isEmpty() && NAMES.entrySet().stream().anyMatch(e -> normalized(e.getKey()).equals(name)
				|| e.getValue().stream().anyMatch(known -> normalized(known).equals(name)));
	}

	private static String normalized(String name) {
		StringBuilder letters = new StringBuilder(name.length());
		name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		return letters.toString().toLowerCase(Locale.ROOT);
	}

	private static Map<String, List<String>> load() {
		try (InputStream in = ProspectHeaders.class.getResourceAsStream("/rules/prospect-headers.json")) {
			Map<String, List<String>> names = new LinkedHashMap<>();
			JsonNode columns = Json.mapper().readTree(in).path("columns");
			columns.properties().forEach(column -> {
				List<String> known = new ArrayList<>();
				column.getValue().path("names").forEach(name -> known.add(name.asText()));
				names.put(column.getKey(), List.copyOf(known));
			});
			return Collections.unmodifiableMap(names);
		} catch (IOException e) {
			throw new UncheckedIOException("The model's table of prospect list headers cannot be read", e);
		}
	}
}
