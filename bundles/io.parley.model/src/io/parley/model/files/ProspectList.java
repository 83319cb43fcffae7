package io.parley.model.files;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import io.parley.model.rules.Macro;
import io.parley.model.rules.RuleSet;
import io.parley.model.text.MacroValues;
import io.parley.model.text.MessageText;

/**
 * A prospect list ({@code NAME.prospects.csv}) read one row at a time, so a million rows need no
 * more memory than one. The header must name at least the macro columns, under their own names or
 * under the ones an audience maps them to ({@link ProspectColumns}).
 */
public final class ProspectList implements Iterator<Prospect>, AutoCloseable {

	public static final List<String> REQUIRED_COLUMNS = List.of("firstName", "lastName", "jobTitle", "companyName",
			"industry");

	private final Reader reader;
	private final MappingIterator<Map<String, String>> rows;
	private final ProspectColumns columns;
	private long row;

	private ProspectList(Reader reader, MappingIterator<Map<String, String>> rows, ProspectColumns columns) {
		this.reader = reader;
		this.rows = rows;
		this.columns = columns;
	}

	public static ProspectList open(Path file) throws IOException {
		return open(file, ProspectColumns.AS_NAMED);
	}

	public static ProspectList open(Path file, ProspectColumns columns) throws IOException {
		Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
		try {
			MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
					.with(CsvSchema.emptySchema().withHeader()).readValues(reader);
			ProspectList list = new ProspectList(reader, rows, columns);
			list.checkHeader(file);
			return list;
		} catch (IOException | RuntimeException e) {
			reader.close();
			throw e;
		}
	}

	private void checkHeader(Path file) throws IOException {
		CsvSchema header = (CsvSchema) rows.getParser().getSchema();
		List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> header.column(columns.headerFor(c)) == null)
				.map(columns::headerFor).toList();
		if (!missing.isEmpty() && rows.hasNextValue()) {
			throw new MissingColumns(file.getFileName() + ": the header lacks " + String.join(", ", missing)
					+ " (a prospect list needs " + String.join(",", REQUIRED_COLUMNS)
					+ ", or an audience that maps its own columns to them)");
		}
	}

	/** The list reads as CSV, but its header has no column for some macro field. */
	public static final class MissingColumns extends IOException {

		private static final long serialVersionUID = 1L;

		MissingColumns(String message) {
			super(message);
		}
	}

	@Override
	public boolean hasNext() {
		return rows.hasNext();
	}

	@Override
	public Prospect next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return new Prospect(++row, columns.apply(rows.next()));
	}

	@Override
	public void close() throws IOException {
		rows.close();
		reader.close();
	}

	/**
	 * The longest value of each macro's column, with its row: the worst case a message must fit; and,
	 * in the same pass, how many people leave each column empty.
	 */
	public static MacroValues longestValues(ProspectSource source, RuleSet ruleSet) throws IOException {
		Path file = source.file();
		Map<String, MacroValues.Value> longest = new HashMap<>();
		Map<String, Long> empty = new HashMap<>();
		long people = 0;
		try (ProspectList list = source.open()) {
			while (list.hasNext()) {
				Prospect prospect = list.next();
				people++;
				for (Macro macro : ruleSet.macros().values()) {
					String value = prospect.value(macro.column());
					if (value.isEmpty()) {
						empty.merge(macro.token(), 1L, Long::sum);
					}
					int length = MessageText.length(value);
					MacroValues.Value current = longest.get(macro.token());
					if (current == null || length > current.length()) {
						longest.put(macro.token(), new MacroValues.Value(length, value, macro.token() + " = \"" + value
								+ "\" (" + file.getFileName() + ", row " + prospect.row() + ")"));
					}
				}
			}
		}
		return MacroValues.longestOf(ruleSet, longest, empty, people);
	}
}
