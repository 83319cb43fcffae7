package io.parley.ui.tests.support;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal dialog the next action opens: the answer runs inside the dialog's own event loop
 * once a visible window that {@code which} accepts is up, as a person answers it when it appears.
 * A dialog that never opens is no longer waited for after half a minute; the test's own checks fail.
 */
public final class Dialogs {

	private static final int POLL_MILLIS = 100;
	private static final long GIVE_UP_MILLIS = 30_000;

	private Dialogs() {
	}

	public static void whenOpen(Predicate<Shell> which, Consumer<Shell> answer) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + GIVE_UP_MILLIS;
		display.timerExec(POLL_MILLIS, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && which.test(s)).findFirst().orElse(null);
				if (dialog != null) {
					answer.accept(dialog);
				} else if (System.currentTimeMillis() < deadline) {
					display.timerExec(POLL_MILLIS, this);
				}
			}
		});
	}

	/** Closes every window still open over {@code main}, as a test that opened dialogs leaves the studio. */
	public static void closeAllOver(Shell main) {
		for (Shell left : main.getDisplay().getShells()) {
			if (left != main && left.isVisible()) {
				left.close();
			}
		}
	}

	/** A dialog by its window title. */
	public static Predicate<Shell> titled(String title) {
		return shell -> title.equals(shell.getText());
	}
}
