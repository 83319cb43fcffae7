package io.parley.ui.budgets;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Paints what a control draws itself into an image first, and then the image into the window.
 * SWTChart clips its axis lines and tick marks with {@code GC.setClipping}, which on GTK replaces
 * the clip the window gave the paint: a chart scrolled partly out of its form drew its axis over
 * the page tabs and the status line, where it stayed. Drawn into an image, nothing reaches past
 * the part of the window the control has.
 */
public final class OffscreenPainting implements Listener {

	private final Control control;
	private final Listener[] painters;

	private OffscreenPainting(Control control, Listener[] painters) {
		this.control = control;
		this.painters = painters;
	}

	/** Moves the paint listeners {@code control} has now behind an image. */
	public static void install(Control control) {
		Listener[] painters = control.getListeners(SWT.Paint);
		for (Listener painter : painters) {
			control.removeListener(SWT.Paint, painter);
		}
		control.addListener(SWT.Paint, new OffscreenPainting(control, painters));
	}

	@Override
	public void handleEvent(Event event) {
		Point size = control.getSize();
		if (size.x <= 0 || size.y <= 0) {
			return;
		}
		Image image = new Image(control.getDisplay(), size.x, size.y);
		try {
			GC gc = new GC(image);
			try {
				gc.setBackground(control.getBackground());
				gc.fillRectangle(0, 0, size.x, size.y);
				gc.setForeground(control.getForeground());
				gc.setFont(control.getFont());
				Event offscreen = new Event();
				offscreen.type = SWT.Paint;
				offscreen.widget = control;
				offscreen.display = event.display;
				offscreen.gc = gc;
				offscreen.x = event.x;
				offscreen.y = event.y;
				offscreen.width = event.width;
				offscreen.height = event.height;
				for (Listener painter : painters) {
					painter.handleEvent(offscreen);
				}
			} finally {
				gc.dispose();
			}
			event.gc.drawImage(image, 0, 0);
		} finally {
			image.dispose();
		}
	}
}
