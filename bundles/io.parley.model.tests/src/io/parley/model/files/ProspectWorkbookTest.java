package io.parley.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.rules.Severity;
import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;
import io.parley.testing.TestWorkbook;

/** Prospect lists kept as Excel workbooks (NAME.prospects.xlsx), each workbook made here in the shape tools write. */
class ProspectWorkbookTest {

	@TempDir
	Path dir;

	private static List<Prospect> all(Path file, ProspectColumns columns) throws IOException {
		List<Prospect> people = new ArrayList<>();
		try (ProspectList list = ProspectList.open(file, columns)) {
			list.forEachRemaining(people::add);
		}
		return people;
	}

	private static TestWorkbook crmExport() {
		return new TestWorkbook().sheet("Contacts").row("Record ID", "First Name", "Last Name", "Job Title", "Company Name", "Industry")
				.row(1001, "Ana", "Ruiz", "CMO", "Acme, Inc.", "Retail")
				.row(1002, "Li", null, "VP \"Growth\"", "Beta & Co", null)
				.row(1003, "Zoë", "Ångström", "Head of R&D", "Café Crème", "Food")
				.row(1004, "Jo", "Lam", 42, true, 0.5);
	}

	@Test
	void aWorkbookIsReadRowForRowAsTheSameListSavedAsCsv() throws IOException {
		Path workbook = crmExport().write(dir.resolve("crm.prospects.xlsx"));
		Path csv = Files.writeString(dir.resolve("crm.prospects.csv"), """
				Record ID,First Name,Last Name,Job Title,Company Name,Industry
				1001,Ana,Ruiz,CMO,"Acme, Inc.",Retail
				1002,Li,,"VP ""Growth""\",Beta & Co,
				1003,Zoë,Ångström,Head of R&D,Café Crème,Food
				1004,Jo,Lam,42,TRUE,0.5
				""");
		List<Prospect> fromWorkbook = all(workbook, ProspectColumns.AS_NAMED);
		assertEquals(all(csv, ProspectColumns.AS_NAMED), fromWorkbook);
		assertEquals(List.of("Ana", "CMO", "Acme, Inc.", "Retail"), List.of(fromWorkbook.get(0).value("firstName"),
				fromWorkbook.get(0).value("jobTitle"), fromWorkbook.get(0).value("companyName"), fromWorkbook.get(0).value("industry")),
				"the CRM's names fill the macros by themselves");
		assertEquals("1001", fromWorkbook.get(0).value("Record ID"), "a number reads as Excel shows it, not 1001.0");
		try (ProspectList list = ProspectList.open(workbook)) {
			assertEquals("read from sheet \"Contacts\" of the workbook, header on row 1", list.format().description());
		}
	}

	@Test
	void streamingWritersInlineTextsAndExcelsEscapesReadAsTheText() throws IOException {
		Path workbook = new TestWorkbook().inlineStrings().sheet("Sheet1").row("firstName", "companyName")
				.row("Ada\nQuill", "Bell_x0007_Co").row("  Bo  ", "Acme_x005F_x0007_").write(dir.resolve("sx.prospects.xlsx"));
		List<Prospect> people = all(workbook, ProspectColumns.AS_NAMED);
		assertEquals("Ada\nQuill", people.get(0).value("firstName"), "a line break inside a name is kept, to be flagged");
		assertEquals("Bell\u0007Co", people.get(0).value("companyName"), "Excel's _x0007_ is the control character it stands for");
		assertEquals("Acme_x0007_", people.get(1).value("companyName"), "an escaped underscore is an underscore");
	}

