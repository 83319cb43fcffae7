package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptResult;

/** A batch appears whole when its script finishes, and not at all when it fails, whatever the script caught. */
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

	@Test
	void aWriteTheScriptCaughtStillFailsTheRunAndNothingIsWritten() throws IOException {
		Files.createDirectories(folder.resolve("lib"));
		for (String failingWrite : List.of("parley.writeText('lib', 'x')", "parley.writeText('', 'x')",
				"parley.save('../outside.template.json', {})")) {
			ScriptResult result = workspace.run("""
					parley.writeText('a.txt', 'a');
					try {
					  %s;
					} catch (e) {
					  console.log('caught');
					}
					parley.writeText('c.txt', 'c');
					parley.save('d.template.json', parley.load('demo-request.template.json'));
					""".formatted(failingWrite));
			assertEquals(ScriptResult.Outcome.FAILED, result.outcome(), failingWrite);
			assertTrue(result.message().startsWith("The script wrote nothing, because a file it wrote failed: "), result.message());
			assertTrue(result.message().matches("(?s).*\n    at script.js:3:\\d+"), result.message());
			assertFalse(result.message().contains("java."), result.message());
			for (String unwritten : List.of("a.txt", "c.txt", "d.template.json")) {
				assertTrue(Files.notExists(folder.resolve(unwritten)), failingWrite + " left " + unwritten);
			}
			assertNoStagingLeft();
		}
	}

	@Test
	void aRunKilledAfterItsCommitWasDecidedIsFinishedByTheNextRunAndOneKilledBeforeIsThrownAway() throws IOException {
		Path decided = Files.createDirectories(folder.resolve(".parley-run-killed1/files/batch"));
		Files.writeString(decided.resolve("kept.txt"), "from the killed run");
		Files.createFile(folder.resolve(".parley-run-killed1/commit-decided"));
		Files.createFile(folder.resolve(".parley-run-killed1/lock"));
		Path undecided = Files.createDirectories(folder.resolve(".parley-run-killed2/files"));
		Files.writeString(undecided.resolve("dropped.txt"), "half a batch");
		Files.createFile(folder.resolve(".parley-run-killed2/lock"));
		ScriptResult result = workspace.run("console.log(parley.list('.txt').join())");
		assertTrue(result.succeeded(), result.message());
		assertEquals("batch/kept.txt\n", workspace.out());
		assertEquals("from the killed run", Files.readString(folder.resolve("batch/kept.txt")));
		assertTrue(Files.notExists(folder.resolve("dropped.txt")));
		assertNoStagingLeft();
	}

	private void assertNoStagingLeft() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".parley-run-")), "staging is cleaned up");
		}
	}
}
