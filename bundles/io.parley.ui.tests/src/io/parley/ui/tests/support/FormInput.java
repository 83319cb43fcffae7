package io.parley.ui.tests.support;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Text;

/** Types into form fields and makes choices as a person does, through the widgets' SWT events. */
public final class FormInput {

	private FormInput() {
	}

	/** Types {@code typed} at the end of a styled text field, key by key. */
	public static void typeAtEnd(StyledText field, String typed) {
		field.setFocus();
		key(field, SWT.END, SWT.MOD1);
		for (char c : typed.toCharArray()) {
			Event event = new Event();
			event.character = c;
			event.keyCode = Character.toLowerCase(c);
			field.notifyListeners(SWT.KeyDown, event);
		}
		UiWait.idle();
	}

	/**
	 * Types {@code typed} at the end of a native text field: the text goes in as the keyboard puts it
	 * there, firing the field's Modify event once per character.
	 */
	public static void typeAtEnd(Text field, String typed) {
		field.setFocus();
		field.setSelection(field.getCharCount());
		for (char c : typed.toCharArray()) {
			field.insert(String.valueOf(c));
		}
		UiWait.idle();
	}

	/** Presses Return in {@code field}, as a person does to confirm what they typed. */
	public static void pressReturn(Control field) {
		field.notifyListeners(SWT.DefaultSelection, new Event());
		UiWait.idle();
	}

	public static void key(Control control, int keyCode, int stateMask) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.keyCode = keyCode;
			event.stateMask = stateMask;
			control.notifyListeners(type, event);
		}
		UiWait.idle();
	}

	/** Chooses {@code item} in a drop-down, as a click on it does. */
	public static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		if (index < 0) {
			throw new AssertionError("no " + item + " in " + Arrays.toString(combo.getItems()));
		}
		if (!combo.isEnabled()) {
			throw new AssertionError(combo.getText() + " is disabled");
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	/** Selects the items of a list at {@code indices}, as clicks with Ctrl held do. */
	public static void select(List list, int... indices) {
		list.setSelection(indices);
		list.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}
}
