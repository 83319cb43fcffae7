package io.parley.model.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The rows of one sheet of an Excel workbook ({@code .xlsx}), read as the sheet's XML streams by,
 * so a sheet of a million rows needs the memory of one row and the places of its shared strings
 * ({@link SharedStrings}). A row's number is the sheet's own, as Excel shows it; rows Excel leaves
 * out (empty ones) are not there. Numbers read as Excel writes them (42, 0.5), a number shown as a
 * date or a time as its ISO date or time ({@link CellFormats}), true and false as TRUE and FALSE,
 * and a formula as its last computed value.
 */
final class WorkbookSheet implements ProspectRecords {

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
	private static final XMLInputFactory XML = xmlFactory();
	private static final Pattern EXCEL_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
	/** A date cell ({@code t="d"}) holds an ISO date and time; a day alone is the date. */
	private static final Pattern MIDNIGHT = Pattern.compile("T00:00(:00(\\.0+)?)?Z?$");

	private final Path file;
	private final String name;
	private final ZipFile zip;
	private final SharedStrings shared;
	private final CellFormats formats;
	private final InputStream in;
	private final XMLStreamReader sheet;
	private int row;

	private WorkbookSheet(Path file, String name, ZipFile zip, SharedStrings shared, CellFormats formats, InputStream in,
			XMLStreamReader sheet) {
		this.file = file;
		this.name = name;
		this.zip = zip;
		this.shared = shared;
		this.formats = formats;
		this.in = in;
		this.sheet = sheet;
	}

