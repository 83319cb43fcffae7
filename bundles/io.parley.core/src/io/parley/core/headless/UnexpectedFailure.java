package io.parley.core.headless;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/**
 * What a command-line tool does when something it did not expect fails (a JVM option the script
 * engine refuses, a broken installation): it says so on stderr and exits 1. Left to Equinox, the
 * failure reached only the tools' log and the shell saw the command succeed, without a word.
 */
public final class UnexpectedFailure {

	/** The exit status of a command that failed; each tool's own failures use the same. */
	public static final int EXIT_STATUS = 1;

	private UnexpectedFailure() {
	}

	/**
	 * Runs {@code tool}, the whole of command {@code command} ("run", "validate", ...), and returns its
	 * exit status, or {@link #EXIT_STATUS} after reporting on {@code err} what it threw.
	 */
	public static int reported(String command, PrintStream err, Callable<Integer> tool) {
		try {
			return tool.call();
		} catch (Exception | LinkageError e) {
			err.println("parley " + command + ": " + inWords(e) + logged(command, e));
			return EXIT_STATUS;
		}
	}

	private static String inWords(Throwable e) {
		String message = e.getMessage();
		return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
	}

	/** Where the whole stack went, for a report to the plugin's or Parley's authors. */
	private static String logged(String command, Throwable e) {
		String logFile = System.getProperty("osgi.logfile");
		try {
			ILog.of(UnexpectedFailure.class).log(Status.error("parley " + command + " failed", e));
		} catch (RuntimeException | LinkageError noPlatformLog) {
			return "";
		}
		return logFile == null ? "" : " (details in " + logFile + ")";
	}
}
