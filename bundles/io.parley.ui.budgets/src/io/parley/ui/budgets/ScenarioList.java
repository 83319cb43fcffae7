package io.parley.ui.budgets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.ui.editors.DocumentEditing;
import io.parley.ui.editors.ParleySection;

/** The budget's scenarios as an editable table: name and total in place, Add and Remove beside. */
final class ScenarioList extends ParleySection {

	private static final long TEST_SENDS = 5000;
	/** A total as people write money, 15,000 or 7,500.5; typed back with its commas, it reads the same. */
	private static final DecimalFormat AMOUNT = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));

	private final DocumentEditing editing;
	private final TableViewer viewer;

	ScenarioList(ScenariosPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Scenarios",
				"Totals to compare with this budget; same dates and cost per send.", 2, Refresh.AFTER_EVERY_CHANGE);
		this.editing = page.editing();
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite parent = client();
		viewer = new TableViewer(toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE));
		viewer.getTable().setHeaderVisible(true);
		GridData data = new GridData(SWT.LEFT, SWT.FILL, false, true);
		data.heightHint = 160;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Scenario", 200, "name");
		column("Total", 100, "total");
		Composite buttons = toolkit.createComposite(parent);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		add.addListener(SWT.Selection, e -> add());
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		remove.addListener(SWT.Selection, e -> removeSelected());
		page.editor().fields().register("/scenarios", viewer.getTable(), ScenariosPage.ID);
		refresh();
	}

	TableViewer viewer() {
		return viewer;
	}

	private void column(String title, int width, String field) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return labelOf(element, field);
			}
		});
		column.setEditingSupport(new EditingSupport(viewer) {
			@Override
			protected CellEditor getCellEditor(Object element) {
				return new TextCellEditor(viewer.getTable());
			}

			@Override
			protected boolean canEdit(Object element) {
				return true;
			}

			@Override
			protected Object getValue(Object element) {
				return labelOf(element, field);
			}

			@Override
			protected void setValue(Object element, Object value) {
				edit((Integer) element, field, value.toString());
			}
		});
	}

	private String labelOf(Object element, String field) {
		JsonNode value = scenarios().path((Integer) element).path(field);
		return value.isNumber() ? AMOUNT.format(value.decimalValue()) : value.asText("");
	}

	/** Sets a scenario's name, or its total when the text is a number; other text is not a total and is ignored. */
	void edit(int index, String field, String text) {
		String pointer = "/scenarios/" + index + "/" + field;
		if (field.equals("name")) {
			editing.set("Rename scenario", pointer, TextNode.valueOf(text.strip()));
			return;
		}
		try {
			BigDecimal total = new BigDecimal(text.replace(",", "").strip());
			editing.set("Change scenario total", pointer, JsonNodeFactory.instance.numberNode(total.stripTrailingZeros().scale() <= 0
					? total.longValue() : total.doubleValue()));
		} catch (NumberFormatException e) {
			viewer.refresh();
		}
	}

	/** Adds a scenario: first a 5,000-send test at the high cost per send, then twice the budget. */
	void add() {
		ArrayNode scenarios = scenarios().isArray() ? ((ArrayNode) scenarios()).deepCopy() : JsonNodeFactory.instance.arrayNode();
		ObjectNode scenario = scenarios.addObject();
		if (scenarios.size() == 1) {
			scenario.put("name", String.format(Locale.ROOT, "Test: %,d sends", TEST_SENDS));
			scenario.put("total", Math.round(TEST_SENDS * editing.document().get("/costPerSend/high").asDouble(1)));
		} else {
			scenario.put("name", "Scenario " + (scenarios.size() + 1));
			scenario.put("total", Math.round(2 * editing.document().get("/total").asDouble(0)));
		}
		editing.set("Add scenario", "/scenarios", scenarios);
	}

	void removeSelected() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof Integer index) {
			ArrayNode scenarios = ((ArrayNode) scenarios()).deepCopy();
			scenarios.remove(index);
			editing.set("Remove scenario", "/scenarios", scenarios.isEmpty() ? null : scenarios);
		}
	}

	private JsonNode scenarios() {
		return editing.document().get("/scenarios");
	}

	@Override
	public void refresh() {
		viewer.setInput(IntStream.range(0, scenarios().size()).boxed().toArray());
		super.refresh();
	}
}
