package io.parley.model.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A prospect list indexed for browsing: one pass records where each row starts in the file and
 * counts the empty fields of each column, and a row is read from disk only when it is shown. A
 * million rows cost 8 MB of offsets, not a million maps of strings. A workbook's rows cannot be
 * read one by one from its compressed sheet, so its pass copies them, as read by every reader of
 * prospect lists, into a temporary CSV file that {@link #close()} deletes.
 */
public final class ProspectIndex implements AutoCloseable {

	/** Told how far the pass has read; answering false stops it. */
	@FunctionalInterface
	public interface Progress {
		boolean read(long bytes, long totalBytes);
	}

	private static final int BUFFER = 1 << 16;
	private static final long REPORT_EVERY = 1 << 20;

	private final Path file;
	private final ProspectFormat format;
	private final List<String> columns;
	private final Rows text;
	private final long[] rowStarts;
	private final int rows;
	private final long[] emptyFields;
	private final long blankRows;

	/** Where the rows are read from when shown: the list itself, or a workbook's rows copied as CSV. */
	private record Rows(Path file, Charset charset, char separator, boolean temporary) {
	}

	private ProspectIndex(Path file, ProspectFormat format, Rows text, long[] rowStarts, int rows, long[] emptyFields,
			long blankRows) {
		this.file = file;
		this.format = format;
		this.columns = format.header();
		this.text = text;
		this.rowStarts = rowStarts;
		this.rows = rows;
		this.emptyFields = emptyFields;
		this.blankRows = blankRows;
	}

	/** Indexes {@code file} with its columns as named, on the first sheet of a workbook. */
	public static Optional<ProspectIndex> build(Path file, Progress progress) throws IOException {
		return build(file, ProspectColumns.AS_NAMED, progress);
	}

	/**
	 * Indexes {@code file}, read as {@link ProspectList} reads it with {@code columns} (encoding,
	 * separator, sheet, notes above the header, blank rows that are no one); empty when
	 * {@code progress} stopped the pass.
	 */
	public static Optional<ProspectIndex> build(Path file, ProspectColumns columns, Progress progress) throws IOException {
		ProspectFormat format = ProspectFormat.detect(file, columns.sheet(), columns::names);
		if (format.workbook()) {
			return copyOfSheet(file, format, progress);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return new Scan(file, format, Files.size(file), progress).run(in);
		}
	}

	/** Deletes the copy of a workbook's rows; a CSV list has none. */
	@Override
	public void close() throws IOException {
		if (text.temporary()) {
			Files.deleteIfExists(text.file());
		}
	}

	public Path file() {
		return file;
	}

	public List<String> columns() {
		return columns;
	}

	/** How the file was read: its encoding, separator and header line, as every reader of the list reads it. */
	public ProspectFormat format() {
		return format;
	}

	public int rowCount() {
		return rows;
	}

	/** Blank rows below the header, passed over as {@link ProspectList} passes them: they are no one. */
	public long blankRows() {
		return blankRows;
	}

	/** Rows whose field in {@code column} is empty or blank; every row when the header lacks the column. */
	public long emptyCount(String column) {
		int index = columns.indexOf(column);
		return index < 0 ? rows : emptyFields[index];
	}

	/** The fields of data row {@code index} (0-based), as many as there are columns. */
	public String[] row(int index) throws IOException {
		long start = rowStarts[index];
		int length = (int) (rowStarts[index + 1] - start);
		ByteBuffer bytes = ByteBuffer.allocate(length);
		try (FileChannel channel = FileChannel.open(text.file(), StandardOpenOption.READ)) {
			while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) >= 0) {
				// a positional read may return fewer bytes than asked
			}
		}
		String[] fields = CsvRow.parse(new String(bytes.array(), 0, bytes.position(), text.charset()), text.separator());
		return Arrays.copyOf(fields, columns.size());
	}

	/** The rows of a workbook's sheet, read by {@link ProspectList}'s reader and copied as CSV, one row a line. */
	private static Optional<ProspectIndex> copyOfSheet(Path file, ProspectFormat format, Progress progress) throws IOException {
		Path copy = Files.createTempFile("parley-sheet", ".csv");
		try (ProspectRecords records = format.open(file);
				BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
			int width = format.header().size();
			long[] emptyFields = new long[width];
			long[] rowStarts = new long[1024];
			int rows = 0;
			long blankRows = 0;
			long position = 0;
			long size = Files.size(file);
			for (int i = 0; i <= format.headerRecord(); i++) {
				records.next();
			}
			for (String[] record = records.next(); record != null; record = records.next()) {
				if (Arrays.stream(record).allMatch(String::isBlank)) {
					blankRows++;
					continue;
				}
				if (rows + 1 >= rowStarts.length) {
					rowStarts = Arrays.copyOf(rowStarts, rowStarts.length * 2);
				}
				rowStarts[rows++] = position;
				StringBuilder line = new StringBuilder();
				for (int c = 0; c < width; c++) {
					String value = c < record.length ? record[c] : "";
					emptyFields[c] += value.isBlank() ? 1 : 0;
					line.append(c == 0 ? "\"" : ",\"").append(value.replace("\"", "\"\"")).append('"');
				}
				line.append('\n');
				out.append(line);
				position += line.toString().getBytes(StandardCharsets.UTF_8).length;
				if (rows % 16_384 == 0 && !progress.read(0, size)) {
					out.close();
					Files.deleteIfExists(copy);
					return Optional.empty();
				}
			}
			progress.read(size, size);
			long[] starts = Arrays.copyOf(rowStarts, rows + 1);
			starts[rows] = position;
			return Optional.of(new ProspectIndex(file, format, new Rows(copy, StandardCharsets.UTF_8, ',', true), starts, rows,
					emptyFields, blankRows));
		} catch (IOException | RuntimeException e) {
			Files.deleteIfExists(copy);
			throw e;
		}
	}

	/**
	 * The one pass over the bytes: quotes may hold separators and line breaks, so a row ends only
	 * outside them. Rows before the header's line are notes; a row of blank values is no one.
	 */
	private static final class Scan {
		private final Path file;
		private final ProspectFormat format;
		private final long size;
		private final Progress progress;
		private final byte separator;
		private final boolean[] blankInRow;
		private final long[] emptyFields;
		private long[] rowStarts = new long[1024];
		private int rows;
		private long blankRows;
		private boolean headerPassed;
		private int line = 1;
		private int rowLine = 1;
		private long position;
		private long rowStart;
		private int column;
		private boolean quoted;
		private boolean fieldHasText;
		private boolean rowHasText;

		Scan(Path file, ProspectFormat format, long size, Progress progress) {
			this.file = file;
			this.format = format;
			this.size = size;
			this.progress = progress;
			this.separator = (byte) format.separator();
			this.blankInRow = new boolean[format.header().size()];
			this.emptyFields = new long[format.header().size()];
			this.rowStart = format.byteOrderMark();
			this.position = format.byteOrderMark();
		}

		Optional<ProspectIndex> run(InputStream in) throws IOException {
			in.skipNBytes(format.byteOrderMark());
			byte[] buffer = new byte[BUFFER];
			long nextReport = REPORT_EVERY;
			for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					accept(buffer[i]);
				}
				if (position >= nextReport) {
					nextReport += REPORT_EVERY;
					if (!progress.read(position, size)) {
						return Optional.empty();
					}
				}
			}
			if (position > rowStart) {
				endRow();
			}
			progress.read(size, size);
			long[] starts = Arrays.copyOf(rowStarts, rows + 1);
			starts[rows] = position;
			return Optional.of(new ProspectIndex(file, format, new Rows(file, format.charset(), format.separator(), false), starts,
					rows, emptyFields, blankRows));
		}

		private void accept(byte b) {
			position++;
			if (b == '"') {
				quoted = !quoted;
			} else if (quoted) {
				fieldHasText |= !isBlank(b);
				line += b == '\n' ? 1 : 0;
			} else if (b == separator) {
				endField();
			} else if (b == '\n') {
				endRow();
				line++;
				rowLine = line;
				rowStart = position;
			} else {
				fieldHasText |= !isBlank(b);
			}
		}

		private void endField() {
			if (column < blankInRow.length) {
				blankInRow[column] = !fieldHasText;
			}
			rowHasText |= fieldHasText;
			column++;
			fieldHasText = false;
		}

		private void endRow() {
			endField();
			if (headerPassed && rowHasText) {
				for (int c = 0; c < emptyFields.length; c++) {
					emptyFields[c] += c >= column || blankInRow[c] ? 1 : 0;
				}
				if (rows + 1 >= rowStarts.length) {
					rowStarts = Arrays.copyOf(rowStarts, rowStarts.length * 2);
				}
				rowStarts[rows++] = rowStart;
			} else if (headerPassed) {
				blankRows++;
			}
			headerPassed |= rowLine >= format.headerLine();
			column = 0;
			rowHasText = false;
		}

		private static boolean isBlank(byte b) {
			return b == ' ' || b == '\t' || b == '\r';
		}
	}
}
