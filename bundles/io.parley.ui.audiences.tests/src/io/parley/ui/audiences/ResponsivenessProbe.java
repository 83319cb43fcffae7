package io.parley.ui.audiences;

import org.eclipse.swt.widgets.Display;

/**
 * Measures how long the UI thread goes without handling a timer: a timer re-armed every 20 ms
 * notes the longest gap between two of its runs, which is how long a user would see the UI frozen.
 */
final class ResponsivenessProbe {

	private static final int PERIOD_MILLIS = 20;

	private final Display display;
	private long last = System.nanoTime();
	private long longest;
	private boolean running = true;

	private ResponsivenessProbe(Display display) {
		this.display = display;
	}

	static ResponsivenessProbe start(Display display) {
		ResponsivenessProbe probe = new ResponsivenessProbe(display);
		display.timerExec(PERIOD_MILLIS, probe::tick);
		return probe;
	}

	/** Stops the probe; returns the longest gap between two timer runs, in milliseconds, beyond the period. */
	long stop() {
		running = false;
		tick();
		return longest / 1_000_000;
	}

	private void tick() {
		long now = System.nanoTime();
		longest = Math.max(longest, now - last - PERIOD_MILLIS * 1_000_000L);
		last = now;
		if (running) {
			display.timerExec(PERIOD_MILLIS, this::tick);
		}
	}
}
