package io.parley.model.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * A table that another tool wrote, read as prospect lists are ({@link ProspectFormat}): CSV in any
 * of the encodings and separators people have, or a sheet of a workbook, with notes above a header
 * that {@code knownHeader} recognises. Campaign Manager's reports are such tables.
 */
public final class TableFile implements Closeable {

	private final ProspectFormat format;
	private final ProspectRecords records;

	private TableFile(ProspectFormat format, ProspectRecords records) {
		this.format = format;
		this.records = records;
	}

	public static TableFile open(Path file, Predicate<String> knownHeader) throws IOException {
		ProspectFormat format = ProspectFormat.detect(file, "", knownHeader);
		ProspectRecords records = format.open(file);
		try {
			for (int i = 0; i <= format.headerRecord(); i++) {
				records.next();
			}
			return new TableFile(format, records);
		} catch (IOException | RuntimeException e) {
			records.close();
			throw e;
		}
	}

	public List<String> header() {
		return format.header();
	}

	/** How the file was read: encoding, separator or sheet, and the header's line. */
	public ProspectFormat format() {
		return format;
	}

	/** The cells of the next row below the header; null after the last. */
	public String[] next() throws IOException {
		return records.next();
	}

	/** The line (the sheet row) the row {@link #next()} returned last starts on. */
	public int line() {
		return records.line();
	}

	@Override
	public void close() throws IOException {
		records.close();
	}
}
