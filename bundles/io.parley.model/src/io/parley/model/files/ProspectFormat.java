package io.parley.model.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * How a prospect list file is written, found from its first megabyte: the encoding (UTF-8, with or
 * without a byte-order mark, else Windows-1252, as Excel saves "CSV" on Windows),
 * the separator (comma, semicolon as in European spreadsheets, or tab: the one that splits the
 * header into most columns, else finds it first) and the header row, which is not always the first: LinkedIn's
 * Connections.csv has notes above it. The header is the first row that names a known column, else
 * the first of two or more cells.
 *
 * @param headerRecord the header's place among the file's CSV records (0 for the first)
 * @param headerLine   the file line the header starts on (1-based)
 */
public record ProspectFormat(Charset charset, int byteOrderMark, char separator, int headerRecord, int headerLine,
		List<String> header) {

	private static final CsvMapper CSV = new CsvMapper();
	private static final int SAMPLE_BYTES = 1 << 20;
	private static final int HEADER_SEARCH_RECORDS = 50;
	private static final char[] SEPARATORS = { ',', ';', '\t' };
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	public ProspectFormat {
		header = List.copyOf(header);
	}

	/** The format of {@code file}; {@code knownHeader} tells a header cell from a note's. */
	public static ProspectFormat detect(Path file, Predicate<String> knownHeader) throws IOException {
		byte[] sample;
		long size = Files.size(file);
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(SAMPLE_BYTES);
		}
		int bom = hasUtf8ByteOrderMark(sample) ? 3 : 0;
		if (bom == 0) {
			refuseNonText(file, sample);
		}
		Charset charset = bom > 0 || isUtf8(sample, sample.length == size) ? StandardCharsets.UTF_8 : WINDOWS_1252;
		String text = decoder(charset, CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(sample, bom, sample.length - bom))
				.toString();
		ProspectFormat best = null;
		for (char separator : SEPARATORS) {
			ProspectFormat format = withSeparator(text, separator, knownHeader, charset, bom);
			if (best == null || cells(format.header()) > cells(best.header())
					|| cells(format.header()) == cells(best.header()) && format.headerRecord() < best.headerRecord()) {
				best = format;
			}
		}
		return best;
	}

	/** Whether the file was read as Windows-1252 because its bytes are not UTF-8. */
	public boolean notUtf8() {
		return charset.equals(WINDOWS_1252);
	}

	/** What a person is told about how the file was read: "Windows-1252 (the file is not UTF-8), semicolons". */
	public String description() {
		String encoding = notUtf8() ? "Windows-1252 (the file is not UTF-8)" : charset.displayName()
				+ (byteOrderMark > 0 ? " with a byte-order mark" : "");
		String separated = separator == ',' ? "commas" : separator == ';' ? "semicolons" : "tabs";
		return "read as " + encoding + ", separated by " + separated + ", header on line " + headerLine;
	}

	/** The file's text from its start, decoded as found; a UTF-8 file with a bad byte further on fails there. */
	Reader open(Path file) throws IOException {
		InputStream in = Files.newInputStream(file);
		in.skipNBytes(byteOrderMark);
		return new BufferedReader(new InputStreamReader(in, decoder(charset, notUtf8() ? CodingErrorAction.REPLACE
				: CodingErrorAction.REPORT)), 1 << 16);
	}

	/** Every record of the text as cells, blank lines as no cells: what every reader of prospect lists reads. */
	static MappingIterator<String[]> records(Reader text, char separator) throws IOException {
		return CSV.readerFor(String[].class).with(CsvParser.Feature.WRAP_AS_ARRAY)
				.with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text);
	}

	private static ProspectFormat withSeparator(String text, char separator, Predicate<String> knownHeader, Charset charset,
			int bom) throws IOException {
		List<String[]> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (MappingIterator<String[]> it = records(new StringReader(text), separator)) {
			while (records.size() < HEADER_SEARCH_RECORDS) {
				int line = it.getParser().currentLocation().getLineNr();
				if (!it.hasNextValue()) {
					break;
				}
				lines.add(line);
				records.add(it.nextValue());
			}
		} catch (IOException | RuntimeException e) {
			// the sample ends inside a quoted cell: the records before it are all a header search needs
		}
		int header = headerIndex(records, knownHeader);
		return header < 0 ? new ProspectFormat(charset, bom, separator, 0, 1, List.of())
				: new ProspectFormat(charset, bom, separator, header, lines.get(header),
						Arrays.stream(records.get(header)).map(String::strip).toList());
	}

	private static int headerIndex(List<String[]> records, Predicate<String> knownHeader) {
		for (int i = 0; i < records.size(); i++) {
			if (Arrays.stream(records.get(i)).anyMatch(knownHeader)) {
				return i;
			}
		}
		for (int minimum : new int[] { 2, 1 }) {
			for (int i = 0; i < records.size(); i++) {
				if (cells(Arrays.asList(records.get(i))) >= minimum) {
					return i;
				}
			}
		}
		return -1;
	}

	private static long cells(List<String> record) {
		return record.stream().filter(cell -> !cell.isBlank()).count();
	}

	private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	/** A workbook, a UTF-16 text export or any binary file is refused in words, not read as garbled rows. */
	private static void refuseNonText(Path file, byte[] sample) throws DocumentReadException {
		if (sample.length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
			throw new DocumentReadException(file, 0, 0, "this is a workbook or another zip archive, not CSV text;"
					+ " save it from the spreadsheet as \"CSV UTF-8\"");
		}
		if (sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
				|| (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)) {
			throw new DocumentReadException(file, 0, 0, "this is UTF-16 text (Excel's \"Unicode Text\");"
					+ " save it from the spreadsheet as \"CSV UTF-8\"");
		}
		for (byte b : sample) {
			if (b == 0) {
				throw new DocumentReadException(file, 0, 0, "this is not a text file (it holds binary data);"
						+ " save the list from the spreadsheet as \"CSV UTF-8\"");
			}
		}
	}

	/** Whether the bytes are UTF-8; a sample cut inside a character is not held against it. */
	private static boolean isUtf8(byte[] sample, boolean whole) {
		CharsetDecoder decoder = decoder(StandardCharsets.UTF_8, CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(sample.length);
		return !decoder.decode(ByteBuffer.wrap(sample), out, whole).isError() && (!whole || !decoder.flush(out).isError());
	}

	private static CharsetDecoder decoder(Charset charset, CodingErrorAction onError) {
		return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
	}
}
