package io.parley.model.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProspectIndexTest {

	@TempDir
	Path folder;

	@Test
	void rowsAreReadBackByIndexWithQuotesAndEmptyFieldsCounted() throws Exception {
		Path file = folder.resolve("x.prospects.csv");
		Files.writeString(file, """
				firstName,lastName,jobTitle,companyName,industry
				Sarah,Johnson,VP of Marketing,Acme Corp,Computer Software
				,Álvarez,"Director, ""Demand"" Gen",,Internet

				Li,"Multi
				line",CMO,Fabrikam,
				Ann,Lee""");
		ProspectIndex index = ProspectIndex.build(file, (read, total) -> true).orElseThrow();
		assertEquals(List.of("firstName", "lastName", "jobTitle", "companyName", "industry"), index.columns());
		assertEquals(4, index.rowCount());
		assertArrayEquals(new String[] { "", "Álvarez", "Director, \"Demand\" Gen", "", "Internet" }, index.row(1));
		assertEquals("Multi\nline", index.row(2)[1]);
		assertArrayEquals(new String[] { "Ann", "Lee", null, null, null }, index.row(3));
		assertEquals(1, index.emptyCount("firstName"));
		assertEquals(2, index.emptyCount("companyName"));
		assertEquals(2, index.emptyCount("industry"));
		assertEquals(4, index.emptyCount("email"), "a column the header lacks is empty everywhere");
	}

	@Test
	void theIndexReadsAListAsEveryCommandReadsIt() throws Exception {
		Path connections = Files.writeString(folder.resolve("connections.prospects.csv"), ProspectFilesTest.CONNECTIONS);
		ProspectIndex index = ProspectIndex.build(connections, (read, total) -> true).orElseThrow();
		assertEquals("First Name", index.columns().get(0), "the notes above the header are not the header");
		assertEquals(2, index.rowCount());
		assertEquals("Contoso, Ltd.", index.row(1)[4]);
		assertEquals(1, index.emptyCount("Email Address"));
		Path excel = Files.write(folder.resolve("excel.prospects.csv"), "Vorname;Firma\r\n;;\r\nRenée;Café, Zürich\r\n\r\n"
				.getBytes(java.nio.charset.Charset.forName("windows-1252")));
		ProspectIndex semicolons = ProspectIndex.build(excel, (read, total) -> true).orElseThrow();
		assertEquals(List.of("Vorname", "Firma"), semicolons.columns());
		assertEquals(1, semicolons.rowCount(), "a row of empty values is no one");
		assertEquals(2, semicolons.blankRows(), "the row of empty values and the blank line, as ProspectList counts them");
		assertArrayEquals(new String[] { "Renée", "Café, Zürich" }, semicolons.row(0));
		assertEquals(0, semicolons.emptyCount("Firma"));
	}

	@Test
	void aMillionRowsIndexQuicklyAndCanBeStopped() throws Exception {
		Path file = folder.resolve("big.prospects.csv");
		StringBuilder csv = new StringBuilder("firstName,lastName,jobTitle,companyName,industry\n");
		for (int i = 0; i < 1_000_000; i++) {
			csv.append(i % 10 == 0 ? "" : "Name" + i).append(",Last,Title,Company,Industry\n");
		}
		Files.writeString(file, csv);
		long started = System.nanoTime();
		ProspectIndex index = ProspectIndex.build(file, (read, total) -> true).orElseThrow();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(1_000_000, index.rowCount());
		assertEquals(100_000, index.emptyCount("firstName"));
		assertEquals("Name999999", index.row(999_999)[0]);
		assertTrue(millis < 10_000, "indexed in " + millis + " ms");
		assertTrue(ProspectIndex.build(file, (read, total) -> read < 1_000_000).isEmpty(), "stopped after the first megabyte");
	}
}
