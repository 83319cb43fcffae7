package io.parley.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ValidateCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ValidateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private Path inMail(String name, int bodyLength) throws IOException {
		return Files.writeString(dir.resolve(name), """
				{"schema": "parley.template/1", "name": "n", "format": "INMAIL", "sender": "Dana",
				 "subject": "Your talk at SaaStr", "body": "%s"}""".formatted("x".repeat(bodyLength)));
	}

	@Test
	void cleanFolderExitsZero() throws IOException {
		inMail("ok.template.json", 100);
		assertEquals(ValidateCommand.CLEAN, run(dir.toString()));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void anErrorExitsOneWithALinePerFinding() throws IOException {
		Path file = inMail("long.template.json", 1950);
		assertEquals(ValidateCommand.ERRORS, run(file.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(file + ": error: Body is 1950 characters; InMails allow 1,900 [inmail.body.length]"),
				out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theOtherRuleSetAllowsWhatLinkedInHelpAllows() throws IOException {
		Path file = inMail("long.template.json", 1950);
		assertEquals(ValidateCommand.CLEAN, run("--rule-set", "linkedin-help", file.toString()));
	}

	@Test
	void aFileThatIsNoParleyDocumentExitsTwoAndSaysWhatItIs() throws IOException {
		String[][] cases = { { "", "is empty" }, { "[1, 2]", "holds an array" }, { "42", "holds a number" } };
		for (String[] notADocument : cases) {
			Path file = Files.writeString(dir.resolve("x.template.json"), notADocument[0]);
			out.reset();
			assertEquals(ValidateCommand.USAGE, run(file.toString()), notADocument[0]);
			assertTrue(out.toString(StandardCharsets.UTF_8).contains("This is not a Parley document: a template file holds one JSON object, and this one "
					+ notADocument[1]), out.toString(StandardCharsets.UTF_8));
		}
	}

	@Test
	void bytesThatAreNotUtf8ExitTwoWithWhereTheyAre() throws IOException {
		Path file = Files.write(dir.resolve("latin1.template.json"), "{\n  \"name\": \"Mu\u00f1oz\"}".getBytes(StandardCharsets.ISO_8859_1));
		assertEquals(ValidateCommand.USAGE, run("--format", "json", file.toString()));
		JsonNode finding = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0);
		assertEquals(2, finding.path("line").asInt());
		assertEquals(14, finding.path("column").asInt());
		assertEquals("This file is not UTF-8 text: the byte 0xF1 at line 2, column 14 is not UTF-8; save latin1.template.json as UTF-8",
				finding.path("message").asText());
	}

	@Test
	void aProspectListSaysHowManyPeopleWereReadAndARowThatStopsTheReadingSaysWhere() throws IOException {
		Path clean = Files.writeString(dir.resolve("ok.prospects.csv"), "firstName,lastName\nAl,Bo\nCy,Do\n");
		assertEquals(ValidateCommand.CLEAN, run(clean.toString()));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertEquals("ok.prospects.csv: 2 prospects, read as UTF-8, separated by commas, header on line 1\n"
				+ "1 document checked: 0 errors, 0 other findings\n", err.toString(StandardCharsets.UTF_8));
		err.reset();
		Path ragged = Files.writeString(dir.resolve("ragged.prospects.csv"), "firstName,lastName\nAl,Bo\nCy,Do,Acme, Inc.\n");
		assertEquals(ValidateCommand.ERRORS, run(ragged.toString()));
		assertEquals(ragged + ": error: this row has 4 values where the header has 2 columns; a value with a comma in it needs"
				+ " quotes around it [prospects.read]\n", out.toString(StandardCharsets.UTF_8));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("ragged.prospects.csv: 1 prospect read before line 3, where the"
				+ " reading stopped\n"), err.toString(StandardCharsets.UTF_8));
		out.reset();
		assertEquals(ValidateCommand.ERRORS, run("--format", "json", ragged.toString()));
		assertEquals(3, new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get(0).path("line").asInt(),
				"the line is in the JSON findings too");
	}

	@Test
	void aByteOrderMarkIsAccepted() throws IOException {
		Path file = inMail("bom.template.json", 100);
		Files.writeString(file, "\uFEFF" + Files.readString(file));
		assertEquals(ValidateCommand.CLEAN, run(file.toString()));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void stagingFoldersOfRunsAndExportsAreNotChecked() throws IOException {
		inMail("ok.template.json", 100);
		Files.createDirectories(dir.resolve(".parley-run-1/files"));
		inMail(".parley-run-1/files/long.template.json", 1950);
		Files.createDirectories(dir.resolve("out/.parley-export-2/files"));
		inMail("out/.parley-export-2/files/long.template.json", 1950);
		assertEquals(ValidateCommand.CLEAN, run(dir.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("1 document checked"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void jsonFormatIsOneArray() throws IOException {
		inMail("long.template.json", 1950);
		assertEquals(ValidateCommand.ERRORS, run("--format", "json", dir.toString()));
		JsonNode findings = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
		assertTrue(findings.isArray());
		JsonNode first = findings.get(0);
		assertEquals("/body", first.path("path").asText());
		assertEquals("error", first.path("severity").asText());
		assertEquals("inmail.body.length", first.path("rule").asText());
		assertTrue(first.has("file") && first.has("message"));
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(ValidateCommand.USAGE, run());
		assertEquals(ValidateCommand.USAGE, run("--format", "xml", "x"));
		assertEquals(ValidateCommand.USAGE, run("--rule-set", "nope", dir.toString()));
		assertEquals(ValidateCommand.USAGE, run(dir.resolve("missing.template.json").toString()));
		assertEquals(ValidateCommand.CLEAN, run("--help"));
	}

	@Test
	void aNamedFileThatIsNoParleyDocumentExitsTwo() throws IOException {
		Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
		assertEquals(ValidateCommand.USAGE, run(notes.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a Parley document"), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aFolderIsSearchedRecursivelyAndOtherFilesAreSkipped() throws IOException {
		Files.createDirectories(dir.resolve("q4/inmail"));
		Files.writeString(dir.resolve("q4/readme.md"), "notes");
		Path deep = inMail("q4/inmail/long.template.json", 1950);
		assertEquals(ValidateCommand.ERRORS, run(dir.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains(deep + ": error: "), out.toString(StandardCharsets.UTF_8));
	}
}