	@Test
	void theFirstSheetIsReadUnlessTheAudienceNamesAnother() throws IOException {
		Path workbook = new TestWorkbook().sheet("Read me").row("This workbook lists the Q4 leads.")
				.sheet("Leads").row("First Name", "Company").row("Ana", "Acme").row("Bo", "Beta")
				.write(dir.resolve("two.prospects.xlsx"));
		assertEquals(List.of("Read me", "Leads"), ProspectFormat.sheets(workbook), "the sheets an audience may choose");
		assertEquals(List.of(), all(workbook, ProspectColumns.AS_NAMED), "a sheet of notes has a header and no one");
		List<Prospect> leads = all(workbook, ProspectColumns.AS_NAMED.onSheet("Leads"));
		assertEquals(List.of("Ana", "Bo"), leads.stream().map(p -> p.value("firstName")).toList());
		DocumentReadException missing = assertThrows(DocumentReadException.class,
				() -> ProspectList.open(workbook, ProspectColumns.AS_NAMED.onSheet("Prospects")));
		assertEquals("the workbook has no sheet named \"Prospects\"; its sheets are \"Read me\", \"Leads\"", missing.problem());
		assertEquals("Leads", ProspectColumns.of(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
				"{\"prospectSheet\": \"Leads\"}")).sheet(), "an audience keeps its sheet as prospectSheet");
	}

	@Test
	void notesAboveTheHeaderBlankRowsAndRowsExcelLeftOutAreNoOne() throws IOException {
		Path workbook = new TestWorkbook().sheet("Connections").row("Notes:")
				.row("When exporting your connection data, you may notice that some of the email addresses are missing.")
				.rowAt(4, "First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
				.row("Ada", "Quill", "https://www.linkedin.com/in/ada-quill-0000", null, "Northwind Traders", "Head of Operations", "03 Feb 2025")
				.row("", " ", null).rowAt(9, "Bram", "Oost", null, "bram@example.com", "Contoso, Ltd.", "CTO", "17 Nov 2024")
				.write(dir.resolve("connections.prospects.xlsx"));
		try (ProspectList list = ProspectList.open(workbook)) {
			assertEquals(4, list.format().headerLine());
			List<Prospect> people = new ArrayList<>();
			list.forEachRemaining(people::add);
			assertEquals(List.of("Ada Quill, Head of Operations at Northwind Traders", "Bram Oost, CTO at Contoso, Ltd."),
					people.stream().map(p -> p.value("firstName") + " " + p.value("lastName") + ", " + p.value("jobTitle") + " at "
							+ p.value("companyName")).toList());
			assertEquals(List.of(1L, 2L), people.stream().map(Prospect::row).toList());
			assertEquals(1, list.blankLines(), "the row of blank cells is counted; the rows Excel left out are not there");
		}
	}

	@Test
	void aValueInAColumnWithoutHeaderStopsTheReadingWithItsSheetRow() throws IOException {
		Path workbook = new TestWorkbook().sheet("Sheet1").row("firstName", "lastName").row("Al", "Bo").row("Cy", "Do", "call back")
				.write(dir.resolve("ragged.prospects.xlsx"));
		UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> all(workbook, ProspectColumns.AS_NAMED));
		DocumentReadException problem = assertInstanceOf(DocumentReadException.class, failed.getCause());
		assertEquals(3, problem.line());
		assertEquals("this row has 3 values where the header has 2 columns; a column without a header holds call back"
				+ " (in the sheet's column C)", problem.problem());
	}

	@Test
	void whatIsNoWorkbookIsRefusedInWords() throws IOException {
		Path text = Files.writeString(dir.resolve("text.prospects.xlsx"), "firstName,lastName\nAl,Bo\n");
		assertTrue(assertThrows(DocumentReadException.class, () -> ProspectList.open(text)).problem()
				.contains("not an Excel workbook (.xlsx); a list saved as CSV is named NAME.prospects.csv"));
		Path old = Files.write(dir.resolve("old.prospects.xlsx"), new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
				(byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0 });
		assertTrue(assertThrows(DocumentReadException.class, () -> ProspectList.open(old)).problem().contains("Excel 97-2003"));
		Path whole = crmExport().write(dir.resolve("whole.prospects.xlsx"));
		byte[] bytes = Files.readAllBytes(whole);
		Path cut = Files.write(dir.resolve("cut.prospects.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertThrows(DocumentReadException.class, () -> all(cut, ProspectColumns.AS_NAMED), "a workbook cut off is refused");
	}

	@Test
	void validateSaysHowAWorkbookWasReadAndAWorkbookNamedCsvIsToldItsName() throws IOException {
		Path workbook = new TestWorkbook().sheet("Leads").row("Exported from the CRM on 2026-11-30").row("First Name", "Company")
				.row("Ana", "Acme").write(dir.resolve("leads.prospects.xlsx"));
		List<Diagnostic> found = new FileValidator().validate(workbook);
		assertEquals(List.of("leads.prospects.xlsx: 1 prospect, read from sheet \"Leads\" of the workbook, header on row 2"),
				found.stream().map(Diagnostic::message).toList());
		assertEquals(Severity.INFO, found.get(0).severity());
		Path misnamed = Files.copy(workbook, dir.resolve("leads.prospects.csv"));
		assertTrue(new FileValidator().validate(misnamed).get(0).message().contains("name a workbook NAME.prospects.xlsx"));
		assertEquals(DocumentKind.PROSPECTS, DocumentKind.ofFileName("leads.prospects.xlsx").orElseThrow());
	}

	@Test
	void theEditorsIndexOfAWorkbookHasItsRowsAndItsEmptyFieldsAndLeavesNoCopyBehind() throws IOException {
		Path workbook = crmExport().write(dir.resolve("crm.prospects.xlsx"));
		long copiesBefore = temporaryCopies();
		try (ProspectIndex index = ProspectIndex.build(workbook, (read, total) -> true).orElseThrow()) {
			assertEquals(4, index.rowCount());
			assertEquals(List.of("1002", "Li", "", "VP \"Growth\"", "Beta & Co", ""), List.of(index.row(1)));
			assertEquals(1, index.emptyCount("Industry"));
			assertEquals(1, index.emptyCount("Last Name"));
			assertEquals(copiesBefore + 1, temporaryCopies());
		}
		assertEquals(copiesBefore, temporaryCopies(), "closing the index deletes the copy of its rows");
		try (ProspectIndex leads = ProspectIndex.build(new TestWorkbook().sheet("Notes").row("x").sheet("Leads").row("First Name")
				.row("Ana").write(dir.resolve("leads.prospects.xlsx")), ProspectColumns.AS_NAMED.onSheet("Leads"), (r, t) -> true)
				.orElseThrow()) {
			assertEquals("Ana", leads.row(0)[0]);
		}
	}

	private static long temporaryCopies() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("parley-sheet")).count();
		}
	}
}