	/** The sheet named {@code wanted} of the workbook, or its first sheet when {@code wanted} is empty. */
	static WorkbookSheet open(Path file, String wanted) throws IOException {
		ZipFile zip = openZip(file);
		SharedStrings shared = null;
		try {
			String workbook = workbookPart(file, relationships(file, zip, "_rels/.rels"));
			String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
			Map<String, String> parts = relationships(file, zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
			Map<String, String> sheets = sheets(file, zip, workbook, folder, parts);
			String name = wanted.isEmpty() ? sheets.keySet().stream().findFirst().orElseThrow(() -> new DocumentReadException(
					file, 0, 0, "the workbook has no sheet")) : wanted;
			String part = sheets.get(name);
			if (part == null) {
				throw new DocumentReadException(file, 0, 0, "the workbook has no sheet named \"" + wanted + "\"; its sheets are "
						+ String.join(", ", sheets.keySet().stream().map(s -> "\"" + s + "\"").toList()));
			}
			shared = SharedStrings.create();
			String strings = parts.entrySet().stream().filter(e -> e.getKey().endsWith("/sharedStrings")).map(Map.Entry::getValue)
					.findFirst().map(target -> resolve(folder, target)).orElse(null);
			if (strings != null && zip.getEntry(strings) != null) {
				readSharedStrings(file, zip, strings, shared);
			}
			shared.seal();
			CellFormats formats = CellFormats.read(file, zip, workbook, parts.entrySet().stream()
					.filter(e -> e.getKey().equals("type:/styles")).map(e -> resolve(folder, e.getValue())).findFirst().orElse(null));
			InputStream in = entry(file, zip, part);
			return new WorkbookSheet(file, name, zip, shared, formats, in, XML.createXMLStreamReader(in));
		} catch (IOException | XMLStreamException | RuntimeException e) {
			if (shared != null) {
				shared.close();
			}
			zip.close();
			throw e instanceof XMLStreamException xml ? unreadable(file, xml) : e instanceof IOException io ? io
					: new DocumentReadException(file, 0, 0, "this workbook cannot be read: " + e.getMessage());
		}
	}

	/** The names of the workbook's sheets, in its order. */
	static List<String> sheetNames(Path file) throws IOException {
		try (ZipFile zip = openZip(file)) {
			String workbook = workbookPart(file, relationships(file, zip, "_rels/.rels"));
			String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
			Map<String, String> parts = relationships(file, zip, folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
			return List.copyOf(sheets(file, zip, workbook, folder, parts).keySet());
		} catch (XMLStreamException e) {
			throw unreadable(file, e);
		}
	}

	/** The sheet's name in the workbook. */
	String name() {
		return name;
	}

	@Override
	public int line() {
		return row;
	}

	@Override
	public String[] next() throws IOException {
		try {
			while (sheet.hasNext()) {
				if (sheet.next() == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("row")) {
					String number = sheet.getAttributeValue(null, "r");
					row = number == null ? row + 1 : Integer.parseInt(number);
					return cells();
				}
			}
			return null;
		} catch (XMLStreamException e) {
			throw unreadable(file, e);
		} catch (NumberFormatException e) {
			throw new DocumentReadException(file, row, 0, "this row's number cannot be read: " + e.getMessage());
		}
	}

	@Override
	public void close() throws IOException {
		try {
			sheet.close();
		} catch (XMLStreamException e) {
			// the stream below is closed next either way
		}
		in.close();
		shared.close();
		zip.close();
	}

	/** The cells of the row the reader is at, each in its column: Excel leaves empty cells out. */
	private String[] cells() throws XMLStreamException, DocumentReadException {
		List<String> cells = new ArrayList<>();
		int column = -1;
		while (sheet.hasNext()) {
			int event = sheet.next();
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("row")) {
				return cells.toArray(String[]::new);
			}
			if (event == XMLStreamConstants.START_ELEMENT && sheet.getLocalName().equals("c")) {
				String reference = sheet.getAttributeValue(null, "r");
				column = reference == null ? column + 1 : column(reference);
				String value = cell(sheet.getAttributeValue(null, "t"), sheet.getAttributeValue(null, "s"));
				while (cells.size() <= column) {
					cells.add("");
				}
				cells.set(column, value);
			}
		}
		throw new DocumentReadException(file, row, 0, "the sheet ends inside this row (the workbook is cut off?)");
	}

	/** The value of the cell the reader is at, as Excel shows it in its style; the reader ends after the cell. */
	private String cell(String type, String style) throws XMLStreamException, DocumentReadException {
		String value = "";
		String inline = null;
		while (sheet.hasNext()) {
			int event = sheet.next();
			if (event == XMLStreamConstants.END_ELEMENT && sheet.getLocalName().equals("c")) {
				break;
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				switch (sheet.getLocalName()) {
					case "v" -> value = sheet.getElementText();
					case "is" -> inline = text(sheet, "is");
					default -> { /* a formula or an extension: its value is in <v> */ }
				}
			}
		}
		if (type == null || type.equals("n")) {
			String shown = formats.shown(style, value);
			return shown == null ? number(value) : shown;
		}
		return switch (type) {
			case "s" -> sharedString(value);
			case "inlineStr" -> inline == null ? value : inline;
			case "b" -> value.equals("1") ? "TRUE" : value.equals("0") ? "FALSE" : value;
			case "d" -> MIDNIGHT.matcher(value).replaceFirst("");
			default -> value;
		};
	}

	private String sharedString(String index) throws DocumentReadException {
		try {
			String text = shared.get(Integer.parseInt(index.strip()));
			if (text != null) {
				return text;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new DocumentReadException(file, row, 0, "a cell of this row names shared string " + index + ", which the workbook"
				+ " does not have (" + shared.size() + " strings)");
	}

	/** A number as Excel shows it in a General cell: 42 rather than 42.0, 0.1 rather than 1E-1. */
	private static String number(String value) {
		if (value.isEmpty()) {
			return value;
		}
		try {
			BigDecimal number = new BigDecimal(value.strip()).stripTrailingZeros();
			return number.scale() < 0 && number.precision() - number.scale() > 15 ? value : number.toPlainString();
		} catch (NumberFormatException e) {
			return value;
		}
	}

	/** The 0-based column of a cell reference such as "AB12". */
	private int column(String reference) throws DocumentReadException {
		int column = 0;
		int i = 0;
		for (; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
			column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
		}
		if (i == 0 || column > 16_384) {
			throw new DocumentReadException(file, row, 0, "a cell of this row has the reference \"" + reference
					+ "\", which names no column");
		}
		return column - 1;
	}

	/**
	 * The text of a string item (shared or inline): its runs, without the phonetic guides of Japanese
	 * text, and with the characters XML cannot hold, which Excel writes as _x0007_, as themselves.
	 */
	private static String text(XMLStreamReader xml, String element) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int phonetic = 0;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (xml.getLocalName().equals("rPh")) {
					phonetic++;
				} else if (xml.getLocalName().equals("t") && phonetic == 0) {
					text.append(xml.getElementText());
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if (xml.getLocalName().equals("rPh")) {
					phonetic--;
				} else if (xml.getLocalName().equals(element)) {
					break;
				}
			}
		}
		return text.indexOf("_x") < 0 ? text.toString() : EXCEL_ESCAPE.matcher(text).replaceAll(
				escape -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
	}

	private static void readSharedStrings(Path file, ZipFile zip, String part, SharedStrings shared)
			throws IOException, XMLStreamException {
		try (InputStream in = entry(file, zip, part)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
					shared.add(text(xml, "si"));
				}
			}
			xml.close();
		}
	}

