package io.parley.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.model.validation.Diagnostic;
import io.parley.model.validation.FileValidator;

/** Prospect lists in the shapes people have them, each file made here in that shape (no one's real data). */
class ProspectFilesTest {

	/** The shape of LinkedIn's Connections.csv (Settings > Data privacy > Get a copy of your data > Connections). */
	static final String CONNECTIONS = """
			Notes:
			"When exporting your connection data, you may notice that some of the email addresses are missing. \
			You will only see email addresses for connections who have allowed their connections to see or download \
			their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn \
			more here https://www.linkedin.com/help/linkedin/answer/261"

			First Name,Last Name,URL,Email Address,Company,Position,Connected On
			Ada,Quill,https://www.linkedin.com/in/ada-quill-0000,,Northwind Traders,Head of Operations,03 Feb 2025
			Bram,Oost,https://www.linkedin.com/in/bram-oost-0000,bram@example.com,"Contoso, Ltd.",CTO,17 Nov 2024
			""";

	@TempDir
	Path dir;

	private Path write(String name, String text, Charset charset) throws IOException {
		return Files.write(dir.resolve(name), text.getBytes(charset));
	}

	private static List<Prospect> all(Path file) throws IOException {
		List<Prospect> people = new ArrayList<>();
		try (ProspectList list = ProspectList.open(file)) {
			list.forEachRemaining(people::add);
		}
		return people;
	}

	@Test
	void linkedInsConnectionsFileIsReadFromItsHeaderWithItsColumnsFillingTheMacros() throws IOException {
		Path file = write("connections.prospects.csv", CONNECTIONS, StandardCharsets.UTF_8);
		try (ProspectList list = ProspectList.open(file)) {
			assertEquals(4, list.format().headerLine(), "the notes above the header are not the header");
			assertEquals(List.of(), list.missing(List.of("firstName", "lastName", "jobTitle", "companyName")));
			assertEquals(List.of("industry"), list.missing(List.of("industry")), "Connections.csv has no industry");
			Prospect ada = list.next();
			assertEquals(1, ada.row());
			assertEquals("Ada", ada.value("firstName"));
			assertEquals("Quill", ada.value("lastName"));
			assertEquals("Northwind Traders", ada.value("companyName"));
			assertEquals("Head of Operations", ada.value("jobTitle"));
			assertEquals("Contoso, Ltd.", list.next().value("companyName"));
			assertTrue(!list.hasNext());
		}
	}

	@Test
	void anExcelCsvWithAByteOrderMarkAndCrLfReadsItsFirstColumn() throws IOException {
		Path file = write("excel.prospects.csv", "\uFEFFfirstName,lastName,jobTitle,companyName,industry\r\n"
				+ "Ana,Ruiz,CMO,Acme,Retail\r\nLi,Wei,CTO,Beta,Software\r\n", StandardCharsets.UTF_8);
		List<Prospect> people = all(file);
		assertEquals(2, people.size());
		assertEquals("Ana", people.get(0).value("firstName"), "the byte-order mark is not part of the first column's name");
		assertEquals("Software", people.get(1).value("industry"), "no carriage return at the end of the last value");
	}

	@Test
	void theSeparatorIsFoundFromTheFile() throws IOException {
		Path semicolons = write("eu.prospects.csv", "Vorname;Nachname;Firma;Position\nJürgen;Maß;Acme, GmbH;CEO\n",
				StandardCharsets.UTF_8);
		Path tabs = write("tabs.prospects.csv", "firstName\tlastName\tcompanyName\nAl\tBo\tAcme, Inc.\n", StandardCharsets.UTF_8);
		try (ProspectList list = ProspectList.open(semicolons)) {
			assertEquals(';', list.format().separator());
			Prospect first = list.next();
			assertEquals("Acme, GmbH", first.value("Firma"), "a comma inside a semicolon-separated value is text");
			assertEquals("CEO", first.value("jobTitle"), "Position is known as the job title");
		}
		assertEquals("Acme, Inc.", all(tabs).get(0).value("companyName"));
	}

	@Test
	void quotedValuesKeepTheirCommasQuotesAndLineBreaksAndBlankLinesAreNoOne() throws IOException {
		Path file = write("quoted.prospects.csv", """
				firstName,lastName,jobTitle,companyName

				"Ann","O""Neil","Director, ""Demand"" Gen","Acme
				Labs"

				,,,
				Bo,Li,CTO,Beta

				""", StandardCharsets.UTF_8);
		try (ProspectList list = ProspectList.open(file)) {
			Prospect ann = list.next();
			assertEquals("O\"Neil", ann.value("lastName"));
			assertEquals("Director, \"Demand\" Gen", ann.value("jobTitle"));
			assertEquals("Acme\nLabs", ann.value("companyName"));
			Prospect bo = list.next();
			assertEquals(2, bo.row(), "rows are people: blank lines and empty rows are not counted");
			assertTrue(!list.hasNext(), "a trailing blank line is no one");
			assertEquals(4, list.blankLines());
		}
	}

