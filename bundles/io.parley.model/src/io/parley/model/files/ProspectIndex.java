package io.parley.model.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A prospect list indexed for browsing: one pass records where each row starts in the file and
 * counts the empty fields of each column, and a row is read from disk only when it is shown. A
 * million rows cost 8 MB of offsets, not a million maps of strings.
 */
public final class ProspectIndex {

	/** Told how far the pass has read; answering false stops it. */
	@FunctionalInterface
	public interface Progress {
		boolean read(long bytes, long totalBytes);
	}

	private static final int BUFFER = 1 << 16;
	private static final long REPORT_EVERY = 1 << 20;

	private final Path file;
	private final List<String> columns;
	private final long[] rowStarts;
	private final int rows;
	private final long[] emptyFields;

	private ProspectIndex(Path file, List<String> columns, long[] rowStarts, int rows, long[] emptyFields) {
		this.file = file;
		this.columns = columns;
		this.rowStarts = rowStarts;
		this.rows = rows;
		this.emptyFields = emptyFields;
	}

	/** Indexes {@code file}; empty when {@code progress} stopped the pass. */
	public static Optional<ProspectIndex> build(Path file, Progress progress) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new Scan(file, Files.size(file), progress).run(in);
		}
	}

	public Path file() {
		return file;
	}

	public List<String> columns() {
		return columns;
	}

	public int rowCount() {
		return rows;
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
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			while (bytes.hasRemaining() && channel.read(bytes, start + bytes.position()) >= 0) {
				// a positional read may return fewer bytes than asked
			}
		}
		String[] fields = CsvRow.parse(new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8));
		return Arrays.copyOf(fields, columns.size());
	}

	/** The one pass over the bytes: quotes may hold commas and line breaks, so a row ends only outside them. */
	private static final class Scan {
		private final Path file;
		private final long size;
		private final Progress progress;
		private long[] rowStarts = new long[1024];
		private int rows = -1;
		private long[] emptyFields = new long[0];
		private String header;
		private long position;
		private long rowStart;
		private int column;
		private boolean quoted;
		private boolean fieldHasText;
		private boolean rowHasBytes;

		Scan(Path file, long size, Progress progress) {
			this.file = file;
			this.size = size;
			this.progress = progress;
		}

		Optional<ProspectIndex> run(InputStream in) throws IOException {
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
			if (rowHasBytes) {
				endRow();
			}
			progress.read(size, size);
			List<String> columns = header == null ? List.of() : List.of(CsvRow.parse(header));
			long[] starts = Arrays.copyOf(rowStarts, Math.max(rows, 0) + 1);
			starts[Math.max(rows, 0)] = position;
			return Optional.of(new ProspectIndex(file, columns, starts, Math.max(rows, 0),
					Arrays.copyOf(emptyFields, columns.size())));
		}

		private void accept(byte b) throws IOException {
			position++;
			if (b == '"') {
				quoted = !quoted;
				rowHasBytes = true;
			} else if (quoted) {
				fieldHasText |= !isBlank(b);
			} else if (b == ',') {
				endField();
				rowHasBytes = true;
			} else if (b == '\n') {
				if (rowHasBytes) {
					endRow();
				}
				rowStart = position;
			} else {
				fieldHasText |= !isBlank(b);
				rowHasBytes |= b != '\r';
			}
		}

		private void endField() {
			if (rows >= 0 && column < emptyFields.length && !fieldHasText) {
				emptyFields[column]++;
			}
			column++;
			fieldHasText = false;
		}

		private void endRow() throws IOException {
			endField();
			if (rows < 0) {
				header = readHeader();
				emptyFields = new long[CsvRow.parse(header).length];
			} else {
				for (int c = column; c < emptyFields.length; c++) {
					emptyFields[c]++;
				}
				if (rows + 1 >= rowStarts.length) {
					rowStarts = Arrays.copyOf(rowStarts, rowStarts.length * 2);
				}
				rowStarts[rows] = rowStart;
			}
			rows++;
			column = 0;
			rowHasBytes = false;
		}

		private String readHeader() throws IOException {
			try (InputStream in = Files.newInputStream(file)) {
				return new String(in.readNBytes((int) (position - rowStart)), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
			}
		}

		private static boolean isBlank(byte b) {
			return b == ' ' || b == '\t' || b == '\r';
		}
	}
}
