package io.parley.ui.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** Finds controls the way a person does, by what they show, and uses them with SWT events. */
public final class Widgets {

	private Widgets() {
	}

	/** Every control of {@code type} under {@code parent} (itself included) that {@code test} accepts, in tree order. */
	public static <T extends Control> List<T> all(Composite parent, Class<T> type, Predicate<T> test) {
		List<T> found = new ArrayList<>();
		collect(parent, type, test, found);
		return found;
	}

	/** The one visible button labelled {@code text} (mnemonics ignored) under {@code parent}. */
	public static Button button(Composite parent, String text) {
		List<Button> buttons = all(parent, Button.class, b -> b.isVisible() && b.getText().replace("&", "").equals(text));
		if (buttons.size() != 1) {
			throw new AssertionError(buttons.size() + " visible buttons labelled " + text);
		}
		return buttons.get(0);
	}

	/** Clicks {@code button} as the mouse does: selection toggled for check and radio buttons, then the event. */
	public static void click(Button button) {
		if (!button.isEnabled()) {
			throw new AssertionError(button.getText() + " is disabled");
		}
		if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> test, List<T> found) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, test, found);
			}
		}
	}
}
