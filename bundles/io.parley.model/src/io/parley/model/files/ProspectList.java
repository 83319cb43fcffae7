package io.parley.model.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * A prospect list ({@code NAME.prospects.csv}, or a sheet of {@code NAME.prospects.xlsx}) read one
 * row at a time, so a million rows need no more memory than one. The file is read as it was written
 * ({@link ProspectFormat}: encoding, separator, sheet, notes above the header), its columns fill the macros under their own names, under the
 * names other tools give them ({@link ProspectHeaders}) or as an audience maps them
 * ({@link ProspectColumns}), and blank lines are no one. A row with more values than the header has
 * columns, a quote left open, a byte that is not UTF-8 in a UTF-8 file or a workbook that is not
 * whole stops the reading with its line ({@link DocumentReadException}, thrown as the cause of an {@link UncheckedIOException}
 * by {@link #hasNext()} and {@link #next()}), so every reader refuses the same rows.
 */
public final class ProspectList implements Iterator<Prospect>, AutoCloseable {

	public static final List<String> REQUIRED_COLUMNS = List.of("firstName", "lastName", "jobTitle", "companyName",
			"industry");

	private final Path file;
	private final ProspectFormat format;
	private final ProspectColumns columns;
	private final ProspectRecords records;
	private long row;
	private long blankLines;
	private Prospect pending;

	private ProspectList(Path file, ProspectFormat format, ProspectColumns columns, ProspectRecords records) {
		this.file = file;
		this.format = format;
		this.columns = columns;
		this.records = records;
	}

	public static ProspectList open(Path file) throws IOException {
		return open(file, ProspectColumns.AS_NAMED);
	}

	public static ProspectList open(Path file, ProspectColumns columns) throws IOException {
		ProspectFormat format = ProspectFormat.detect(file, columns.sheet(), columns::names);
		ProspectRecords records = format.open(file);
		try {
			for (int i = 0; i <= format.headerRecord(); i++) {
				records.next();
			}
			return new ProspectList(file, format, columns.resolvedFor(format.header()), records);
		} catch (IOException | RuntimeException e) {
			records.close();
			throw e;
		}
	}

	/** How the file was read: its encoding, separator and header line. */
	public ProspectFormat format() {
		return format;
	}

	/** Which header fills each macro column: the audience's mapping, completed by the names other tools use. */
	public ProspectColumns columns() {
		return columns;
	}

	/** The columns of {@code needed} the list has no header for, as the audience would name them. */
	public List<String> missing(Collection<String> needed) {
		return needed.stream().filter(column -> !format.header().contains(columns.headerFor(column)))
				.map(columns::headerFor).toList();
	}

	/** Blank lines passed over so far: they are no one, so they are not rows. */
	public long blankLines() {
		return blankLines;
	}

	@Override
	public boolean hasNext() {
		if (pending == null) {
			try {
				pending = readProspect();
			} catch (IOException e) {
				throw new UncheckedIOException(e.getMessage(), e);
			}
		}
		return pending != null;
	}

	/**
	 * The next row. A thread that was interrupted (a stopped script, a cancelled job) stops here: a
	 * list of a million rows is the longest thing Parley goes through.
	 */
	@Override
	public Prospect next() {
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("stopped while reading a prospect list");
		}
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		Prospect next = pending;
		pending = null;
		return next;
	}

	@Override
	public void close() throws IOException {
		records.close();
	}

	private Prospect readProspect() throws IOException {
		for (;;) {
			String[] record = records.next();
			if (record == null) {
				return null;
			}
			if (isBlank(record)) {
				blankLines++;
			} else {
				return new Prospect(++row, columns.apply(fields(record, records.line())));
			}
		}
	}

	private Map<String, String> fields(String[] record, int line) throws DocumentReadException {
		List<String> header = format.header();
		for (int i = header.size(); i < record.length; i++) {
			if (!record[i].isBlank()) {
				throw new DocumentReadException(file, line, 0, "this row has " + record.length + " values where the header"
						+ " has " + header.size() + " columns; " + (format.workbook() ? "a column without a header holds " + record[i]
								.strip() + " (in the sheet's column " + columnLetters(i) + ")" : "a value with a " + separatorName()
								+ " in it needs quotes around it"));
			}
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			fields.put(header.get(i), i < record.length ? record[i] : "");
		}
		return fields;
	}

	private String separatorName() {
		return format.separator() == ',' ? "comma" : format.separator() == ';' ? "semicolon" : "tab";
	}

	/** A sheet's column as Excel names it: A, B, ..., Z, AA. */
	private static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static boolean isBlank(String[] record) {
		for (String cell : record) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}
}