	@Test
	void aWindows1252FileIsReadAsWindows1252AndSaysSo() throws IOException {
		Path file = write("win.prospects.csv", "firstName,lastName,companyName\nRenée,Müller,Café Crème – Zürich\n",
				Charset.forName("windows-1252"));
		try (ProspectList list = ProspectList.open(file)) {
			assertTrue(list.format().notUtf8());
			assertTrue(list.format().description().contains("Windows-1252 (the file is not UTF-8)"), list.format().description());
			Prospect renee = list.next();
			assertEquals("Renée", renee.value("firstName"));
			assertEquals("Café Crème – Zürich", renee.value("companyName"));
		}
		List<Diagnostic> said = new FileValidator().validate(file);
		assertEquals(1, said.size());
		assertEquals("win.prospects.csv: 1 prospect, read as Windows-1252 (the file is not UTF-8), separated by commas, header on line 1",
				said.get(0).message(), "validate says which encoding it assumed");
	}

	@Test
	void aByteThatIsNotUtf8FarIntoAUtf8FileIsReportedWithItsLineInWords() throws IOException {
		StringBuilder text = new StringBuilder("firstName,lastName\nZoë,Ångström\n");
		for (int i = 0; i < 200_000; i++) {
			text.append("Name").append(i).append(",Last\n");
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
		bytes.writeBytes("André,Bo\n".getBytes(Charset.forName("windows-1252")));
		Path file = Files.write(dir.resolve("late.prospects.csv"), bytes.toByteArray());
		UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> all(file));
		DocumentReadException problem = assertInstanceOf(DocumentReadException.class, failed.getCause());
		assertEquals(200_003, problem.line());
		assertTrue(problem.problem().contains("not UTF-8"), problem.problem());
		assertTrue(!failed.getMessage().contains("Input length"), failed.getMessage());
	}

	@Test
	void aRowWithOneValueTooManyStopsTheReadingWithItsLine() throws IOException {
		Path file = write("ragged.prospects.csv", "firstName,lastName,companyName\nAl,Bo,Acme\n\nCy,Do,Beta, Inc.\n",
				StandardCharsets.UTF_8);
		UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> all(file));
		DocumentReadException problem = assertInstanceOf(DocumentReadException.class, failed.getCause());
		assertEquals(4, problem.line());
		assertTrue(problem.problem().contains("4 values where the header has 3 columns; a value with a comma in it needs quotes"),
				problem.problem());
		assertEquals(2, all(write("trailing.prospects.csv", "firstName,lastName\nAl,Bo,\nCy,Do,,\n",
				StandardCharsets.UTF_8)).size(), "empty values past the header's columns are no values");
	}

	@Test
	void aQuoteLeftOpenIsReportedWithTheLineItOpensOn() throws IOException {
		Path file = write("open.prospects.csv", "firstName,lastName\nAl,Bo\nCy,\"Do\nEd,Fa\n", StandardCharsets.UTF_8);
		UncheckedIOException failed = assertThrows(UncheckedIOException.class, () -> all(file));
		DocumentReadException problem = assertInstanceOf(DocumentReadException.class, failed.getCause());
		assertEquals(3, problem.line());
		assertTrue(problem.problem().contains("quote"), problem.problem());
	}

	@Test
	void aWorkbookUtf16TextOrBinaryFileNamedCsvIsRefusedInWords() throws IOException {
		Path workbook = Files.write(dir.resolve("book.prospects.csv"), new byte[] { 'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0 });
		DocumentReadException refused = assertThrows(DocumentReadException.class, () -> ProspectList.open(workbook));
		assertTrue(refused.problem().contains("save it from the spreadsheet as \"CSV UTF-8\""), refused.problem());
		Path binary = Files.write(dir.resolve("image.prospects.csv"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		assertThrows(DocumentReadException.class, () -> ProspectList.open(binary));
		byte[] unicodeText = "firstName\tcompanyName\r\nAïda\tAcme\r\n".getBytes(StandardCharsets.UTF_16);
		Path utf16 = Files.write(dir.resolve("unicode.prospects.csv"), unicodeText);
		assertTrue(assertThrows(DocumentReadException.class, () -> ProspectList.open(utf16)).problem().contains("UTF-16"));
	}

	@Test
	void crmExportsHeaderNamesAreMappedByThemselves() throws IOException {
		Path hubspot = write("hubspot.prospects.csv", "Record ID,First Name,Last Name,Job Title,Company Name,Industry\n"
				+ "1,Ana,Ruiz,CMO,Acme,Retail\n", StandardCharsets.UTF_8);
		Path salesforce = write("salesforce.prospects.csv", "Salutation,First Name,Last Name,Title,Account Name\n"
				+ "Ms.,Li,Wei,VP Sales,Beta Corp\n", StandardCharsets.UTF_8);
		Path outlook = write("outlook.prospects.csv", "Title,First Name,Last Name,Company,Job Title\n"
				+ "Dr.,Jo,Lam,Gamma,Head of Research\n", StandardCharsets.UTF_8);
		Prospect ana = all(hubspot).get(0);
		assertEquals(List.of("CMO", "Acme", "Retail"), List.of(ana.value("jobTitle"), ana.value("companyName"), ana.value("industry")));
		Prospect li = all(salesforce).get(0);
		assertEquals(List.of("Li", "VP Sales", "Beta Corp"), List.of(li.value("firstName"), li.value("jobTitle"), li.value("companyName")));
		assertEquals("Head of Research", all(outlook).get(0).value("jobTitle"), "Job Title is preferred to a Title");
		try (ProspectList mapped = ProspectList.open(salesforce, new ProspectColumns(Map.of("jobTitle", "Salutation")))) {
			assertEquals("Ms.", mapped.next().value("jobTitle"), "the audience's own mapping comes first");
		}
	}
}
