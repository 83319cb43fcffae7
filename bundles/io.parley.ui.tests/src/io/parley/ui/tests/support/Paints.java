package io.parley.ui.tests.support;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * What the window system is asked to draw while nobody touches the studio: a part at rest draws
 * nothing, and one that draws again and again burns a core and makes the window flicker.
 * <p>
 * Two things GTK draws on its own are let be. The focused control's caret blinks, as a person
 * expects, and GTK paints the controls under it with it, so paints inside the focused control are
 * left out. And a tree or table that has just scrolled shows GTK's overlay scroll bar, which fades
 * out over a few seconds, repainting a 6 px strip 20 to 25 times a second until it has gone (the
 * same in a bare SWT window; none with {@code GTK_OVERLAY_SCROLLING=0}), so a part is watched until
 * it rests, not from a fixed moment.
 */
public final class Paints {

	private Paints() {
	}

	/**
	 * Waits until checks and pending UI work are done, then counts the paints of {@code within} and of
	 * the controls inside it, by the control's kind ("Tree" → 3), in windows of {@code windowMillis}
	 * one after another until one has at most {@code aFew} or {@code limitMillis} have gone by.
	 * Returns the counts of the last window: those of a part that rests, or of one that never did.
	 */
	public static Map<String, Integer> untilAtRest(Control within, long windowMillis, int aFew, long limitMillis) {
		UiWait.checksDone(30_000);
		UiWait.idle();
		long giveUp = System.currentTimeMillis() + limitMillis;
		Map<String, Integer> counts = watch(within, windowMillis);
		while (total(counts) > aFew && System.currentTimeMillis() < giveUp) {
			counts = watch(within, windowMillis);
		}
		return counts;
	}

	public static int total(Map<String, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	private static Map<String, Integer> watch(Control within, long millis) {
		Display display = within.getDisplay();
		Map<String, Integer> counts = new TreeMap<>();
		Listener count = event -> {
			if (event.widget instanceof Control control && isInside(control, within) && !insideTheFocusedControl(control, event)) {
				counts.merge(control.getClass().getSimpleName(), 1, Integer::sum);
			}
		};
		display.addFilter(SWT.Paint, count);
		try {
			long windowEnds = System.currentTimeMillis() + millis;
			UiWait.until(() -> System.currentTimeMillis() >= windowEnds, millis + 1_000);
		} finally {
			display.removeFilter(SWT.Paint, count);
		}
		return counts;
	}

	private static boolean insideTheFocusedControl(Control control, Event paint) {
		Control focused = control.getDisplay().getFocusControl();
		if (focused == null || focused == control) {
			return focused != null;
		}
		Rectangle painted = control.getDisplay().map(control, null, new Rectangle(paint.x, paint.y, paint.width, paint.height));
		Rectangle focusedArea = control.getDisplay().map(focused.getParent(), null, focused.getBounds());
		return focusedArea.intersection(painted).equals(painted);
	}

	private static boolean isInside(Control control, Control within) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == within) {
				return true;
			}
		}
		return false;
	}
}
