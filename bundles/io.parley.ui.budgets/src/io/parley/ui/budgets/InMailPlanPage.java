package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.InMailPlanSettings;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.DocumentDiagnostics;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleyFormPage;

/**
 * What an InMail plan's credits allow month by month: the plan, how many InMails a month and the
 * expected response rate give the credits of each month and the months where LinkedIn would refuse
 * sends. The settings are saved in the budget ({@link InMailPlanSettings}) and every change is undoable.
 */
final class InMailPlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.inmail";

	private Combo plan;
	private List<String> planIds;
	private final Map<String, NumberField> numbers = new LinkedHashMap<>();
	private Label refused;
	private Table table;
	private RangeChart chart;

	InMailPlanPage(BudgetEditor editor) {
		super(editor, ID, "InMail plan");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		Composite settings = BudgetPage.section(toolkit, body, "Plan", "Credits come monthly, roll over to a cap and come back on replies.");
		toolkit.createLabel(settings, "Plan:");
		plan = new Combo(settings, SWT.READ_ONLY);
		planIds = InMailCreditLedger.plans(rules());
		planIds.forEach(id -> plan.add(InMailCreditLedger.label(rules(), id)));
		plan.addListener(SWT.Selection, e -> editing().set("Choose InMail plan", InMailPlanSettings.PLAN,
				TextNode.valueOf(planIds.get(plan.getSelectionIndex()))));
		editor().fields().register(InMailPlanSettings.PLAN, plan, ID);
		InMailPlanSettings defaults = settings();
		number(toolkit, settings, InMailPlanSettings.MONTHS, "Months", defaults.months());
		number(toolkit, settings, InMailPlanSettings.IN_MAILS_PER_MONTH, "InMails per month", defaults.inMailsPerMonth());
		number(toolkit, settings, InMailPlanSettings.RESPONSE_RATE_PERCENT, "Response rate (%)", defaults.responseRatePercent());

		Composite outcome = BudgetPage.section(toolkit, body, "Credits per month", "Available, sent and refused InMails.");
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
		Consumer<String> changed = pointer -> {
			if (DocumentDiagnostics.isWithin(pointer, InMailPlanSettings.POINTER) || DocumentDiagnostics.isWithin(InMailPlanSettings.POINTER, pointer)) {
				simulate();
			}
		};
		editing().document().addListener(changed);
		table.addDisposeListener(e -> editing().document().removeListener(changed));
		simulate();
	}

	/** A number of the plan; an empty field stands for its default, shown greyed in the field. */
	private void number(FormToolkit toolkit, Composite parent, String pointer, String label, int defaultValue) {
		NumberField field = NumberField.create(this, toolkit, parent, pointer, label);
		field.text().setMessage(String.valueOf(defaultValue));
		numbers.put(pointer, field);
	}

	/** Sets the plan's values, as a person would in the fields. */
	void plan(String planId, int monthCount, int inMailsPerMonth, int responsePercent) {
		plan.select(planIds.indexOf(planId));
		plan.notifyListeners(SWT.Selection, new Event());
		numbers.get(InMailPlanSettings.MONTHS).text().setText(String.valueOf(monthCount));
		numbers.get(InMailPlanSettings.IN_MAILS_PER_MONTH).text().setText(String.valueOf(inMailsPerMonth));
		numbers.get(InMailPlanSettings.RESPONSE_RATE_PERCENT).text().setText(String.valueOf(responsePercent));
	}

	/** The plan chosen, as the rule set and the budget file name it. */
	String planId() {
		return plan.getSelectionIndex() < 0 ? "" : planIds.get(plan.getSelectionIndex());
	}

	Combo planChoice() {
		return plan;
	}

	RangeChart chart() {
		return chart;
	}

	List<InMailCreditLedger.Month> simulate() {
		if (table == null || table.isDisposed()) {
			return List.of();
		}
		InMailPlanSettings settings = settings();
		int chosen = planIds.indexOf(settings.plan());
		if (chosen < 0) {
			plan.deselectAll();
		} else {
			plan.select(chosen);
		}
		Map<String, String> problems = settings.problems(rules());
		List<InMailCreditLedger.Month> result = problems.isEmpty() ? settings.simulate(rules()) : List.of();
		show(result);
		if (!problems.isEmpty()) {
			refused.setText(String.join("\n", problems.values()));
		}
		return result;
	}

	private InMailPlanSettings settings() {
		return InMailPlanSettings.of(editing().document().root(), ((BudgetEditor) editor()).inputs().budgetFile(), rules());
	}

	private RuleSet rules() {
		return ((BudgetEditor) editor()).inputs().rules();
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
