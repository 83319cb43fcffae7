package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptResult;
import io.parley.testing.TestWorkbook;

class ParleyApiTest {

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	@Test
	void consoleLogGoesToStdoutWarningsToStderrAndArgumentsArrive() throws IOException {
		ScriptResult result = workspace.run("console.log('hello', parley.args.join('+')); console.warn('careful')", "a", "b");
		assertTrue(result.succeeded(), result.message());
		assertEquals("hello a+b\n", workspace.out());
		assertEquals("warning: careful\n", workspace.err());
	}

	@Test
	void scriptsLoadValidateAndSavePlainObjects() throws IOException {
		ScriptResult result = workspace.run("""
				const t = parley.load('webinar-invitation.template.json');
				t.subject = 'x'.repeat(61);
				console.log(parley.validate(t).filter(d => d.severity === 'ERROR').map(d => d.ruleId).join());
				parley.save('copy.template.json', t);
				console.log(parley.validateFile('copy.template.json').length > 0);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("message-ad.subject.length\ntrue\n", workspace.out());
		assertTrue(Files.readString(folder.resolve("copy.template.json")).contains("\"subject\" : \"xxxx"));
	}

	/** The object goes to the validator as JSON.stringify would write it: undefined members and functions left out. */
	@Test
	void validateReadsTheScriptsObjectAsItsJson() throws IOException {
		ScriptResult result = workspace.run("""
				const t = { name: 'Note', format: 'INMAIL', sender: 'Dana', subject: 'Hello', body: 'Hi %FIRSTNAME%, a short note.',
				  cta: undefined, footer: undefined, render() { return 1; }, variants: [{ name: 'B', subject: 'x'.repeat(201) }] };
				const same = JSON.parse(JSON.stringify(t));
				const rules = (d) => parley.validate(d).map(x => x.ruleId + ' ' + x.path).join();
				console.log(rules(t) === rules(same), rules(t));
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("true inmail.subject.length /variants/0/subject\n", workspace.out());
	}

	@Test
	void createStartsADocumentOfAKindWithTheScriptsFields() throws IOException {
		ScriptResult result = workspace.run("""
				const t = parley.create('template', { name: 'Spring webinar', subject: 'Join us, %FIRSTNAME%' });
				console.log(t.schema, t.format, t.name);
				parley.save('spring.template.json', t);
				try { parley.create('spreadsheet'); } catch (e) { console.log(e.message); }
				""");
		assertTrue(result.succeeded(), result.message());
		String[] lines = workspace.out().split("\n");
		assertEquals("parley.template/1 MESSAGE_AD Spring webinar", lines[0]);
		assertTrue(lines[1].startsWith("No document kind 'spreadsheet'; scripts create [campaign, audience, template"), lines[1]);
		assertTrue(Files.readString(folder.resolve("spring.template.json")).contains("\"subject\" : \"Join us, %FIRSTNAME%\""));
	}

	@Test
	void prospectsStreamAsPlainObjectsAndRender() throws IOException {
		ScriptResult result = workspace.run("""
				let n = 0;
				for (const p of parley.prospects('marketing-leaders.prospects.csv')) {
				  n++;
				  if (p.row === 2) console.log(parley.render('Hi %FIRSTNAME% at %COMPANYNAME%', p.fields), JSON.stringify(Object.keys(p.fields)));
				}
				console.log(n);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("Hi Miguel at Fabrikam [\"firstName\",\"lastName\",\"jobTitle\",\"companyName\",\"industry\"]\n5\n",
				workspace.out());
	}

	@Test
	void aProspectsFieldsAreAPlainObjectAndRenderAsTheScriptLeftThem() throws IOException {
		ScriptResult result = workspace.run("""
				for (const p of parley.prospects('marketing-leaders.prospects.csv')) {
				  if (p.row !== 2) continue;
				  const f = p.fields;
				  console.log(typeof f, f instanceof Object, 'firstName' in f, f.nickname, Object.entries(f).length);
				  console.log(JSON.stringify({ ...f, row: p.row }));
				  f.companyName = 'Contoso'; f.score = 42; delete f.industry;
				  console.log(typeof f.score, Object.keys(f).join(), parley.render('%FIRSTNAME% at %COMPANYNAME% (%INDUSTRY%)', f));
				}
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("""
				object true true undefined 5
				{"firstName":"Miguel","lastName":"Álvarez","jobTitle":"Director of Demand Generation","companyName":"Fabrikam","industry":"Internet","row":2}
				number firstName,lastName,jobTitle,companyName,score Miguel at Contoso ()
				""", workspace.out());
	}

	@Test
	void aListWithItsOwnColumnNamesIsReadThroughAMapping() throws IOException {
		Files.writeString(folder.resolve("crm.prospects.csv"), "Vorname,Nachname,Rolle,Firma,Branche\nAna,Ruiz,CMO,Contoso,Retail\n");
		Files.writeString(folder.resolve("hubspot.prospects.csv"), "First Name,Last Name,Job Title,Company Name\nLi,Wei,CTO,Fabrikam\n");
		ScriptResult result = workspace.run("""
				const columns = { firstName: 'Vorname', lastName: 'Nachname', jobTitle: 'Rolle', companyName: 'Firma', industry: 'Branche' };
				for (const p of parley.prospects('crm.prospects.csv', columns)) {
				  console.log(parley.render('%FIRSTNAME% at %COMPANYNAME%', p.fields));
				}
				for (const p of parley.prospects('hubspot.prospects.csv')) {
				  console.log(parley.render('%FIRSTNAME% at %COMPANYNAME%', p.fields));
				}
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("Ana at Contoso\nLi at Fabrikam\n", workspace.out(), "a CRM's own header names need no mapping");
	}

	@Test
	void aWorkbookIsReadFromItsFirstSheetOrTheSheetNamed() throws IOException {
		new TestWorkbook().inlineStrings().sheet("Sheet1").row("Exported 2026-11-30").sheet("Sheet2").row("First Name", "Company Name")
				.row("Ana", "Contoso").row("Li", "Fabrikam").write(folder.resolve("crm.prospects.xlsx"));
		ScriptResult result = workspace.run("""
				console.log([...parley.prospects('crm.prospects.xlsx')].length);
				for (const p of parley.prospects('crm.prospects.xlsx', {}, 'Sheet2')) {
				  console.log(p.row, parley.render('%FIRSTNAME% at %COMPANYNAME%', p.fields));
				}
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("0\n1 Ana at Contoso\n2 Li at Fabrikam\n", workspace.out());
	}

	@Test
	void aCampaignsResultsAreItsReportDayByDayAgainstItsForecast() throws IOException {
		ScriptResult result = workspace.run("""
				const r = parley.results('webinar-q4.campaign.json');
				console.log(r.file, r.period, r.days.length, r.days[0].day, r.total.sends, r.total.opens, r.total.leads);
				console.log(r.againstForecast.filter((f) => f.verdict !== 'within').map((f) => f.name + ': ' + f.verdict).join());
				console.log(r.rates);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("webinar-q4.results.csv 2026-12 5 2026-12-01 1400 505 3\nOpen rate: below\nthe rule set's benchmarks\n",
				workspace.out());
		ScriptResult none = workspace.run("parley.results('demo-requests.campaign.json');");
		assertTrue(none.message().contains("demo-requests.campaign.json names no results file"), none.message());
	}

	@Test
	void aProspectListIsAnIteratorLikeAnyOther() throws IOException {
		ScriptResult result = workspace.run("""
				const rows = [...parley.prospects('marketing-leaders.prospects.csv')].map((p) => p.row);
				const it = parley.prospects('marketing-leaders.prospects.csv');
				const first = it.next();
				while (!it.next().done) {}
				console.log(rows.join(), first.done, first.value.fields.firstName.length > 0, it.next().done, it[Symbol.iterator]() === it);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("1,2,3,4,5 false true true true\n", workspace.out());
	}

	@Test
	void aLoopLeftEarlyClosesTheProspectList() throws IOException {
		ScriptResult result = workspace.run("""
				for (const p of parley.prospects('marketing-leaders.prospects.csv')) { if (p.row === 2) break; }
				parley.writeText('marketing-leaders.prospects.csv', 'firstName,lastName,jobTitle,companyName,industry\\n');
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("firstName,lastName,jobTitle,companyName,industry\n",
				Files.readString(folder.resolve("marketing-leaders.prospects.csv")));
	}

	/** Open files are counted through /proc. */
	@Test
	@EnabledOnOs(OS.LINUX)
	void prospectListsAScriptLeavesOpenAreClosedWhenItsRunEnds() throws IOException {
		Path fds = Path.of("/proc/self/fd");
		Path list = folder.resolve("marketing-leaders.prospects.csv").toRealPath();
		ScriptResult failed = workspace.run("""
				const it = parley.prospects('marketing-leaders.prospects.csv');
				it.next();
				for (const p of parley.prospects('marketing-leaders.prospects.csv')) { throw new Error('stop at ' + p.row); }
				""");
		assertTrue(failed.message().contains("stop at 1"), failed.message());
		assertEquals(0, openFilesOf(fds, list), "the list read halfway and the loop left by a throw are both closed");
	}

	private static long openFilesOf(Path fds, Path file) throws IOException {
		try (var open = Files.list(fds)) {
			return open.filter(fd -> {
				try {
					return Files.readSymbolicLink(fd).equals(file);
				} catch (IOException | UnsupportedOperationException gone) {
					// a descriptor closed between listing and reading it is not the list's
					return false;
				}
			}).count();
		}
	}

	@Test
	void forecastCreditPlanCalendarAndExport() throws IOException {
		ScriptResult result = workspace.run("""
				const f = parley.forecast({budget: 5000, audience: 85000, days: 21, format: 'MESSAGE_AD'});
				console.log(f.sends.low > 0 && f.sends.high >= f.sends.low);
				const plan = parley.creditPlan({plan: 'SALES_NAVIGATOR_CORE', planned: [10, 0]});
				console.log(plan.length, plan[0].sent);
				const sends = parley.calendar({prospects: [1, 2, 3], start: '2026-12-01'});
				console.log(sends.map(s => s.prospect).join(), sends.every(s => s.at >= '2026-12-01'));
				console.log(parley.exportCampaign('webinar-q4.campaign.json', 'linkedin-api', 'export').join());
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("true\n2 10\n1,2,3 true\ncampaign.json,inMailContents.json,manifest.json\n", workspace.out());
		assertTrue(Files.exists(folder.resolve("export/manifest.json")));
	}

	@Test
	void listNamesTheWorkspacesFilesOfAKind() throws IOException {
		assertTrue(workspace.run("console.log(parley.list('.prospects.csv').join())").succeeded());
		assertEquals("marketing-leaders.prospects.csv\n", workspace.out());
	}

	@Test
	void theSampleWorkspacesCheckScriptRuns() throws IOException {
		ScriptResult result = workspace.run(Files.readString(folder.resolve("check-all.js")));
		assertTrue(result.succeeded(), result.message());
		assertTrue(workspace.out().endsWith("13 documents checked: 1 errors, 3 warnings\n"), workspace.out());
	}
}
