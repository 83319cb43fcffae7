package io.parley.model.files.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.parley.model.files.DocumentKind;
import io.parley.model.files.DocumentReadException;
import io.parley.model.files.JsonLocations;
import io.parley.model.files.TextFiles;
import io.parley.model.json.Json;
import io.parley.model.json.JsonSyntax;

/**
 * Reading and writing campaign documents. Reading is strict: a file that does not parse, or is of
 * another kind or schema version, is refused with file:line:column and what was expected. Writing
 * is atomic: the new content goes to a temporary file beside the document, reaches the disk, and
 * replaces the document in one rename, so a crash leaves the old file or the new one, never half.
 */
public final class DocumentFiles {

	private static final ObjectWriter PRETTY = Json.pretty();

	private DocumentFiles() {
	}

	/** Reads a document of the kind its file name says, refusing anything else. */
	public static JsonNode read(Path file) throws DocumentReadException {
		DocumentKind kind = DocumentKind.ofFileName(file.getFileName().toString())
				.filter(k -> !k.equals(DocumentKind.PROSPECTS))
				.orElseThrow(() -> new DocumentReadException(file, 0, 0, "not a Parley document (NAME.KIND.json)"));
		return read(file, kind.schema());
	}

	/**
	 * Reads a JSON document that must carry {@code schema} ("parley.sequence/1"): how a kind a plugin
	 * declares, which the model does not know, is read as strictly as the model's own.
	 */
	public static JsonNode read(Path file, String schema) throws DocumentReadException {
		JsonNode root;
		try {
			root = Json.mapper().readTree(TextFiles.readUtf8(file));
		} catch (JsonProcessingException e) {
			JsonLocation at = e.getLocation();
			throw new DocumentReadException(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
					JsonSyntax.inPlainWords(e.getOriginalMessage()));
		} catch (TextFiles.NotUtf8Exception e) {
			throw new DocumentReadException(file, e.line(), e.column(), e.getMessage());
		} catch (IOException e) {
			throw new DocumentReadException(file, 0, 0, "cannot be read: " + e.getMessage());
		}
		String found = root == null ? "" : root.path("schema").asText("");
		if (!schema.equals(found)) {
			int line = JsonLocations.of(readQuietly(file)).lineOf("/schema");
			throw new DocumentReadException(file, line, 1, "expected \"schema\": \"" + schema + "\""
					+ (found.isEmpty() ? "" : ", found \"" + found + "\" (written by another version of Parley?)"));
		}
		return root;
	}

	/** Writes the document atomically, replacing the file only once the new content is on disk. */
	public static void write(Path file, JsonNode document) throws IOException {
		writeAtomically(file, text(document).getBytes(StandardCharsets.UTF_8));
	}

	/** The document as Parley writes it: indented JSON, fields in their order, a final newline. */
	public static String text(JsonNode document) {
		try {
			return PRETTY.writeValueAsString(document) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("A JSON tree always serializes", e);
		}
	}

	/**
	 * Writes through a temporary file beside {@code file} that replaces it in one rename. The file
	 * keeps the permissions it had; a new one gets those the user's umask gives.
	 */
	public static void writeAtomically(Path file, byte[] content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Path temporary = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".saving");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				channel.write(java.nio.ByteBuffer.wrap(content));
				channel.force(true);
			}
			FileModes.keep(file, temporary);
			try {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String readQuietly(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "";
		}
	}
}
