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
import java.util.Locale;
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
 * the first of two or more cells. A workbook ({@code NAME.prospects.xlsx}) is read from one of its
 * sheets, its header found the same way among the sheet's first rows.
 *
 * @param sheet        the workbook's sheet the list is read from; empty for CSV text
 * @param headerRecord the header's place among the file's records (0 for the first)
 * @param headerLine   the file line (the sheet row) the header starts on (1-based)
 */
public record ProspectFormat(Charset charset, int byteOrderMark, char separator, String sheet, int headerRecord,
		int headerLine, List<String> header) {

	/** The ending of a prospect list kept as an Excel workbook. */
	public static final String WORKBOOK_SUFFIX = ".xlsx";

	private static final CsvMapper CSV = new CsvMapper();
	private static final int SAMPLE_BYTES = 1 << 20;
	private static final int HEADER_SEARCH_RECORDS = 50;
	private static final char[] SEPARATORS = { ',', ';', '\t' };
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	public ProspectFormat {
		header = List.copyOf(header);
	}

	/**
	 * The format of {@code file}; {@code knownHeader} tells a header cell from a note's. A workbook is
	 * read from the sheet named {@code sheet}, or from its first sheet when that is empty.
	 */
	public static ProspectFormat detect(Path file, String sheet, Predicate<String> knownHeader) throws IOException {
		if (isWorkbook(file)) {
			return inWorkbook(file, sheet, knownHeader);
		}
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

	/** Whether {@code file} is named as a workbook, which is read from a sheet rather than as text. */
	public static boolean isWorkbook(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(WORKBOOK_SUFFIX);
	}

	/** The sheets of a workbook, in its order: the lists it may hold. */
	public static List<String> sheets(Path workbook) throws IOException {
		return WorkbookSheet.sheetNames(workbook);
	}

	/** Whether the list is a sheet of a workbook. */
	public boolean workbook() {
		return !sheet.isEmpty();
	}

	/** Whether the file was read as Windows-1252 because its bytes are not UTF-8. */
	public boolean notUtf8() {
		return charset.equals(WINDOWS_1252);
	}

	/** What a person is told about how the file was read: "Windows-1252 (the file is not UTF-8), semicolons". */
	public String description() {
		if (workbook()) {
			return "read from sheet \"" + sheet + "\" of the workbook, header on row " + headerLine;
		}
		String encoding = notUtf8() ? "Windows-1252 (the file is not UTF-8)" : charset.displayName()
				+ (byteOrderMark > 0 ? " with a byte-order mark" : "");
		String separated = separator == ',' ? "commas" : separator == ';' ? "semicolons" : "tabs";
		return "read as " + encoding + ", separated by " + separated + ", header on line " + headerLine;
	}

	/**
	 * The file's records from its start: its text decoded as found (a UTF-8 file with a bad byte
	 * further on fails there), or the rows of its sheet.
	 */
	ProspectRecords open(Path file) throws IOException {
		if (workbook()) {
			return WorkbookSheet.open(file, sheet);
		}
		InputStream in = Files.newInputStream(file);
		try {
			in.skipNBytes(byteOrderMark);
			return new CsvRecords(file, new BufferedReader(new InputStreamReader(in, decoder(charset, notUtf8()
					? CodingErrorAction.REPLACE : CodingErrorAction.REPORT)), 1 << 16), separator);
		} catch (IOException | RuntimeException e) {
			in.close();
			throw e;
		}
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
		return found(records, lines, knownHeader, charset, bom, separator, "");
	}

	private static ProspectFormat inWorkbook(Path file, String wanted, Predicate<String> knownHeader) throws IOException {
		List<String[]> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		try (WorkbookSheet rows = WorkbookSheet.open(file, wanted)) {
			for (String[] record = rows.next(); record != null && records.size() < HEADER_SEARCH_RECORDS; record = rows.next()) {
				lines.add(rows.line());
				records.add(record);
			}
			return found(records, lines, knownHeader, StandardCharsets.UTF_8, 0, ',', rows.name());
		}
	}

	private static ProspectFormat found(List<String[]> records, List<Integer> lines, Predicate<String> knownHeader,
			Charset charset, int bom, char separator, String sheet) {
		int header = headerIndex(records, knownHeader);
		return header < 0 ? new ProspectFormat(charset, bom, separator, sheet, 0, lines.isEmpty() ? 1 : lines.get(0), List.of())
				: new ProspectFormat(charset, bom, separator, sheet, header, lines.get(header),
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
					+ " name a workbook NAME" + DocumentKind.PROSPECT_WORKBOOK.suffix() + ", or save it from the spreadsheet as \"CSV UTF-8\"");
		}
		if (isEncryptedOrOldWorkbook(sample)) {
			throw new DocumentReadException(file, 0, 0, "this is an Excel 97-2003 workbook (.xls) or a workbook with a password,"
					+ " not CSV text; save it from the spreadsheet as \"CSV UTF-8\"");
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

	/** Whether the file starts as Excel's .xls files and password-protected workbooks do (an OLE2 compound file). */
	static boolean isEncryptedOrOldWorkbook(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return isEncryptedOrOldWorkbook(in.readNBytes(8));
		} catch (IOException e) {
			return false;
		}
	}

	private static boolean isEncryptedOrOldWorkbook(byte[] start) {
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		return start.length >= ole2.length && Arrays.equals(start, 0, ole2.length, ole2, 0, ole2.length);
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
