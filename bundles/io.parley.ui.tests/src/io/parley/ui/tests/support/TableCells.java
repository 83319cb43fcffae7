package io.parley.ui.tests.support;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

/** Edits the cells of a table whose viewer opens a text editor on a click, as a person does. */
public final class TableCells {

	private TableCells() {
	}

	/** Clicks the cell at {@code row}, {@code column}, types {@code typed} over its text and presses Return. */
	public static void edit(Table table, int row, int column, String typed) {
		Rectangle cell = table.getItem(row).getBounds(column);
		Event click = new Event();
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		click.button = 1;
		table.setSelection(row);
		table.notifyListeners(SWT.MouseDown, click);
		table.notifyListeners(SWT.MouseUp, click);
		UiWait.idle();
		List<Text> editors = Widgets.all(table, Text.class, Control::isVisible);
		if (editors.size() != 1) {
			throw new AssertionError("a click on row " + row + ", column " + column + " opened " + editors.size() + " cell editors");
		}
		Text editor = editors.get(0);
		editor.selectAll();
		editor.insert("");
		FormInput.typeAtEnd(editor, typed);
		FormInput.pressReturn(editor);
	}
}
