package io.parley.model.files;

import java.util.ArrayList;
import java.util.List;

/** One CSV row (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks), trimmed. */
final class CsvRow {

	private CsvRow() {
	}

	static String[] parse(String text, char separator) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == separator) {
				fields.add(field.toString().strip());
				field.setLength(0);
			} else if (c == '\n') {
				break;
			} else if (c != '\r') {
				field.append(c);
			}
		}
		fields.add(field.toString().strip());
		return fields.toArray(String[]::new);
	}
}
