package io.parley.model.files;

import java.util.Map;

/** One person of a prospect list: its 1-based data row and its columns by header name. */
public record Prospect(long row, Map<String, String> fields) {

	public String value(String column) {
		String value = fields.get(column);
		return value == null ? "" : value.strip();
	}
}
