package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.workspace.SampleCampaigns;
import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

class ScriptHostTest {

	private static ScriptHost host;

	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void startEngine() throws IOException {
		host = new ScriptHost();
	}

	@BeforeEach
	void copySampleWorkspace() throws IOException {
		SampleCampaigns.copyTo(workspace);
	}

	private ScriptResult run(String source, String... args) throws IOException {
		return run(source, Duration.ofSeconds(30), args);
	}

	private ScriptResult run(String source, Duration timeout, String... args) throws IOException {
		Path script = Files.writeString(workspace.resolve("script.js"), source);
		return host.run(new ScriptRun(script, workspace, List.of(args), timeout,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void consoleLogGoesToStdoutAndArgumentsArrive() throws IOException {
		assertTrue(run("console.log('hello', parley.args.join('+'))", "a", "b").succeeded());
		assertEquals("hello a+b\n", out());
	}

	@Test
	void scriptsLoadValidateAndSavePlainObjects() throws IOException {
		ScriptResult result = run("""
				const t = parley.load('webinar-invitation.template.json');
				t.subject = 'x'.repeat(61);
				const found = parley.validate(t);
				console.log(found.filter(d => d.severity === 'ERROR').map(d => d.ruleId).join());
				parley.save('copy.template.json', t);
				console.log(parley.validateFile('copy.template.json').length > 0);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("message-ad.subject.length\ntrue\n", out());
		assertTrue(Files.readString(workspace.resolve("copy.template.json")).contains("\"subject\" : \"xxxx"));
	}

	@Test
	void prospectsStreamAndRender() throws IOException {
		ScriptResult result = run("""
				let n = 0;
				for (const p of parley.prospects('marketing-leaders.prospects.csv')) {
				  n++;
				  if (p.row === 2) console.log(parley.render('Hi %FIRSTNAME% at %COMPANYNAME%', p.fields));
				}
				console.log(n);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("Hi Miguel at Fabrikam\n5\n", out());
	}

	@Test
	void javaIsOutOfReach() throws IOException {
		ScriptResult result = run("Java.type('java.lang.System').exit(3)");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		ScriptResult polyglot = run("Polyglot.import('x')");
		assertEquals(ScriptResult.Outcome.FAILED, polyglot.outcome());
		assertTrue(run("console.log(typeof __parleyHost, typeof Java)").succeeded());
		assertTrue(out().contains("undefined"), out());
	}

	@Test
	void filesOutsideTheWorkspaceAreRefused() throws IOException {
		ScriptResult result = run("parley.load('../../etc/passwd.template.json')");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("outside the workspace"), result.message());
	}

	@Test
	void anEndlessLoopIsStoppedByTheTimeLimit() throws IOException {
		long started = System.nanoTime();
		ScriptResult result = run("while (true) {}", Duration.ofSeconds(1));
		assertEquals(ScriptResult.Outcome.STOPPED, result.outcome());
		assertTrue(result.message().contains("time limit"), result.message());
		assertTrue(System.nanoTime() - started < 20_000_000_000L);
	}

	@Test
	void aFailingScriptLeavesNoHalfWrittenBatch() throws IOException {
		ScriptResult result = run("""
				parley.save('one.template.json', parley.load('demo-request.template.json'));
				parley.save('two.template.json', parley.load('demo-request.template.json'));
				throw new Error('the third one went wrong');
				""");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertFalse(Files.exists(workspace.resolve("one.template.json")));
		try (Stream<Path> files = Files.list(workspace)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".parley-run-")), "staging is cleaned up");
		}
	}

	@Test
	void errorsShowTheScriptsOwnStack() throws IOException {
		ScriptResult result = run("function build() {\n  throw new Error('no audience');\n}\nbuild();\n");
		assertTrue(result.message().startsWith("Error: no audience"), result.message());
		assertTrue(result.message().contains("at build (script.js:2:"), result.message());
		assertFalse(result.message().contains("java."), result.message());
	}

