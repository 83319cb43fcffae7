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
