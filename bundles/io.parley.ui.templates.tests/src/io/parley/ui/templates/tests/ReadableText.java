package io.parley.ui.templates.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.parley.ui.tests.support.Widgets;

/** The text a person reads on a page: headings, labels, links, buttons, choices and what is shown but not edited. */
final class ReadableText {

	private ReadableText() {
	}

	static List<String> of(Composite page) {
		List<String> texts = new ArrayList<>();
		for (Control control : Widgets.all(page, Control.class, Control::isVisible)) {
			String text = switch (control) {
				case ScrolledForm form -> form.getText() + " " + (form.getMessage() == null ? "" : form.getMessage());
				case Section section -> section.getText() + " " + (section.getDescription() == null ? "" : section.getDescription());
				case Label label -> label.getText();
				case CLabel label -> label.getText();
				case Hyperlink link -> link.getText();
				case Button button -> button.getText();
				case Combo combo -> String.join(" ", combo.getItems());
				case StyledText shown when !shown.getEditable() -> shown.getText();
				default -> "";
			};
			if (!text.isBlank()) {
				texts.add(text);
			}
		}
		return texts;
	}
}