	@Test
	void scriptsRequireOtherScriptsOfTheWorkspace() throws IOException {
		Files.writeString(workspace.resolve("segments.js"), "module.exports = { names: ['CFOs', 'CMOs'] };");
		assertTrue(run("console.log(require('segments.js').names.length)").succeeded());
		assertEquals("2\n", out());
	}

	@Test
	void theExampleScriptsRunAndWriteTheirFiles() throws IOException {
		Path examples = Path.of("../../scripts/examples");
		ScriptResult webinars = run(Files.readString(examples.resolve("webinar-invitations.js")));
		assertTrue(webinars.succeeded(), webinars.message());
		assertTrue(out().endsWith("6 campaigns written\n"), out());
		assertTrue(Files.exists(workspace.resolve("webinar-vp-b.campaign.json")));
		assertTrue(Files.exists(workspace.resolve("webinar-director.audience.json")));

		ScriptResult flow = run(Files.readString(examples.resolve("qualification-flow.js")));
		assertTrue(flow.succeeded(), flow.message());
		assertTrue(Files.readString(workspace.resolve("qualification.flow.json")).contains("\"start\" : \"size\""));

		ScriptResult inMails = run(Files.readString(examples.resolve("inmail-batch.js")));
		assertTrue(inMails.succeeded(), inMails.message());
		String csv = Files.readString(workspace.resolve("inmail-batch.csv"));
		assertTrue(csv.startsWith("recipient,subject,body,scheduled\n\"Sarah Johnson\",\"Sarah, your take on paid social at Acme Corp?\""), csv);
		assertEquals(5, csv.split(",\"2026-12-0").length - 1, "each of the five sample prospects is scheduled in the first week");
	}

	@Test
	void parleyDtsDeclaresExactlyTheApi() throws IOException {
		assertTrue(run("console.log(Object.keys(parley).sort().join())").succeeded());
		String declarations = Files.readString(Path.of("../../scripts/parley.d.ts"));
		String api = declarations.substring(declarations.indexOf("interface Parley {"), declarations.indexOf("declare const parley"));
		List<String> declared = java.util.regex.Pattern.compile("^  (?:readonly )?(\\w+)[(:]", java.util.regex.Pattern.MULTILINE)
				.matcher(api).results().map(m -> m.group(1)).sorted().toList();
		assertEquals(String.join(",", declared) + "\n", out());
	}

	@Test
	void theSampleWorkspacesCheckScriptRuns() throws IOException {
		ScriptResult result = run(Files.readString(workspace.resolve("check-all.js")));
		assertTrue(result.succeeded(), result.message());
		assertTrue(out().endsWith("11 documents checked: 1 errors, 3 warnings\n"), out());
	}

	@Test
	void scriptsAreADocumentKindWhoseSyntaxIsChecked() throws IOException {
		var kind = io.parley.core.kinds.DocumentKindRegistry.getDefault().forFileName("batch.js").orElseThrow();
		assertEquals("Scripts", kind.groupName());
		Path broken = Files.writeString(workspace.resolve("broken.js"), "const a = 1;\nfunction (\n");
		var found = kind.validate(broken);
		assertEquals(1, found.size());
		assertEquals("script.syntax", found.get(0).ruleId());
		assertEquals(2, found.get(0).line());
		assertTrue(kind.validate(Files.writeString(workspace.resolve("fine.js"), "console.log(1);")).isEmpty());
	}

	@Test
	void pluginModulesAreRequiredByName() throws IOException {
		ScriptResult result = run("""
				const greeter = require('test-greeter');
				console.log(greeter.greet('Ann'));
				console.log(typeof greeter.hidden);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("Hello, Ann\nundefined\n", out());
	}

	@Test
	void forecastAndExportFromAScript() throws IOException {
		ScriptResult result = run("""
				const f = parley.forecast({budget: 5000, audience: 85000, days: 21, format: 'MESSAGE_AD'});
				console.log(f.sends.low > 0 && f.sends.high >= f.sends.low);
				console.log(parley.exportCampaign('webinar-q4.campaign.json', 'linkedin-api', 'export').join());
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("true\ncampaign.json,inMailContents.json,manifest.json\n", out());
		assertTrue(Files.exists(workspace.resolve("export/manifest.json")));
	}
}
