package io.parley.ui.templates.tests;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.editor.IFormPage;

import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.UiWait;
import io.parley.ui.tests.support.Widgets;

/** The template editor used as a person uses it: its fields, its format choice and its variant list, through SWT events. */
final class TemplateHands {

	static final String MESSAGE = "message";
	static final String VARIANTS = "variants";

	private TemplateHands() {
	}

	static Composite page(TemplateEditor editor, String pageId) {
		return (Composite) ((IFormPage) editor.findPage(pageId)).getPartControl();
	}

	/** The field bound to {@code pointer} on a page. */
	static StyledText field(Composite page, String pointer) {
		List<StyledText> found = Widgets.all(page, StyledText.class, t -> pointer.equals(t.getData("pointer")));
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " fields for " + pointer);
		}
		return found.get(0);
	}

	/** Clicks at the end of the field and types {@code typed}, key by key. */
	static void typeAtEnd(Composite page, String pointer, String typed) {
		StyledText field = field(page, pointer);
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

	static void key(StyledText field, int keyCode, int stateMask) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.keyCode = keyCode;
			event.stateMask = stateMask;
			field.notifyListeners(type, event);
		}
		UiWait.idle();
	}

	/** The Message page's format choice. */
	static Combo format(TemplateEditor editor) {
		return Widgets.all(page(editor, MESSAGE), Combo.class, c -> true).get(0);
	}

	static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		if (index < 0) {
			throw new AssertionError("no " + item + " in " + Arrays.toString(combo.getItems()));
		}
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}

	/** The Variants page's list of variants. */
	static org.eclipse.swt.widgets.List variantList(TemplateEditor editor) {
		return Widgets.all(page(editor, VARIANTS), org.eclipse.swt.widgets.List.class, l -> true).get(0);
	}

	/** Clicks the {@code index}th variant of the list. */
	static void selectVariant(TemplateEditor editor, int index) {
		org.eclipse.swt.widgets.List list = variantList(editor);
		list.select(index);
		list.notifyListeners(SWT.Selection, new Event());
		UiWait.idle();
	}
}
