package io.parley.ui.tests.support;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** Screenshots of what a person sees after scrolling a form page down to its end, at each window size people use. */
public final class FormScreenshots {

	private FormScreenshots() {
	}

	/** Saves {@code name-WIDTHxHEIGHT-end} for each of {@link WindowSizes#PEOPLE_USE}, {@code form} scrolled to its end. */
	public static void scrolledToEnd(ScrolledForm form, String name) throws Exception {
		Shell shell = Workbench.shell();
		Rectangle original = shell.getBounds();
		try {
			for (Point size : WindowSizes.PEOPLE_USE) {
				shell.setBounds(0, 0, size.x, size.y);
				shell.layout(true, true);
				UiWait.idle();
				form.setOrigin(0, form.getContent().getSize().y);
				UiWait.idle();
				Screenshots.save(shell, name + "-" + size.x + "x" + size.y + "-end");
			}
		} finally {
			form.setOrigin(0, 0);
			shell.setBounds(original);
			UiWait.idle();
		}
	}
}
