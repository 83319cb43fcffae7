package io.parley.model.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds the line and column of each JSON field by its JSON pointer, so a marker for
 * {@code /messages/2/text} lands on that field. A file that does not parse yields the positions
 * read before the error.
 */
public final class JsonLocations {

	private static final JsonFactory FACTORY = new JsonFactory();

	/** Line and column of each pointer, as {@code line << 32 | column}. */
	private final Map<String, Long> positions = new HashMap<>();

	private JsonLocations() {
	}

	public static JsonLocations of(String json) {
		JsonLocations locator = new JsonLocations();
		try (JsonParser parser = FACTORY.createParser(json)) {
			if (parser.nextToken() != null) {
				locator.readValue(parser, "");
			}
		} catch (IOException e) {
			// keep what was located before the syntax error: the builder reports the error itself
		}
		return locator;
	}

	/** The 1-based line of the field, falling back to its nearest located parent; 0 if none. */
	public int lineOf(String pointer) {
		return (int) (positionOf(pointer) >>> 32);
	}

	/** The 1-based column where the field's name (or an array item's value) starts, with the same fallback; 0 if none. */
	public int columnOf(String pointer) {
		return (int) positionOf(pointer);
	}

	private long positionOf(String pointer) {
		String path = pointer;
		while (!path.isEmpty()) {
			Long position = positions.get(path);
			if (position != null) {
				return position;
			}
			path = path.substring(0, path.lastIndexOf('/'));
		}
		return 0;
	}

	private void put(String pointer, JsonLocation at, boolean replace) {
		long position = (long) at.getLineNr() << 32 | at.getColumnNr();
		if (replace) {
			positions.put(pointer, position);
		} else {
			positions.putIfAbsent(pointer, position);
		}
	}

	private void readValue(JsonParser parser, String pointer) throws IOException {
		put(pointer, parser.currentTokenLocation(), false);
		if (parser.currentToken() == JsonToken.START_OBJECT) {
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = pointer + "/" + escape(parser.currentName());
				put(field, parser.currentTokenLocation(), true);
				parser.nextToken();
				readValue(parser, field);
			}
		} else if (parser.currentToken() == JsonToken.START_ARRAY) {
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				readValue(parser, pointer + "/" + index++);
			}
		}
	}

	private static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}
}
