package io.parley.scripting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.parley.core.headless.HeadlessArguments;
import io.parley.core.rules.RuleContributions;

/**
 * {@code parley run SCRIPT.js [--workspace DIR] [--timeout SECONDS] [ARGS...]}: exit 0 when the
 * script finishes, 1 when it throws or is stopped (time limit, Ctrl-C), 2 on a usage error.
 */
public final class RunApplication implements IApplication {

	static final String USAGE = """
			Usage: parley run SCRIPT.js [--workspace DIR] [--timeout SECONDS] [--] [ARGS...]

			Runs an automation script. The script sees the parley API (see scripts/parley.d.ts) and may
			read and write files only inside the workspace (default: the script's folder); what it writes
			appears only if it finishes. console.log goes to stdout; warnings, errors and progress to stderr.
			Exit status: 0 finished, 1 the script threw or was stopped, 2 usage error.""";

	@Override
	public Object start(IApplicationContext context) throws IOException {
		RuleContributions.load();
		return run(HeadlessArguments.of(context));
	}

	/** Options come before the script's first argument; "--" ends them explicitly. */
	static int run(String[] args) throws IOException {
		List<String> scriptArgs = new ArrayList<>();
		Path script = null;
		Path workspace = null;
		Duration timeout = Duration.ofMinutes(10);
		try {
			boolean options = true;
			for (int i = 0; i < args.length; i++) {
				String arg = args[i];
				if (options && (arg.equals("--help") || arg.equals("-h"))) {
					System.out.println(USAGE);
					return 0;
				} else if (options && arg.equals("--workspace")) {
					workspace = Path.of(value(args, ++i));
				} else if (options && arg.equals("--timeout")) {
					timeout = Duration.ofMillis((long) (Double.parseDouble(value(args, ++i)) * 1000));
				} else if (options && arg.equals("--")) {
					options = false;
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
		} catch (IllegalArgumentException e) {
			System.err.println("parley run: " + e.getMessage());
			System.err.println(USAGE);
			return 2;
		}
		Path folder = workspace != null ? workspace : script.toAbsolutePath().getParent();
		return execute(new ScriptRun(script, folder, scriptArgs, timeout, System.out, System.err));
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException(args[index - 1] + " needs a value");
		}
		return args[index];
	}

	/** Ctrl-C cancels the script and lets the run discard its staged files before the JVM exits. */
	private static int execute(ScriptRun run) throws IOException {
		ScriptHost host = new ScriptHost();
		CountDownLatch ended = new CountDownLatch(1);
		Thread cancelOnInterrupt = new Thread(() -> {
			host.cancel();
			try {
				ended.await(5, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "Parley script cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
		ScriptResult result;
		try {
			result = host.run(run);
		} finally {
			ended.countDown();
		}
		try {
			Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
		} catch (IllegalStateException e) {
			return 1;
		}
		if (!result.succeeded()) {
			System.err.println(result.message());
		}
		return result.succeeded() ? 0 : 1;
	}

	@Override
	public void stop() {
		// a run ends by finishing, failing or being cancelled; the launcher's exit follows
	}
}
