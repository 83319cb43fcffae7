package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.scripting.ScriptHost;
import io.parley.scripting.ScriptResult;
import io.parley.scripting.ScriptRun;

/** What a script must not reach or do, each tried and refused or stopped. */
class SandboxTest {

	@TempDir
	Path folder;

	@TempDir
	Path outside;

	private SampleWorkspace workspace;

	@BeforeEach
	void copySamples() throws IOException {
		workspace = new SampleWorkspace(folder);
	}

	@Test
	void javaClassLookupIsRefused() throws IOException {
		ScriptResult result = workspace.run("Java.type('java.lang.System').exit(3)");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("Access to host class java.lang.System is not allowed"), result.message());
		assertEquals(ScriptResult.Outcome.FAILED, workspace.run("new java.io.File('/etc/passwd').exists()").outcome());
	}

	@Test
	void theHostBehindTheApiAndPolyglotAreOutOfReach() throws IOException {
		assertEquals(ScriptResult.Outcome.FAILED, workspace.run("Polyglot.import('x')").outcome());
		ScriptResult result = workspace.run("""
				console.log(typeof __parleyHost, typeof parley.getClass, Object.isFrozen(parley));
				const cursor = parley.prospects('marketing-leaders.prospects.csv');
				console.log(typeof cursor.getClass);
				""");
		assertTrue(result.succeeded(), result.message());
		assertEquals("undefined undefined true\nundefined\n", workspace.out());
	}

	@Test
	void aFileOutsideTheWorkspaceIsRefusedToTheApi() throws IOException {
		Files.writeString(outside.resolve("secret.template.json"), "{\"schema\": \"parley.template/1\"}");
		Path relative = folder.relativize(outside.resolve("secret.template.json"));
		ScriptResult result = workspace.run("parley.load('" + relative + "')");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("is outside the workspace"), result.message());
		assertEquals(ScriptResult.Outcome.FAILED, workspace.run("parley.writeText('/tmp/parley-escape.txt', 'x')").outcome());
		assertTrue(Files.notExists(Path.of("/tmp/parley-escape.txt")));
	}

	@Test
	void aFileOutsideTheWorkspaceIsRefusedToLoadImportAndRequire() throws IOException {
		Path secret = Files.writeString(outside.resolve("secret.js"), "console.log('leaked')");
		for (String escape : new String[] { "load('" + secret + "')", "require('" + folder.relativize(secret) + "')",
				"await import('" + secret + "')", "import '" + secret + "';" }) {
			ScriptResult result = workspace.run(escape);
			assertEquals(ScriptResult.Outcome.FAILED, result.outcome(), escape);
			assertTrue(result.message().contains("is outside the workspace"), result.message());
		}
		assertEquals("", workspace.out());
	}

	@Test
	void aLinkInsideTheWorkspaceToAFileOutsideIsRefused() throws IOException {
		Path secret = Files.writeString(outside.resolve("secret.template.json"), "{\"schema\": \"parley.template/1\"}");
		Files.createSymbolicLink(folder.resolve("linked.template.json"), secret);
		ScriptResult result = workspace.run("parley.load('linked.template.json')");
		assertEquals(ScriptResult.Outcome.FAILED, result.outcome());
		assertTrue(result.message().contains("is outside the workspace"), result.message());
	}

	@Test
	void anEndlessLoopIsStoppedByTheTimeLimit() throws IOException {
		long started = System.nanoTime();
		ScriptResult result = SampleWorkspace.host().run(workspace.newRun("loop.js", "while (true) {}", Duration.ofSeconds(1)));
		assertEquals(ScriptResult.Outcome.STOPPED, result.outcome());
		assertEquals("The script ran past its time limit and was stopped; it wrote nothing", result.message());
		assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(20));
	}

	@Test
	void anEndlessLoopIsStoppedByTheStatementLimit() throws IOException {
		ScriptResult result = new ScriptHost(1_000_000).run(workspace.newRun("loop.js", "for (;;) {}", Duration.ofMinutes(5)));
		assertEquals(ScriptResult.Outcome.STOPPED, result.outcome());
		assertTrue(result.message().startsWith("The script ran past its statement limit"), result.message());
	}

	@Test
	void aScriptThatAllocatesWithoutEndIsStoppedByItsMemoryLimit() throws IOException {
		long started = System.nanoTime();
		ScriptResult result = new ScriptHost(ScriptHost.DEFAULT_STATEMENT_LIMIT, 64).run(workspace.newRun("hog.js",
				"parley.writeText('hog.txt', 'x'); const all = []; for (;;) { all.push(new Array(100000).fill(all.length)); }",
				Duration.ofMinutes(5)));
		assertEquals(new ScriptResult(ScriptResult.Outcome.STOPPED, "The script ran past its memory limit and was stopped; it wrote nothing"),
				result);
		assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(30), "stopped within half a minute");
		assertTrue(Files.notExists(workspace.folder.resolve("hog.txt")));
	}

	@Test
	void aRunIsCancelledFromAnotherThreadAndOthersGoOn() throws Exception {
		ScriptHost host = SampleWorkspace.host();
		ScriptRun endless = workspace.newRun("endless.js", "parley.writeText('half.csv', 'x'); while (true) {}", Duration.ofMinutes(5));
		ScriptRun slow = workspace.newRun("slow.js", "let n = 0; for (let i = 0; i < 3e6; i++) n += i; console.log('done')",
				Duration.ofMinutes(5));
		CompletableFuture<ScriptResult> stopped = CompletableFuture.supplyAsync(() -> runQuietly(host, endless));
		CompletableFuture<ScriptResult> finished = CompletableFuture.supplyAsync(() -> runQuietly(host, slow));
		awaitStart(stopped);
		host.cancel(endless);
		assertEquals(new ScriptResult(ScriptResult.Outcome.STOPPED, "The script was stopped; it wrote nothing"), stopped.get(20, TimeUnit.SECONDS));
		assertTrue(finished.get(60, TimeUnit.SECONDS).succeeded());
		assertTrue(Files.notExists(folder.resolve("half.csv")));
	}

	@Test
	void aRunCancelledBeforeItStartsDoesNotRun() throws IOException {
		ScriptRun run = workspace.newRun("never.js", "parley.writeText('never.txt', 'x')", Duration.ofMinutes(1));
		SampleWorkspace.host().cancel(run);
		assertEquals(ScriptResult.Outcome.STOPPED, SampleWorkspace.host().run(run).outcome());
		assertTrue(Files.notExists(folder.resolve("never.txt")));
	}

	/** The script has begun once its staged file exists; a cancel must find it running. */
	private void awaitStart(CompletableFuture<ScriptResult> run) throws InterruptedException, ExecutionException, IOException {
		for (int i = 0; i < 400 && !run.isDone(); i++) {
			try (var files = Files.list(folder)) {
				if (files.anyMatch(f -> Files.exists(f.resolve("files/half.csv")))) {
					return;
				}
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the endless script never started: " + (run.isDone() ? run.get().message() : "timed out"));
	}

	private static ScriptResult runQuietly(ScriptHost host, ScriptRun run) {
		try {
			return host.run(run);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
