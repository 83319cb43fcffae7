package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.parley.scripting.ScriptResult;

/** parley.personalize and the streaming writers: a batch made, checked and written by the host. */
class WholeBatchTest {

	private static final String INMAIL = """
			const inMail = { schema: 'parley.template/1', name: 'InMail', format: 'INMAIL', sender: 'Dana Whitfield',
			  subject: '%FIRSTNAME%, a question about %COMPANYNAME%', body: 'Hi %FIRSTNAME%, how is %COMPANYNAME% doing?' };
			""";

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	private void succeeds(String script) throws IOException {
		ScriptResult result = workspace.run(INMAIL + script);
		assertTrue(result.succeeded(), result.message() + workspace.err());
	}

	@Test
	void personalizedMessagesAreTheTemplateAsEachProspectReadsItWithWhatTheRulesFound() throws IOException {
		succeeds("""
				const messages = parley.personalize(inMail, 'marketing-leaders.prospects.csv');
				for (const m of messages) {
				  console.log(m.row, m.subject, '|', m.body, '|', m.prospect.lastName, m.format, m.problems.filter((d) => d.severity === 'ERROR').length);
				}
				console.log(messages.count, messages.withErrors);
				""");
		String[] lines = workspace.out().split("\n");
		assertEquals(6, lines.length, workspace.out());
		assertEquals("1 Sarah, a question about Acme Corp | Hi Sarah, how is Acme Corp doing? | Johnson INMAIL 0", lines[0]);
		assertEquals("5 0", lines[5]);
	}

	@Test
	void problemsAreTheDiagnosticsOfTheRenderedMessage() throws IOException {
		succeeds("""
				const long = { ...inMail, subject: '%FIRSTNAME% ' + 'x'.repeat(300) };
				const messages = parley.personalize(long, 'marketing-leaders.prospects.csv', { format: 'INMAIL' });
				const first = messages.next().value;
				console.log(first.problems.some((d) => d.severity === 'ERROR' && d.path === '/subject'));
				messages.return();
				console.log(messages.count, messages.withErrors);
				""");
		assertEquals("true\n1 1\n", workspace.out());
	}

	@Test
	void aTemplateFileAndTheListsOwnColumnsWork() throws IOException {
		Files.writeString(folder.resolve("de.prospects.csv"), "Vorname,Nachname,Titel,Firma,Branche\nAnna,Schmidt,CMO,Beispiel AG,Software\n");
		succeeds("""
				const columns = { firstName: 'Vorname', lastName: 'Nachname', jobTitle: 'Titel', companyName: 'Firma', industry: 'Branche' };
				for (const m of parley.personalize('webinar-invitation.template.json', 'de.prospects.csv', { columns })) {
				  console.log(m.row, m.prospect.firstName, m.format);
				}
				""");
		assertEquals("1 Anna MESSAGE_AD\n", workspace.out());
	}

	@Test
	void writeCsvStreamsPersonalizedMessagesWithTheirColumns() throws IOException {
		succeeds("""
				const messages = parley.personalize(inMail, 'marketing-leaders.prospects.csv');
				const written = parley.writeCsv('out/send.csv', messages, { row: 'row', Recipient: 'prospect.firstName', subject: 'subject', errors: 'problems' });
				console.log(written, messages.count);
				""");
		assertEquals("5 5\n", workspace.out());
		String csv = Files.readString(folder.resolve("out/send.csv"));
		assertTrue(csv.startsWith("row,Recipient,subject,errors\n1,Sarah,\"Sarah, a question about Acme Corp\",[]\n"), csv);
		assertEquals(6, csv.split("\n").length);
	}

	@Test
	void writeJsonWritesEachMessageAsTheScriptSeesItWholeOrByItsColumns() throws IOException {
		succeeds("""
				const long = { ...inMail, subject: '%FIRSTNAME% ' + 'x'.repeat(300) };
				parley.writeText('seen.json', JSON.stringify([...parley.personalize(long, 'marketing-leaders.prospects.csv')]));
				parley.writeJson('whole.json', parley.personalize(long, 'marketing-leaders.prospects.csv'));
				parley.writeJson('columns.json', parley.personalize(long, 'marketing-leaders.prospects.csv'),
				  { row: 'row', who: 'prospect.lastName', person: 'prospect', rule: 'problems.0.ruleId', format: 'format', none: 'prospect.nothing' });
				""");
		ObjectMapper json = new ObjectMapper();
		JsonNode seen = json.readTree(folder.resolve("seen.json").toFile());
		assertEquals(seen, json.readTree(folder.resolve("whole.json").toFile()));
		JsonNode first = json.readTree(folder.resolve("columns.json").toFile()).get(0);
		JsonNode message = seen.get(0);
		assertEquals(1, first.get("row").asInt());
		assertEquals(message.at("/prospect/lastName"), first.get("who"));
		assertEquals(message.get("prospect"), first.get("person"));
		assertEquals(message.at("/problems/0/ruleId"), first.get("rule"));
		assertFalse(first.get("rule").asText().isEmpty(), first.toString());
		assertEquals("INMAIL", first.get("format").asText());
		assertTrue(first.get("none").isNull(), first.toString());
	}

	@Test
	void writersTakeTheScriptsOwnRowsToo() throws IOException {
		succeeds("""
				const rows = [{ name: 'Ann "A"', n: 1, tags: ['x'] }, { name: 'Bo, B' }];
				parley.writeCsv('rows.csv', rows, ['name', 'n', 'tags']);
				parley.writeJson('rows.json', rows);
				parley.writeJson('names.json', new Set(rows), { who: 'name' });
				""");
		assertEquals("name,n,tags\n\"Ann \"\"A\"\"\",1,\"[\"\"x\"\"]\"\n\"Bo, B\",,\n", Files.readString(folder.resolve("rows.csv")));
		JsonNode rows = new ObjectMapper().readTree(folder.resolve("rows.json").toFile());
		assertEquals("[{\"name\":\"Ann \\\"A\\\"\",\"n\":1,\"tags\":[\"x\"]},{\"name\":\"Bo, B\"}]", rows.toString());
		assertEquals("[\n{\"who\":\"Ann \\\"A\\\"\"},\n{\"who\":\"Bo, B\"}\n]\n", Files.readString(folder.resolve("names.json")));
	}

	@Test
	void aWriteThatFailsFailsTheRunAndWritesNothing() throws IOException {
		ScriptResult result = workspace.run(INMAIL + """
				parley.writeText('first.txt', 'x');
				try {
				  parley.writeCsv('second.csv', parley.personalize(inMail, 'marketing-leaders.prospects.csv'));
				} catch (e) {
				  console.log('caught');
				}
				""");
		assertFalse(result.succeeded());
		assertTrue(result.message().contains("second.csv"), result.message());
		assertTrue(result.message().contains("needs its columns"), result.message());
		assertTrue(Files.notExists(folder.resolve("first.txt")));
	}
}
