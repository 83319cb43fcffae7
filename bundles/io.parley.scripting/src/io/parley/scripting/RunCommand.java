package io.parley.scripting;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import io.parley.core.workspace.StudioWorkspace;
import io.parley.model.files.DocumentKind;
import io.parley.scripting.ScriptFailure.StopReason;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * {@code parley run SCRIPT.js [--workspace DIR] [--timeout SECONDS] [--] [ARGS...]}: exit 0 when the
 * script finishes, 1 when it throws or runs past its time limit, 2 on a usage error, 130 when Ctrl-C
 * stopped it and 143 when SIGTERM did. The
 * script's console.log goes to {@code out}; its warnings, errors, progress and our diagnostics to {@code err}.
 */
public final class RunCommand {

	public static final int FINISHED = 0;
	public static final int FAILED = 1;
	public static final int USAGE_ERROR = 2;
	/** Stopped by Ctrl-C: 128 + SIGINT, as shells expect. */
	public static final int INTERRUPTED = 130;
	/** Stopped by SIGTERM: 128 + SIGTERM. */
	public static final int TERMINATED = 143;

	static final String USAGE = """
			Usage: parley run [--optimize] SCRIPT.js [--workspace DIR] [--timeout SECONDS] [--memory MB] [--] [ARGS...]
			       parley run [--optimize] --engine    names the JavaScript runtime (optimizing or interpreter)

			Runs an automation script. The script sees the parley API (see scripts/parley.d.ts) and may
			read and write files only inside the workspace: the script's folder when campaign documents
			are in it, otherwise the studio's (~/Parley/workspace, or $PARLEY_WORKSPACE), whose campaigns
			are in its "Sample Campaigns" folder, made with the samples when missing. What it writes
			appears only if it finishes. console.log goes to stdout; warnings, errors and progress to stderr.
			--optimize runs it on Graal's optimizing runtime where the Java allows it, which compiles hot
			JavaScript to machine code: for long scripts that compute in JavaScript. Without it a script
			starts faster, and a batch that calls parley for each row took less CPU on two cores.
			--memory limits how far the memory in use may grow while the script runs (default 1024 MB).
			A script that fails or is stopped writes nothing.
			Exit status: 0 finished, 1 the script threw or ran past its time limit, 2 usage error,
			130 stopped by Ctrl-C, 143 stopped by SIGTERM.""";

	private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

	private final PrintStream out;
	private final PrintStream err;
	private final StudioWorkspace studio;
	private long memoryLimitMb = ScriptHost.DEFAULT_MEMORY_LIMIT_MB;

	/** @param studio the studio's workspace, where a script with no campaign documents beside it runs */
	public RunCommand(PrintStream out, PrintStream err, StudioWorkspace studio) {
		this.out = out;
		this.err = err;
		this.studio = studio;
	}

