package io.parley.ui.audiences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.parley.model.files.ProspectColumns;
import io.parley.model.rules.Macro;
import io.parley.ui.editors.ParleySection;

/**
 * Which column of the attached list fills each macro field: a list exported from a CRM may say
 * "Vorname" where Parley reads {@code firstName}. The choices are the list's own columns; a column
 * under a name other tools use ("First Name", "Position") is shown chosen without a mapping. The
 * audience keeps the mapping ({@code "prospectColumns"}), and its campaigns read the list through it.
 */
final class MacroColumnsSection extends ParleySection {

	static final String NO_COLUMN = "(no such column)";
	private static final String POINTER = "/prospectColumns";

	private final ProspectsPage page;
	private final Map<String, Combo> choosers = new LinkedHashMap<>();
	private final Map<String, String> tokens = new LinkedHashMap<>();
	private List<String> header = List.of();

	MacroColumnsSection(ProspectsPage page, Composite parent, FormToolkit toolkit) {
		super(page, parent, toolkit, "Macro fields",
				"The column of the list that fills each personalization field.", 4, Refresh.ON_REQUEST);
		this.page = page;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		for (Macro macro : ProspectTable.macrosInColumnOrder(page.editor().diagnostics().context().ruleSet())) {
			toolkit.createLabel(client(), macro.token() + ":");
			Combo chooser = new Combo(client(), SWT.READ_ONLY);
			toolkit.adapt(chooser);
			chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			chooser.addListener(SWT.Selection, e -> chosen(macro.column(), chooser.getText()));
			page.editor().fields().register(POINTER + "/" + macro.column(), chooser, ProspectsPage.ID);
			choosers.put(macro.column(), chooser);
			tokens.put(macro.column(), macro.token());
		}
		show(List.of());
	}

	/** The columns of the list now shown; empty while none is. */
	void show(List<String> columns) {
		header = columns;
		ProspectColumns mapping = mapping();
		choosers.forEach((column, chooser) -> {
			List<String> items = new ArrayList<>(columns);
			items.add(NO_COLUMN);
			chooser.setItems(items.toArray(String[]::new));
			int at = columns.indexOf(mapping.headerFor(column));
			chooser.select(at < 0 ? items.size() - 1 : at);
			chooser.setEnabled(!columns.isEmpty());
		});
	}

	/** The column shown as filling the macro field {@code column}. */
	String shown(String column) {
		return choosers.get(column).getText();
	}

	/** Shows the audience's mapping again, after an edit or an undo. */
	void mappingChanged() {
		show(header);
	}

	/** Whether a change at {@code pointer} lies in the mapping (a revert, at the empty pointer, attaches the list again). */
	static boolean changesMapping(String pointer) {
		return pointer.startsWith(POINTER);
	}

	@Override
	protected void documentChanged(String pointer) {
		if (changesMapping(pointer)) {
			mappingChanged();
		}
	}

	/**
	 * The column named {@code header} fills the macro field {@code column} (null: no column does);
	 * one undoable edit of the whole mapping, which goes when it maps nothing.
	 */
	void map(String column, String header) {
		JsonNode saved = page.editing().document().get(POINTER);
		ObjectNode mapping = saved instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
		if (header == null || header.equals(column)) {
			mapping.remove(column);
		} else {
			mapping.put(column, header);
		}
		String field = tokens.getOrDefault(column, column);
		page.editing().set(header == null ? "Fill " + field + " from no column" : "Fill " + field + " from " + header, POINTER,
				mapping.isEmpty() ? null : mapping);
	}

	private void chosen(String column, String header) {
		String chosen = header.equals(NO_COLUMN) ? null : header;
		if (!Objects.equals(chosen, mapped(column))) {
			map(column, chosen);
		}
		mappingChanged();
	}

	/** The header the audience maps {@code column} to; null when it maps none. */
	private String mapped(String column) {
		JsonNode header = page.editing().document().get(POINTER + "/" + column);
		return header.isTextual() ? header.asText() : null;
	}

	private ProspectColumns mapping() {
		return ProspectColumns.of(page.editing().document().root()).resolvedFor(header);
	}
}
