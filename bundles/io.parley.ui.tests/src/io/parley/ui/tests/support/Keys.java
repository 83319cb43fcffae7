package io.parley.ui.tests.support;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * The keyboard: key events sent to the focused control pass the display's filters first, so the
 * studio's key bindings (Ctrl+Z, Ctrl+Y, Ctrl+S) act on them as on keys a person presses.
 */
public final class Keys {

	private Keys() {
	}

	/** Types {@code text} into {@code control} at its caret, one key at a time. */
	public static void type(Control control, String text) {
		control.setFocus();
		for (char c : text.toCharArray()) {
			Event down = new Event();
			down.character = c;
			down.keyCode = Character.toLowerCase(c);
			control.notifyListeners(SWT.KeyDown, down);
			Event up = new Event();
			up.character = c;
			up.keyCode = down.keyCode;
			control.notifyListeners(SWT.KeyUp, up);
		}
		UiWait.idle();
	}

	/**
	 * Presses {@code key} (a character such as 'z', or a key code such as {@link SWT#END}) with the
	 * {@code modifiers} (SWT.MOD1, SWT.SHIFT, ...) held.
	 */
	public static void press(Control control, int key, int modifiers) {
		control.setFocus();
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.keyCode = key;
			event.stateMask = modifiers;
			event.character = character(key, modifiers);
			control.notifyListeners(type, event);
		}
		UiWait.idle();
	}

	/**
	 * Presses a key that can traverse ({@code detail}: SWT.TRAVERSE_RETURN for Return, an arrow's
	 * SWT.TRAVERSE_ARROW_NEXT...) in {@code control} as SWT delivers it: first as a Traverse event,
	 * which a listener may take (a proposal popup takes the arrows); a key not taken goes on as KeyDown
	 * and KeyUp. The control is not given the focus first: under Xvfb, with no window manager, a popup
	 * opening over the control takes the focus, and focusing the control again would close it.
	 */
	public static void pressTraversing(Control control, int key, int detail) {
		Event traverse = keyEvent(key);
		traverse.detail = detail;
		control.notifyListeners(SWT.Traverse, traverse);
		if (!traverse.doit) {
			control.notifyListeners(SWT.KeyDown, keyEvent(key));
			control.notifyListeners(SWT.KeyUp, keyEvent(key));
		} else if (traverse.detail != SWT.TRAVERSE_NONE) {
			throw new AssertionError("the key would move the focus out of " + control + " (traversal " + traverse.detail + ")");
		}
		UiWait.idle();
	}

	private static Event keyEvent(int key) {
		Event event = new Event();
		event.keyCode = key;
		event.character = character(key, 0);
		return event;
	}

	/**
	 * Presses F1 in {@code control}: as SWT does for the key, the Help event goes to the nearest
	 * control, from this one up, that listens for it (the workbench's help listener of a part).
	 */
	public static void help(Control control) {
		for (Control target = control; target != null; target = target.getParent()) {
			if (target.isListening(SWT.Help)) {
				target.notifyListeners(SWT.Help, new Event());
				UiWait.idle();
				return;
			}
		}
		throw new AssertionError("nothing answers F1 in " + control);
	}

	/** What the system reports as the character: Ctrl+letter is a control character, a named key none. */
	private static char character(int key, int modifiers) {
		if ((key & SWT.KEYCODE_BIT) != 0) {
			return 0;
		}
		if ((modifiers & SWT.CTRL) != 0 && key >= 'a' && key <= 'z') {
			return (char) (key - 'a' + 1);
		}
		return (char) key;
	}
}
