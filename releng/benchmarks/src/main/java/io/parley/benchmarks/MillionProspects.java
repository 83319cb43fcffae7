package io.parley.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the same prospect list of N rows twice: as CSV, and as an Excel workbook written by Apache
 * POI's streaming writer with a shared strings table, as Excel itself keeps texts. Every row has a
 * unique e-mail address and name, so the workbook's shared strings grow with the list, as a CRM's
 * export does, and the day the person connected, a date cell in the workbook (a count of days shown
 * as yyyy-mm-dd) and an ISO date in the CSV. Usage: MillionProspects ROWS FOLDER  (writes
 * million.prospects.csv and .xlsx)
 */
public final class MillionProspects {

	private static final String[] HEADER = { "First Name", "Last Name", "Email Address", "Company", "Position", "Industry",
			"Connected On", "Score" };
	private static final LocalDate FIRST_CONNECTION = LocalDate.of(2020, 1, 1);
	private static final String[] TITLES = { "VP of Marketing", "Head of Demand Generation", "CMO", "Marketing Director",
			"Growth Lead" };
	private static final String[] INDUSTRIES = { "Computer Software", "Internet", "Financial Services", "Retail", "Hospital & Health Care" };

	private MillionProspects() {
	}

	public static void main(String[] args) throws IOException {
		int rows = Integer.parseInt(args[0]);
		Path folder = Path.of(args[1]);
		try (BufferedWriter csv = Files.newBufferedWriter(folder.resolve("million.prospects.csv"), StandardCharsets.UTF_8);
				SXSSFWorkbook workbook = new SXSSFWorkbook(null, 1000, true, true)) {
			csv.write(String.join(",", HEADER));
			csv.write('\n');
			Sheet sheet = workbook.createSheet("Prospects");
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			write(sheet.createRow(0), HEADER, -1, day);
			for (int i = 0; i < rows; i++) {
				String[] cells = person(i);
				csv.write(String.join(",", cells));
				csv.write('\n');
				write(sheet.createRow(i + 1), cells, i % 100, day);
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve("million.prospects.xlsx"))) {
				workbook.write(out);
			}
		}
	}

	private static String[] person(int i) {
		String first = "Person" + i;
		String last = "Surname" + (i % 977);
		return new String[] { first, last, first.toLowerCase() + "." + last.toLowerCase() + "@company" + (i % 5003) + ".example",
				"Company " + (i % 5003), TITLES[i % TITLES.length], INDUSTRIES[i % INDUSTRIES.length],
				FIRST_CONNECTION.plusDays(i % 2000).toString(), Integer.toString(i % 100) };
	}

	/** Texts as shared strings; the day connected as a date cell; the last column as a number, as a CRM's score is. */
	private static void write(Row row, String[] cells, int score, CellStyle day) {
		for (int c = 0; c < cells.length; c++) {
			if (c == cells.length - 1 && score >= 0) {
				row.createCell(c).setCellValue(score);
			} else if (c == cells.length - 2 && score >= 0) {
				Cell cell = row.createCell(c);
				cell.setCellValue(LocalDate.parse(cells[c]));
				cell.setCellStyle(day);
			} else {
				row.createCell(c).setCellValue(cells[c]);
			}
		}
	}
}
