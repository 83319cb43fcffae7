package io.parley.ui.templates.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Workbench;

/**
 * The keyboard as a person uses it: key presses posted to the display, which the window system
 * delivers to the focused control, so they pass the workbench's key bindings as typing does.
 */
final class Keyboard {

	private Keyboard() {
	}

	/** Puts the caret at the end of {@code field}, as a click there does, and types {@code keys} (lower case, digits, spaces). */
	static void typeAtEnd(Control field, String keys) {
		focus(field);
		press(SWT.MOD1, SWT.END);
		for (char key : keys.toCharArray()) {
			post(SWT.KeyDown, key, 0);
			post(SWT.KeyUp, key, 0);
		}
		UiWait.idle();
	}

	/** Presses {@code key} ({@code 'z'}, or a key code such as {@link SWT#END}) with {@code modifier} (or 0) held. */
	static void press(int modifier, int key) {
		if (modifier != 0) {
			post(SWT.KeyDown, 0, modifier);
		}
		post(SWT.KeyDown, key, 0);
		post(SWT.KeyUp, key, 0);
		if (modifier != 0) {
			post(SWT.KeyUp, 0, modifier);
		}
		UiWait.idle();
	}

	static void focus(Control field) {
		Workbench.shell().forceActive();
		field.setFocus();
		assertTrue(UiWait.until(field::isFocusControl, 5_000), "the field has the keyboard focus");
	}

	private static void post(int type, int key, int keyCode) {
		Event event = new Event();
		event.type = type;
		if (keyCode != 0) {
			event.keyCode = keyCode;
		} else if ((key & SWT.KEYCODE_BIT) != 0) {
			event.keyCode = key;
		} else {
			event.character = (char) key;
		}
		assertTrue(Display.getCurrent().post(event), "the key was posted");
		UiWait.idle();
	}
}
