package io.parley.scripting;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row a file writer writes: the value at a column's path, and the row whole for a JSON file
 * that takes rows whole. A personalized message answers a column without building its JSON tree.
 */
interface TableRow {

	/** The value at {@code path}; missing where the row has none. */
	JsonNode at(JsonPointer path);

	/** The row as a JSON tree. */
	JsonNode whole();

	/** A row that is a JSON tree already: one of the script's own objects. */
	static TableRow of(JsonNode json) {
		return new TableRow() {
			@Override
			public JsonNode at(JsonPointer path) {
				return json.at(path);
			}

			@Override
			public JsonNode whole() {
				return json;
			}
		};
	}
}
