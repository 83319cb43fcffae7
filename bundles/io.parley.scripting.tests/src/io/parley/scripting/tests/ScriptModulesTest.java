package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptModules;
import io.parley.scripting.ScriptResult;

/** What a script can load besides the API: plugins' modules and the workspace's other scripts. */
class ScriptModulesTest {

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	@Test
	void theExtensionPointOffersThisBundlesExampleModule() {
		assertTrue(ScriptModules.getDefault().byName("test-greeter").isPresent());
		assertTrue(ScriptModules.getDefault().byName("no-such-module").isEmpty());
	}

	@Test
	void pluginModulesAreRequiredByNameAndShowOnlyWhatTheyExport() throws IOException {
		ScriptResult result = workspace.run("""
				const greeter = require('test-greeter');
				console.log(greeter.greet('Ann'));
				console.log(typeof greeter.hidden);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("Hello, Ann\nundefined\n", workspace.out());
	}

	@Test
	void scriptsRequireOtherScriptsOfTheWorkspaceOnce() throws IOException {
		Files.createDirectories(folder.resolve("lib"));
		Files.writeString(folder.resolve("lib/segments.js"), "console.log('loading'); module.exports = { names: ['CFOs', 'CMOs'] };");
		assertTrue(workspace.run("require('lib/segments.js'); console.log(require('lib/segments.js').names.length)").succeeded());
		assertEquals("loading\n2\n", workspace.out());
	}

	@Test
	void scriptsImportWorkspaceModules() throws IOException {
		Files.createDirectories(folder.resolve("lib"));
		Files.writeString(folder.resolve("lib/offers.mjs"), "export const offers = ['kit', 'demo', 'workshop'];");
		ScriptResult result = workspace.run("import { offers } from './lib/offers.mjs';\nconsole.log(offers.join('/'));");
		assertTrue(result.succeeded(), result.message());
		assertEquals("kit/demo/workshop\n", workspace.out());
	}

	@Test
	void anErrorInARequiredScriptNamesThatScriptsLine() throws IOException {
		Files.writeString(folder.resolve("helpers.js"), "exports.check = () => {\n  throw new Error('no audience');\n};\n");
		ScriptResult result = workspace.run("const helpers = require('helpers.js');\nhelpers.check();\n");
		assertEquals("Error: no audience\n    at <anonymous> (helpers.js:2:9)\n    at <script> (script.js:2:1)", result.message());
	}

	@Test
	void anErrorInAnImportedModuleNamesItsFileInTheWorkspace() throws IOException {
		Files.writeString(folder.resolve("rules.mjs"), "export function check() {\n  throw new Error('too long');\n}\n");
		ScriptResult result = workspace.run("import { check } from './rules.mjs';\ncheck();\n");
		assertTrue(result.message().startsWith("Error: too long\n    at check (rules.mjs:2:9)"), result.message());
	}
}
