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

import io.parley.core.kinds.DocumentKindRegistry;
import io.parley.model.validation.Diagnostic;
import io.parley.scripting.ScriptResult;

/** A script author sees where their script went wrong, in their file's lines, never Java's. */
class ScriptErrorsTest {

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	@Test
	void errorsShowTheScriptsOwnStack() throws IOException {
		ScriptResult result = workspace.run("function build() {\n  throw new Error('no audience');\n}\nbuild();\n");
		assertEquals("Error: no audience\n    at build (script.js:2:9)\n    at <script> (script.js:4:1)", result.message());
	}

	@Test
	void anApiErrorSaysWhatWentWrongWithoutJava() throws IOException {
		ScriptResult result = workspace.run("parley.load('missing.template.json');");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("missing.template.json"), result.message());
		assertTrue(result.message().endsWith("at <script> (script.js:1:1)"), result.message());
		assertFalse(result.message().contains("at java."), result.message());
	}

	/** What a hostile tester tried: every message reads without Java, and says what was wrong. */
	@Test
	void misusedApiCallsSayWhatWasWrongInTheScriptsTerms() throws IOException {
		String[][] cases = {
				{ "parley.prospects(null);", "Error: " },
				{ "parley.render({}, {});", "parley.render cannot take the values it was given" },
				{ "require('fs');", "Error: No module 'fs': require loads the workspace's scripts ('./lib.js') and plugins' modules;" },
				{ "throw { code: 42 };", "The script threw {\"code\":42}, which is not an Error" },
				{ "parley.save('x.template.json', 42);", "a template is an object, not a number" },
				{ "parley.save('x.template.json', parley.create('flow', {}));",
						"\"x.template.json\" names a template, but this is a flow; start it with parley.create('template')" },
				{ "parley.save('x.exe', parley.create('template', {}));", "parley.save writes documents, named NAME.KIND.json" } };
		for (String[] tried : cases) {
			ScriptResult result = workspace.run(tried[0]);
			assertEquals(ScriptResult.Outcome.FAILED, result.outcome(), tried[0]);
			assertTrue(result.message().contains(tried[1]), tried[0] + " said: " + result.message());
			assertFalse(result.message().matches("(?s).*(java\\.|io\\.parley|Exception|invokeMember|" + folder + ").*"),
					tried[0] + " said: " + result.message());
		}
	}

	@Test
	void aSyntaxErrorNamesItsLine() throws IOException {
		ScriptResult result = workspace.run("const a = 1;\nconst = 2;\n");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().startsWith("SyntaxError: script.js:2:"), result.message());
	}

	@Test
	void scriptsAreADocumentKindWhoseSyntaxIsChecked() throws IOException {
		var kind = DocumentKindRegistry.getDefault().forFileName("batch.js").orElseThrow();
		assertEquals("Scripts", kind.groupName());
		Diagnostic found = kind.validate(Files.writeString(folder.resolve("broken.js"), "const a = 1;\nfunction (\n")).get(0);
		assertEquals("script.syntax", found.ruleId());
		assertEquals(2, found.line());
		assertTrue(kind.validate(Files.writeString(folder.resolve("fine.js"), "console.log(1);")).isEmpty());
	}
}
