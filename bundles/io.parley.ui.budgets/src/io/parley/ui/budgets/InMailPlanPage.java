package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.BudgetUse;
import io.parley.model.forecast.InMailCreditLedger;
import io.parley.ui.editors.ParleyFormPage;

/**
 * What an InMail plan's credits allow month by month: the plan, how many InMails a month and the
 * expected response rate give the credits of each month and the months where LinkedIn would refuse
 * sends. A what-if calculator: its settings are not part of the budget file.
 */
final class InMailPlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.inmail";

	private Combo plan;
	private Spinner months;
	private Spinner perMonth;
	private Spinner responseRate;
	private Label refused;
	private Table table;
	private RangeChart chart;

	InMailPlanPage(BudgetEditor editor) {
		super(editor, ID, "InMail plan");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(2, false));
		Composite settings = BudgetPage.section(toolkit, body, "Plan", "Credits come monthly, roll over to a cap and come back on replies.");
		settings.getParent().setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		toolkit.createLabel(settings, "Plan:");
		plan = new Combo(settings, SWT.READ_ONLY);
		BudgetEditor editor = (BudgetEditor) editor();
		List<String> plans = InMailCreditLedger.plans(editor.inputs().rules());
		plans.forEach(plan::add);
		String campaignPlan = editor.inputs().use().map(BudgetUse::inMailPlan).orElse("");
		plan.select(Math.max(0, plans.indexOf(campaignPlan)));
		months = spinner(toolkit, settings, "Months", 6, 1, 36);
		perMonth = spinner(toolkit, settings, "InMails per month", 20, 0, 5000);
		responseRate = spinner(toolkit, settings, "Response rate (%)", 15, 0, 100);
		plan.addListener(SWT.Selection, e -> simulate());

		Composite outcome = BudgetPage.section(toolkit, body, "Credits per month", "Available, sent and refused InMails.");
		outcome.getParent().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
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
		GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		chartData.heightHint = 260;
		chart.control().setLayoutData(chartData);
		simulate();
	}

	private Spinner spinner(FormToolkit toolkit, Composite parent, String label, int value, int min, int max) {
		toolkit.createLabel(parent, label + ":");
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 10);
		spinner.addListener(SWT.Modify, e -> simulate());
		return spinner;
	}

	/** Sets the calculator's inputs, as a person would in the fields. */
	void plan(String planId, int monthCount, int inMailsPerMonth, int responsePercent) {
		plan.select(plan.indexOf(planId));
		months.setSelection(monthCount);
		perMonth.setSelection(inMailsPerMonth);
		responseRate.setSelection(responsePercent);
		simulate();
	}

	List<InMailCreditLedger.Month> simulate() {
		if (table == null || table.isDisposed()) {
			return List.of();
		}
		InMailCreditLedger ledger = new InMailCreditLedger(((BudgetEditor) editor()).inputs().rules(), plan.getText());
		int[] planned = new int[months.getSelection()];
		java.util.Arrays.fill(planned, perMonth.getSelection());
		List<InMailCreditLedger.Month> result = ledger.simulate(planned, responseRate.getSelection() / 100.0);
		show(result);
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
