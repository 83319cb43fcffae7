package io.parley.scripting;

import java.io.PrintStream;
import java.time.Duration;

/** A progress line on stderr for long batches: count, rate and time left, redrawn at most 5 times a second. */
final class ScriptProgress implements ScriptRun.Progress {

	private static final long REDRAW_NANOS = 200_000_000L;

	private final PrintStream err;
	private final long started = System.nanoTime();
	private long lastDrawn;
	private boolean drawn;

	ScriptProgress(PrintStream err) {
		this.err = err;
	}

	@Override
	public void update(long done, long total) {
		long now = System.nanoTime();
		if (now - lastDrawn < REDRAW_NANOS && done < total) {
			return;
		}
		lastDrawn = now;
		double seconds = Math.max(1e-3, (now - started) / 1e9);
		double rate = done / seconds;
		String eta = total > 0 && rate > 0 ? ", " + format(Duration.ofSeconds((long) ((total - done) / rate))) + " left" : "";
		err.print("\r" + done + (total > 0 ? "/" + total : "") + String.format(java.util.Locale.ROOT, " (%.0f/s%s)   ", rate, eta));
		err.flush();
		drawn = true;
	}

	@Override
	public void finish() {
		if (drawn) {
			err.println();
		}
	}

	private static String format(Duration left) {
		return String.format(java.util.Locale.ROOT, "%d:%02d", left.toMinutes(), left.toSecondsPart());
	}
}