	/** The workbook's sheets in its order, by name, with the part that holds each. */
	private static Map<String, String> sheets(Path file, ZipFile zip, String workbook, String folder, Map<String, String> parts)
			throws IOException, XMLStreamException {
		Map<String, String> sheets = new LinkedHashMap<>();
		try (InputStream in = entry(file, zip, workbook)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("sheet")) {
					String target = parts.get(xml.getAttributeValue(RELATIONSHIPS, "id"));
					if (target != null) {
						sheets.put(xml.getAttributeValue(null, "name"), resolve(folder, target));
					}
				}
			}
			xml.close();
		}
		return sheets;
	}

	/** The relationships of a part, by id: their targets, and under "type" keys the target of each type. */
	private static Map<String, String> relationships(Path file, ZipFile zip, String part) throws IOException, XMLStreamException {
		Map<String, String> targets = new LinkedHashMap<>();
		try (InputStream in = entry(file, zip, part)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
					String target = xml.getAttributeValue(null, "Target");
					targets.put(xml.getAttributeValue(null, "Id"), target);
					String type = xml.getAttributeValue(null, "Type");
					targets.putIfAbsent("type:" + type.substring(type.lastIndexOf('/')), target);
				}
			}
			xml.close();
		}
		return targets;
	}

	private static String workbookPart(Path file, Map<String, String> relationships) throws DocumentReadException {
		String target = relationships.get("type:/officeDocument");
		if (target == null) {
			throw new DocumentReadException(file, 0, 0, "this zip file holds no workbook (is it an Excel workbook?)");
		}
		return resolve("", target);
	}

	/** A relationship's target as a name in the zip: relative to the folder of its source, or from the root. */
	private static String resolve(String folder, String target) {
		List<String> names = new ArrayList<>(target.startsWith("/") ? List.of() : Arrays.asList(folder.split("/")));
		for (String name : target.split("/")) {
			if (name.equals("..") && !names.isEmpty()) {
				names.remove(names.size() - 1);
			} else if (!name.isEmpty() && !name.equals(".") && !name.equals("..")) {
				names.add(name);
			}
		}
		names.removeIf(String::isEmpty);
		return String.join("/", names);
	}

	static InputStream entry(Path file, ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new DocumentReadException(file, 0, 0, "this workbook lacks its part " + name + " (is it an Excel workbook?)");
		}
		return new BufferedInputStream(zip.getInputStream(entry), 1 << 16);
	}

	private static ZipFile openZip(Path file) throws IOException {
		try {
			return new ZipFile(file.toFile());
		} catch (ZipException e) {
			throw new DocumentReadException(file, 0, 0, "this is not an Excel workbook (.xlsx)"
					+ (ProspectFormat.isEncryptedOrOldWorkbook(file) ? ": it is an .xls file of Excel 97-2003 or a workbook"
							+ " with a password; save it from Excel as \"Excel Workbook (.xlsx)\" without a password"
							: "; a list saved as CSV is named NAME" + DocumentKind.PROSPECT_CSV.suffix()));
		}
	}

	private static DocumentReadException unreadable(Path file, XMLStreamException e) {
		int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
		return new DocumentReadException(file, 0, 0, "this workbook cannot be read: its XML is broken"
				+ (line > 0 ? " at line " + line : "") + " (" + e.getMessage().replaceAll("\\s+", " ").replaceFirst("^ParseError.*?Message: ", "")
				+ ")");
	}

	/** A reader of a workbook's part. */
	static XMLStreamReader xml(InputStream in) throws XMLStreamException {
		return XML.createXMLStreamReader(in);
	}

	/** A reader that refuses what a workbook never holds: a document type, or entities that fetch files. */
	private static XMLInputFactory xmlFactory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}
}
