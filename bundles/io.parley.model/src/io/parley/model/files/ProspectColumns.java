package io.parley.model.files;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which column of a prospect list fills each macro field, for lists whose header says "First Name"
 * where Parley reads {@code firstName}, and for a workbook, which sheet holds the list. An audience
 * keeps the mapping ({@code "prospectColumns": {"firstName": "First Name"}}) and the sheet
 * ({@code "prospectSheet": "Leads"}); a column it does not map is read under its own name, and a
 * workbook without a sheet named is read from its first.
 *
 * @param sheet the sheet of a workbook the list is on; empty for the first sheet (and for CSV)
 */
public record ProspectColumns(Map<String, String> headers, String sheet) {

	public static final ProspectColumns AS_NAMED = new ProspectColumns(Map.of());

	public ProspectColumns {
		headers = Map.copyOf(headers);
		sheet = sheet == null ? "" : sheet.strip();
	}

	public ProspectColumns(Map<String, String> headers) {
		this(headers, "");
	}

	/** The mapping and the sheet an audience document keeps; as named and the first sheet when it keeps none. */
	public static ProspectColumns of(JsonNode audience) {
		return fromMapping(audience.path("prospectColumns")).onSheet(audience.path("prospectSheet").asText(""));
	}

	/** This mapping for the list on sheet {@code name} of a workbook (the first sheet when empty). */
	public ProspectColumns onSheet(String name) {
		return new ProspectColumns(headers, name);
	}

	/** A mapping given as an object of column → header, {@code {"firstName": "First Name"}}; blank headers are left out. */
	public static ProspectColumns fromMapping(JsonNode mapping) {
		Map<String, String> headers = new LinkedHashMap<>();
		mapping.properties().forEach(entry -> {
			if (entry.getValue().isTextual() && !entry.getValue().asText().isBlank()) {
				headers.put(entry.getKey(), entry.getValue().asText());
			}
		});
		return new ProspectColumns(headers);
	}

	/** Whether {@code cell} names a column that fills a macro, by this mapping or as other tools name it: a header has such cells. */
	public boolean names(String cell) {
		return ProspectHeaders.isKnown(cell) || headers.containsValue(cell.strip());
	}

	/** The header of the list's column that fills {@code column}. */
	public String headerFor(String column) {
		return headers.getOrDefault(column, column);
	}

	/**
	 * This mapping completed for a list whose header is {@code header}: a macro column the mapping
	 * leaves out and the header lacks by its own name is read from the header other tools give it
	 * ("First Name", "Position").
	 */
	public ProspectColumns resolvedFor(List<String> header) {
		Map<String, String> resolved = new LinkedHashMap<>(headers);
		for (String column : ProspectHeaders.columns()) {
			if (!resolved.containsKey(column)) {
				ProspectHeaders.find(column, header).filter(name -> !name.equals(column))
						.ifPresent(name -> resolved.put(column, name));
			}
		}
		return new ProspectColumns(resolved, sheet);
	}

	/** A row read from the list, with each mapped column also under the name Parley reads. */
	Map<String, String> apply(Map<String, String> row) {
		if (headers.isEmpty()) {
			return row;
		}
		Map<String, String> mapped = new LinkedHashMap<>(row);
		headers.forEach((column, header) -> {
			String value = row.get(header);
			if (value != null) {
				mapped.put(column, value);
			}
		});
		return mapped;
	}
}
