package io.parley.model.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.model.files.DocumentKind;

/** Checks one Parley file on disk: that it parses and that it declares the schema of its kind. */
public final class FileValidator {

	private final ObjectMapper mapper = new ObjectMapper();

	/** Diagnostics for the file; empty when it is not a Parley document or has no problem. */
	public List<Diagnostic> validate(Path file) {
		Optional<DocumentKind> kind = DocumentKind.ofFileName(file.getFileName().toString());
		if (kind.isEmpty() || kind.get() == DocumentKind.PROSPECTS) {
			return List.of();
		}
		List<Diagnostic> found = new ArrayList<>();
		try {
			JsonNode root = mapper.readTree(Files.readAllBytes(file));
			checkSchema(kind.get(), root, found);
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			found.add(Diagnostic.atPosition("file.syntax", Severity.ERROR, "Not valid JSON: " + e.getOriginalMessage(),
					at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr()));
		} catch (IOException e) {
			found.add(Diagnostic.atPosition("file.unreadable", Severity.ERROR, "Cannot read the file: " + e.getMessage(), 0, 0));
		}
		return found;
	}

	private static void checkSchema(DocumentKind kind, JsonNode root, List<Diagnostic> found) {
		if (root == null || !root.isObject()) {
			found.add(Diagnostic.atField("file.schema", Severity.ERROR, "A " + kind.id() + " file holds one JSON object", ""));
			return;
		}
		JsonNode schema = root.get("schema");
		if (schema == null || !kind.schema().equals(schema.asText())) {
			found.add(Diagnostic.atField("file.schema", Severity.ERROR, "Expected \"schema\": \"" + kind.schema()
					+ "\"" + (schema == null ? "" : ", found \"" + schema.asText() + "\""), "/schema"));
		}
	}
}
