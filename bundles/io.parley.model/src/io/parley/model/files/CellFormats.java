package io.parley.model.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a workbook's number cells stand for, from their cell style's number format
 * ({@code xl/styles.xml}): a day, a time of day, both, a length of time, or a number. Excel keeps a
 * date as the count of days since 1900 (or 1904, for workbooks begun on old Macs); a cell shown as
 * a date reads as the ISO date ("2027-01-15") instead of that count. Formats 14 to 22 and 45 to 47
 * are Excel's own date and time formats, which a workbook does not spell out; a workbook's own
 * formats show a date when their code has days, months or years in it (Excel's "yyyy-mm-dd",
 * LibreOffice's "YYYY-MM-DD").
 */
final class CellFormats {

	/** What a number cell shows. */
	enum Shown {
		NUMBER, DATE, TIME, DATE_TIME, DURATION
	}

	private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 31);
	/** From its day 61 on, Excel counts from a day earlier: it takes 1900 for a leap year, as Lotus 1-2-3 did. */
	private static final LocalDate DAY_ZERO_1900_AFTER_FEBRUARY = LocalDate.of(1899, 12, 30);
	private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
	private static final int SECONDS_A_DAY = 86_400;

	private final Shown[] styles;
	private final boolean from1904;

	private CellFormats(Shown[] styles, boolean from1904) {
		this.styles = styles;
		this.from1904 = from1904;
	}

	/** The formats of the workbook's cell styles, from its styles part (none when {@code stylesPart} is null). */
	static CellFormats read(Path file, ZipFile zip, String workbookPart, String stylesPart) throws IOException, XMLStreamException {
		boolean from1904 = from1904(file, zip, workbookPart);
		if (stylesPart == null || zip.getEntry(stylesPart) == null) {
			return new CellFormats(new Shown[0], from1904);
		}
		Map<Integer, String> codes = new HashMap<>();
		List<Shown> styles = new ArrayList<>();
		try (InputStream in = WorkbookSheet.entry(file, zip, stylesPart)) {
			XMLStreamReader xml = WorkbookSheet.xml(in);
			boolean cellStyles = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "numFmt" -> codes.put(number(xml.getAttributeValue(null, "numFmtId")), xml.getAttributeValue(null, "formatCode"));
						case "cellXfs" -> cellStyles = true;
						case "xf" -> {
							if (cellStyles) {
								int id = number(xml.getAttributeValue(null, "numFmtId"));
								styles.add(shown(id, codes.get(id)));
							}
						}
						default -> { /* fonts, fills, borders: nothing a value depends on */ }
					}
				} else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
					cellStyles = false;
				}
			}
			xml.close();
		}
		return new CellFormats(styles.toArray(Shown[]::new), from1904);
	}

	/** {@code value}, a number cell's value, as a cell of style {@code style} (the cell's "s", or null) shows it. */
	String shown(String style, String value) {
		Shown shown = style == null || styles.length == 0 ? Shown.NUMBER : styleAt(style);
		if (shown == Shown.NUMBER || value.isBlank()) {
			return null;
		}
		try {
			return iso(Double.parseDouble(value.strip()), shown, from1904);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private Shown styleAt(String style) {
		try {
			int index = Integer.parseInt(style.strip());
			return index >= 0 && index < styles.length ? styles[index] : Shown.NUMBER;
		} catch (NumberFormatException e) {
			return Shown.NUMBER;
		}
	}

	/** The date or time Excel's count of days {@code serial} stands for, in ISO 8601; null for a count no day has. */
	static String iso(double serial, Shown shown, boolean from1904) {
		if (shown == Shown.DURATION) {
			return Duration.ofSeconds(Math.round(serial * SECONDS_A_DAY)).toString();
		}
		long days = (long) Math.floor(serial);
		long seconds = Math.round((serial - days) * SECONDS_A_DAY);
		if (seconds == SECONDS_A_DAY) {
			days++;
			seconds = 0;
		}
		LocalTime time = LocalTime.ofSecondOfDay(seconds);
		if (shown == Shown.TIME) {
			return time.toString();
		}
		if (days < 0 || !from1904 && (days == 0 || days == 60) || days > 2_958_465) {
			return null;
		}
		LocalDate day = from1904 ? DAY_ZERO_1904.plusDays(days)
				: (days > 60 ? DAY_ZERO_1900_AFTER_FEBRUARY : DAY_ZERO_1900).plusDays(days);
		return shown == Shown.DATE ? day.toString() : LocalDateTime.of(day, time).toString();
	}

	/** What format {@code id} (code {@code code}, for a workbook's own format) shows. */
	static Shown shown(int id, String code) {
		if (id >= 14 && id <= 17) {
			return Shown.DATE;
		}
		if (id >= 18 && id <= 21 || id == 45 || id == 47) {
			return Shown.TIME;
		}
		if (id == 22) {
			return Shown.DATE_TIME;
		}
		if (id == 46) {
			return Shown.DURATION;
		}
		return code == null ? Shown.NUMBER : ofCode(code);
	}

	/**
	 * What a format code shows, from the letters in its first section that are not text: d and y are
	 * days and years, h and s hours and seconds, m a month unless hours or seconds are with it;
	 * [h], [m] and [s] count time past a day. Quoted text, escaped and padding characters, colours,
	 * conditions and locales ([Red], [>=100], [$-409]) say nothing of a date.
	 */
	static Shown ofCode(String code) {
		StringBuilder letters = new StringBuilder();
		boolean elapsed = false;
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == ';') {
				break;
			} else if (c == '"') {
				int end = code.indexOf('"', i + 1);
				i = end < 0 ? code.length() : end;
			} else if (c == '\\' || c == '_' || c == '*') {
				i++;
			} else if (c == '[') {
				int end = code.indexOf(']', i + 1);
				String inside = code.substring(i + 1, end < 0 ? code.length() : end).toLowerCase(Locale.ROOT);
				elapsed |= inside.matches("h+|m+|s+");
				i = end < 0 ? code.length() : end;
			} else {
				letters.append(Character.toLowerCase(c));
			}
		}
		String text = letters.toString();
		boolean time = elapsed || text.indexOf('h') >= 0 || text.indexOf('s') >= 0;
		boolean date = text.indexOf('d') >= 0 || text.indexOf('y') >= 0 || !time && text.indexOf('m') >= 0;
		if (elapsed && !date) {
			return Shown.DURATION;
		}
		return date && time ? Shown.DATE_TIME : date ? Shown.DATE : time ? Shown.TIME : Shown.NUMBER;
	}

	/** Whether the workbook counts its days from 1904 ({@code <workbookPr date1904="1"/>}). */
	private static boolean from1904(Path file, ZipFile zip, String workbookPart) throws IOException, XMLStreamException {
		try (InputStream in = WorkbookSheet.entry(file, zip, workbookPart)) {
			XMLStreamReader xml = WorkbookSheet.xml(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT) {
					if (xml.getLocalName().equals("workbookPr")) {
						String value = xml.getAttributeValue(null, "date1904");
						return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
					}
					if (xml.getLocalName().equals("sheets")) {
						return false;
					}
				}
			}
			return false;
		}
	}

	private static int number(String text) {
		try {
			return text == null ? -1 : Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
