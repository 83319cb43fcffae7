package io.parley.ui.budgets;

import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.model.forecast.InMailCreditLedger;
import io.parley.model.forecast.InMailPlanSettings;
import io.parley.model.rules.RuleSet;
import io.parley.ui.editors.DocumentDiagnostics;
import io.parley.ui.editors.ParleyFormPage;

/**
 * What an InMail plan's credits allow month by month: the plan, how many InMails a month and the
 * expected response rate give the credits of each month and the months where LinkedIn would refuse
 * sends. The settings are saved in the budget ({@link InMailPlanSettings}) and every change is undoable.
 */
final class InMailPlanPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.inmail";

	private InMailPlanSection plan;
	private InMailCreditsSection credits;

	InMailPlanPage(BudgetEditor editor) {
		super(editor, ID, "InMail plan");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		sideBySideWhereTheyFit(body);
		plan = new InMailPlanSection(this, body, toolkit);
		credits = new InMailCreditsSection(this, body, toolkit);
	}

	/** Sets the plan's values, as a person would in the fields. */
	void plan(String planId, int monthCount, int inMailsPerMonth, int responsePercent) {
		plan.choose(planId, monthCount, inMailsPerMonth, responsePercent);
	}

	/** The plan chosen, as the rule set and the budget file name it. */
	String planId() {
		return plan.planId();
	}

	Combo planChoice() {
		return plan.choice();
	}

	RangeChart chart() {
		return credits.chart();
	}

	List<InMailCreditLedger.Month> simulate() {
		return credits == null ? List.of() : credits.simulate();
	}

	/** A change of the plan's settings (it lies in them, or they in it) shows the plan and its months again. */
	@Override
	protected void documentChanged(String pointer) {
		if (DocumentDiagnostics.isWithin(pointer, InMailPlanSettings.POINTER) || DocumentDiagnostics.isWithin(InMailPlanSettings.POINTER, pointer)) {
			plan.refresh();
			credits.refresh();
		}
	}

	InMailPlanSettings settings() {
		return InMailPlanSettings.of(editing().document().root(), ((BudgetEditor) editor()).inputs().budgetFile(), rules());
	}

	RuleSet rules() {
		return ((BudgetEditor) editor()).inputs().rules();
	}
}