	public int run(String... args) throws IOException {
		if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
			out.println(USAGE);
			return FINISHED;
		}
		if (List.of(args).equals(List.of("--engine")) || List.of(args).equals(List.of("--optimize", "--engine"))) {
			return engine();
		}
		ScriptRun run;
		try {
			run = parse(args);
		} catch (IllegalArgumentException e) {
			err.println("parley run: " + e.getMessage());
			err.println(USAGE);
			return USAGE_ERROR;
		}
		return execute(run);
	}

	/**
	 * The script's own folder when it is a campaign folder, as a script kept with its campaigns
	 * expects; otherwise the studio's campaigns, so an example script run from anywhere finds the
	 * sample documents it is written for and writes where the studio shows its results.
	 */
	private Path defaultWorkspace(Path script) {
		Path folder = script.toAbsolutePath().getParent();
		if (holdsCampaignDocuments(folder)) {
			return folder;
		}
		try {
			if (studio.createWithSamplesIfMissing()) {
				err.println("parley run: made the studio's workspace, with the sample campaigns, in " + studio.campaigns());
			}
		} catch (IOException e) {
			throw new IllegalArgumentException("the studio's workspace " + studio.campaigns() + " could not be made ("
					+ e.getMessage() + "); name a workspace with --workspace");
		}
		return studio.campaigns();
	}

	private static boolean holdsCampaignDocuments(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(file -> DocumentKind.ofFileName(file.getFileName().toString()).isPresent());
		} catch (IOException unreadable) {
			return false;
		}
	}

	/**
	 * Names the runtime that runs scripts, and fails when the launcher started the JVM for the
	 * optimizing runtime but Graal fell back to the interpreter, which it does without a word.
	 */
	private int engine() {
		out.println("JavaScript runtime: "
				+ (ScriptEngine.optimizing() ? ScriptEngine.runtime() + ", optimizing"
						: "interpreter (the optimizing runtime needs --optimize and a Java that runs Graal's compiler)"));
		if (ScriptEngine.compilerRequested() && !ScriptEngine.optimizing()) {
			err.println("parley run: JVMCI is on but Graal's optimizing runtime did not start; check the launcher's compiler options");
			return FAILED;
		}
		return FINISHED;
	}

	/** Options come before the script's first argument; "--" ends them explicitly. */
	private ScriptRun parse(String[] args) {
		List<String> scriptArgs = new ArrayList<>();
		Path script = null;
		Path workspace = null;
		Duration timeout = DEFAULT_TIMEOUT;
		boolean options = true;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (options && arg.equals("--workspace")) {
				workspace = Path.of(value(args, ++i));
			} else if (options && arg.equals("--timeout")) {
				timeout = timeout(value(args, ++i));
			} else if (options && arg.equals("--memory")) {
				memoryLimitMb = megabytes(value(args, ++i));
			} else if (options && arg.equals("--optimize") && script == null) {
				continue; // the launcher chose the runtime before the JVM started
			} else if (options && arg.equals("--")) {
				options = false;
			} else if (options && arg.startsWith("--") && script == null) {
				throw new IllegalArgumentException("unknown option " + arg);
			} else if (script == null) {
				script = Path.of(arg);
			} else {
				options = false;
				scriptArgs.add(arg);
			}
		}
		if (script == null || !Files.isRegularFile(script)) {
			throw new IllegalArgumentException(script == null ? "name a script to run" : "no script " + script);
		}
		Path folder = workspace != null ? workspace : defaultWorkspace(script);
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("no workspace folder " + folder);
		}
		if (!Files.isWritable(folder)) {
			throw new IllegalArgumentException("the workspace folder " + folder
					+ " cannot be written, and a script stages what it writes there; name another with --workspace");
		}
		return new ScriptRun(script, folder, scriptArgs, timeout, out, err);
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	private static long megabytes(String value) {
		try {
			long megabytes = Long.parseLong(value);
			if (megabytes > 0) {
				return megabytes;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException("--memory takes a number of megabytes more than 0, not '" + value + "'");
	}

	private static Duration timeout(String seconds) {
		double value;
		try {
			value = Double.parseDouble(seconds);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("--timeout takes seconds, not '" + seconds + "'");
		}
		if (!(value > 0)) {
			throw new IllegalArgumentException("--timeout must be more than 0 seconds");
		}
		return Duration.ofMillis((long) (value * 1000));
	}

	/**
	 * Ctrl-C and SIGTERM stop the script, which then writes nothing, unless its commit had begun:
	 * that one finishes. Any other end of the JVM cancels the run and waits until its staged files
	 * are thrown away.
	 */
	private int execute(ScriptRun run) throws IOException {
		ScriptHost host = new ScriptHost(ScriptHost.DEFAULT_STATEMENT_LIMIT, memoryLimitMb);
		AtomicReference<StopReason> signalled = new AtomicReference<>();
		List<Runnable> restoreSignals = List.of(onSignal("INT", () -> stop(host, run, signalled, StopReason.INTERRUPT)),
				onSignal("TERM", () -> stop(host, run, signalled, StopReason.TERMINATE)));
		CountDownLatch ended = new CountDownLatch(1);
		Thread cancelOnExit = new Thread(() -> {
			host.cancel(run);
			try {
				ended.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "Parley script cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnExit);
		ScriptResult result;
		try {
			result = host.run(run);
		} catch (IOException e) {
			result = new ScriptResult(ScriptResult.Outcome.FAILED,
					"parley run: the run could not use its workspace " + run.workspace() + ": " + e.getMessage());
		} finally {
			ended.countDown();
			restoreSignals.forEach(Runnable::run);
		}
		try {
			Runtime.getRuntime().removeShutdownHook(cancelOnExit);
		} catch (IllegalStateException shuttingDown) {
			err.println(result.succeeded() ? "parley run: the script finished as Parley was ending; what it wrote is in place"
					: result.message());
			return FAILED;
		}
		return exitStatus(result, signalled.get());
	}

	private int exitStatus(ScriptResult result, StopReason signal) {
		if (result.succeeded()) {
			if (signal != null) {
				err.println("parley run: the stop came as the script's files were being written; all of them were written");
			}
			return FINISHED;
		}
		err.println(result.message());
		if (result.outcome() == ScriptResult.Outcome.STOPPED && signal != null) {
			return signal == StopReason.INTERRUPT ? INTERRUPTED : TERMINATED;
		}
		return FAILED;
	}

	private static void stop(ScriptHost host, ScriptRun run, AtomicReference<StopReason> signalled, StopReason reason) {
		if (signalled.compareAndSet(null, reason)) {
			host.stop(run, reason);
		}
	}

	/** Handles a signal instead of the JVM's shutdown; returns what puts the JVM's handling back. */
	private static Runnable onSignal(String name, Runnable action) {
		try {
			Signal signal = new Signal(name);
			SignalHandler previous = Signal.handle(signal, received -> action.run());
			return () -> Signal.handle(signal, previous);
		} catch (IllegalArgumentException notOnThisSystem) {
			return () -> {
			};
		}
	}
}
