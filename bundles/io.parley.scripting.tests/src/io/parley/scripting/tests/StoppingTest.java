package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

/**
 * A stop reaches a script inside a long call to Parley (an export of a million-row list, a batch of
 * a million messages the host writes), within a second, and the stopped run writes nothing.
 */
class StoppingTest {

	private static final String EXPORT = """
			console.log('exporting');
			parley.writeText('report.txt', 'started');
			parley.exportCampaign('cmo-outreach.campaign.json', 'csv', 'out');
			""";

	private static final String BATCH = """
			console.log('writing');
			parley.writeText('report.txt', 'started');
			const inMail = { name: 'InMail', format: 'INMAIL', sender: 'Dana', subject: 'Hi %FIRSTNAME%', body: 'At %COMPANYNAME%?' };
			parley.writeCsv('out/sends.csv', parley.personalize(inMail, 'marketing-leaders.prospects.csv'), ['row', 'subject']);
			""";

	@TempDir
	Path folder;

	private SampleWorkspace workspace;

	@BeforeEach
	void aMillionProspects() throws IOException {
		workspace = new SampleWorkspace(folder);
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("marketing-leaders.prospects.csv"))) {
			out.write("firstName,lastName,jobTitle,companyName,industry\n");
			prospects(out, 0, 1_000_000);
		}
	}

	private static void prospects(BufferedWriter out, int from, int to) throws IOException {
		for (int i = from; i < to; i++) {
			out.write("Sarah,Johnson" + i + ",VP of Marketing,Acme Corp,Computer Software\n");
		}
	}

	@Test
	void stopInTheMiddleOfAnExportEndsTheRunWithinASecond() throws Exception {
		stopsWithinASecond("export.js", EXPORT, "exporting");
	}

	@Test
	void stopInTheMiddleOfAWholeBatchEndsTheRunWithinASecond() throws Exception {
		stopsWithinASecond("batch.js", BATCH, "writing");
	}

	/** Starts {@code source}, stops it 700 ms after it printed {@code started}, and sees it end within a second. */
	private void stopsWithinASecond(String name, String source, String started) throws Exception {
		ScriptRun run = workspace.newRun(name, source, Duration.ofMinutes(5));
		CompletableFuture<ScriptResult> result = CompletableFuture.supplyAsync(() -> runQuietly(run));
		while (!workspace.out().contains(started)) {
			Thread.sleep(10);
		}
		Thread.sleep(700);
		long stopped = System.nanoTime();
		SampleWorkspace.host().cancel(run);
		ScriptResult stoppedRun = result.get(30, TimeUnit.SECONDS);
		long millis = (System.nanoTime() - stopped) / 1_000_000;
		assertTrue(millis < 1000, "the run ended " + millis + " ms after the stop");
		assertEquals(new ScriptResult(ScriptResult.Outcome.STOPPED, "The script was stopped; it wrote nothing"), stoppedRun);
		assertNothingWritten();
	}

	@Test
	void theTimeLimitEndsALongExportWithinASecond() throws Exception {
		fourMillionProspects();
		long started = System.nanoTime();
		ScriptResult result = SampleWorkspace.host().run(workspace.newRun("export.js", EXPORT, Duration.ofSeconds(2)));
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertTrue(millis < 3000, "a run with a time limit of 2 s ended after " + millis + " ms");
		assertEquals(ScriptResult.Outcome.STOPPED, result.outcome(), result.message());
		assertTrue(result.message().contains("time limit"), result.message());
		assertNothingWritten();
	}

	/**
	 * A list whose check alone outlasts the time limit on a fast machine. An export checks the
	 * campaign before it writes and refuses one with errors; a million rows were checked in about
	 * 1.5 s, so a run could end refused (FAILED) before its 2 s limit fell.
	 */
	private void fourMillionProspects() throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("marketing-leaders.prospects.csv"), StandardOpenOption.APPEND)) {
			prospects(out, 1_000_000, 4_000_000);
		}
	}

	private void assertNothingWritten() throws IOException {
		assertTrue(Files.notExists(folder.resolve("report.txt")));
		assertTrue(Files.notExists(folder.resolve("out/sends.csv")));
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".parley-")), "staging is cleaned up");
		}
	}

	private static ScriptResult runQuietly(ScriptRun run) {
		try {
			return SampleWorkspace.host().run(run);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
