package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptResult;

/** A batch appears whole when its script finishes, and not at all when it fails. */
class AtomicBatchTest {

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	@Test
	void aFailingScriptLeavesNoHalfWrittenBatch() throws IOException {
		String before = Files.readString(folder.resolve("demo-request.template.json"));
		ScriptResult result = workspace.run("""
				const t = parley.load('demo-request.template.json');
				parley.save('one.template.json', t);
				parley.save('demo-request.template.json', { ...t, subject: 'changed' });
				throw new Error('the third one went wrong');
				""");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(Files.notExists(folder.resolve("one.template.json")));
		assertEquals(before, Files.readString(folder.resolve("demo-request.template.json")));
		assertNoStagingLeft();
	}

	@Test
	void aFinishedScriptsFilesAllAppearAndItReadsWhatItWrote() throws IOException {
		ScriptResult result = workspace.run("""
				for (let i = 1; i <= 20; i++) {
				  parley.save(`batch/n${i}.template.json`, { ...parley.load('demo-request.template.json'), name: `n${i}` });
				}
				console.log(parley.load('batch/n20.template.json').name);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("n20\n", workspace.out());
		try (Stream<Path> batch = Files.list(folder.resolve("batch"))) {
			assertEquals(20, batch.filter(f -> f.toString().endsWith(".template.json")).count());
		}
		assertNoStagingLeft();
	}

	private void assertNoStagingLeft() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".parley-run-")), "staging is cleaned up");
		}
	}
}
