package io.parley.model.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;


/**
 * A prospect list ({@code NAME.prospects.csv}) read one row at a time, so a million rows need no
 * more memory than one. The file is read as it was written ({@link ProspectFormat}: encoding,
 * separator, notes above the header), its columns fill the macros under their own names, under the
 * names other tools give them ({@link ProspectHeaders}) or as an audience maps them
 * ({@link ProspectColumns}), and blank lines are no one. A row with more values than the header has
 * columns, a quote left open or a byte that is not UTF-8 in a UTF-8 file stops the reading with
 * its line ({@link DocumentReadException}, thrown as the cause of an {@link UncheckedIOException}
 * by {@link #hasNext()} and {@link #next()}), so every reader refuses the same rows.
 */
public final class ProspectList implements Iterator<Prospect>, AutoCloseable {

	public static final List<String> REQUIRED_COLUMNS = List.of("firstName", "lastName", "jobTitle", "companyName",
			"industry");

	private final Path file;
	private final ProspectFormat format;
	private final ProspectColumns columns;
	private final Reader reader;
	private final MappingIterator<String[]> records;
	private long row;
	private long blankLines;
	private Prospect pending;

	private ProspectList(Path file, ProspectFormat format, ProspectColumns columns, Reader reader,
			MappingIterator<String[]> records) {
		this.file = file;
		this.format = format;
		this.columns = columns;
		this.reader = reader;
		this.records = records;
	}

	public static ProspectList open(Path file) throws IOException {
		return open(file, ProspectColumns.AS_NAMED);
	}

	public static ProspectList open(Path file, ProspectColumns columns) throws IOException {
		ProspectFormat format = ProspectFormat.detect(file,
				cell -> ProspectHeaders.isKnown(cell) || columns.headers().containsValue(cell.strip()));
		Reader reader = format.open(file);
		try {
			ProspectList list = new ProspectList(file, format, columns.resolvedFor(format.header()), reader,
					ProspectFormat.records(reader, format.separator()));
			for (int i = 0; i <= format.headerRecord(); i++) {
				list.nextRecord();
			}
			return list;
		} catch (IOException | RuntimeException e) {
			reader.close();
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
		reader.close();
	}

	private Prospect readProspect() throws IOException {
		for (;;) {
			int line = records.getParser().currentLocation().getLineNr();
			String[] record = nextRecord();
			if (record == null) {
				return null;
			}
			if (isBlank(record)) {
				blankLines++;
			} else {
				return new Prospect(++row, columns.apply(fields(record, line)));
			}
		}
	}

	private String[] nextRecord() throws IOException {
		int line = records.getParser().currentLocation().getLineNr();
		try {
			return records.hasNextValue() ? records.nextValue() : null;
		} catch (IOException e) {
			if (isEncoding(e)) {
				throw new DocumentReadException(file, firstLineNotUtf8(file), 0, "this line is not UTF-8 though the lines"
						+ " above are; save the list as \"CSV UTF-8\"");
			}
			if (e instanceof JsonProcessingException csv) {
				throw new DocumentReadException(file, line, 0, "this row cannot be read as CSV: "
						+ csv.getOriginalMessage().replaceAll("\\s+", " ") + " (a quote opened and never closed?)");
			}
			throw e;
		}
	}

	/** Whether the reader met a byte its encoding has no character for; the CSV parser may wrap that. */
	private static boolean isEncoding(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	private Map<String, String> fields(String[] record, int line) throws DocumentReadException {
		List<String> header = format.header();
		for (int i = header.size(); i < record.length; i++) {
			if (!record[i].isBlank()) {
				throw new DocumentReadException(file, line, 0, "this row has " + record.length + " values where the header"
						+ " has " + header.size() + " columns; a value with a " + separatorName() + " in it needs quotes around it");
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

	private static boolean isBlank(String[] record) {
		for (String cell : record) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	/** The line of the first byte that is not UTF-8: the reader met it a buffer ahead of the row it was parsing. */
	private static int firstLineNotUtf8(Path file) throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		int number = 1;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			for (int b = in.read(); b >= 0; b = in.read()) {
				if (b != '\n') {
					line.write(b);
				} else if (isUtf8(utf8, line)) {
					line.reset();
					number++;
				} else {
					return number;
				}
			}
		}
		return number;
	}

	private static boolean isUtf8(CharsetDecoder utf8, ByteArrayOutputStream bytes) {
		try {
			utf8.decode(ByteBuffer.wrap(bytes.toByteArray()));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}
}
