package io.parley.ui.budgets;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Text;

import io.parley.ui.tests.support.FormInput;

/** Replaces what a field holds, as a person does: select all, then type. */
final class TypingOver {

	private TypingOver() {
	}

	static void styled(StyledText field, String typed) {
		field.setFocus();
		field.setSelection(0, field.getCharCount());
		field.insert("");
		FormInput.typeAtEnd(field, typed);
	}

	static void plain(Text field, String typed) {
		field.setFocus();
		field.selectAll();
		field.insert("");
		FormInput.typeAtEnd(field, typed);
	}
}
