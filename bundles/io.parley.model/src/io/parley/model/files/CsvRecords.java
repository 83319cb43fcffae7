package io.parley.model.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;

/**
 * The records of a CSV prospect list as its format says it is written. A quote left open or a
 * byte that is not UTF-8 in a UTF-8 file is a {@link DocumentReadException} with its line.
 */
final class CsvRecords implements ProspectRecords {

	private final Path file;
	private final Reader text;
	private final MappingIterator<String[]> records;
	private int line;

	CsvRecords(Path file, Reader text, char separator) throws IOException {
		this.file = file;
		this.text = text;
		this.records = ProspectFormat.records(text, separator);
	}

	@Override
	public int line() {
		return line;
	}

	@Override
	public String[] next() throws IOException {
		line = records.getParser().currentLocation().getLineNr();
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

	@Override
	public void close() throws IOException {
		records.close();
		text.close();
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
