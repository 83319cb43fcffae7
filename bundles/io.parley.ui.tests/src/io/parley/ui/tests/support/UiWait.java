package io.parley.ui.tests.support;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.parley.core.workspace.ProblemMarkers;

/** Runs the UI event loop until a condition holds, so tests see what background jobs and async updates did. */
public final class UiWait {

	private static final long IDLE_LIMIT_MILLIS = 10_000;

	private UiWait() {
	}

	public static boolean until(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < deadline) {
			while (display.readAndDispatch()) {
				// keep dispatching until the queue is empty
			}
			if (condition.getAsBoolean()) {
				return true;
			}
			sleep(20);
		}
		return condition.getAsBoolean();
	}

	/**
	 * Dispatches until the UI thread has nothing left to do, so async updates and layout have
	 * happened; a UI that never rests (something repaints without end) is left after ten seconds,
	 * so the test goes on to fail on what it checks instead of hanging the run.
	 */
	public static void idle() {
		Display display = Display.getCurrent();
		long giveUp = System.currentTimeMillis() + IDLE_LIMIT_MILLIS;
		for (int quiet = 0; quiet < 3 && System.currentTimeMillis() < giveUp; quiet++) {
			while (display.readAndDispatch() && System.currentTimeMillis() < giveUp) {
				quiet = 0;
			}
			sleep(10);
		}
	}

	/**
	 * Waits until no build and no check is running or waiting, so the markers a test reads are not
	 * replaced by a check that a loaded machine started late.
	 */
	public static boolean checksDone(long timeoutMillis) {
		return until(() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
				&& Job.getJobManager().find(ProblemMarkers.JOB_FAMILY).length == 0, timeoutMillis);
	}

	/**
	 * Waits until what an action set going has finished: no build or check running or waiting, and
	 * nothing left for the UI thread, so the markers and the log a test then reads are final.
	 */
	public static boolean quiet(long timeoutMillis) {
		boolean done = checksDone(timeoutMillis);
		idle();
		return done;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
