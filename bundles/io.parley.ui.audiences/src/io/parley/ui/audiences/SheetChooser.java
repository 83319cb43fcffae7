package io.parley.ui.audiences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.files.ProspectFormat;

/**
 * Which sheet of an attached workbook holds the list: its first unless the audience names another
 * ({@code "prospectSheet"}). A CSV list has no sheets, and the choice is off.
 */
final class SheetChooser {

	static final String POINTER = "/prospectSheet";
	private static final String NO_SHEETS = "(a CSV list has no sheets)";

	private final ProspectsPage page;
	private final Combo combo;
	private List<String> sheets = List.of();

	SheetChooser(ProspectsPage page, FormToolkit toolkit, Composite parent) {
		this.page = page;
		toolkit.createLabel(parent, "Sheet:");
		combo = new Combo(parent, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		toolkit.adapt(combo);
		page.editor().fields().register(POINTER, combo, ProspectsPage.ID);
		combo.addListener(SWT.Selection, e -> chosen());
	}

	Combo control() {
		return combo;
	}

	/** Offers the sheets of {@code list} (null: none attached), the audience's own chosen. */
	void show(Path list) {
		sheets = sheetsOf(list);
		String[] items = sheets.isEmpty() ? new String[] { NO_SHEETS } : sheets.toArray(String[]::new);
		if (!Arrays.equals(combo.getItems(), items)) {
			combo.setItems(items);
		}
		combo.setEnabled(!sheets.isEmpty());
		combo.select(Math.max(0, sheets.indexOf(page.editing().document().text(POINTER))));
	}

	private void chosen() {
		if (sheets.isEmpty()) {
			return;
		}
		String sheet = combo.getText();
		String saved = page.editing().document().text(POINTER);
		boolean first = sheet.equals(sheets.get(0));
		if (first ? !saved.isEmpty() : !sheet.equals(saved)) {
			page.editing().set("Read the list from sheet " + sheet, POINTER, first ? null : TextNode.valueOf(sheet));
		}
	}

	private static List<String> sheetsOf(Path list) {
		if (list == null || !ProspectFormat.isWorkbook(list)) {
			return List.of();
		}
		try {
			return ProspectFormat.sheets(list);
		} catch (IOException e) {
			return List.of();
		}
	}
}
