package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.forecast.BudgetPlan;
import io.parley.model.forecast.Range;

/** Every scenario's forecast in a column of its own, and the sends and leads of each in a chart. */
final class ScenarioComparison {

	/** The table asks for no more width than this, so many scenarios scroll inside it rather than widen the page. */
	private static final int NARROWEST = 200;

	private final BudgetEditor editor;
	private final Table table;
	private final RangeChart chart;

	ScenarioComparison(BudgetEditor editor, FormToolkit toolkit, Composite parent) {
		this.editor = editor;
		table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		tableData.widthHint = NARROWEST;
		table.setLayoutData(tableData);
		chart = new RangeChart(parent, "Scenarios: sends and leads (high end)", "sends and leads (log scale)", true);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		Runnable refresh = this::refresh;
		editor.diagnostics().addListener(refresh);
		table.addDisposeListener(e -> editor.diagnostics().removeListener(refresh));
		refresh();
	}

	Table table() {
		return table;
	}

	RangeChart chart() {
		return chart;
	}

	private void refresh() {
		if (table.isDisposed()) {
			return;
		}
		BudgetInputs inputs = editor.inputs();
		List<BudgetPlan.Scenario> scenarios = inputs.plan().scenarios();
		List<Optional<BudgetForecast>> forecasts = scenarios.stream().map(s -> inputs.forecast(s.total())).toList();
		table.setRedraw(false);
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		column("Figure");
		scenarios.forEach(s -> column(s.name()));
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
		table.setRedraw(true);
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Sends", forecasts.stream().mapToDouble(f -> f.map(x -> x.sends().high()).orElse(0.0)).toArray());
		series.put("Leads", forecasts.stream().mapToDouble(f -> f.map(x -> x.leads().high()).orElse(0.0)).toArray());
		chart.show(scenarios.stream().map(BudgetPlan.Scenario::name).toArray(String[]::new), series);
	}

	private void column(String title) {
		new TableColumn(table, SWT.LEFT).setText(title);
	}
}
