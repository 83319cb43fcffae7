package io.parley.scripting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.parley.core.workspace.SampleCampaigns;
import io.parley.core.workspace.StudioWorkspace;
import io.parley.scripting.RunCommand;

/** {@code parley run}: its exit status, and what goes to stdout and what to stderr. */
class RunCommandTest {

	@TempDir
	Path folder;

	/** The studio's workspace as this test's runs find it; a home of the test's own, never the user's. */
	@TempDir
	Path studioFolder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Most scripts here lie beside the sample campaigns, which makes their folder the workspace. */
	@BeforeEach
	void copySamples() throws IOException {
		SampleCampaigns.copyTo(folder);
	}

	private int run(String... args) throws IOException {
		return new RunCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new StudioWorkspace(studioFolder)).run(args);
	}

	private String script(String name, String source) throws IOException {
		return Files.writeString(folder.resolve(name), source).toString();
	}

	@Test
	void aFinishedScriptExitsWithZeroAndItsLogOnStdout() throws IOException {
		String hello = script("hello.js", "console.log('hello', ...parley.args); console.error('to stderr')");
		assertEquals(RunCommand.FINISHED, run(hello, "--", "--not-an-option", "x"));
		assertEquals("hello --not-an-option x\n", out.toString(StandardCharsets.UTF_8));
		assertEquals("error: to stderr\n", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aScriptThatThrowsExitsWithOneAndItsStackOnStderr() throws IOException {
		assertEquals(RunCommand.FAILED, run(script("fail.js", "\nthrow new Error('no offers')")));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertEquals("Error: no offers\n    at <script> (fail.js:2:7)\n", err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aScriptPastItsTimeoutExitsWithOne() throws IOException {
		assertEquals(RunCommand.FAILED, run(script("loop.js", "for (;;) {}"), "--timeout", "0.5"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("time limit"), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * A real Ctrl-C (SIGINT) and SIGTERM to this JVM while a script runs: the handlers are in place by
	 * then. A JVM started as a shell's background job ignores Ctrl-C, as a person expects of such a
	 * job, and then only SIGTERM is tried.
	 */
	@Test
	void ctrlCAndSigtermStopTheScriptWithTheShellsExitStatusAndNothingIsWritten() throws Exception {
		String endless = script("endless.js", "parley.writeText('half.txt', 'x'); console.log('started'); for (;;) {}");
		for (String[] signal : new String[][] { { "INT", "130", "Ctrl-C" }, { "TERM", "143", "(SIGTERM)" } }) {
			if (ignoredByThisProcess(signal[0])) {
				continue;
			}
			out.reset();
			err.reset();
			CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
				try {
					return run(endless);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
			while (!out.toString(StandardCharsets.UTF_8).contains("started")) {
				Thread.sleep(10);
			}
			long sent = System.nanoTime();
			new ProcessBuilder("kill", "-" + signal[0], String.valueOf(ProcessHandle.current().pid())).start().waitFor();
			assertEquals(Integer.parseInt(signal[1]), status.get(30, TimeUnit.SECONDS));
			assertTrue(System.nanoTime() - sent < TimeUnit.SECONDS.toNanos(1), signal[0] + " took more than a second");
			assertTrue(err.toString(StandardCharsets.UTF_8).contains(signal[2] + "; it wrote nothing"), err.toString(StandardCharsets.UTF_8));
			assertTrue(Files.notExists(folder.resolve("half.txt")));
		}
	}

	/** Whether this process was started ignoring {@code signal}, as its SigIgn mask in /proc says. */
	private static boolean ignoredByThisProcess(String signal) throws IOException {
		int number = "INT".equals(signal) ? 2 : 15;
		String mask = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("SigIgn:"))
				.map(line -> line.substring("SigIgn:".length()).trim()).findFirst().orElse("0");
		return (Long.parseUnsignedLong(mask, 16) & (1L << (number - 1))) != 0;
	}

	@Test
	void theWorkspaceOptionSetsWhereFilesAreWritten() throws IOException {
		Path workspace = Files.createDirectories(folder.resolve("campaigns"));
		assertEquals(RunCommand.FINISHED, run(script("write.js", "parley.writeText('out.txt', 'done')"), "--workspace", workspace.toString()));
		assertEquals("done", Files.readString(workspace.resolve("out.txt")));
	}

	/** {@code ./parley run scripts/examples/webinar-invitations.js}, as a newcomer types it in a fresh checkout. */
	@Test
	void anExampleRunWithoutAWorkspaceUsesTheStudiosMadeWithTheSamples() throws IOException {
		String example = SampleWorkspace.scripts().resolve("examples/webinar-invitations.js").toString();
		assertEquals(RunCommand.FINISHED, run(example), err.toString(StandardCharsets.UTF_8));
		Path campaigns = studioFolder.resolve("Sample Campaigns");
		assertTrue(out.toString(StandardCharsets.UTF_8).endsWith("6 campaigns written\n"), out.toString(StandardCharsets.UTF_8));
		assertTrue(Files.exists(campaigns.resolve("webinar-invitation.template.json")), "the samples are there");
		assertTrue(Files.exists(campaigns.resolve("webinar-cmo-a.campaign.json")), "and what the script wrote beside them");
		String made = "parley run: made the studio's workspace, with the sample campaigns, in " + campaigns + "\n";
		assertTrue(err.toString(StandardCharsets.UTF_8).startsWith(made), err.toString(StandardCharsets.UTF_8));

		err.reset();
		assertEquals(RunCommand.FINISHED, run(example));
		assertFalse(err.toString(StandardCharsets.UTF_8).contains(made), "the second run finds the workspace made");
	}

	@Test
	void aScriptBesideCampaignDocumentsRunsInItsFolder() throws IOException {
		assertEquals(RunCommand.FINISHED,
				run(script("write.js", "parley.writeText('out.txt', String(parley.list('.template.json').includes('webinar-invitation.template.json')))")));
		assertEquals("true", Files.readString(folder.resolve("out.txt")));
		assertTrue(Files.notExists(studioFolder.resolve("Sample Campaigns")));
	}

	@Test
	void usageErrorsExitWithTwo() throws IOException {
		String hello = script("hello.js", "console.log('hello')");
		assertEquals(RunCommand.USAGE_ERROR, run());
		assertEquals(RunCommand.USAGE_ERROR, run(folder.resolve("missing.js").toString()));
		assertEquals(RunCommand.USAGE_ERROR, run(hello, "--timeout"));
		assertEquals(RunCommand.USAGE_ERROR, run(hello, "--timeout", "soon"));
		assertEquals(RunCommand.USAGE_ERROR, run("--verbose", hello));
		assertEquals(RunCommand.USAGE_ERROR, run(hello, "--workspace", folder.resolve("nowhere").toString()));
		assertEquals("", out.toString(StandardCharsets.UTF_8));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: parley run [--optimize] SCRIPT.js"));
	}

	@Test
	void helpGoesToStdout() throws IOException {
		assertEquals(RunCommand.FINISHED, run("--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: parley run [--optimize] SCRIPT.js"));
	}

	@Test
	void optimizeIsTheLaunchersChoiceAndNotAScriptArgument() throws IOException {
		String hello = script("hello.js", "console.log(JSON.stringify(parley.args))");
		assertEquals(RunCommand.FINISHED, run("--optimize", hello, "--optimize"));
		assertEquals("[\"--optimize\"]\n", out.toString(StandardCharsets.UTF_8), "after the script it is the script's");
	}

	@Test
	void theEngineOptionNamesTheRuntime() throws IOException {
		assertEquals(RunCommand.FINISHED, run("--optimize", "--engine"));
		boolean jvmci = ModuleLayer.boot().findModule("jdk.internal.vm.ci").isPresent();
		assertEquals(jvmci, !out.toString(StandardCharsets.UTF_8).contains("interpreter"), out.toString(StandardCharsets.UTF_8));
	}
}
