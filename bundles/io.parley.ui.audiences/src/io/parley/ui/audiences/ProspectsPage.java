package io.parley.ui.audiences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.files.DocumentKind;
import io.parley.ui.editors.ParleyFormPage;

/**
 * The prospect list attached to the audience ({@code "prospects"}): pick one of the lists beside
 * it, say which of its columns fill the macro fields, and browse it in a table that reads rows from
 * disk as they scroll into view.
 */
final class ProspectsPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.audiences.prospects";
	private static final String NONE = "(no prospect list)";

	private Combo attached;
	private SheetChooser sheet;
	private MacroColumnsSection macroColumns;
	private ProspectTable table;

	ProspectsPage(AudienceEditor editor) {
		super(editor, ID, "Prospect list");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, false));
		Label caption = toolkit.createLabel(body, "Prospect list:");
		caption.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		attached = new Combo(body, SWT.READ_ONLY);
		attached.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		attached.addListener(SWT.Selection, e -> attach());
		editor().fields().register("/prospects", attached, ID);
		sheet = new SheetChooser(this, toolkit, body);
		macroColumns = new MacroColumnsSection(this, body, toolkit);
		table = new ProspectTable(this, toolkit, body);
		table.onHeader(macroColumns::show);
		showAttached();
	}

	/** Shows the list attached now, or the table with the columns mapped now (its section shows the mapping). */
	@Override
	protected void documentChanged(String pointer) {
		if (attachedChanged(pointer)) {
			showAttached();
		} else if (MacroColumnsSection.changesMapping(pointer)) {
			table.mappingChanged();
		}
	}

	/** Whether a change at {@code pointer} changes which list, or which sheet of it, the audience has. */
	private static boolean attachedChanged(String pointer) {
		return pointer.isEmpty() || pointer.equals("/prospects") || pointer.equals(SheetChooser.POINTER);
	}

	ProspectTable table() {
		return table;
	}

	MacroColumnsSection macroColumns() {
		return macroColumns;
	}

	/** Attaches the list called {@code fileName} beside the audience; null detaches. */
	void attach(String fileName) {
		editing().set(fileName == null ? "Detach prospect list" : "Attach " + fileName, "/prospects",
				fileName == null ? null : TextNode.valueOf(fileName));
	}

	private void attach() {
		String chosen = attached.getText();
		attach(chosen.equals(NONE) ? null : chosen);
	}

	private void showAttached() {
		String current = editing().document().text("/prospects");
		List<String> lists = new ArrayList<>(listsBeside());
		if (!current.isEmpty() && !lists.contains(current)) {
			lists.add(current);
		}
		lists.add(0, NONE);
		attached.setItems(lists.toArray(String[]::new));
		attached.select(Math.max(0, lists.indexOf(current)));
		Path file = current.isEmpty() ? null : editor().folder().resolve(current);
		sheet.show(file);
		table.load(file);
	}

	private List<String> listsBeside() {
		try (Stream<Path> files = Files.list(editor().folder())) {
			return files.map(f -> f.getFileName().toString()).filter(DocumentKind.PROSPECTS::names).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}
