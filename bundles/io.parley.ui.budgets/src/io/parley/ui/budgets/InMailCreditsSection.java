package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.InMailPlanSettings;
import io.parley.ui.editors.ParleySection;

/** The credits of each month of the plan, in a table and a chart, and the InMails LinkedIn would refuse. */
final class InMailCreditsSection extends ParleySection {

	private final InMailPlanPage page;
	private final Label refused;
	private final Table table;
	private final RangeChart chart;

	InMailCreditsSection(InMailPlanPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Credits per month", "Available, sent and refused InMails.", 2, Refresh.ON_REQUEST);
		this.page = page;
		Composite outcome = client();
		refused = toolkit.createLabel(outcome, "", SWT.WRAP);
		refused.setLayoutData(ForecastSection.wrapping());
		table = toolkit.createTable(outcome, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		for (String title : new String[] { "Month", "Allotted", "Refunded", "Available", "Sent", "Refused", "Left" }) {
			TableColumn column = new TableColumn(table, SWT.RIGHT);
			column.setText(title);
			column.setWidth(80);
		}
		chart = new RangeChart(outcome, "InMail credits per month", "InMails", false);
		chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		refresh();
	}

	RangeChart chart() {
		return chart;
	}

	@Override
	public void refresh() {
		simulate();
		super.refresh();
	}

	/** The months of the plan as its settings give them, shown; none while a setting is wrong, which is said instead. */
	List<InMailCreditLedger.Month> simulate() {
		InMailPlanSettings settings = page.settings();
		Map<String, String> problems = settings.problems(page.rules());
		List<InMailCreditLedger.Month> result = problems.isEmpty() ? settings.simulate(page.rules()) : List.of();
		show(result);
		if (!problems.isEmpty()) {
			refused.setText(String.join("\n", problems.values()));
		}
		return result;
	}

	private void show(List<InMailCreditLedger.Month> result) {
		table.removeAll();
		for (InMailCreditLedger.Month m : result) {
			new TableItem(table, SWT.NONE).setText(new String[] { "" + m.month(), "" + m.allotted(), "" + m.refunded(),
					"" + m.available(), "" + m.sent(), "" + m.refused(), "" + m.balance() });
		}
		List<InMailCreditLedger.Month> shortMonths = result.stream().filter(m -> m.refused() > 0).toList();
		refused.setText(shortMonths.isEmpty() ? "Every planned InMail has a credit."
				: String.format(Locale.ROOT, "LinkedIn would refuse %,d InMails, in month %s.", shortMonths.stream().mapToInt(InMailCreditLedger.Month::refused).sum(),
						shortMonths.stream().map(m -> "" + m.month()).collect(Collectors.joining(", "))));
		refused.setForeground(shortMonths.isEmpty() ? null : refused.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		Map<String, double[]> series = new LinkedHashMap<>();
		series.put("Available", result.stream().mapToDouble(InMailCreditLedger.Month::available).toArray());
		series.put("Sent", result.stream().mapToDouble(InMailCreditLedger.Month::sent).toArray());
		series.put("Refused", result.stream().mapToDouble(InMailCreditLedger.Month::refused).toArray());
		chart.show(result.stream().map(m -> "Month " + m.month()).toArray(String[]::new), series);
		refused.getParent().layout(true, true);
	}
}
