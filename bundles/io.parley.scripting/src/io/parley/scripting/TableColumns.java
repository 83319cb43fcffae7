package io.parley.scripting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The columns a script asks a file writer for: each a header and where its value lies in a row,
 * as a name ({@code 'subject'}) or a dotted path ({@code 'prospect.firstName'}). Given as an array
 * of paths, each path is its own header; as an object, {@code {Recipient: 'prospect.firstName'}}.
 */
record TableColumns(List<String> headers, List<JsonPointer> paths) {

	/** No columns: a JSON writer then writes each row whole. */
	static final TableColumns WHOLE_ROWS = new TableColumns(List.of(), List.of());

	static TableColumns of(JsonNode spec) {
		if (spec == null || spec.isNull() || spec.isMissingNode()) {
			return WHOLE_ROWS;
		}
		Map<String, String> named = new LinkedHashMap<>();
		if (spec.isArray()) {
			spec.forEach(path -> named.put(path.asText(), path.asText()));
		} else if (spec.isObject()) {
			spec.properties().forEach(column -> named.put(column.getKey(), column.getValue().asText()));
		} else {
			throw new IllegalArgumentException("columns are an array of names ['row', 'subject'] or an object"
					+ " {Recipient: 'prospect.firstName'}, not " + spec);
		}
		List<JsonPointer> paths = new ArrayList<>();
		named.values().forEach(path -> paths.add(JsonPointer.compile("/" + path.replace("~", "~0").replace("/", "~1").replace('.', '/'))));
		return new TableColumns(List.copyOf(named.keySet()), List.copyOf(paths));
	}

	boolean wholeRows() {
		return headers.isEmpty();
	}

	/** The row's value in column {@code i}: missing where the row has none. */
	JsonNode value(TableRow row, int i) {
		return row.at(paths.get(i));
	}
}
