package io.parley.scripting;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.parley.core.kinds.DocumentKindDescriptor;
import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.files.DocumentKind;

/**
 * What {@code parley.save} accepts: a document object, under a name that says its kind
 * (NAME.KIND.json), of that kind. Anything else would be a file the studio cannot open.
 */
final class SavedDocument {

	private SavedDocument() {
	}

	/** The kind of JSON document, the model's or a plugin's, that a file's name says (NAME.KIND.json). */
	static Optional<DocumentKindDescriptor> kindOf(String fileName) {
		return DocumentKindRegistry.getDefault().forFileName(fileName).filter(SavedDocument::isJson);
	}

	/** Whether a script may load, save and create documents of {@code kind}: those kept as JSON. */
	static boolean isJson(DocumentKindDescriptor kind) {
		return kind.suffix().endsWith(".json");
	}

	/** {@code document} when it may be saved as {@code path}; otherwise why not, in the script author's words. */
	static JsonNode check(String path, JsonNode document) {
		String name = Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
		DocumentKindDescriptor kind = kindOf(name)
				.orElseThrow(() -> new IllegalArgumentException("parley.save writes documents, named NAME.KIND.json with KIND one of "
						+ DocumentKindRegistry.getDefault().kinds().stream().filter(SavedDocument::isJson)
								.map(DocumentKindDescriptor::id).toList()
						+ ", not \"" + name + "\"; parley.writeText writes other files"));
		if (document == null || !document.isObject()) {
			throw new IllegalArgumentException("a " + kind.id() + " is an object, not " + describe(document));
		}
		String schema = document.path("schema").asText("");
		boolean otherKind = DocumentKind.MODEL_KINDS.stream()
				.anyMatch(k -> k.id().equals(kind.id()) && !k.schema().equals(schema));
		if (otherKind) {
			throw new IllegalArgumentException("\"" + name + "\" names a " + kind.id() + ", but this is " + given(schema)
					+ "; start it with parley.create('" + kind.id() + "') or name it as what it is");
		}
		return document;
	}

	private static String given(String schema) {
		return DocumentKind.MODEL_KINDS.stream().filter(k -> k.schema().equals(schema)).findFirst().map(k -> "a " + k.id())
				.orElse(schema.isEmpty() ? "a document without \"schema\"" : "a document of schema \"" + schema + "\"");
	}

	private static String describe(JsonNode value) {
		if (value == null || value.isNull() || value.isMissingNode()) {
			return "nothing";
		}
		return value.isArray() ? "an array" : value.isNumber() ? "a number" : value.isTextual() ? "a string"
				: "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
	}
}
