package io.parley.scripting;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.files.Prospect;
import io.parley.model.json.Json;
import io.parley.model.validation.Diagnostic;

/**
 * One prospect's message of {@code parley.personalize}: the template with its text fields rendered
 * ({@code rendered}), the prospect's {@code row} and columns ({@code prospect}) and what the rules
 * found ({@code problems}). A writer reads the columns it writes straight from these; the JSON tree
 * of the whole message is made only for a script that takes the message, or a writer that writes it whole.
 */
final class PersonalizedMessage implements TableRow {

	private static final ObjectMapper JSON = Json.mapper();

	private final Prospect prospect;
	private final ObjectNode rendered;
	private final List<Diagnostic> problems;

	PersonalizedMessage(Prospect prospect, ObjectNode rendered, List<Diagnostic> problems) {
		this.prospect = prospect;
		this.rendered = rendered;
		this.problems = problems;
	}

	/** As in {@link #whole()}: the problems over the template's fields, those over the row and the prospect. */
	@Override
	public JsonNode at(JsonPointer path) {
		String name = path.getMatchingProperty();
		if (name == null) {
			return whole().at(path);
		}
		JsonPointer rest = path.tail();
		if (name.equals("problems")) {
			return problems().at(rest);
		}
		JsonNode field = rendered.get(name);
		if (field != null) {
			return field.at(rest);
		}
		if (name.equals("row")) {
			return LongNode.valueOf(prospect.row()).at(rest);
		}
		if (name.equals("prospect")) {
			return column(rest);
		}
		return MissingNode.getInstance();
	}

	private JsonNode column(JsonPointer path) {
		String name = path.getMatchingProperty();
		if (name == null || !path.tail().matches()) {
			return prospect().at(path);
		}
		String value = prospect.fields().get(name);
		return value == null ? MissingNode.getInstance() : TextNode.valueOf(value);
	}

	@Override
	public ObjectNode whole() {
		ObjectNode message = rendered.objectNode();
		message.put("row", prospect.row());
		message.set("prospect", prospect());
		message.setAll(rendered);
		message.set("problems", problems());
		return message;
	}

	private ObjectNode prospect() {
		ObjectNode columns = rendered.objectNode();
		for (Map.Entry<String, String> column : prospect.fields().entrySet()) {
			columns.put(column.getKey(), column.getValue());
		}
		return columns;
	}

	private JsonNode problems() {
		return problems.isEmpty() ? rendered.arrayNode() : JSON.valueToTree(problems);
	}
}
