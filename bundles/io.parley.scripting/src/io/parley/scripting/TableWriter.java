package io.parley.scripting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.CancellationException;

import org.graalvm.polyglot.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.parley.model.json.Json;

/**
 * Streams rows into a CSV or JSON file as they come, so a million messages need no more memory
 * than one; a stopped run stops here within a row.
 */
final class TableWriter {

	private static final ObjectMapper JSON = Json.mapper();
	private static final CsvMapper CSV = new CsvMapper();
	private static final int PROGRESS_EVERY = 1000;

	private final ScriptRun.Progress progress;

	TableWriter(ScriptRun.Progress progress) {
		this.progress = progress;
	}

	/** The rows a script hands a writer: personalize's messages, made in Java, or any iterable of the script's. */
	static Iterator<? extends TableRow> rows(Value rows) {
		if (rows.isHostObject() && rows.asHostObject() instanceof PersonalizedMessages messages) {
			return messages;
		}
		if (!rows.hasIterator()) {
			throw new IllegalArgumentException("rows to write are parley.personalize's messages, an array or another iterable, not " + rows);
		}
		Value iterator = rows.getIterator();
		return new Iterator<>() {
			@Override
			public boolean hasNext() {
				return iterator.hasIteratorNextElement();
			}

			@Override
			public TableRow next() {
				return TableRow.of(ScriptValues.toJson(iterator.getIteratorNextElement()));
			}
		};
	}

	/**
	 * A header line of the columns' names, then a line of each row's values, cell by cell through
	 * the CSV generator (no list or tree a row); returns the number of rows.
	 */
	long csv(Path file, Iterator<? extends TableRow> rows, TableColumns columns) throws IOException {
		if (columns.wholeRows()) {
			throw new IllegalArgumentException("a CSV file needs its columns, e.g. ['row', 'subject', 'body']");
		}
		CsvSchema header = CsvSchema.builder().addColumns(columns.headers(), CsvSchema.ColumnType.STRING).build().withHeader();
		int width = columns.headers().size();
		long count = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CsvGenerator csv = CSV.getFactory().createGenerator(out)) {
			csv.setSchema(header);
			while (rows.hasNext()) {
				TableRow row = rows.next();
				csv.writeStartArray();
				for (int i = 0; i < width; i++) {
					csv.writeString(text(columns.value(row, i)));
				}
				csv.writeEndArray();
				count = counted(count);
			}
		}
		return count;
	}

	/** A JSON array of the rows, a row a line, whole or as objects of the columns; returns the number of rows. */
	long json(Path file, Iterator<? extends TableRow> rows, TableColumns columns) throws IOException {
		long count = 0;
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('[');
			while (rows.hasNext()) {
				TableRow row = rows.next();
				out.write(count == 0 ? "\n" : ",\n");
				out.write(JSON.writeValueAsString(columns.wholeRows() ? row.whole() : selected(row, columns)));
				count = counted(count);
			}
			out.write("\n]\n");
		}
		return count;
	}

	private static ObjectNode selected(TableRow row, TableColumns columns) {
		ObjectNode selected = JSON.createObjectNode();
		for (int i = 0; i < columns.headers().size(); i++) {
			JsonNode value = columns.value(row, i);
			selected.set(columns.headers().get(i), value.isMissingNode() ? selected.nullNode() : value);
		}
		return selected;
	}

	private long counted(long count) {
		long now = count + 1;
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("stopped while writing a file");
		}
		if (now % PROGRESS_EVERY == 0) {
			progress.update(now, 0);
		}
		return now;
	}

	/** What a cell shows: text as it is, numbers and true/false as JSON writes them, nothing for a missing value, JSON for the rest. */
	private static String text(JsonNode value) {
		if (value.isMissingNode() || value.isNull()) {
			return "";
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}
}
