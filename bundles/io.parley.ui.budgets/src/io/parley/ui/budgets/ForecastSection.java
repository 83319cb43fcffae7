package io.parley.ui.budgets;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.BudgetForecast;
import io.parley.model.rules.MessageFormat;
import io.parley.ui.editors.ParleySection;

/**
 * The forecast funnel of the budget: where its format and audience come from, a table of every
 * figure as a range, and a chart of the counts. It follows every check of the document.
 */
final class ForecastSection extends ParleySection {

	private final BudgetEditor editor;
	private final Label basis;
	private final Combo format;
	private final RatesChooser rates;
	private final Label capped;
	private final Table table;
	private final RangeChart chart;

	ForecastSection(BudgetPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Forecast",
				"What the budget buys, as ranges from the rates chosen below.", 2, Refresh.AFTER_EVERY_CHECK);
		this.editor = (BudgetEditor) page.editor();
		Composite parent = client();
		basis = toolkit.createLabel(parent, "", SWT.WRAP);
		basis.setLayoutData(wrapping());
		toolkit.createLabel(parent, "Forecast as:");
		format = new Combo(parent, SWT.READ_ONLY);
		Arrays.stream(MessageFormat.values()).forEach(f -> format.add(f.label()));
		format.addListener(SWT.Selection, e -> {
			editor.inputs().chooseFormat(MessageFormat.values()[format.getSelectionIndex()]);
			showForecast();
		});
		rates = new RatesChooser(page, toolkit, parent);
		capped = toolkit.createLabel(parent, "", SWT.WRAP);
		capped.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		capped.setLayoutData(wrapping());
		table = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		for (String title : new String[] { "Figure", "Range" }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.equals("Figure") ? 130 : 200);
		}
		chart = new RangeChart(parent, "Forecast funnel", "members (log scale)", true);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		refresh();
	}

	/** A label that wraps within the section instead of widening it. */
	static GridData wrapping() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 300;
		return data;
	}

	Table table() {
		return table;
	}

	RatesChooser rates() {
		return rates;
	}

	RangeChart chart() {
		return chart;
	}

	/** Shows the rates to choose from and the forecast with the rates chosen. */
	@Override
	public void refresh() {
		rates.show();
		showForecast();
		super.refresh();
	}

	private void showForecast() {
		BudgetInputs inputs = editor.inputs();
		basis.setText(inputs.basis());
		format.select(inputs.format().ordinal());
		Optional<BudgetForecast> forecast = inputs.forecast(inputs.plan().scenarios().get(0).total());
		capped.setText(forecast.filter(BudgetForecast::cappedByAudience)
				.map(f -> "The audience cannot receive everything this budget buys: sends stop at " + Figures.count(f.sends())
						+ " (frequency cap and competitive blocking).")
				.orElse(""));
		table.removeAll();
		for (FunnelRow row : FunnelRow.ALL) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { row.label(), forecast.map(f -> row.format(f, inputs.currency()))
					.orElse("needs total, dates and cost per send") });
		}
		chart.show(FunnelRow.counts().stream().map(FunnelRow::label).toArray(String[]::new), series(forecast));
		basis.getParent().layout(true, true);
	}

	private static Map<String, double[]> series(Optional<BudgetForecast> forecast) {
		Map<String, double[]> series = new LinkedHashMap<>();
		forecast.ifPresent(f -> {
			series.put("Low", FunnelRow.counts().stream().mapToDouble(row -> row.figure().apply(f).low()).toArray());
			series.put("High", FunnelRow.counts().stream().mapToDouble(row -> row.figure().apply(f).high()).toArray());
		});
		return series;
	}
}
