package io.parley.model.files;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Finds the line of each JSON field by its JSON pointer, so a marker for {@code /messages/2/text}
 * lands on that field's line. A file that does not parse yields the lines read before the error.
 */
public final class JsonLocations {

	private static final JsonFactory FACTORY = new JsonFactory();

	private final Map<String, Integer> lines = new HashMap<>();

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
		String path = pointer;
		while (!path.isEmpty()) {
			Integer line = lines.get(path);
			if (line != null) {
				return line;
			}
			path = path.substring(0, path.lastIndexOf('/'));
		}
		return 0;
	}

	private void readValue(JsonParser parser, String pointer) throws IOException {
		lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
		if (parser.currentToken() == JsonToken.START_OBJECT) {
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = pointer + "/" + escape(parser.currentName());
				lines.put(field, parser.currentTokenLocation().getLineNr());
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
