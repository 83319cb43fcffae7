package io.parley.ui.budgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.widgets.FormToolkit;

import com.fasterxml.jackson.databind.node.TextNode;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.InMailPlanSettings;
import io.parley.ui.editors.NumberField;
import io.parley.ui.editors.ParleySection;

/** The InMail plan and the numbers it is simulated with; an empty number stands for its default, shown greyed. */
final class InMailPlanSection extends ParleySection {

	private final InMailPlanPage page;
	private final Combo plan;
	private final List<String> planIds;
	private final Map<String, NumberField> numbers = new LinkedHashMap<>();

	InMailPlanSection(InMailPlanPage page, Composite body, FormToolkit toolkit) {
		super(page, body, toolkit, "Plan", "Credits come monthly, roll over to a cap and come back on replies.", 2, Refresh.ON_REQUEST);
		this.page = page;
		Composite settings = client();
		toolkit.createLabel(settings, "Plan:");
		plan = new Combo(settings, SWT.READ_ONLY);
		planIds = InMailCreditLedger.plans(page.rules());
		planIds.forEach(id -> plan.add(InMailCreditLedger.label(page.rules(), id)));
		plan.addListener(SWT.Selection, e -> page.editing().set("Choose InMail plan", InMailPlanSettings.PLAN,
				TextNode.valueOf(planIds.get(plan.getSelectionIndex()))));
		page.editor().fields().register(InMailPlanSettings.PLAN, plan, InMailPlanPage.ID);
		InMailPlanSettings defaults = page.settings();
		number(toolkit, settings, InMailPlanSettings.MONTHS, "Months", defaults.months());
		number(toolkit, settings, InMailPlanSettings.IN_MAILS_PER_MONTH, "InMails per month", defaults.inMailsPerMonth());
		number(toolkit, settings, InMailPlanSettings.RESPONSE_RATE_PERCENT, "Response rate (%)", defaults.responseRatePercent());
		refresh();
	}

	private void number(FormToolkit toolkit, Composite parent, String pointer, String label, int defaultValue) {
		NumberField field = NumberField.create(page, toolkit, parent, pointer, label);
		field.text().setMessage(String.valueOf(defaultValue));
		numbers.put(pointer, field);
	}

	/** Shows the plan the budget names chosen; the numbers show themselves. */
	@Override
	public void refresh() {
		int chosen = planIds.indexOf(page.settings().plan());
		if (chosen < 0) {
			plan.deselectAll();
		} else {
			plan.select(chosen);
		}
		super.refresh();
	}

	/** Sets the plan's values, as a person would in the fields. */
	void choose(String planId, int monthCount, int inMailsPerMonth, int responsePercent) {
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

	Combo choice() {
		return plan;
	}
}
