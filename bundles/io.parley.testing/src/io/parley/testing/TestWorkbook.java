package io.parley.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx workbook as Excel writes one: the package's parts, its sheets' rows with cell
 * references, texts in the shared strings table (or inline, as streaming writers put them), numbers
 * and booleans typed, and empty cells left out. Made by the tests, never a real person's data: the
 * model's reader, scripts and the audience editor are tested on the same workbooks.
 */
public final class TestWorkbook {

	private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
	private final Map<String, List<Integer>> rowNumbers = new LinkedHashMap<>();
	private boolean inline;
	private String styles;
	private boolean from1904;

	/** A number cell in cell style {@code style}; {@code typed} writes its type as LibreOffice does ({@code t="n"}). */
	public record Styled(double value, int style, boolean typed) {
	}

	/** A date cell as strict Open XML and some libraries write it: {@code t="d"} with the ISO date and time as its value. */
	public record IsoDate(String value) {
	}

	/** The workbook's styles part ({@code xl/styles.xml}), as the tool being imitated writes it. */
	public TestWorkbook styles(String xml) {
		styles = xml;
		return this;
	}

	/** Counts days from 1904, as workbooks begun in Excel on old Macs do. */
	public TestWorkbook from1904() {
		from1904 = true;
		return this;
	}

	/** Adds a sheet; its rows follow with {@link #row}. */
	public TestWorkbook sheet(String name) {
		sheets.put(name, new ArrayList<>());
		rowNumbers.put(name, new ArrayList<>());
		return this;
	}

	/** A row of the last sheet, numbered after the one before; null cells are left out as Excel leaves them. */
	public TestWorkbook row(Object... cells) {
		List<Integer> numbers = rowNumbers.get(last());
		return rowAt(numbers.isEmpty() ? 1 : numbers.get(numbers.size() - 1) + 1, cells);
	}

	/** A row with its own number: the rows between are left out, as Excel leaves out empty rows. */
	public TestWorkbook rowAt(int number, Object... cells) {
		sheets.get(last()).add(java.util.Arrays.stream(cells).map(c -> c == null ? (Object) Skip.CELL : c).toList());
		rowNumbers.get(last()).add(number);
		return this;
	}

	/** Texts in the cells themselves, as streaming writers (Apache POI's SXSSF) put them. */
	public TestWorkbook inlineStrings() {
		inline = true;
		return this;
	}

	private String last() {
		return sheets.keySet().stream().reduce((a, b) -> b).orElseThrow();
	}

	private enum Skip {
		CELL
	}

	public Path write(Path file) throws IOException {
		List<String> shared = new ArrayList<>();
		Map<String, Integer> sharedIndex = new LinkedHashMap<>();
		try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			part(zip, out, "[Content_Types].xml", contentTypes());
			part(zip, out, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
					Target="xl/workbook.xml"/></Relationships>""");
			StringBuilder workbook = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
					xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
			workbook.append(from1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr defaultThemeVersion=\"166925\"/>").append("<sheets>");
			StringBuilder relationships = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
			int n = 0;
			for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
				n++;
				workbook.append("<sheet name=\"").append(escape(sheet.getKey())).append("\" sheetId=\"").append(n)
						.append("\" r:id=\"rId").append(n).append("\"/>");
				relationships.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/")
						.append("officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + n + ".xml"));
				out.write("""
						<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
						<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
						xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetData>""");
				List<Integer> numbers = rowNumbers.get(sheet.getKey());
				for (int r = 0; r < sheet.getValue().size(); r++) {
					int number = numbers.get(r);
					out.write("<row r=\"" + number + "\" spans=\"1:" + sheet.getValue().get(r).size() + "\" x14ac:dyDescent=\"0.25\">");
					List<Object> cells = sheet.getValue().get(r);
					for (int c = 0; c < cells.size(); c++) {
						Object cell = cells.get(c);
						String ref = column(c) + number;
						if (cell == Skip.CELL) {
							continue;
						}
						if (cell instanceof IsoDate date) {
							out.write("<c r=\"" + ref + "\" t=\"d\"><v>" + date.value() + "</v></c>");
						} else if (cell instanceof Styled styled) {
							out.write("<c r=\"" + ref + "\" s=\"" + styled.style() + "\"" + (styled.typed() ? " t=\"n\"" : "") + "><v>"
									+ styled.value() + "</v></c>");
						} else if (cell instanceof Number) {
							out.write("<c r=\"" + ref + "\"><v>" + cell + "</v></c>");
						} else if (cell instanceof Boolean b) {
							out.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>");
						} else if (inline) {
							out.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(cell.toString())
									+ "</t></is></c>");
						} else {
							Integer index = sharedIndex.computeIfAbsent(cell.toString(), text -> {
								shared.add(text);
								return shared.size() - 1;
							});
							out.write("<c r=\"" + ref + "\" s=\"1\" t=\"s\"><v>" + index + "</v></c>");
						}
					}
					out.write("</row>");
				}
				out.write("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
						+ "</worksheet>");
				out.flush();
				zip.closeEntry();
			}
			relationships.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"http://schemas.openxmlformats.org/")
					.append("officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
			if (styles != null) {
				relationships.append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"http://schemas.openxmlformats.org/")
						.append("officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
				part(zip, out, "xl/styles.xml", styles);
			}
			relationships.append("</Relationships>");
			part(zip, out, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
			part(zip, out, "xl/_rels/workbook.xml.rels", relationships.toString());
			StringBuilder strings = new StringBuilder("""
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">"""
					.formatted(shared.size(), shared.size()));
			for (String text : shared) {
				strings.append("<si><t xml:space=\"preserve\">").append(escape(text)).append("</t></si>");
			}
			part(zip, out, "xl/sharedStrings.xml", strings.append("</sst>").toString());
		}
		return file;
	}

	private String contentTypes() {
		StringBuilder types = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
		for (int n = 1; n <= sheets.size(); n++) {
			types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/")
					.append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
		}
		if (styles != null) {
			types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/")
					.append("vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
		}
		return types.append("</Types>").toString();
	}

	private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		out.write(xml);
		out.flush();
		zip.closeEntry();
	}

	private static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
