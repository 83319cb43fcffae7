package io.parley.ui.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * What the studio writes to its log (.metadata/.log) while a test acts, as errors a person would
 * find there: a status of severity error, or any status that carries an exception.
 */
public final class LoggedErrors implements ILogListener, AutoCloseable {

	private final List<String> errors = new CopyOnWriteArrayList<>();

	private LoggedErrors() {
	}

	/** Starts collecting; {@link #close()} stops. */
	public static LoggedErrors watch() {
		LoggedErrors watch = new LoggedErrors();
		Platform.addLogListener(watch);
		return watch;
	}

	@Override
	public void logging(IStatus status, String plugin) {
		if (status.getSeverity() == IStatus.ERROR || status.getException() != null) {
			errors.add(describe(status));
		}
	}

	/** Fails with every error logged since {@link #watch()}, after the UI has done what was pending. */
	public void assertNone(String during) {
		UiWait.idle();
		assertEquals(List.of(), List.copyOf(errors), "errors logged " + during);
	}

	@Override
	public void close() {
		Platform.removeLogListener(this);
	}

	private static String describe(IStatus status) {
		Throwable exception = status.getException();
		if (exception == null) {
			return status.getMessage();
		}
		StackTraceElement[] trace = exception.getStackTrace();
		return status.getMessage() + ": " + exception + (trace.length == 0 ? "" : " at " + trace[0]);
	}
}
