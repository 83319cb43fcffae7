package io.parley.ui.budgets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.Range;
import io.parley.ui.editors.ParleySection;

/**
 * Every scenario's forecast in a column of its own, four scenarios a table and the tables one under
 * the other, so eight scenarios read down the page instead of off its right edge; and the sends and
 * leads of each in a chart.
 */
final class ScenarioComparison extends ParleySection {

	/** As many as fit beside the figures' names in a 1024x768 window with the explorer open. */
	static final int SCENARIOS_A_TABLE = 4;
	/** A table asks for no more width than this, so it takes the page's width rather than setting it. */
	private static final int NARROWEST = 200;

	private final BudgetEditor editor;
	private final IManagedForm form;
	private final FormToolkit toolkit;
	private final Composite tables;
	private final RangeChart chart;

	ScenarioComparison(ScenariosPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Side by side", "Each scenario's forecast.", 2, Refresh.AFTER_EVERY_CHECK);
		this.editor = (BudgetEditor) page.editor();
		this.form = page.getManagedForm();
		this.toolkit = toolkit;
		getSection().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite parent = client();
		tables = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		tables.setLayout(layout);
		GridData tablesData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		tablesData.widthHint = NARROWEST;
		tables.setLayoutData(tablesData);
		chart = new RangeChart(parent, "Scenarios: sends and leads (high end)", "sends and leads (log scale)", true);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		refresh();
	}

	/** The first table: the budget's own total and the first scenarios. */
	Table table() {
		return tables().get(0);
	}

	/** Every table, in the scenarios' order. */
	List<Table> tables() {
		return Arrays.stream(tables.getChildren()).map(Table.class::cast).toList();
	}

	RangeChart chart() {
		return chart;
	}

	@Override
	public void refresh() {
		BudgetInputs inputs = editor.inputs();
		List<BudgetPlan.Scenario> scenarios = inputs.plan().scenarios();
		List<Optional<BudgetForecast>> forecasts = scenarios.stream().map(s -> inputs.forecast(s.total())).toList();
		int needed = Math.max(1, (scenarios.size() + SCENARIOS_A_TABLE - 1) / SCENARIOS_A_TABLE);
		boolean regrouped = tables.getChildren().length != needed;
		tables.setRedraw(false);
		Control[] old = tables.getChildren();
		for (int t = needed; t < old.length; t++) {
			old[t].dispose();
		}
		for (int t = old.length; t < needed; t++) {
			newTable();
		}
		List<Table> grouped = tables();
		for (int t = 0; t < needed; t++) {
			int first = t * SCENARIOS_A_TABLE;
			int end = Math.min(scenarios.size(), first + SCENARIOS_A_TABLE);
			fill(grouped.get(t), scenarios.subList(first, end), forecasts.subList(first, end), inputs);
		}
		tables.setRedraw(true);
		if (regrouped) {
			tables.getParent().layout(true, true);
			form.reflow(true);
		}
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Sends", forecasts.stream().mapToDouble(f -> f.map(x -> x.sends().high()).orElse(0.0)).toArray());
		series.put("Leads", forecasts.stream().mapToDouble(f -> f.map(x -> x.leads().high()).orElse(0.0)).toArray());
		chart.show(scenarios.stream().map(BudgetPlan.Scenario::name).toArray(String[]::new), series);
		super.refresh();
	}

	private void newTable() {
		Table table = toolkit.createTable(tables, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = NARROWEST;
		table.setLayoutData(data);
	}

	private static void fill(Table table, List<BudgetPlan.Scenario> scenarios, List<Optional<BudgetForecast>> forecasts, BudgetInputs inputs) {
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		new TableColumn(table, SWT.LEFT).setText("Figure");
		scenarios.forEach(s -> new TableColumn(table, SWT.LEFT).setText(s.name()));
		TableItem totals = new TableItem(table, SWT.NONE);
		totals.setText(0, "Total");
		for (int i = 0; i < scenarios.size(); i++) {
			totals.setText(i + 1, Figures.money(Range.of(scenarios.get(i).total()), inputs.currency()));
		}
		for (FunnelRow row : FunnelRow.ALL) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, row.label());
			for (int i = 0; i < forecasts.size(); i++) {
				item.setText(i + 1, forecasts.get(i).map(f -> row.format(f, inputs.currency())).orElse("-"));
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}
}
