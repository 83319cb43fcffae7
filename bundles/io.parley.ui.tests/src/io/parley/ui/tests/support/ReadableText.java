package io.parley.ui.tests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

/**
 * The text a person reads on a page: headings, labels, links, buttons, choices, tables and what is
 * shown but not edited; and which of it is in words a person does not use.
 */
public final class ReadableText {

	/** Enum names (PREMIUM_CAREER), JSON pointers (/cta/text) and the rule set's references (seed 000). */
	private static final Pattern NOT_A_PERSONS_WORDS = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b|(?<![\\w.:/])/[a-z]+\\b|\\bseeds? \\d");

	private ReadableText() {
	}

	/** The texts under {@code page} that hold an enum name, a JSON pointer or a rule set's reference; empty when none does. */
	public static List<String> notInAPersonsWords(Composite page) {
		return of(page).stream().filter(text -> NOT_A_PERSONS_WORDS.matcher(text).find()).toList();
	}

	public static List<String> of(Composite page) {
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
				case Table table -> cells(table);
				default -> "";
			};
			if (!text.isBlank()) {
				texts.add(text);
			}
		}
		return texts;
	}

	private static String cells(Table table) {
		List<String> cells = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			cells.add(column.getText());
		}
		for (TableItem item : table.getItems()) {
			for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
				cells.add(item.getText(c));
			}
		}
		return String.join(" | ", cells);
	}
}
