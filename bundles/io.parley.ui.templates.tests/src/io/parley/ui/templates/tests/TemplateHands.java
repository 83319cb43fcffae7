package io.parley.ui.templates.tests;

import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.editor.IFormPage;

import io.parley.ui.templates.TemplateEditor;
import io.parley.ui.tests.support.FormInput;
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
		FormInput.typeAtEnd(field(page, pointer), typed);
	}

	/** The Message page's format choice. */
	static Combo format(TemplateEditor editor) {
		return Widgets.all(page(editor, MESSAGE), Combo.class, c -> true).get(0);
	}

	/** The Variants page's list of variants. */
	static org.eclipse.swt.widgets.List variantList(TemplateEditor editor) {
		return Widgets.all(page(editor, VARIANTS), org.eclipse.swt.widgets.List.class, l -> true).get(0);
	}

	/** Clicks the {@code index}th variant of the list. */
	static void selectVariant(TemplateEditor editor, int index) {
		FormInput.select(variantList(editor), index);
	}
}
