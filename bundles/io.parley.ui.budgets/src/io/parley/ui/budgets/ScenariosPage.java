package io.parley.ui.budgets;

import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.parley.ui.editors.ParleyFormPage;

/**
 * Other totals for the same flight, kept in the budget ({@code "scenarios"}), and below them every
 * scenario's forecast side by side, across the page's whole width: a 5,000-send test beside the
 * full launch.
 */
final class ScenariosPage extends ParleyFormPage {

	static final String ID = "io.parley.ui.budgets.scenarios";

	private ScenarioList list;
	private ScenarioComparison comparison;

	ScenariosPage(BudgetEditor editor) {
		super(editor, ID, "Scenarios");
	}

	@Override
	protected void createBody(IManagedForm managedForm, Composite body) {
		FormToolkit toolkit = managedForm.getToolkit();
		body.setLayout(new GridLayout(1, false));
		list = new ScenarioList(this, body, toolkit);
		comparison = new ScenarioComparison(this, body, toolkit);
	}

	ScenarioList list() {
		return list;
	}

	ScenarioComparison comparison() {
		return comparison;
	}
}
